// What a verifier may see of a person's name: surname + "*" (the ID number's mask is id-mask.ts), and a
// phone number as 138****5678. Nothing else of the name leaves the server.

const COMPOUND_SURNAMES = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '夏侯', '轩辕',
  '令狐', '宇文', '司徒', '独孤', '南宫', '西门', '端木', '澹台', '公冶', '宗政', '濮阳', '淳于',
  '单于', '太叔', '申屠', '钟离', '闻人', '赫连', '呼延', '万俟', '百里', '东郭', '拓跋'
]

/** The surname part of a Chinese name (compound surnames kept whole); for Latin names, the first letter. */
export function surnameOf(fullName: string): string {
  const name = fullName.trim()
  if (!name) return ''
  const two = name.slice(0, 2)
  if (name.length > 2 && COMPOUND_SURNAMES.includes(two)) return two
  const first = name.codePointAt(0) as number
  return String.fromCodePoint(first)
}

export function maskName(fullName: string): string {
  return surnameOf(fullName) + '*'
}

/** Mainland mobile number shown as 138****5678. */
export function maskPhone(phone: string): string {
  const p = phone.replace(/\D/g, '')
  if (p.length < 7) return '*'.repeat(p.length)
  return p.slice(0, 3) + '****' + p.slice(-4)
}
