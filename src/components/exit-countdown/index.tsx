// How long until the earliest exit, next to the exit condition: "距最早转绿还有 3 天 4 小时". A person
// kept red or yellow needs to know when it can end, not only how (opaque rules with no way back).
import { Text } from '@tarojs/components'
import { exitCountdown, spanText } from '@/features/citizen/exit-countdown'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface ExitCountdownProps {
  earliestExitAt: string | null
  /** Corrected epoch ms. */
  now: number
  id?: string
}

export default function ExitCountdownText({ earliestExitAt, now, id = 'exit-left' }: ExitCountdownProps) {
  const { t, lang } = useI18n()
  const c = exitCountdown(earliestExitAt, now)
  if (!c) return null
  return (
    <Text id={id} className='exit-countdown'>
      {c.reached ? t('exit.reached') : t('exit.left', { span: spanText(c, lang) })}
    </Text>
  )
}
