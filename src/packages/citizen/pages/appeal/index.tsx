// 申诉: appeal against the current status (why it is wrong, up to 3 images); earlier appeals with their
// progress and the auditor's decision.
import { Text, Textarea, View } from '@tarojs/components'
import { issueMessage } from '@core/api/messages'
import ActionButton from '@/components/action-button'
import AttachmentPicker from '@/components/attachment-picker'
import CaseList from '@/components/case-list'
import FieldMessage from '@/components/field-message'
import PageError from '@/components/page-error'
import StatusBadge from '@/components/status-badge'
import { MAX_ATTACHMENTS } from '@/features/citizen/attachments'
import { useAppeal } from '@/features/citizen/use-appeal'
import { useHealthInfo } from '@/features/citizen/use-health-info'
import { useI18n } from '@/i18n/use-i18n'

export default function Appeal() {
  const { t, lang } = useI18n()
  const { info, error, reload } = useHealthInfo()
  const f = useAppeal(() => void reload())
  const a = f.attachments
  const status = info?.status ?? null
  const reason = status?.reasonText ? (lang === 'en' ? status.reasonText.en : status.reasonText.zh) : null
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('appeal.title')}</Text>
      <PageError error={error} />
      {status && (
        <View id='appeal-status' className='card'>
          <Text className='label'>{t('appeal.current')}</Text>
          <StatusBadge status={status.status} />
          {reason && <View><Text className='muted'>{reason}</Text></View>}
        </View>
      )}
      <View className='card'>
        <Text className='label'>{t('appeal.description')}</Text>
        <Textarea id='appeal-description' className='input correction__text' value={f.description} maxlength={500}
          placeholder={t('appeal.placeholder')} onInput={(e) => f.setDescription(e.detail.value)} />
        <FieldMessage text={f.issue ? issueMessage(f.issue, lang) : null} />
        <AttachmentPicker id='appeal-attach' items={a.items} max={MAX_ATTACHMENTS} problem={a.problem ? t(a.problem) : null} onAdd={() => void a.add()} onRemove={a.remove} />
      </View>
      <FieldMessage text={f.general ? t(f.general) : null} />
      <FieldMessage kind='info' text={f.sent ? t('appeal.sent', { id: f.sent }) : null} />
      <ActionButton id='submit-appeal' disabled={f.busy} label={f.busy ? t('declare.busy') : t('appeal.submit')} onClick={() => void f.submit()} />
      <Text className='label'>{t('appeal.mine')}</Text>
      {info && <CaseList kind='appeal' cases={info.appeals} />}
    </View>
  )
}
