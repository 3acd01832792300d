// The care-mode switch (关怀模式), on the home page and in 我的. A switch, not a checkbox: it acts at
// once. On/off is said in words and with a mark, never by colour or position alone.
import { Text, View } from '@tarojs/components'
import { keyboardClick } from '@/components/action-button/keyboard-click'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface CareSwitchProps {
  on: boolean
  onChange: (on: boolean) => void
  id?: string
}

/** H5 draws <taro-view-core>: give it the switch role and keyboard behaviour a native control would have. */
function switchProps(on: boolean, label: string): Record<string, unknown> {
  // Mini-programs read the switch's own words (its name, then 已开启 / 已关闭).
  if (process.env.TARO_ENV !== 'h5') return {}
  return { role: 'switch', 'aria-checked': on ? 'true' : 'false', 'aria-label': label, ...keyboardClick() }
}

export default function CareSwitch({ on, onChange, id = 'care-switch' }: CareSwitchProps) {
  const { t } = useI18n()
  return (
    <View id={id} className={`care-switch${on ? ' is-on' : ''}`} onClick={() => onChange(!on)} {...switchProps(on, t('care.switch'))}>
      <View className='care-switch__text'>
        <Text className='care-switch__label'>{t('care.switch')}</Text>
        <Text className='care-switch__hint'>{t('care.switchHint')}</Text>
      </View>
      <Text className='care-switch__state'>{on ? `✓ ${t('care.on')}` : t('care.off')}</Text>
    </View>
  )
}
