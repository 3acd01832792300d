// 信息纠错: report wrong trip, test, vaccination, identity or status data; see earlier requests.
import { Text, Textarea, View } from '@tarojs/components'
import { issueMessage } from '@core/api/messages'
import ActionButton from '@/components/action-button'
import ChoiceChips from '@/components/choice-chips'
import FieldMessage from '@/components/field-message'
import { chinaClock } from '@/features/citizen/presentation'
import { useHealthInfo } from '@/features/citizen/use-health-info'
import { CATEGORIES, useCorrection } from '@/features/correction/use-correction'
import { useI18n } from '@/i18n/use-i18n'
import type { MessageKey } from '@/i18n'

const STATES = ['open', 'in-review', 'upheld', 'rejected']

export default function Correction() {
  const { t, lang } = useI18n()
  const { info, reload } = useHealthInfo()
  const c = useCorrection(() => void reload())
  const label = (cat: string) => ((CATEGORIES as readonly string[]).includes(cat) ? t(`category.${cat}` as MessageKey) : cat)
  const state = (s: string) => (STATES.includes(s) ? t(`correction.state.${s}` as MessageKey) : s)
  return (
    <View className='page'>
      <Text className='page__title'>{t('correction.title')}</Text>
      <View className='card'>
        <Text className='label'>{t('correction.category')}</Text>
        <ChoiceChips id='correction-category' options={CATEGORIES.map((cat) => ({ value: cat, label: label(cat) }))} selected={[c.category]} onToggle={c.setCategory} />
        <Text className='label'>{t('correction.description')}</Text>
        <Textarea id='correction-description' className='input correction__text' value={c.description} maxlength={500}
          placeholder={t('correction.descriptionPlaceholder')} onInput={(e) => c.setDescription(e.detail.value)} />
        <FieldMessage text={c.issue ? issueMessage(c.issue, lang) : null} />
      </View>
      <FieldMessage text={c.general ? t(c.general) : null} />
      <FieldMessage kind='info' text={c.sent ? t('correction.sent', { id: c.sent }) : null} />
      <ActionButton id='submit-correction' disabled={c.busy} label={c.busy ? t('declare.busy') : t('correction.submit')} onClick={() => void c.submit()} />
      <Text className='label'>{t('correction.mine')}</Text>
      {info && info.corrections.length === 0 && <Text className='muted'>{t('correction.none')}</Text>}
      {info?.corrections.map((x) => (
        <View key={x.id} id={`correction-${x.id}`} className='card'>
          <Text>{label(x.category)} · {state(x.state)} · {chinaClock(x.createdAt).slice(0, 16)}</Text>
          {x.decision?.reasonText && <Text className='muted'>{'\n'}{lang === 'en' ? x.decision.reasonText.en : x.decision.reasonText.zh}</Text>}
        </View>
      ))}
    </View>
  )
}
