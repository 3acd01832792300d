// The verifier's device at a glance: how fresh the trust lists are, how many scans wait to upload,
// and whether the host can be reached — each in words with an icon, with a button to act on it.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface DeskStatusProps {
  /** Seconds since the lists were synced; null when never. */
  trustAge: number | null
  trustStale: boolean
  pending: number
  reachable: boolean
  syncing: boolean
  onSync: () => void
  onUpload: () => void
}

export default function DeskStatus({ trustAge, trustStale, pending, reachable, syncing, onSync, onUpload }: DeskStatusProps) {
  const { t } = useI18n()
  const lists = trustAge === null ? t('verifier.trustNever') : trustStale ? t('verifier.trustStale') : t('verifier.trustAge', { m: Math.floor(trustAge / 60) })
  return (
    <View className='desk-status'>
      {!reachable && <Text id='offline-banner' className='desk-status__offline'>{`⚠ ${t('verifier.offline')}`}</Text>}
      <Text id='trust-status' className={`desk-status__line ${trustStale || trustAge === null ? 'desk-status__line--bad' : ''}`}>
        {`${trustStale || trustAge === null ? '⚠' : '✓'} ${lists}`}
      </Text>
      <Text id='queue-status' className='desk-status__line'>{pending > 0 ? `⇪ ${t('verifier.pending', { n: pending })}` : `✓ ${t('verifier.allSynced')}`}</Text>
      <View className='desk-status__actions'>
        <ActionButton id='sync-trust' kind='plain' disabled={syncing} label={syncing ? t('verifier.syncing') : t('verifier.syncTrust')} onClick={onSync} />
        {pending > 0 && <ActionButton id='flush-queue' kind='plain' label={t('verifier.flush')} onClick={onUpload} />}
      </View>
    </View>
  )
}
