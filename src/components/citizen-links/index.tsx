// The home page's way to everything else a citizen does: notices (with the unread count in words),
// relatives' codes held on this phone, and the less frequent pages. Shown in every signed-in stage: a
// relative who holds a grandmother's code may have no declaration of their own.
import { View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import { CITIZEN_PAGES } from '@/features/citizen/routes'
import { useI18n } from '@/i18n/use-i18n'

export interface CitizenLinksProps {
  /** Declared, with a code: the pages that need a status (history, correction, appeal). */
  declared: boolean
  unread: number
  held: { grantId: string; who: string; scope: 'view' | 'hold' }[]
  go: (url: string) => void
}

export default function CitizenLinks({ declared, unread, held, go }: CitizenLinksProps) {
  const { t } = useI18n()
  return (
    <View className='citizen-links'>
      <ActionButton id='go-notices' kind='plain' label={unread > 0 ? t('home.noticesUnread', { n: unread }) : t('home.notices')} onClick={() => go(CITIZEN_PAGES.notices)} />
      {held.map((h) => (
        <ActionButton key={h.grantId} id={`go-held-${h.grantId}`} kind='plain' label={t(h.scope === 'hold' ? 'home.heldCode' : 'home.heldStatus', { who: h.who })}
          onClick={() => go(`${CITIZEN_PAGES.held}?grantId=${encodeURIComponent(h.grantId)}`)} />
      ))}
      {declared && <ActionButton id='go-history' kind='plain' label={t('home.history')} onClick={() => go(CITIZEN_PAGES.history)} />}
      {declared && <ActionButton id='go-correction' kind='plain' label={t('home.correction')} onClick={() => go(CITIZEN_PAGES.correction)} />}
      {declared && <ActionButton id='go-appeal' kind='plain' label={t('home.appeal')} onClick={() => go(CITIZEN_PAGES.appeal)} />}
      <ActionButton id='go-relatives' kind='plain' label={t('home.relatives')} onClick={() => go(CITIZEN_PAGES.relatives)} />
      <ActionButton id='go-access' kind='plain' label={t('home.access')} onClick={() => go(CITIZEN_PAGES.access)} />
    </View>
  )
}
