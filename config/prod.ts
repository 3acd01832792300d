import type { UserConfigExport } from '@tarojs/cli'

export default {
  // Keep prebundle off here too, so production and watch builds resolve modules the same way.
  compiler: { type: 'webpack5', prebundle: { enable: false } },
  mini: {},
  h5: {}
} satisfies UserConfigExport<'webpack5'>
