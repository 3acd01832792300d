// Staff console: the member's roles and the features those roles open. Lives in the `staff`
// sub-package so citizens never download it.
import { Text, View } from '@tarojs/components'
import AccountSummary from '@/components/account-summary'
import { useAccount } from '@/features/auth/use-account'
import { isStaff } from '@/features/auth/roles'
import { useI18n } from '@/i18n/use-i18n'

const FEATURES: { role: string; key: 'role.verifier' | 'role.auditor' | 'role.admin' | 'role.health_worker' }[] = [
  { role: 'verifier', key: 'role.verifier' },
  { role: 'auditor', key: 'role.auditor' },
  { role: 'admin', key: 'role.admin' },
  { role: 'health_worker', key: 'role.health_worker' }
]

export default function StaffConsole() {
  const { t } = useI18n()
  const { account } = useAccount()
  if (!account || !isStaff(account.roles)) {
    return (
      <View className='page'>
        <Text className='page__title'>{t('staff.title')}</Text>
        <Text>{t('staff.noRole')}</Text>
      </View>
    )
  }
  return (
    <View className='page'>
      <Text className='page__title'>{t('staff.title')}</Text>
      <Text className='label'>{t('staff.role')}</Text>
      <AccountSummary account={account} />
      <Text className='label'>{t('staff.links')}</Text>
      <View className='card'>
        {FEATURES.filter((f) => account.roles.includes(f.role)).map((f) => (
          <Text key={f.role} className='link'>{`${t(f.key)} — ${t('staff.comingSoon')}`}</Text>
        ))}
      </View>
    </View>
  )
}
