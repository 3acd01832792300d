import { landingAfterSignIn } from './landing'

it('verifiers land on the scanner, other staff on the console, citizens at home', () => {
  expect(landingAfterSignIn(['citizen', 'verifier'])).toBe('/packages/staff/pages/scan/index')
  expect(landingAfterSignIn(['citizen', 'auditor'])).toBe('/packages/staff/pages/console/index')
  expect(landingAfterSignIn(['citizen', 'admin'])).toBe('/packages/staff/pages/console/index')
  expect(landingAfterSignIn(['citizen', 'health_worker'])).toBe('/packages/staff/pages/console/index')
  expect(landingAfterSignIn(['citizen'])).toBe('/pages/index/index')
  expect(landingAfterSignIn([])).toBe('/pages/index/index')
})
