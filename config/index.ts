import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import { addOfflineShell } from './offline-shell'
import prodConfig from './prod'

// Each platform builds into its own folder: Taro's default `dist` makes every build wipe the others.
const TARO_ENV = process.env.TARO_ENV || 'weapp'
const isMini = TARO_ENV === 'weapp' || TARO_ENV === 'alipay'

// Build-time constants (string literals, hence JSON.stringify). Override through the environment:
//   API_BASE        HTTPS origin of the host for H5/Alipay fallback; '' = same origin (H5 default)
//   WX_CLOUD_ENV    WeChat cloud environment id for Taro.cloud.init ('' = the default env)
//   ALIPAY_CLOUD_ENV  Alipay cloud env id; '' = Alipay uses HTTPS to API_BASE instead
const defineConstants = {
  API_BASE: JSON.stringify(process.env.API_BASE ?? ''),
  WX_CLOUD_ENV: JSON.stringify(process.env.WX_CLOUD_ENV ?? ''),
  ALIPAY_CLOUD_ENV: JSON.stringify(process.env.ALIPAY_CLOUD_ENV ?? '')
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'health-code',
    date: '2025-1-1',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${TARO_ENV}`,
    // The platforms' accessibility attributes (aria-role, aria-label) in the mini-program templates.
    plugins: [path.resolve(__dirname, 'mini-aria-plugin.js')],
    defineConstants,
    // Both ways work; `alias` covers code Taro resolves before the tsconfig plugin sees it (app.config).
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      '@core': path.resolve(__dirname, '..', 'src', 'core')
    },
    // The care sub-package's status clips (scripts/generate-care-clips.sh): mini-programs play them, H5 speaks.
    copy: { patterns: isMini ? [{ from: 'src/packages/care/clips', to: `dist/${TARO_ENV}/packages/care/clips` }] : [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        if (isMini) provideSelf(chain)
      }
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      // 'browser' history: clean paths (/pages/login/index). The host serves index.html for any
      // GET that is not /api/* and not a built file (SPA fallback) — see docs/frontend.md.
      router: { mode: 'browser' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // The service worker: the app opens with no network (docs/frontend.md, "The offline shell"). Not in
        // watch builds, where a worker answering from its cache would hide every edit.
        if (process.env.NODE_ENV !== 'development') addOfflineShell(chain)
      }
    }
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})

// The mini-program engine has no `self`. jsencrypt 3.5.x reads `self.crypto` when it loads
// (TOOLCHAIN.md), so hand it Taro's runtime `window`, the same object Taro provides as `window`.
// Harmless until something references a free `self`; test/mini/weapp-globals-smoke proves it.
function provideSelf(chain: any) {
  chain.plugin('providerPlugin').tap((args: any[]) => {
    args[0] = { ...args[0], self: ['@tarojs/runtime', 'window'] }
    return args
  })
}
