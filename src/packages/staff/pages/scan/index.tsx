// 扫码核验: scan, decide on the device (offline too), record every scan, show the result in large type.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import DeskStatus from '@/components/desk-status'
import FieldMessage from '@/components/field-message'
import QrScanner from '@/components/qr-scanner'
import VerifyResult from '@/components/verify-result'
import { useAccount } from '@/features/auth/use-account'
import { hasRole } from '@/features/verifier/staff-account'
import { maxAgeOf, trustAgeSeconds } from '@/features/verifier/trust-store'
import { usePointName } from '@/features/verifier/use-point-name'
import { useVerifierDesk } from '@/features/verifier/use-verifier-desk'
import { useI18n } from '@/i18n/use-i18n'

export default function ScanPage() {
  const { t } = useI18n()
  const { account } = useAccount()
  const desk = useVerifierDesk(account)
  const pointName = usePointName(desk.pointId)
  const [started, setStarted] = useState(false)

  if (!hasRole(account, 'verifier') || !desk.canScan) {
    return (
      <View className='page'>
        <Text className='page__title'>{t('verifier.title')}</Text>
        <FieldMessage text={t(hasRole(account, 'verifier') ? 'verifier.noPoint' : 'verifier.notVerifier')} />
      </View>
    )
  }
  const age = trustAgeSeconds(desk.trust, desk.now)
  const r = desk.result
  return (
    <View className='page'>
      <Text className='page__title'>{t('verifier.title')}</Text>
      {pointName && <Text id='point-name' className='label'>{t('verifier.point', { name: pointName })}</Text>}
      {r ? (
        <View>
          <VerifyResult view={r.view} scannedAt={r.report.scannedAt} paper={r.paper} paperStatus={r.paperStatus} />
          <FieldMessage text={r.queued ? null : t('verifier.notQueued')} />
          <ActionButton id='scan-next' label={t('verifier.scanNext')} onClick={desk.next} />
        </View>
      ) : desk.busy ? (
        <Text className='page__title'>{t('verifier.checking')}</Text>
      ) : (
        <QrScanner onText={(text) => void desk.onText(text)} autoStart={started} onStart={() => setStarted(true)} />
      )}
      <DeskStatus trustAge={age} trustStale={age !== null && age > maxAgeOf(desk.trust)} pending={desk.pending} reachable={desk.reachable}
        syncing={desk.syncing} onSync={() => void desk.syncLists()} onUpload={() => void desk.upload()} />
    </View>
  )
}
