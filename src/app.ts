import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initCloud } from '@/services/cloud'
import { warmRandom } from '@/services/random'
import { fitRootFont } from '@/services/root-font'
import { followAppLanguage } from '@/services/document-lang'
import { withOfflineShell } from '@/features/offline/offline-shell'
import { applySavedCareMode } from '@/features/care/care-mode'
import { teachRuntimeAria } from '@/services/mini-aria'
import './app.css'

// Mini-programs: aria-role / aria-label reach the page (config/mini-aria-plugin.js); before the first render.
teachRuntimeAria()
// H5: size the rem base before the first page renders (CSP forbids Taro's inline script for it).
fitRootFont()
// H5: <html lang> in the app's language, kept in step when the user switches it.
followAppLanguage()
// H5: care mode (larger text, high contrast) on <html> before the first page renders, when it was chosen.
applySavedCareMode()

function App({ children }: PropsWithChildren<unknown>) {
  useLaunch(() => {
    // WeChat: Taro.cloud.init; Alipay: warm the cloud context; H5: nothing to do.
    initCloud()
    // WeChat/Alipay: start filling the random pool now (wx.getRandomValues is asynchronous), so the
    // device key and the ID number's encryption find real entropy waiting. H5: nothing to do.
    warmRandom()
  })
  // children is the page being shown. H5 adds the offline shell around it (service worker, the notice
  // for a page that could not load, the new-version banner); mini-programs get the pages as they are.
  return withOfflineShell(children)
}

export default App
