// "服务繁忙，正在重试…" while the gateway waits to retry a call the host was too busy for. The live region
// is always there (screen readers announce changes to a region they already know), empty when idle. It
// never covers or delays the code: the code is drawn from the phone's own storage.
import { Text, View } from '@tarojs/components'
import { useBusyRetrying } from '@/features/service-status/use-busy-status'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface BusyStatusProps {
  /** Given by tests; pages leave it out and the component follows the gateway. */
  retrying?: boolean
}

export default function BusyStatus({ retrying }: BusyStatusProps) {
  const { t } = useI18n()
  const live = useBusyRetrying()
  const on = retrying ?? live
  return (
    <View id='busy-status' className={on ? 'busy-status busy-status--on' : 'busy-status'} role='status' aria-live='polite'>
      {on && <Text className='busy-status__text'>{`⟳ ${t('status.busyRetrying')}`}</Text>}
    </View>
  )
}
