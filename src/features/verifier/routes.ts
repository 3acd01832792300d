// The staff sub-package. Citizens never download it (weapp main package ≤ 600 KB).
export const STAFF_PAGES = {
  console: '/packages/staff/pages/console/index',
  scan: '/packages/staff/pages/scan/index',
  history: '/packages/staff/pages/history/index',
  today: '/packages/staff/pages/today/index',
  staff: '/packages/staff/pages/staff/index',
  points: '/packages/staff/pages/points/index'
} as const
