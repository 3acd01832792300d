// Progress as a bar AND as words ("62%"), so it reads without colour and aloud.
import { Text, View } from '@tarojs/components'
import './index.css'

export interface ProgressBarProps {
  id: string
  /** 0–100; clamped. */
  percent: number
  label: string
}

export default function ProgressBar({ id, percent, label }: ProgressBarProps) {
  const p = Math.max(0, Math.min(100, Math.round(percent)))
  return (
    <View id={id} className='progress-bar' role='progressbar' aria-valuenow={p} aria-valuemin={0} aria-valuemax={100} data-percent={p}>
      <Text className='progress-bar__label'>{`${label} ${p}%`}</Text>
      <View className='progress-bar__track'>
        <View className='progress-bar__fill' style={{ width: `${p}%` }} />
      </View>
    </View>
  )
}
