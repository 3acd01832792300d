// The home page's way to everything else, below the code and the daily check-in: first the codes and
// statuses of relatives this phone holds (used as often as one's own), then the services, a grid of
// tiles with icons (declaring, trips, notices with the unread count, history, correction, appeal,
// relatives, access history, the account, the staff console). Shown in every signed-in stage: a relative
// who holds a grandmother's code may have no declaration of their own.
import { View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import ServiceGrid, { type ServiceTile } from '@/components/service-grid'
import { CITIZEN_PAGES } from '@/features/citizen/routes'
import { useI18n } from '@/i18n/use-i18n'

export interface CitizenLinksProps {
  /** Declared, with a code: the pages that need a status (history, correction, appeal). */
  declared: boolean
  /** The code is shown: declaring again and declaring trips are offered here (before, the page's next step is). */
  canDeclare?: boolean
  unread: number
  held: { grantId: string; who: string; scope: 'view' | 'hold' }[]
  /** Staff: the console is one of the services. */
  staff?: boolean
  go: (url: string) => void
}

export default function CitizenLinks({ declared, canDeclare = false, unread, held, staff = false, go }: CitizenLinksProps) {
  const { t } = useI18n()
  const tile = (id: string, icon: string, label: string, url: string, alert = false): ServiceTile => ({ id, icon, label, alert, onOpen: () => go(url) })
  const tiles: ServiceTile[] = [
    ...(canDeclare ? [
      tile('go-declare', '✎', t('home.declare'), CITIZEN_PAGES.declare),
      tile('go-trips', '✈', t('home.trips'), `${CITIZEN_PAGES.declare}?kind=trips`)
    ] : []),
    tile('go-notices', '✉', unread > 0 ? t('home.noticesUnread', { n: unread }) : t('home.notices'), CITIZEN_PAGES.notices, unread > 0),
    ...(declared ? [tile('go-history', '◷', t('home.history'), CITIZEN_PAGES.history)] : []),
    tile('go-relatives', '♡', t('homeServices.relatives'), CITIZEN_PAGES.relatives),
    ...(declared ? [
      tile('go-correction', '✍', t('home.correction'), CITIZEN_PAGES.correction),
      tile('go-appeal', '⚖', t('home.appeal'), CITIZEN_PAGES.appeal)
    ] : []),
    tile('go-access', '◉', t('home.access'), CITIZEN_PAGES.access),
    tile('go-me', '☺', t('home.me'), '/pages/me/index'),
    ...(staff ? [tile('go-staff', '⚙', t('home.staffConsole'), '/packages/staff/pages/console/index')] : [])
  ]
  return (
    <View className='citizen-links'>
      {held.map((h) => (
        <ActionButton key={h.grantId} id={`go-held-${h.grantId}`} kind='plain' label={t(h.scope === 'hold' ? 'home.heldCode' : 'home.heldStatus', { who: h.who })}
          onClick={() => go(`${CITIZEN_PAGES.held}?grantId=${encodeURIComponent(h.grantId)}`)} />
      ))}
      <ServiceGrid id='home-services' title={t('homeServices.title')} tiles={tiles} />
    </View>
  )
}
