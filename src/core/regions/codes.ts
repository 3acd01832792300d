// GB/T 2260 six-digit codes: province XX0000, prefecture XXXX00, county XXXXXX. A risk area declared at
// any level covers the codes below it.

export function ancestorsOf(code: string): string[] {
  const out = [code]
  const city = code.slice(0, 4) + '00'
  const province = code.slice(0, 2) + '0000'
  if (!out.includes(city)) out.push(city)
  if (!out.includes(province)) out.push(province)
  return out
}

export function covers(areaCode: string, code: string): boolean {
  if (areaCode === code) return true
  if (areaCode.endsWith('0000')) return code.startsWith(areaCode.slice(0, 2))
  if (areaCode.endsWith('00')) return code.startsWith(areaCode.slice(0, 4))
  return false
}

export function levelOf(code: string): 'province' | 'prefecture' | 'county' {
  return code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'prefecture' : 'county'
}
