// Whether the gateway is waiting to retry a 50302 right now (services/busy-status.ts), as React state.
import { useEffect, useState } from 'react'
import { isRetryingBusy, onBusyRetrying } from '@/services/busy-status'

export function useBusyRetrying(): boolean {
  const [retrying, setRetrying] = useState(isRetryingBusy)
  useEffect(() => {
    // The signal may have changed between the first render and this subscription.
    setRetrying(isRetryingBusy())
    return onBusyRetrying(setRetrying)
  }, [])
  return retrying
}
