// H5: the Vibration API (a pattern per verdict; ignored where the device has no motor, e.g. a desktop) and Web
// Audio tones. Browsers and WebViews keep an AudioContext suspended until a user gesture, so the context is made
// and resumed in the "start shift" tap (unlock), and every later verdict can sound without one.
import { CUE_PATTERNS, type AudioState, type Cue, type Feedback } from './feedback-patterns'
import { playSilence, playTones, type ToneContext } from './tone-player'

type AudioContextClass = new () => AudioContext

export function createFeedback(): Feedback {
  let ctx: AudioContext | null = null
  let unavailable = false
  const listeners = new Set<(s: AudioState) => void>()
  const state = (): AudioState => (unavailable ? 'unavailable' : ctx ? (ctx.state as AudioState) : 'locked')
  const emit = () => listeners.forEach((fn) => fn(state()))

  return {
    unlock() {
      try {
        if (!ctx) {
          const w = window as unknown as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass }
          const Ctor = w.AudioContext ?? w.webkitAudioContext
          if (!Ctor) {
            unavailable = true
            return emit()
          }
          ctx = new Ctor()
          ctx.onstatechange = emit
        }
        void ctx.resume().then(emit, emit)
        playSilence(ctx as unknown as ToneContext)
      } catch {
        unavailable = true
      }
      emit()
    },
    play(cue: Cue, sound: boolean) {
      const pattern = CUE_PATTERNS[cue]
      try {
        // Chrome refuses vibrate() before the page has had a tap; the "start shift" tap is one.
        if (typeof navigator.vibrate === 'function') navigator.vibrate(pattern.vibration)
      } catch {
        // no motor, or not allowed: the tones and the screen still tell
      }
      if (sound && ctx && ctx.state === 'running') playTones(ctx as unknown as ToneContext, pattern.tones)
    },
    audioState: state,
    onAudioState(fn) {
      listeners.add(fn)
      return () => void listeners.delete(fn)
    },
    close() {
      listeners.clear()
      if (ctx && ctx.state !== 'closed') void ctx.close().catch(() => undefined)
      ctx = null
    }
  }
}
