// Taro's H5 build converts the 750-wide design's px to rem and expects the root font size to follow the
// screen width. Taro ships that as an inline <script> in index.html, which the host's CSP
// (script-src 'self', no inline script) blocks, leaving the root at 16 px and every size ~20 % small.
// The same calculation runs here, from our own bundle, instead.
function fit(): void {
  const root = document.documentElement
  const r = root.getBoundingClientRect()
  const w = Math.min(...[r.width, r.height].filter(Boolean))
  const x = (40 * w) / 750
  root.style.fontSize = `${Math.min(40, Math.max(20, x))}px`
}

export function fitRootFont(): void {
  fit()
  window.addEventListener('resize', fit)
}
