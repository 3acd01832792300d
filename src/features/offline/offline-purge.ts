// Log-out's share of the offline shell. Mini-programs keep nothing beyond their storage (the wallet, which
// log-out clears itself): nothing to do. H5: offline-purge.h5.ts.
export async function purgeOfflineShell(): Promise<void> {}
