import { translate } from '@/i18n'
import { CARE_STATUSES, clipPath, speechKey, speechLang, statusWordsKey } from './status-speech'

it('says each status in words beside the colour, in both languages', () => {
  expect(CARE_STATUSES.map((s) => translate('zh-CN', statusWordsKey(s)))).toEqual(['绿码 · 可通行', '黄码 · 请配合核验', '红码 · 暂不能通行'])
  expect(translate('en', statusWordsKey('green'))).toBe('Green · you may pass')
})

it('speaks one sentence per status, in zh-CN or en-US', () => {
  expect(translate('zh-CN', speechKey('green'))).toBe('您的健康码是绿码，可以通行')
  expect(translate('en', speechKey('green'))).toBe('Your health code is green: you may pass')
  expect(new Set(CARE_STATUSES.map((s) => translate('en', speechKey(s)))).size).toBe(3)
  expect([speechLang('zh-CN'), speechLang('en')]).toEqual(['zh-CN', 'en-US'])
})

it('each clip the mini-programs play is a file the script made, with the same sentence as the catalog', () => {
  const fs = require('node:fs') as typeof import('node:fs')
  const path = require('node:path') as typeof import('node:path')
  const script = fs.readFileSync(path.join(__dirname, '../../../scripts/generate-care-clips.sh'), 'utf8')
  for (const s of CARE_STATUSES) {
    for (const lang of ['zh-CN', 'en'] as const) {
      const clip = clipPath(s, lang)
      expect(fs.existsSync(path.join(__dirname, '../../../src', clip))).toBe(true)
      const name = path.basename(clip, '.mp3')
      expect(script).toContain(`clip ${name} ${lang === 'en' ? 'en' : 'cmn'} '${translate(lang, speechKey(s))}'`)
    }
  }
})
