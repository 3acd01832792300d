// Field messages for the ID types' own issue codes (id-types.ts and one file per type), zh-CN then English;
// src/core/api/messages.ts serves them with every other issue code (docs/api.md lists them).
export const ID_ISSUE_MESSAGES: Record<string, [string, string]> = {
  passport_format: ['护照号码应为5至17位字母或数字', 'A passport number has 5 to 17 letters or digits'],
  passport_chn_format: ['中国普通护照号码为E或G开头的9位，如E12345678；港澳台居民请选择通行证或居住证', 'A Chinese ordinary passport number is 9 characters starting with E or G, e.g. E12345678; Hong Kong, Macao and Taiwan residents choose their permit'],
  hk_macao_permit_format: ['港澳居民来往内地通行证号码为H或M加8位数字，如H12345678', 'A Hong Kong or Macao travel permit number is H or M and 8 digits, e.g. H12345678'],
  taiwan_permit_format: ['台湾居民来往大陆通行证号码为8位数字', 'A Taiwan travel permit number has 8 digits'],
  fpr_format: ['外国人永久居留身份证号码为9开头的18位，或旧版的3个字母加12位数字', 'A foreign permanent resident ID number has 18 characters starting with 9, or on older cards 3 letters and 12 digits'],
  fpr_nationality: ['证件号码中的国籍代码无效，请核对', 'The nationality code in the number is not valid; please check it'],
  hmt_permit_format: ['港澳台居民居住证号码为810000、820000或830000开头的18位，最后一位可为X', 'A Hong Kong, Macao or Taiwan residence permit number has 18 characters starting with 810000, 820000 or 830000; the last may be X'],
  document_check_digit: ['证件号码校验位不正确，请核对', 'The number’s check character is wrong; please check it'],
  document_birth_date: ['证件号码中的出生日期无效', 'The birth date in the number is not a real date'],
  document_birth_in_future: ['证件号码中的出生日期晚于今天', 'The birth date in the number is in the future'],
  nationality: ['请从列表中选择国籍', 'Choose a nationality from the list'],
  birth_date: ['请输入有效的出生日期', 'Enter a real birth date'],
  birth_date_mismatch: ['出生日期与证件号码不一致，请核对', 'The birth date does not match the number; please check both'],
  sex_mismatch: ['性别与证件号码不一致，请核对', 'The sex does not match the number; please check both'],
  not_for_id_type: ['此证件类型无需填写此项', 'This ID type does not take this field']
}
