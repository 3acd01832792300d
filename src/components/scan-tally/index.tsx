// How many people this session has checked, and a live region that says each new verdict in words (with the
// region or the first reason), so a screen reader user hears every person without looking.
import { Text, View } from '@tarojs/components'
import type { VerifierView } from '@core/credential/verifier-view'
import { verdictOf } from '@/components/verify-result/verdict'
import { regionLabel } from '@/features/verifier/region-name'
import { useI18n } from '@/i18n/use-i18n'
import type { MessageKey } from '@/i18n'
import './index.css'

export interface ScanTallyProps {
  count: number
  /** The last recorded scan: its place in the session and what it decided. */
  last: { seq: number; view: VerifierView } | null
}

export default function ScanTally({ count, last }: ScanTallyProps) {
  const { t } = useI18n()
  let said = ''
  if (last) {
    const verdict = t(verdictOf(last.view).headline)
    const reason = last.view.reasons[0]
    const detail = last.view.valid && last.view.region ? regionLabel(last.view.region) : reason ? t(`reason.${reason}` as MessageKey) : null
    said = detail ? t('workspace.announceWith', { n: last.seq, verdict, detail }) : t('workspace.announce', { n: last.seq, verdict })
  }
  return (
    <View className='scan-tally'>
      <Text id='scan-count' className='scan-tally__count' data-count={count}>{t('workspace.count', { n: count })}</Text>
      {/* Always rendered, empty at first: a live region must exist before its text changes to be announced. */}
      <View id='verdict-live' className='scan-tally__said' role='status' aria-live='polite' aria-atomic='true'>{said}</View>
    </View>
  )
}
