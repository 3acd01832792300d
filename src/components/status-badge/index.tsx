// A status is always colour + icon + words, never colour alone (colour-blind users, glare, grey print).
import { Text, View } from '@tarojs/components'
import type { HealthStatus } from '@core/credential/format'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

/** Different shapes, not just different colours. */
export const STATUS_ICON: Record<HealthStatus, string> = { green: '✓', yellow: '!', red: '✕' }

export default function StatusBadge({ status, size = 'normal' }: { status: HealthStatus; size?: 'normal' | 'large' }) {
  const { t } = useI18n()
  return (
    <View className={`status-badge status-badge--${status} status-badge--${size}`}>
      <Text className='status-badge__icon'>{STATUS_ICON[status]}</Text>
      <Text className='status-badge__label'>{t(`status.${status}`)}</Text>
    </View>
  )
}
