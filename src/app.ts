import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initCloud } from '@/services/cloud'
import { warmRandom } from '@/services/random'
import { fitRootFont } from '@/services/root-font'
import './app.css'

// H5: size the rem base before the first page renders (CSP forbids Taro's inline script for it).
fitRootFont()

function App({ children }: PropsWithChildren<unknown>) {
  useLaunch(() => {
    // WeChat: Taro.cloud.init; Alipay: warm the cloud context; H5: nothing to do.
    initCloud()
    // WeChat/Alipay: start filling the random pool now (wx.getRandomValues is asynchronous), so the
    // device key and the ID number's encryption find real entropy waiting. H5: nothing to do.
    warmRandom()
  })
  // children is the page being shown
  return children
}

export default App
