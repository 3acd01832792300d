// Mini-programs: network status events, so queued scans upload as soon as the network is back rather
// than at the next retry tick. Taro swaps in network.h5.ts on H5. Import as './network'.
import Taro from '@tarojs/taro'

export function watchNetwork(fn: (online: boolean) => void): () => void {
  const listener = (r: { isConnected: boolean }) => fn(r.isConnected)
  try {
    // Taro defines only the APIs the host's `wx`/`my` has: older base libraries lack these.
    if (typeof Taro.onNetworkStatusChange !== 'function') return () => undefined
    Taro.onNetworkStatusChange(listener)
    return () => {
      try {
        Taro.offNetworkStatusChange?.(listener)
      } catch {
        // nothing to remove
      }
    }
  } catch {
    return () => undefined
  }
}

/** Mini-programs have no synchronous offline flag; calls tell (reachability.ts). */
export function knownOffline(): boolean {
  return false
}
