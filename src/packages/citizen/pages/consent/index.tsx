// 个人信息保护告知: read, then accept explicitly; the declaration follows.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { PRIVACY_NOTICE } from '@core/consent/privacy-notice'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import PrivacyNotice from '@/components/privacy-notice'
import { useConsent } from '@/features/consent/use-consent'
import { CITIZEN_PAGES } from '@/features/citizen/routes'
import { useI18n } from '@/i18n/use-i18n'

export default function Consent() {
  const { t, lang } = useI18n()
  const c = useConsent()

  useEffect(() => {
    if (c.accepted) void Taro.redirectTo({ url: CITIZEN_PAGES.declare })
  }, [c.accepted])

  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('consent.title')}</Text>
      <PrivacyNotice sections={PRIVACY_NOTICE} lang={lang} />
      <Text className='muted'>{t('consent.version', { v: c.version })}</Text>
      <FieldMessage text={c.error ? t(c.error) : null} />
      <ActionButton id='accept-consent' disabled={c.busy} label={c.busy ? t('consent.busy') : t('consent.accept')} onClick={() => void c.accept()} />
    </View>
  )
}
