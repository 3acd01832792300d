// Who is signed in: masked phone, roles and region, each with its label.
import { Text, View } from '@tarojs/components'
import type { AccountView } from '@core/api/contract/auth'
import { useI18n } from '@/i18n/use-i18n'
import { roleKey } from '@/features/auth/roles'
import './index.css'

export default function AccountSummary({ account }: { account: AccountView }) {
  const { t } = useI18n()
  const roles = account.roles.map((r) => (roleKey(r) ? t(roleKey(r)!) : r)).join('、') || t('me.none')
  return (
    <View className='account-summary'>
      <Row label={t('me.phone')} value={account.phoneMasked ?? t('me.none')} />
      <Row label={t('me.roles')} value={roles} />
      <Row label={t('me.region')} value={account.region ?? t('me.none')} />
    </View>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='account-summary__row'>
      <Text className='account-summary__label'>{label}</Text>
      <Text className='account-summary__value'>{value}</Text>
    </View>
  )
}
