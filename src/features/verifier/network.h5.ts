// H5: the browser's online/offline events and navigator.onLine (Taro's onNetworkStatusChange needs
// navigator.connection, which most browsers lack). onLine=false is certain; true is only a hint.
export function watchNetwork(fn: (online: boolean) => void): () => void {
  const on = () => fn(true)
  const off = () => fn(false)
  window.addEventListener('online', on)
  window.addEventListener('offline', off)
  return () => {
    window.removeEventListener('online', on)
    window.removeEventListener('offline', off)
  }
}

export function knownOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false
}
