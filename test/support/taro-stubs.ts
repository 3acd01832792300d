// Plain-DOM stand-ins for unit-testing components with react-dom/server in Node. jest.config.js maps
// '@tarojs/taro' and '@tarojs/components' to them for every unit test (taro-api-stub.js, taro-components-stub.js).
// Behaviour on real platforms is covered by test/mini (compiled weapp) instead.
import { createElement } from 'react'

const store = new Map<string, unknown>()

// Taro's prop spellings become the DOM's: ariaLabel → aria-label, maxlength → maxLength.
const withAria = (tag: string) => ({ ariaLabel, maxlength, ...rest }: Record<string, unknown>) =>
  createElement(tag, { ...rest, 'aria-label': ariaLabel, maxLength: maxlength })

export const components = {
  __esModule: true,
  View: 'div',
  Text: 'span',
  Button: 'button',
  Input: withAria('input'),
  Image: withAria('img'),
  Textarea: withAria('textarea'),
  ScrollView: 'div',
  Picker: ({ children }: { children?: unknown }) => createElement('div', null, children as never)
}

const taroApi = {
  getStorageSync: (k: string) => (store.has(k) ? store.get(k) : ''),
  setStorageSync: (k: string, v: unknown) => void store.set(k, v),
  removeStorageSync: (k: string) => void store.delete(k),
  getAppBaseInfo: () => ({ language: 'zh_CN' }),
  getSystemInfoSync: () => ({ language: 'zh_CN' }),
  useDidShow: () => undefined,
  useLaunch: () => undefined,
  navigateTo: () => Promise.resolve(),
  reLaunch: () => Promise.resolve()
}

export const taro = { __esModule: true, default: taroApi, ...taroApi }
export const resetStorage = () => store.clear()
