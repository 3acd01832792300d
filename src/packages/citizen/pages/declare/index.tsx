// 健康申报 (and, with ?kind=trips, 行程申报). Messages appear next to each field, from the phone's
// own check or from the host's, in the reader's language.
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { issueMessage } from '@core/api/messages'
import ActionButton from '@/components/action-button'
import BusyStatus from '@/components/busy-status'
import Certificates from '@/components/certificates'
import { BasicSection, HealthSection } from '@/components/declaration-sections'
import FieldMessage from '@/components/field-message'
import TripList from '@/components/trip-list'
import { CITIZEN_PAGES } from '@/features/citizen/routes'
import { useDeclaration } from '@/features/declaration/use-declaration'
import { PLACED_PATH } from '@/features/declaration/validate'
import { useI18n } from '@/i18n/use-i18n'

export default function Declare() {
  const { t, lang } = useI18n()
  const kind = useRouter().params.kind === 'trips' ? 'trips' : 'full'
  const d = useDeclaration(kind)
  const error = (path: string) => (d.issues[path] ? issueMessage(d.issues[path], lang) : null)
  const unplaced = Object.keys(d.issues).filter((p) => !PLACED_PATH.test(p))

  useEffect(() => {
    if (!d.done) return
    void Taro.showToast({ title: t('declare.done'), icon: 'success' })
    void Taro.reLaunch({ url: '/pages/index/index' })
  }, [d.done])

  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t(kind === 'trips' ? 'declare.tripsTitle' : 'declare.title')}</Text>
      {d.bound === null && !d.general && <Text className='muted'>{t('common.loading')}</Text>}
      {kind === 'full' && d.bound === false && <BasicSection form={d.form} patch={d.patch} error={error} phone={d.phoneMasked} today={d.today} />}
      {kind === 'full' && d.bound !== null && <HealthSection form={d.form} patch={d.patch} error={error} />}
      {d.bound !== null && (
        <View className='card'>
          <Text className='page__title'>{t('declare.trips')}</Text>
          <TripList trips={d.form.trips} today={d.today} onChange={(trips) => d.patch({ trips })} error={error} />
        </View>
      )}
      {kind === 'full' && d.bound !== null && (
        <View className='card'>
          <Certificates tests={d.form.tests} doses={d.form.doses} lastDoseDate={d.form.lastDoseDate} today={d.today} error={error}
            onTests={(tests) => d.patch({ tests })} onVaccination={(doses, lastDoseDate) => d.patch({ doses, lastDoseDate })} />
        </View>
      )}
      <View id='declare-general'>
        <FieldMessage text={d.general ? t(d.general.key, d.general.vars) : null} />
        {unplaced.map((p) => <FieldMessage key={p} text={`${p}: ${issueMessage(d.issues[p], lang)}`} />)}
        {d.general?.key === 'error.consentRequired' && (
          <ActionButton id='go-consent' label={t('home.startConsent')} onClick={() => void Taro.redirectTo({ url: CITIZEN_PAGES.consent })} />
        )}
      </View>
      <BusyStatus />
      {d.bound !== null && (
        <ActionButton id='submit-declaration' disabled={d.busy} label={d.busy ? t('declare.busy') : t('declare.submit')} onClick={() => void d.submit()} />
      )}
    </View>
  )
}
