// 授权亲友 form: the relative's phone number, what they may do (see my status / hold and show my code),
// why, and for how long. "申请代领" asks instead for the code of a dependant who cannot grant it
// themselves; an auditor confirms that in person.
import { Text, View } from '@tarojs/components'
import { issueMessage } from '@core/api/messages'
import ActionButton from '@/components/action-button'
import ChoiceChips from '@/components/choice-chips'
import FieldMessage from '@/components/field-message'
import TextField from '@/components/text-field'
import { DAY_CHOICES, type Field, type General, type Mode } from '@/features/relatives/use-grant-form'
import type { GrantScope } from '@core/api/contract/grants'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface GrantFormProps {
  mode: Mode
  onMode: (m: Mode) => void
  phone: string
  scope: GrantScope
  purpose: string
  days: (typeof DAY_CHOICES)[number]
  issues: Partial<Record<Field, string>>
  general: General | null
  done: Mode | null
  busy: boolean
  onPhone: (v: string) => void
  onScope: (v: GrantScope) => void
  onPurpose: (v: string) => void
  onDays: (v: (typeof DAY_CHOICES)[number]) => void
  onSubmit: () => void
}

export default function GrantForm(p: GrantFormProps) {
  const { t, lang } = useI18n()
  const issue = (f: Field) => (p.issues[f] ? issueMessage(p.issues[f]!, lang) : null)
  const grant = p.mode === 'grant'
  return (
    <View id='grant-form' className='card grant-form'>
      <ChoiceChips id='grant-mode' options={[{ value: 'grant', label: t('grant.mode.grant') }, { value: 'request', label: t('grant.mode.request') }]}
        selected={[p.mode]} onToggle={(m) => p.onMode(m as Mode)} />
      <Text className='grant-form__intro'>{t(grant ? 'grant.intro.grant' : 'grant.intro.request')}</Text>
      <TextField id='grant-phone' label={t(grant ? 'grant.phone' : 'grant.phoneRequest')} value={p.phone} type='number' maxlength={16}
        placeholder={t('login.phonePlaceholder')} note={t('grant.phoneNote')} error={issue('phone')} onInput={p.onPhone} />
      <Text className='label'>{t('grant.scope')}</Text>
      <ChoiceChips id='grant-scope' options={[{ value: 'hold', label: t('grant.scope.hold') }, { value: 'view', label: t('grant.scope.view') }]}
        selected={[p.scope]} onToggle={(s) => p.onScope(s as GrantScope)} />
      <TextField id='grant-purpose' label={t('grant.purpose')} value={p.purpose} maxlength={100} placeholder={t('grant.purposePlaceholder')}
        error={issue('purpose')} onInput={p.onPurpose} />
      <Text className='label'>{t('grant.days')}</Text>
      <ChoiceChips id='grant-days' options={DAY_CHOICES.map((d) => ({ value: d, label: t('grant.daysN', { n: d }) }))} selected={[p.days]} onToggle={p.onDays} />
      <FieldMessage text={issue('days')} />
      <FieldMessage text={p.general ? p.general.text ?? (p.general.key ? t(p.general.key) : null) : null} />
      <FieldMessage kind='info' text={p.done ? t(p.done === 'grant' ? 'grant.done' : 'grant.requested') : null} />
      <ActionButton id='grant-submit' disabled={p.busy} label={p.busy ? t('declare.busy') : t(grant ? 'grant.submit' : 'grant.submitRequest')} onClick={p.onSubmit} />
    </View>
  )
}
