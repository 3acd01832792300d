import { idCheckCharacter } from '@core/identity/id-number'
import { basicInput, initialForm, type DeclarationDraft } from './form-model'
import { serverFieldIssues, validateDeclaration } from './validate'

const today = '2026-11-27'
const id17 = '33010619900307123'
const goodId = id17 + idCheckCharacter(id17)
const badId = id17 + (idCheckCharacter(id17) === '1' ? '2' : '1')

function filled(patch: Partial<DeclarationDraft> = {}): DeclarationDraft {
  return { ...initialForm(), name: '王小明', idNumber: goodId, householdRegion: { code: '330106', names: ['浙江省', '杭州市', '西湖区'] }, address: '文三路 1 号', temperature: '36.5', ...patch }
}

describe('the declaration form under the shared schema', () => {
  it('accepts a complete first declaration', () => {
    expect(validateDeclaration(filled(), today, true)).toEqual({})
  })
  it('puts ID number problems at the ID field with the same codes the host uses', () => {
    expect(validateDeclaration(filled({ idNumber: badId }), today, true)).toEqual({ 'basic.idNumber': 'id_check_digit' })
    expect(validateDeclaration(filled({ idNumber: '1234' }), today, true)).toEqual({ 'basic.idNumber': 'id_format' })
  })
  it('reports each missing or wrong field at its own path', () => {
    const issues = validateDeclaration(filled({ name: '', householdRegion: null, temperature: '' }), today, true)
    expect(issues).toMatchObject({ 'basic.name': 'name', 'basic.householdRegion': 'region', 'health.temperature': 'required' })
    expect(validateDeclaration(filled({ temperature: 'abc' }), today, true)['health.temperature']).toBe('temperature')
    expect(validateDeclaration(filled({ temperature: '45' }), today, true)['health.temperature']).toBe('temperature')
  })
  it('checks trips: a county must be chosen, dates not in the future and in order', () => {
    const trips = [
      { key: 1, region: null, from: '2026-11-20', to: '2026-11-21' },
      { key: 2, region: { code: '310101', names: [] }, from: '2026-11-26', to: '2026-11-28' },
      { key: 3, region: { code: '310101', names: [] }, from: '2026-11-25', to: '2026-11-24' }
    ]
    expect(validateDeclaration(filled({ trips }), today, true)).toEqual({ 'trips.0.region': 'region', 'trips.1.to': 'future_date', 'trips.2.to': 'date_order' })
  })
  it('leaves basic information out once the real name is bound', () => {
    expect(validateDeclaration(filled({ name: '', idNumber: '' }), today, false)).toEqual({})
  })
  it('checks only trips on the trip declaration, and wants at least one', () => {
    expect(validateDeclaration(filled({ temperature: '' }), today, false, 'trips')).toEqual({ trips: 'required' })
    expect(validateDeclaration(filled({ trips: [{ key: 1, region: { code: '420106', names: [] }, from: '2026-11-24', to: '2026-11-25' }] }), today, false, 'trips')).toEqual({})
  })
  it('maps the host’s issues to the same fields, the encrypted ID included', () => {
    expect(serverFieldIssues([
      { path: 'basic.idNumber', code: 'id_check_digit', message: '' },
      { path: 'basic.idNumberEncrypted', code: 'invalid_format', message: '' },
      { path: 'trips.0.from', code: 'future_date', message: '' }
    ])).toEqual({ 'basic.idNumber': 'id_check_digit', 'trips.0.from': 'future_date' })
  })
  it('checks the number by its ID type and asks each type for what its number does not carry', () => {
    const passport = { idType: 'passport' as const, idNumber: 'e12345678', nationality: 'CHN', sex: 'female' as const, birthDate: '1983-08-12' }
    expect(validateDeclaration(filled(passport), today, true)).toEqual({})
    expect(validateDeclaration(filled({ ...passport, idNumber: 'P1234567' }), today, true)).toEqual({ 'basic.idNumber': 'passport_chn_format' })
    expect(validateDeclaration(filled({ ...passport, nationality: '', sex: null, birthDate: '' }), today, true))
      .toEqual({ 'basic.nationality': 'required', 'basic.sex': 'required', 'basic.birthDate': 'required' })
    // A resident ID card takes none of them, whatever is left in the form from another type.
    expect(validateDeclaration(filled({ nationality: 'DEU', sex: 'male', birthDate: '1990-01-01' }), today, true)).toEqual({})
    expect(validateDeclaration(filled({ idType: 'foreign-permanent-resident', idNumber: '911840199001010018', sex: 'female', birthDate: '1990-01-01' }), today, true))
      .toEqual({ 'basic.sex': 'sex_mismatch' })
  })
  it('sends the number that names the holder: an older permit as its lifelong number', () => {
    const f = filled({ idType: 'taiwan-permit', idNumber: '0561682001(D)', sex: 'male', birthDate: '1960-05-01', nationality: 'DEU' })
    expect(basicInput(f)).toEqual({ name: '王小明', idType: 'taiwan-permit', idNumber: '05616820', sex: 'male', birthDate: '1960-05-01', householdRegion: '330106', address: '文三路 1 号' })
  })
})
