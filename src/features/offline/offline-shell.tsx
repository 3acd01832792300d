// What the app adds around its pages for offline use. Mini-programs: nothing (the platform keeps the
// package on the phone and shows its own screens). H5: offline-shell.h5.tsx.
// .tsx like its H5 twin: Taro's resolver tries each extension in turn, both spellings of a name for each, so
// a default in .ts would be found before an H5 file in .tsx.
import type { ReactNode } from 'react'

export function withOfflineShell(pages: ReactNode): ReactNode {
  return pages
}
