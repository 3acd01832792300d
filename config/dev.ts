import type { UserConfigExport } from '@tarojs/cli'

// Only used with `--watch`: `taro build` is production otherwise and ignores NODE_ENV.
export default {
  logger: { quiet: false, stats: true },
  // The dependency prebundle crashes with the current enhanced-resolve and kills the h5 dev server.
  compiler: { type: 'webpack5', prebundle: { enable: false } },
  mini: {},
  h5: {}
} satisfies UserConfigExport<'webpack5'>
