// Account, language, care mode (关怀模式), sign out (here or everywhere).
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import AccountSummary from '@/components/account-summary'
import ActionButton from '@/components/action-button'
import CareSwitch from '@/components/care-switch'
import LanguageSwitch from '@/components/language-switch'
import { useAccount } from '@/features/auth/use-account'
import { useCareMode } from '@/features/care/use-care-mode'
import { useI18n } from '@/i18n/use-i18n'

export default function Me() {
  const { t } = useI18n()
  const { account, signOut } = useAccount()
  const { care, setCare, pageClass } = useCareMode()

  const out = async (everywhere: boolean) => {
    await signOut(everywhere)
    void Taro.showToast({ title: t('me.loggedOut'), icon: 'none' })
    void Taro.reLaunch({ url: '/pages/index/index' })
  }

  return (
    <View className={`page ${pageClass}`}>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('me.title')}</Text>
      {account ? (
        <AccountSummary account={account} />
      ) : (
        <ActionButton label={t('home.login')} onClick={() => Taro.navigateTo({ url: '/pages/login/index' })} />
      )}
      <View className='card'>
        <Text className='label'>{t('me.language')}</Text>
        <LanguageSwitch />
      </View>
      <CareSwitch id='me-care-switch' on={care} onChange={setCare} />
      {account && (
        <View>
          <ActionButton kind='plain' label={t('me.logout')} onClick={() => out(false)} />
          <ActionButton kind='danger' label={t('me.logoutAll')} onClick={() => out(true)} />
        </View>
      )}
    </View>
  )
}
