// The citizen sub-package: everything a citizen needs less often than the code itself.
export const CITIZEN_PAGES = {
  consent: '/packages/citizen/pages/consent/index',
  declare: '/packages/citizen/pages/declare/index',
  history: '/packages/citizen/pages/history/index',
  checkin: '/packages/citizen/pages/checkin/index',
  correction: '/packages/citizen/pages/correction/index',
  appeal: '/packages/citizen/pages/appeal/index',
  notices: '/packages/citizen/pages/notices/index',
  access: '/packages/citizen/pages/access/index',
  relatives: '/packages/citizen/pages/relatives/index',
  held: '/packages/citizen/pages/held/index'
} as const
