// 信息纠错: report wrong trip, test, vaccination, identity or status data, with images as evidence;
// see earlier requests with their state and the auditor's reason.
import { Text, Textarea, View } from '@tarojs/components'
import { issueMessage } from '@core/api/messages'
import ActionButton from '@/components/action-button'
import AttachmentPicker from '@/components/attachment-picker'
import CaseList from '@/components/case-list'
import ChoiceChips from '@/components/choice-chips'
import FieldMessage from '@/components/field-message'
import PageError from '@/components/page-error'
import { MAX_ATTACHMENTS } from '@/features/citizen/attachments'
import { useHealthInfo } from '@/features/citizen/use-health-info'
import { CATEGORIES, useCorrection } from '@/features/correction/use-correction'
import { useI18n } from '@/i18n/use-i18n'
import type { MessageKey } from '@/i18n'

export default function Correction() {
  const { t, lang } = useI18n()
  const { info, error, reload } = useHealthInfo()
  const c = useCorrection(() => void reload())
  const a = c.attachments
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('correction.title')}</Text>
      <PageError error={error} offlineOnly />
      <View className='card'>
        <Text className='label'>{t('correction.category')}</Text>
        <ChoiceChips id='correction-category' options={CATEGORIES.map((cat) => ({ value: cat, label: t(`category.${cat}` as MessageKey) }))} selected={[c.category]} onToggle={c.setCategory} />
        <Text className='label'>{t('correction.description')}</Text>
        <Textarea id='correction-description' className='input correction__text' value={c.description} maxlength={500}
          placeholder={t('correction.descriptionPlaceholder')} onInput={(e) => c.setDescription(e.detail.value)} />
        <FieldMessage text={c.issue ? issueMessage(c.issue, lang) : null} />
        <AttachmentPicker id='correction-attach' items={a.items} max={MAX_ATTACHMENTS} problem={a.problem ? t(a.problem) : null} onAdd={() => void a.add()} onRemove={a.remove} />
      </View>
      <FieldMessage text={c.general ? t(c.general) : null} />
      <FieldMessage kind='info' text={c.sent ? t('correction.sent', { id: c.sent }) : null} />
      <ActionButton id='submit-correction' disabled={c.busy} label={c.busy ? t('declare.busy') : t('correction.submit')} onClick={() => void c.submit()} />
      <Text className='label'>{t('correction.mine')}</Text>
      {info && <CaseList kind='correction' cases={info.corrections} />}
    </View>
  )
}
