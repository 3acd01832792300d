// Choosing a file to send (an import spreadsheet, a signed rule set). Taro picks picker.h5.tsx on H5
// (<input type=file>) and picker.tsx in mini-programs (chooseMessageFile).
import { View } from '@tarojs/components'
import Picker from './picker'
import type { FilePickerProps } from './props'
import './index.css'

export type { FilePickerProps, PickedFile, PickProblem } from './props'

export default function FilePicker(props: FilePickerProps) {
  return (
    <View className='file-picker'>
      <Picker {...props} />
    </View>
  )
}
