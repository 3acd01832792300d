import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initCloud } from '@/services/cloud'
import './app.css'

function App({ children }: PropsWithChildren<unknown>) {
  useLaunch(() => {
    // WeChat: Taro.cloud.init; Alipay: warm the cloud context; H5: nothing to do.
    initCloud()
  })
  // children is the page being shown
  return children
}

export default App
