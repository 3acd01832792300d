// 扫码核验, the verifier's workspace: one "start shift" tap, then each person's code is decided on the device
// (offline too), recorded, shown in large type with its own sound and vibration, and scanning resumes by itself.
import { Text, View } from '@tarojs/components'
import DeskStatus from '@/components/desk-status'
import FieldMessage from '@/components/field-message'
import HeldResult from '@/components/held-result'
import OwnCodeLink from '@/components/own-code-link'
import QrScanner from '@/components/qr-scanner'
import ScanTally from '@/components/scan-tally'
import ShiftControls from '@/components/shift-controls'
import WorkspaceSettingsPanel from '@/components/workspace-settings'
import { useAccount } from '@/features/auth/use-account'
import { hasRole } from '@/features/verifier/staff-account'
import { maxAgeOf, trustAgeSeconds } from '@/features/verifier/trust-store'
import { usePointName } from '@/features/verifier/use-point-name'
import { useVerifierWorkspace } from '@/features/verifier/use-verifier-workspace'
import { useI18n } from '@/i18n/use-i18n'

export default function ScanPage() {
  const { t } = useI18n()
  const { account } = useAccount()
  const ws = useVerifierWorkspace(account)
  const pointName = usePointName(ws.pointId)

  if (!hasRole(account, 'verifier') || !ws.canScan) {
    return (
      <View className='page'>
        <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('verifier.title')}</Text>
        <FieldMessage text={t(hasRole(account, 'verifier') ? 'verifier.noPoint' : 'verifier.notVerifier')} />
        {account && <OwnCodeLink />}
      </View>
    )
  }
  const age = trustAgeSeconds(ws.trust, ws.now)
  const r = ws.shown
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('verifier.title')}</Text>
      {pointName && <Text id='point-name' className='label'>{t('verifier.point', { name: pointName })}</Text>}
      <View id='workspace' data-audio={ws.audio} data-shift={ws.shift ? 'on' : 'off'} data-count={ws.count}>
        <ShiftControls on={ws.shift} audio={ws.audio} onStart={ws.startShift} onEnd={ws.endShift} />
        <ScanTally count={ws.count} last={ws.lastRecorded} />
        {r ? (
          <HeldResult view={r.view} scannedAt={r.report.scannedAt} paper={r.paper} paperStatus={r.paperStatus} repeat={r.repeat} queued={r.queued}
            holdSeconds={ws.shift ? ws.settings.holdSeconds : null} paused={ws.paused} onTogglePause={ws.togglePause} onNext={ws.next} />
        ) : ws.busy ? (
          <Text className='page__title'>{t('verifier.checking')}</Text>
        ) : ws.shift ? (
          <Text id='scanning' className='page__title'>{t('workspace.scanning')}</Text>
        ) : null}
        <QrScanner onText={(text, source) => ws.read(text, source)} live={ws.cameraOn} ready={ws.ready} onStopped={ws.endShift} />
        <WorkspaceSettingsPanel settings={ws.settings} onChange={ws.changeSettings} />
      </View>
      <DeskStatus trustAge={age} trustStale={age !== null && age > maxAgeOf(ws.trust)} pending={ws.pending} reachable={ws.reachable}
        syncing={ws.syncing} onSync={() => void ws.syncLists()} onUpload={() => void ws.upload()} />
      <OwnCodeLink />
    </View>
  )
}
