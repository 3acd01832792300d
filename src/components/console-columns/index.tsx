// Two columns side by side on a desktop screen (the auditor console is used at a desk), one above the
// other on a phone: flex items that wrap, so no media query is needed on any platform.
import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import './index.css'

export default function ConsoleColumns({ left, right }: { left: ReactNode; right: ReactNode }) {
  return (
    <View className='console-columns'>
      <View className='console-columns__col'>{left}</View>
      <View className='console-columns__col'>{right}</View>
    </View>
  )
}
