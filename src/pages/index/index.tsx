// Home. Signed out: a way to sign in. A declared citizen: the health code itself (亮码), which shows
// from the phone's own storage with no network, then what is done daily (check-in), then the services
// as tiles. Otherwise the next step: privacy notice, declaration. A phone whose code moved to another
// phone says so and offers to take it back (40905). In care mode (关怀模式) a citizen with a code sees
// only the code, a refresh, read-aloud, the way to ask a relative for help, and the switch back.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { returnMessage } from '@core/api/messages'
import { ReturnCode } from '@core/api/return-codes'
import ActionButton from '@/components/action-button'
import BusyStatus from '@/components/busy-status'
import CareHome from '@/components/care-home'
import CareSwitch from '@/components/care-switch'
import CitizenLinks from '@/components/citizen-links'
import FieldMessage from '@/components/field-message'
import HealthCodeCard from '@/components/health-code-card'
import { useAccount } from '@/features/auth/use-account'
import { isStaff } from '@/features/auth/roles'
import { useCareHome } from '@/features/care/use-care-home'
import { useCareMode } from '@/features/care/use-care-mode'
import { CITIZEN_PAGES } from '@/features/citizen/routes'
import { useHealthCode } from '@/features/citizen/use-health-code'
import { useNotices } from '@/features/citizen/use-notices'
import { useHeldShortcuts } from '@/features/relatives/use-held-shortcuts'
import { useI18n } from '@/i18n/use-i18n'

export default function Index() {
  const { t, lang } = useI18n()
  const { account } = useAccount()
  const home = useHealthCode(account?.id ?? null)
  const { unread } = useNotices(!!account)
  const held = useHeldShortcuts(account?.id ?? null)
  const { care, setCare, pageClass } = useCareMode()
  const careHome = useCareHome(lang, t, home.sync)
  const go = (url: string) => Taro.navigateTo({ url })
  const careSwitch = <CareSwitch on={care} onChange={setCare} />

  if (!account) {
    return (
      <View className={`page ${pageClass}`}>
        <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('app.title')}</Text>
        <View className='card'>
          <Text className='muted'>{t('home.notSignedIn')}</Text>
          <ActionButton id='go-login' label={t('home.login')} onClick={() => go('/pages/login/index')} />
        </View>
        {careSwitch}
      </View>
    )
  }

  if (care && home.stage === 'code' && home.claims) {
    const status = home.claims.status ?? 'green'
    return (
      <View className={`page ${pageClass}`}>
        <CareHome status={status} qrUrl={home.live.qr?.url ?? null} refreshing={careHome.refreshing} speechMissing={careHome.speechMissing}
          onRefresh={() => void careHome.refresh()} onReadAloud={() => careHome.readAloud(status)} onHelp={careHome.help} onLeave={() => setCare(false)} />
        <BusyStatus />
      </View>
    )
  }

  return (
    <View className={`page ${pageClass}`}>
      {home.stage === 'code' && home.claims ? (
        <View>
          <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('app.title')}</Text>
          <HealthCodeCard claims={home.claims} regionName={home.regionName} qrUrl={home.live.qr?.url ?? null} countdown={home.live.countdown}
            now={home.live.now} statusView={home.statusView} notices={home.notices} />
          {home.info && (
            <Text className='muted'>{home.info.checkins.today ? t('home.checkedIn', { n: home.info.checkins.consecutiveDays }) : t('home.notCheckedIn')}</Text>
          )}
          <ActionButton id='go-checkin' label={t('home.checkin')} onClick={() => go(CITIZEN_PAGES.checkin)} />
        </View>
      ) : (
        <View className='card'>
          <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('app.title')}</Text>
          {home.stage === 'consent' && <NextStep text={t('home.consentNeeded')} id='go-consent' label={t('home.startConsent')} onClick={() => go(CITIZEN_PAGES.consent)} />}
          {home.stage === 'declare' && <NextStep text={t('home.declareNeeded')} id='go-declare' label={t('home.declare')} onClick={() => go(CITIZEN_PAGES.declare)} />}
          {home.stage === 'replaced' && (
            <View id='device-replaced'>
              <FieldMessage text={returnMessage(ReturnCode.DEVICE_REPLACED, lang)} />
              <FieldMessage text={home.error ? t(home.error) : null} />
              <ActionButton id='use-here' disabled={home.taking} label={home.taking ? t('declare.busy') : t('home.useHere')} onClick={() => void home.takeBack()} />
            </View>
          )}
          {home.stage === 'loading' && <Text className='muted'>{t('code.generating')}</Text>}
          {(home.stage === 'unreachable' || home.stage === 'error') && (
            <View>
              <FieldMessage text={t(home.error ?? 'code.unreachable')} />
              <ActionButton id='retry' kind='plain' label={t('code.retry')} onClick={() => void home.sync()} />
            </View>
          )}
        </View>
      )}
      <BusyStatus />
      {careSwitch}
      {/* Below the code and the check-in: relatives' codes held here, then every other service as a tile. */}
      <CitizenLinks declared={home.stage === 'code' || home.stage === 'replaced'} canDeclare={home.stage === 'code' && !!home.claims} unread={unread} go={go}
        held={held.map((h) => ({ grantId: h.grantId, scope: h.scope, who: h.holder.name ?? h.holder.phone ?? '' }))} staff={isStaff(account.roles)} />
    </View>
  )
}

function NextStep({ text, id, label, onClick }: { text: string; id: string; label: string; onClick: () => void }) {
  return (
    <View>
      <Text className='muted'>{text}</Text>
      <ActionButton id={id} label={label} onClick={onClick} />
    </View>
  )
}
