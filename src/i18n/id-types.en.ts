import type { IdTypesKey } from './id-types.zh-CN'

const idTypesEn: Record<IdTypesKey, string> = {
  'idType.resident-id': 'Resident ID card',
  'idType.passport': 'Passport',
  'idType.hk-macao-permit': 'Mainland Travel Permit for Hong Kong and Macao Residents',
  'idType.taiwan-permit': 'Mainland Travel Permit for Taiwan Residents',
  'idType.foreign-permanent-resident': 'Foreign Permanent Resident ID Card',
  'idType.hmt-residence-permit': 'Residence Permit for Hong Kong, Macao and Taiwan Residents',
  'declare.idNumberPlaceholder.resident-id': '18-character ID number',
  'declare.idNumberPlaceholder.passport': 'Passport number, e.g. E12345678',
  'declare.idNumberPlaceholder.hk-macao-permit': 'H or M and 8 digits, e.g. H12345678',
  'declare.idNumberPlaceholder.taiwan-permit': '8 digits',
  'declare.idNumberPlaceholder.foreign-permanent-resident': '18 characters starting with 9, or 3 letters and 12 digits',
  'declare.idNumberPlaceholder.hmt-residence-permit': '18 characters starting with 810000, 820000 or 830000',
  'declare.nationality': 'Nationality',
  'declare.nationalitySearch': 'Type a country name or its 3-letter code',
  'declare.nationalityChange': 'Change',
  'declare.nationalityNone': 'Nothing found; try another spelling, e.g. “Germany” or “DEU”',
  'declare.sex': 'Sex',
  'sex.male': 'Male',
  'sex.female': 'Female',
  'declare.birthDate': 'Date of birth',
  'result.compareDocument': 'Compare with the document: {doc}'
}

export default idTypesEn
