// WeChat and Alipay have no speech engine for this, so a short clip recorded for each status and language
// plays from the care sub-package (packages/care/clips, made by scripts/generate-care-clips.sh).
import Taro from '@tarojs/taro'
import type { HealthStatus } from '@core/credential/format'
import type { Lang } from '@/i18n'
import { clipPath } from './status-speech'

let player: Taro.InnerAudioContext | null = null

export function readAloud(status: HealthStatus, lang: Lang, _text: string): boolean {
  if (typeof Taro.createInnerAudioContext !== 'function') return false
  try {
    player?.stop()
    player?.destroy()
    player = Taro.createInnerAudioContext()
    // Plays through the phone's silent switch too: someone who asked to hear it wants to hear it.
    ;(player as unknown as { obeyMuteSwitch?: boolean }).obeyMuteSwitch = false
    player.src = clipPath(status, lang)
    player.play()
    return true
  } catch {
    return false
  }
}
