// Scanning a code: the platform's scanner (the camera), and for every platform a text field for a
// scanner gun or a pasted code. Taro picks scanner.h5.tsx on H5 (camera + jsQR, image upload and paste)
// and scanner.tsx in mini-programs (Taro.scanCode).
import { View } from '@tarojs/components'
import Scanner from './scanner'
import TextEntry from './text-entry'
import type { ScannerProps, ScanSource } from './props'
import './index.css'

export type { ScannerProps, ScanSource }

export default function QrScanner(props: ScannerProps) {
  return (
    <View className='qr-scanner'>
      <Scanner {...props} />
      <TextEntry onText={(text) => void props.onText(text, 'typed')} />
    </View>
  )
}
