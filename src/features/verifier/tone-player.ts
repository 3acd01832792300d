// Plays a cue's tones on a Web Audio context: the browser's AudioContext on H5, WeChat's WebAudioContext in the
// mini-program. Only the parts both have are used (oscillator, gain, start/stop at a time), so one scheduler
// serves both. Tones are square waves: heard over a queue's noise better than a sine of the same loudness.
import type { Tone } from './feedback-patterns'

interface ParamLike { value: number; setValueAtTime?(v: number, t: number): unknown; linearRampToValueAtTime?(v: number, t: number): unknown }
interface NodeLike { connect(to: unknown): unknown }
interface OscillatorLike extends NodeLike { type: string; frequency: ParamLike; start(t?: number): void; stop(t?: number): void }
interface GainLike extends NodeLike { gain: ParamLike }

export interface ToneContext {
  currentTime: number
  destination: unknown
  createOscillator(): OscillatorLike
  createGain(): GainLike
}

const LEVEL = 0.3
const RAMP_S = 0.008

export function playTones(ctx: ToneContext, tones: readonly Tone[]): void {
  let t = ctx.currentTime + 0.02
  for (const tone of tones) {
    t += tone.afterMs / 1000
    const end = t + tone.ms / 1000
    const osc = ctx.createOscillator()
    const gain = ctx.createGain()
    osc.type = 'square'
    osc.frequency.value = tone.hz
    // A short fade in and out: a tone cut hard clicks. Where ramps are missing the level is just set.
    if (gain.gain.setValueAtTime && gain.gain.linearRampToValueAtTime) {
      gain.gain.setValueAtTime(0, t)
      gain.gain.linearRampToValueAtTime(LEVEL, t + RAMP_S)
      gain.gain.setValueAtTime(LEVEL, end - RAMP_S)
      gain.gain.linearRampToValueAtTime(0, end)
    } else {
      gain.gain.value = LEVEL
    }
    osc.connect(gain)
    gain.connect(ctx.destination)
    osc.start(t)
    osc.stop(end)
    t = end
  }
}

/** A silent instant played inside the unlocking tap: some WebViews open their audio output only for a sound started in a gesture. */
export function playSilence(ctx: ToneContext): void {
  const osc = ctx.createOscillator()
  const gain = ctx.createGain()
  gain.gain.value = 0
  osc.connect(gain)
  gain.connect(ctx.destination)
  osc.start(ctx.currentTime)
  osc.stop(ctx.currentTime + 0.01)
}
