// Plain-DOM stand-ins for unit-testing components with react-dom/server in Node:
//   jest.mock('@tarojs/components', () => require('<rel>/test/support/taro-stubs').components)
//   jest.mock('@tarojs/taro', () => require('<rel>/test/support/taro-stubs').taro)
// Behaviour on real platforms is covered by test/mini (compiled weapp) instead.
import { createElement } from 'react'

const store = new Map<string, unknown>()

// Taro's camelCase ariaLabel becomes the DOM's aria-label.
const withAria = (tag: string) => ({ ariaLabel, ...rest }: Record<string, unknown>) => createElement(tag, { ...rest, 'aria-label': ariaLabel })

export const components = {
  __esModule: true,
  View: 'div',
  Text: 'span',
  Button: 'button',
  Input: 'input',
  Image: withAria('img'),
  Textarea: 'textarea',
  ScrollView: 'div'
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
