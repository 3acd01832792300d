// Region admin pages for data, rules and alarms (staff sub-package), and the public rules page.
export const ADMIN_DATA_PAGES = {
  imports: '/packages/staff/pages/imports/index',
  importDetail: '/packages/staff/pages/import/index',
  rules: '/packages/staff/pages/rules/index',
  alarms: '/packages/staff/pages/alarms/index'
} as const

export const PUBLIC_RULES_PAGE = '/packages/public/pages/rules/index'

export const importDetailUrl = (id: string) => `${ADMIN_DATA_PAGES.importDetail}?id=${encodeURIComponent(id)}`
