// `extractFromUVCI`: fragment `index` of a UCI split on '/', '#' and ':', ignoring a URN:UVCI: prefix.
// Scans instead of split() so a lookup allocates only the returned fragment.
const PREFIX = 'URN:UVCI:'

function isSeparator(c: number): boolean {
  return c === 47 /* / */ || c === 35 /* # */ || c === 58 /* : */
}

export function extractFromUVCI(uvci: string | null, index: number): string | null {
  if (uvci === null || index < 0) return null
  let start = uvci.startsWith(PREFIX) ? PREFIX.length : 0
  for (let n = 0; n < index; n++) {
    let i = start
    while (i < uvci.length && !isSeparator(uvci.charCodeAt(i))) i++
    if (i === uvci.length) return null // fewer than index + 1 fragments
    start = i + 1
  }
  let end = start
  while (end < uvci.length && !isSeparator(uvci.charCodeAt(end))) end++
  return uvci.slice(start, end)
}
