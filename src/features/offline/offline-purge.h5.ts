// Log-out on H5: besides the wallet in storage (cleared by the caller), remove what the service worker
// kept. Its caches hold the app's files, never personal data, but a signed-out browser should keep no trace
// of the app being used for anyone, and a shared computer should not go on serving it offline. The
// worker is unregistered first so it cannot refill them; the next sign-in registers it again.
import { forgetShellWorker } from './shell-worker'

export async function purgeOfflineShell(): Promise<void> {
  forgetShellWorker()
  try {
    const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? []
    await Promise.all(registrations.map((r) => r.unregister()))
  } catch {
    // No service workers here (private mode, an old browser): nothing registered.
  }
  try {
    // Every cache of this origin: the origin serves this app alone.
    if (typeof caches !== 'undefined') await Promise.all((await caches.keys()).map((name) => caches.delete(name)))
  } catch {
    // Cache Storage unavailable: nothing was stored.
  }
}
