// 证件：证件类型的名称，以及申报表单中证件号码、国籍、性别、出生日期的文字（居民、审核员、核验员共用）。
// Spread into zh-CN.ts; en keys in id-types.en.ts.
const idTypesZh = {
  'idType.resident-id': '居民身份证',
  'idType.passport': '护照',
  'idType.hk-macao-permit': '港澳居民来往内地通行证',
  'idType.taiwan-permit': '台湾居民来往大陆通行证',
  'idType.foreign-permanent-resident': '外国人永久居留身份证',
  'idType.hmt-residence-permit': '港澳台居民居住证',
  'declare.idNumberPlaceholder.resident-id': '18 位身份证号',
  'declare.idNumberPlaceholder.passport': '护照号码，如 E12345678',
  'declare.idNumberPlaceholder.hk-macao-permit': 'H 或 M 开头的 9 位，如 H12345678',
  'declare.idNumberPlaceholder.taiwan-permit': '8 位数字',
  'declare.idNumberPlaceholder.foreign-permanent-resident': '9 开头的 18 位，或 3 个字母加 12 位',
  'declare.idNumberPlaceholder.hmt-residence-permit': '810000、820000 或 830000 开头的 18 位',
  'declare.nationality': '国籍',
  'declare.nationalitySearch': '输入国家名称或三位字母代码',
  'declare.nationalityChange': '更改',
  'declare.nationalityNone': '没有找到，请换个写法，如“德国”或“DEU”',
  'declare.sex': '性别',
  'sex.male': '男',
  'sex.female': '女',
  'declare.birthDate': '出生日期',
  'result.compareDocument': '请与{doc}比对'
}

export type IdTypesKey = keyof typeof idTypesZh
export default idTypesZh
