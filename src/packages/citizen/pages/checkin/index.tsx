// 每日打卡: today's temperature and symptoms.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { issueMessage } from '@core/api/messages'
import { SYMPTOMS } from '@core/declaration/vocabulary'
import ActionButton from '@/components/action-button'
import ChoiceChips from '@/components/choice-chips'
import FieldMessage from '@/components/field-message'
import PageError from '@/components/page-error'
import TextField from '@/components/text-field'
import { useCheckin } from '@/features/checkin/use-checkin'
import { useHealthInfo } from '@/features/citizen/use-health-info'
import { useI18n } from '@/i18n/use-i18n'

export default function Checkin() {
  const { t, lang } = useI18n()
  const c = useCheckin()
  const { info, error } = useHealthInfo()

  useEffect(() => {
    if (!c.done) return
    void Taro.showToast({ title: t('checkin.done'), icon: 'success' })
    void Taro.reLaunch({ url: '/pages/index/index' })
  }, [c.done])

  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('checkin.title')}</Text>
      <PageError error={error} offlineOnly />
      {info && (
        <FieldMessage kind='info' text={info.checkins.today ? t('checkin.already') : t('home.notCheckedIn')} />
      )}
      <View className='card'>
        <TextField id='checkin-temperature' type='digit' label={t('declare.temperature')} value={c.temperature} maxlength={5} placeholder={t('declare.temperaturePlaceholder')}
          onInput={c.setTemperature} error={c.issue ? issueMessage(c.issue, lang) : null} />
        <Text className='label'>{t('declare.symptoms')}</Text>
        <ChoiceChips id='checkin-symptoms' multiple options={SYMPTOMS.map((s) => ({ value: s, label: t(`symptom.${s}`) }))} selected={c.symptoms} onToggle={c.toggle} />
      </View>
      <FieldMessage text={c.general ? t(c.general) : null} />
      <ActionButton id='submit-checkin' disabled={c.busy} label={c.busy ? t('declare.busy') : t('checkin.submit')} onClick={() => void c.submit()} />
    </View>
  )
}
