// Plain-DOM stand-ins for unit-testing components with react-dom/server in Node:
//   jest.mock('@tarojs/components', () => require('<rel>/test/support/taro-stubs').components)
//   jest.mock('@tarojs/taro', () => require('<rel>/test/support/taro-stubs').taro)
// Behaviour on real platforms is covered by test/mini (compiled weapp) instead.
const store = new Map<string, unknown>()

export const components = {
  __esModule: true,
  View: 'div',
  Text: 'span',
  Button: 'button',
  Input: 'input'
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
