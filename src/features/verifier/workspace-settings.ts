// The verifier's own settings for the scan page, kept on the phone (hc.workspace): how long a result stays up
// before scanning resumes by itself, and whether verdicts sound (vibration always plays).
import Taro from '@tarojs/taro'

export const SETTINGS_KEY = 'hc.workspace'
export const HOLD_CHOICES = [1, 2, 3, 5] as const
export type HoldSeconds = (typeof HOLD_CHOICES)[number]

export interface WorkspaceSettings {
  holdSeconds: HoldSeconds
  sound: boolean
}

export const DEFAULT_SETTINGS: WorkspaceSettings = { holdSeconds: 2, sound: true }

export function loadSettings(): WorkspaceSettings {
  try {
    const v = Taro.getStorageSync(SETTINGS_KEY) as Partial<WorkspaceSettings> | ''
    if (!v || typeof v !== 'object') return DEFAULT_SETTINGS
    const hold = (HOLD_CHOICES as readonly number[]).includes(v.holdSeconds as number) ? (v.holdSeconds as HoldSeconds) : DEFAULT_SETTINGS.holdSeconds
    return { holdSeconds: hold, sound: typeof v.sound === 'boolean' ? v.sound : DEFAULT_SETTINGS.sound }
  } catch {
    return DEFAULT_SETTINGS
  }
}

export function saveSettings(settings: WorkspaceSettings): void {
  try {
    Taro.setStorageSync(SETTINGS_KEY, settings)
  } catch {
    // not kept: the choice still holds until the page closes
  }
}
