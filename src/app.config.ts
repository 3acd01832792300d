// Main package = what every citizen needs at once (keep it ≤ 600 KB on weapp).
// Staff features (verifier, auditor, admin) load on demand from the `packages/staff` sub-package.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/login/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'packages/staff',
      name: 'staff',
      pages: ['pages/console/index', 'pages/scan/index', 'pages/history/index', 'pages/today/index', 'pages/staff/index', 'pages/points/index']
    }
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1d4f91',
    navigationBarTitleText: '健康码',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f4f7'
  },
  // WeChat only: inject components when a page first renders, not at launch.
  ...(process.env.TARO_ENV === 'weapp' ? { lazyCodeLoading: 'requiredComponents' } : {})
})
