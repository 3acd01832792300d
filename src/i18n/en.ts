import type { MessageKey } from './zh-CN'
import opsEn from './ops.en'
import citizenEn from './citizen.en'
import staffEn from './staff.en'
import transparencyEn from './transparency.en'
import relativesEn from './relatives.en'
import idTypesEn from './id-types.en'
import offlineEn from './offline.en'
import workspaceEn from './workspace.en'
import referencesEn from './references.en'
import controlsEn from './controls.en'
import homeServicesEn from './home-services.en'
import careEn from './care.en'

const en: Record<MessageKey, string> = {
  ...opsEn,
  'app.title': 'Health Code',
  'home.title': 'Home',
  'home.signedInAs': 'Signed in as',
  'home.notSignedIn': 'You are not signed in',
  'home.login': 'Sign in',
  'home.me': 'Me',
  'home.staffConsole': 'Staff console',
  'login.title': 'Sign in',
  'login.phone': 'Mobile number',
  'login.phonePlaceholder': '11-digit mobile number',
  'login.code': 'Verification code',
  'login.codePlaceholder': '6-digit code',
  'login.requestCode': 'Send code',
  'login.resendIn': 'Resend in {s} s',
  'login.codeSent': 'Code sent, valid for {s} s',
  'login.submit': 'Sign in',
  'login.busy': 'Please wait…',
  'login.done': 'Signed in',
  'field.phone.required': 'Enter your mobile number',
  'field.phone.invalid': 'Invalid number: a mainland China mobile number has 11 digits and starts with 1',
  'field.code.required': 'Enter the verification code',
  'field.code.invalid': 'The code has 6 digits',
  'field.code.wrong': 'The code is wrong or has expired',
  'me.title': 'Me',
  'me.account': 'Account',
  'me.phone': 'Mobile',
  'me.roles': 'Roles',
  'me.region': 'Region',
  'me.none': 'None',
  'me.language': 'Language',
  'me.logout': 'Sign out',
  'me.logoutAll': 'Sign out on all devices',
  'me.loggedOut': 'Signed out',
  'staff.title': 'Staff console',
  'staff.role': 'Your roles',
  'staff.noRole': 'You have no staff role',
  'staff.links': 'Features',
  'staff.comingSoon': 'Coming soon',
  'role.citizen': 'Citizen',
  'role.verifier': 'Verifier',
  'role.auditor': 'Auditor',
  'role.admin': 'Administrator',
  'role.health_worker': 'Health worker',
  'role.enterprise_admin': 'Enterprise admin',
  'error.network': 'Network unavailable, please retry',
  'error.rateLimited': 'Too many attempts, please wait',
  'error.unauthenticated': 'Please sign in first',
  'error.sessionExpired': 'Your session expired, please sign in again',
  'error.forbidden': 'You are not allowed to do this',
  'error.invalidInput': 'Please check your input',
  'error.internal': 'Service temporarily unavailable',
  'status.busyRetrying': 'The service is busy; retrying…',
  'common.loading': 'Loading…',
  'common.error': 'Error',
  'lang.zh-CN': '简体中文',
  'lang.en': 'English',
  ...citizenEn,
  ...staffEn,
  ...transparencyEn,
  ...relativesEn,
  ...idTypesEn,
  ...offlineEn,
  ...workspaceEn,
  ...referencesEn,
  ...controlsEn,
  ...homeServicesEn,
  ...careEn
}

export default en
