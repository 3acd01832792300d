// 申请编号：纠错和申诉的短编号（市民在电话中读出，工作人员按编号查找）。Spread into zh-CN.ts; en keys in references.en.ts.
const referencesZh = {
  'reference.label': '编号 {ref}',
  'reference.lookup.title': '按编号查找申请',
  'reference.lookup.field': '申请编号（8 位，如 7KQ4-WX2M，大小写、有无短横线均可）',
  'reference.lookup.submit': '查找',
  'reference.lookup.invalid': '编号为 8 位字母或数字，如 7KQ4-WX2M',
  'reference.lookup.notFound': '本地区没有这个编号的申请'
}

export type ReferencesKey = keyof typeof referencesZh
export default referencesZh
