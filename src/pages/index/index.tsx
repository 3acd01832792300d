// Home: who is signed in, or a way to sign in.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import AccountSummary from '@/components/account-summary'
import ActionButton from '@/components/action-button'
import { useAccount } from '@/features/auth/use-account'
import { isStaff } from '@/features/auth/roles'
import { useI18n } from '@/i18n/use-i18n'

export default function Index() {
  const { t } = useI18n()
  const { account } = useAccount()
  const go = (url: string) => Taro.navigateTo({ url })
  return (
    <View className='page'>
      <Text className='page__title'>{t('app.title')}</Text>
      {account ? (
        <View>
          <Text className='label'>{t('home.signedInAs')}</Text>
          <AccountSummary account={account} />
          <ActionButton kind='plain' label={t('home.me')} onClick={() => go('/pages/me/index')} />
          {isStaff(account.roles) && (
            <ActionButton kind='plain' label={t('home.staffConsole')} onClick={() => go('/packages/staff/pages/console/index')} />
          )}
        </View>
      ) : (
        <View className='card'>
          <Text className='muted'>{t('home.notSignedIn')}</Text>
          <ActionButton label={t('home.login')} onClick={() => go('/pages/login/index')} />
        </View>
      )}
    </View>
  )
}
