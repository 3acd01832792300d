// Main package = what every citizen needs at once: the code, shown offline (keep it ≤ 600 KB on weapp).
// The rest of the citizen path (consent, declaration with the region picker and jsencrypt, history,
// check-in, correction, appeal, notices, access history, relatives' grants and held codes) loads on
// demand from `packages/citizen`; staff features from `packages/staff`.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/login/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'packages/citizen',
      name: 'citizen',
      pages: ['pages/consent/index', 'pages/declare/index', 'pages/history/index', 'pages/checkin/index', 'pages/correction/index',
        'pages/appeal/index', 'pages/notices/index', 'pages/access/index', 'pages/relatives/index', 'pages/held/index']
    },
    {
      root: 'packages/staff',
      name: 'staff',
      pages: ['pages/console/index', 'pages/scan/index', 'pages/history/index', 'pages/today/index', 'pages/staff/index', 'pages/points/index',
        'pages/imports/index', 'pages/import/index', 'pages/rules/index', 'pages/alarms/index', 'pages/audit/index', 'pages/case/index']
    },
    // Read-only rules and risk areas for anyone, signed out too; kept out of the main package.
    { root: 'packages/public', name: 'public', pages: ['pages/rules/index'] },
    // Care mode (关怀模式): its page and the status clips the mini-programs play aloud, fetched with the home page.
    { root: 'packages/care', name: 'care', pages: ['pages/guide/index'] }
  ],
  preloadRule: { 'pages/index/index': { network: 'all', packages: ['care'] } },
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
