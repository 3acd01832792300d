import { resetStorage } from '../../../test/support/taro-stubs'
import { DEFAULT_SETTINGS, loadSettings, saveSettings, SETTINGS_KEY } from './workspace-settings'
import Taro from '@tarojs/taro'

beforeEach(() => resetStorage())

it('2 s with sound until the verifier chooses; the choice is kept on the phone', () => {
  expect(loadSettings()).toEqual({ holdSeconds: 2, sound: true })
  saveSettings({ holdSeconds: 5, sound: false })
  expect(loadSettings()).toEqual({ holdSeconds: 5, sound: false })
})

it('a stored value this version does not offer falls back to the default', () => {
  Taro.setStorageSync(SETTINGS_KEY, { holdSeconds: 60, sound: 'loud' })
  expect(loadSettings()).toEqual(DEFAULT_SETTINGS)
})
