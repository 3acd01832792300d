// Staff console: the member's roles and the features those roles open. Lives in the `staff`
// sub-package so citizens never download it.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import AccountSummary from '@/components/account-summary'
import ActionButton from '@/components/action-button'
import OwnCodeLink from '@/components/own-code-link'
import { useAccount } from '@/features/auth/use-account'
import { isStaff } from '@/features/auth/roles'
import { ADMIN_DATA_PAGES } from '@/features/admin/routes'
import { AUDITOR_PAGES } from '@/features/auditor/routes'
import { STAFF_PAGES } from '@/features/verifier/routes'
import { useI18n } from '@/i18n/use-i18n'
import type { MessageKey } from '@/i18n'

/** What each role opens; roles whose pages are not built yet say so. */
const LINKS: { role: string; id: string; key: MessageKey; url: string | null }[] = [
  { role: 'verifier', id: 'go-scan', key: 'staff.link.scan', url: STAFF_PAGES.scan },
  { role: 'verifier', id: 'go-history', key: 'staff.link.history', url: STAFF_PAGES.history },
  { role: 'admin', id: 'go-today', key: 'staff.link.today', url: STAFF_PAGES.today },
  { role: 'admin', id: 'go-staff', key: 'staff.link.staff', url: STAFF_PAGES.staff },
  { role: 'admin', id: 'go-points', key: 'staff.link.points', url: STAFF_PAGES.points },
  { role: 'admin', id: 'go-imports', key: 'opsLink.imports', url: ADMIN_DATA_PAGES.imports },
  { role: 'admin', id: 'go-rules', key: 'opsLink.rules', url: ADMIN_DATA_PAGES.rules },
  { role: 'admin', id: 'go-alarms', key: 'opsLink.alarms', url: ADMIN_DATA_PAGES.alarms },
  { role: 'auditor', id: 'go-audit', key: 'opsLink.audit', url: AUDITOR_PAGES.queue },
  { role: 'health_worker', id: 'go-screening', key: 'role.health_worker', url: null }
]

export default function StaffConsole() {
  const { t } = useI18n()
  const { account } = useAccount()
  if (!account || !isStaff(account.roles)) {
    return (
      <View className='page'>
        <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('staff.title')}</Text>
        <Text>{t('staff.noRole')}</Text>
      </View>
    )
  }
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('staff.title')}</Text>
      <Text className='label'>{t('staff.role')}</Text>
      <AccountSummary account={account} />
      <Text className='label'>{t('staff.links')}</Text>
      {LINKS.filter((l) => account.roles.includes(l.role)).map((l) =>
        l.url ? (
          <ActionButton key={l.id} id={l.id} label={t(l.key)} onClick={() => void Taro.navigateTo({ url: l.url! })} />
        ) : (
          <Text key={l.id} className='muted'>{`${t(l.key)} — ${t('staff.comingSoon')}`}</Text>
        )
      )}
      <OwnCodeLink />
    </View>
  )
}
