// Sign in with a mainland mobile number and a one-time code.
import { Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import ActionButton from '@/components/action-button'
import BusyStatus from '@/components/busy-status'
import FieldMessage from '@/components/field-message'
import { PHONE_INPUT_TYPE } from '@/features/auth/phone-field'
import { useLogin } from '@/features/auth/use-login'
import { useI18n } from '@/i18n/use-i18n'

export default function Login() {
  const { t } = useI18n()
  const { state: s, setPhone, setCode, sendCode, submit } = useLogin()

  useEffect(() => {
    if (s.signedIn) void Taro.reLaunch({ url: s.landing })
  }, [s.signedIn, s.landing])

  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('login.title')}</Text>
      <View className='card'>
        <Text className='label'>{t('login.phone')}</Text>
        <Input id='phone' className='input' type={PHONE_INPUT_TYPE} maxlength={20} value={s.phone}
          placeholder={t('login.phonePlaceholder')} onInput={(e) => setPhone(e.detail.value)} />
        <FieldMessage text={s.errors.phone ? t(s.errors.phone) : null} />
        <ActionButton id='send-code' kind='plain' disabled={s.busy || s.resendIn > 0} onClick={sendCode}
          label={s.resendIn > 0 ? t('login.resendIn', { s: s.resendIn }) : t('login.requestCode')} />
        <FieldMessage kind='info' text={s.notice ? t(s.notice.key, s.notice.vars) : null} />
      </View>
      <View className='card'>
        <Text className='label'>{t('login.code')}</Text>
        <Input id='code' className='input' type='number' maxlength={6} value={s.code}
          placeholder={t('login.codePlaceholder')} onInput={(e) => setCode(e.detail.value)} />
        <FieldMessage text={s.errors.code ? t(s.errors.code) : null} />
      </View>
      <FieldMessage text={s.general ? t(s.general) : null} />
      <BusyStatus />
      <ActionButton id='sign-in' disabled={s.busy} onClick={submit} label={s.busy ? t('login.busy') : t('login.submit')} />
      <Text id='go-rules' className='link' onClick={() => void Taro.navigateTo({ url: '/packages/public/pages/rules/index' })}>{t('rulesView.link')}</Text>
    </View>
  )
}
