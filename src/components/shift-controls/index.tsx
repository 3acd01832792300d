// The verifier's shift: one tap starts the camera and unlocks sound and vibration (audio may only start in a
// user gesture), another ends it. While on shift the page scans one person after another by itself.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface ShiftControlsProps {
  on: boolean
  /** The audio context's state: 'unavailable' means vibration only, and the verifier is told so. */
  audio: string
  onStart: () => void
  onEnd: () => void
}

export default function ShiftControls({ on, audio, onStart, onEnd }: ShiftControlsProps) {
  const { t } = useI18n()
  return (
    <View className='shift-controls'>
      {on ? (
        <ActionButton id='stop-scan' kind='plain' label={t('workspace.endShift')} onClick={onEnd} />
      ) : (
        <View>
          <ActionButton id='start-scan' label={t('workspace.startShift')} onClick={onStart} />
          <Text className='shift-controls__hint'>{t('workspace.startHint')}</Text>
        </View>
      )}
      {audio === 'unavailable' && <Text id='no-sound' className='shift-controls__hint'>{`ⓘ ${t('workspace.noSound')}`}</Text>}
    </View>
  )
}
