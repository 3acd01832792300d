// The verifier's settings on the scan page: how long each result stays up, and sounds on or off (vibration
// always plays). Each is a radio group that works by touch, keyboard (Tab, Enter, Space) and screen reader.
import { Text, View } from '@tarojs/components'
import { HOLD_CHOICES, type WorkspaceSettings } from '@/features/verifier/workspace-settings'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface WorkspaceSettingsPanelProps {
  settings: WorkspaceSettings
  onChange: (patch: Partial<WorkspaceSettings>) => void
}

/** H5 draws a View as a custom element the keyboard cannot reach: focusable, answering Enter and Space. */
function keyboard(): Record<string, unknown> {
  if (process.env.TARO_ENV !== 'h5') return {}
  return {
    tabIndex: 0,
    onKeyDown: (e: { key: string; preventDefault: () => void }) => {
      if (e.key !== 'Enter' && e.key !== ' ') return
      e.preventDefault()
      // A real click, as a native control gives one: the element's own onClick runs (action-button/keyboard-click.ts).
      ;(e as unknown as { currentTarget: { click: () => void } }).currentTarget.click()
    }
  }
}

function Choice({ id, label, on, onPick }: { id: string; label: string; on: boolean; onPick: () => void }) {
  return (
    <View id={id} className={`workspace-settings__choice ${on ? 'workspace-settings__choice--on' : ''}`} role='radio' aria-checked={on}
      onClick={onPick} {...keyboard()}>
      <Text>{`${on ? '✓' : '○'} ${label}`}</Text>
    </View>
  )
}

export default function WorkspaceSettingsPanel({ settings, onChange }: WorkspaceSettingsPanelProps) {
  const { t } = useI18n()
  return (
    <View id='workspace-settings' className='workspace-settings' role='group' aria-label={t('workspace.settings')}>
      <Text id='hold-label' className='label'>{t('workspace.hold')}</Text>
      <View className='workspace-settings__row' role='radiogroup' aria-labelledby='hold-label'>
        {HOLD_CHOICES.map((s) => (
          <Choice key={s} id={`hold-${s}`} label={t('workspace.holdSeconds', { s })} on={settings.holdSeconds === s} onPick={() => onChange({ holdSeconds: s })} />
        ))}
      </View>
      <Text id='sound-label' className='label'>{t('workspace.sound')}</Text>
      <View className='workspace-settings__row' role='radiogroup' aria-labelledby='sound-label'>
        <Choice id='sound-on' label={t('workspace.soundOn')} on={settings.sound} onPick={() => onChange({ sound: true })} />
        <Choice id='sound-off' label={t('workspace.soundOff')} on={!settings.sound} onPick={() => onChange({ sound: false })} />
      </View>
    </View>
  )
}
