// WeChat and Alipay: Taro.vibrateShort / vibrateLong in a rhythm per verdict, and tones on WeChat's
// WebAudioContext (base library 2.19.0 and later). Taro defines an API only when the platform's `wx`/`my` has it
// at launch, hence the checks. Without WebAudio the verdicts are told by vibration alone: Alipay's API reference
// has no WebAudio context for mini-programs, and an InnerAudioContext on either platform plays only a file or a
// URL, which would mean shipping or writing sound files for three beeps. Taro swaps in feedback.h5.ts on H5.
import Taro from '@tarojs/taro'
import { CUE_PATTERNS, type AudioState, type Cue, type Feedback } from './feedback-patterns'
import { playSilence, playTones, type ToneContext } from './tone-player'

interface WebAudioContextLike extends ToneContext {
  state: string
  onstatechange: (() => void) | null
  resume?(): Promise<void> | void
  close?(): Promise<void> | void
}

type Api = Record<string, ((...args: unknown[]) => unknown) | undefined>

function call(name: string, ...args: unknown[]): unknown {
  const fn = (Taro as unknown as Api)[name]
  if (typeof fn !== 'function') return undefined
  try {
    const r = fn(...args) as { catch?: (f: () => void) => void } | undefined
    // Promise-style: a device without a motor answers fail, which is nothing to report.
    r?.catch?.(() => undefined)
    return r
  } catch {
    return undefined
  }
}

export function createFeedback(): Feedback {
  let ctx: WebAudioContextLike | null = null
  let unavailable = false
  const timers = new Set<ReturnType<typeof setTimeout>>()
  const listeners = new Set<(s: AudioState) => void>()
  const state = (): AudioState => (unavailable ? 'unavailable' : ctx ? (ctx.state as AudioState) : 'locked')
  const emit = () => listeners.forEach((fn) => fn(state()))

  const buzz = (kind: 'short' | 'long') => (kind === 'short' ? call('vibrateShort', { type: 'heavy' }) : call('vibrateLong', {}))

  return {
    unlock() {
      if (!ctx && !unavailable) {
        const made = call('createWebAudioContext') as WebAudioContextLike | undefined
        if (made) {
          ctx = made
          ctx.onstatechange = emit
        } else {
          unavailable = true
        }
      }
      if (ctx) {
        try {
          void Promise.resolve(ctx.resume?.()).then(emit, emit)
          playSilence(ctx)
        } catch {
          // the context refused: vibration still works
        }
      }
      emit()
    },
    play(cue: Cue, sound: boolean) {
      const pattern = CUE_PATTERNS[cue]
      for (const step of pattern.mini) {
        if (step.afterMs === 0) {
          buzz(step.kind)
          continue
        }
        const timer = setTimeout(() => {
          timers.delete(timer)
          buzz(step.kind)
        }, step.afterMs)
        timers.add(timer)
      }
      if (sound && ctx && ctx.state === 'running') {
        try {
          playTones(ctx, pattern.tones)
        } catch {
          // a WebAudio that lacks part of the API: the vibration has told
        }
      }
    },
    audioState: state,
    onAudioState(fn) {
      listeners.add(fn)
      return () => void listeners.delete(fn)
    },
    close() {
      timers.forEach(clearTimeout)
      timers.clear()
      listeners.clear()
      try {
        void Promise.resolve(ctx?.close?.()).catch(() => undefined)
      } catch {
        // already closed
      }
      ctx = null
    }
  }
}
