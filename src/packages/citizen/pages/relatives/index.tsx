// 亲友代领: offer a relative a grant or ask a family member for one (their phone number, what, why, how
// long), answer the offers and requests waiting for me (accept / decline), see the grants given and held,
// end or withdraw them, and open a held grant: the relative's code to show at a door, or their status.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import FieldMessage from '@/components/field-message'
import GrantForm from '@/components/grant-form'
import GrantList from '@/components/grant-list'
import { useAccount } from '@/features/auth/use-account'
import { CITIZEN_PAGES } from '@/features/citizen/routes'
import { rememberGrant } from '@/features/relatives/held-store'
import { useGrantForm } from '@/features/relatives/use-grant-form'
import { MAX_HELD, useRelatives } from '@/features/relatives/use-relatives'
import type { GrantView } from '@core/api/contract/grants'
import { useI18n } from '@/i18n/use-i18n'

export default function Relatives() {
  const { t, lang } = useI18n()
  const { account } = useAccount()
  const r = useRelatives(account?.id ?? null, lang)
  const f = useGrantForm(lang, () => void r.reload())
  const open = (g: GrantView) => {
    if (!account) return
    rememberGrant(account.id, g)
    void Taro.navigateTo({ url: `${CITIZEN_PAGES.held}?grantId=${encodeURIComponent(g.id)}` })
  }
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('relatives.title')}</Text>
      <FieldMessage text={r.error ? r.error.text ?? (r.error.key ? t(r.error.key) : null) : null} />
      <FieldMessage kind='info' text={r.answered ? t(r.answered === 'accept' ? 'grant.accepted' : 'grant.didDecline') : null} />
      {r.incoming.length > 0 && (
        <View id='grants-incoming'>
          <Text className='label'>{t('relatives.incoming')}</Text>
          <GrantList side='incoming' grants={r.incoming} busyId={r.busy} onAnswer={(id, how) => void r.answer(id, how)} />
        </View>
      )}
      {r.held.length > 0 && (
        <View id='grants-held'>
          <Text className='label'>{t('relatives.held', { max: MAX_HELD })}</Text>
          <GrantList side='held' grants={r.held} busyId={r.busy} onOpen={open} onRevoke={(id) => void r.revoke(id)} />
        </View>
      )}
      <Text className='label'>{t('relatives.given')}</Text>
      <GrantList side='given' grants={r.given} busyId={r.busy} onRevoke={(id) => void r.revoke(id)} />
      <GrantForm mode={f.mode} onMode={f.setMode} phone={f.phone} scope={f.scope} purpose={f.purpose} days={f.days} issues={f.issues}
        general={f.general} done={f.done} busy={f.busy} onPhone={f.setPhone} onScope={f.setScope} onPurpose={f.setPurpose}
        onDays={f.setDays} onSubmit={() => void f.submit()} />
      {r.endedGiven.length + r.endedHeld.length > 0 && (
        <View id='grants-ended'>
          <Text className='label'>{t('relatives.ended')}</Text>
          {r.endedGiven.length > 0 && <GrantList side='given' grants={r.endedGiven} busyId={null} />}
          {r.endedHeld.length > 0 && <GrantList side='held' grants={r.endedHeld} busyId={null} />}
        </View>
      )}
    </View>
  )
}
