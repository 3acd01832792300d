import { getLang, normalizeLang, onLangChange, setLang, t, translate } from './index'
import en from './en'
import zhCN from './zh-CN'

it('maps system languages to the two catalogs', () => {
  expect(normalizeLang('zh_CN')).toBe('zh-CN')
  expect(normalizeLang('zh-Hant-TW')).toBe('zh-CN')
  expect(normalizeLang('en_US')).toBe('en')
  expect(normalizeLang(undefined)).toBe('zh-CN')
})

it('defaults to the system language, switches, persists and notifies', () => {
  expect(getLang()).toBe('zh-CN')
  const seen: string[] = []
  const off = onLangChange((l) => seen.push(l))
  setLang('en')
  off()
  expect(seen).toEqual(['en'])
  expect(t('login.resendIn', { s: 42 })).toBe('Resend in 42 s')
})

it('has every key in both catalogs', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort())
  expect(translate('zh-CN', 'login.codeSent', { s: 300 })).toBe('验证码已发送，300 秒内有效')
})
