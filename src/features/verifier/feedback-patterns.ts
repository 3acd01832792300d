// What the verifier hears and feels for each verdict, so a glance at the screen is needed only when it matters:
// pass (a green code, a valid EU DCC), check (a yellow code to handle by the rules, a paper code whose holder's
// ID card must be checked) and refuse (red, rejected, or "cannot verify" on old lists: never let through).
// Each cue differs in rhythm as well as pitch, so it is told apart without hearing the pitch, or by touch alone.
// The platform files (feedback.ts for mini-programs, feedback.h5.ts) play these; this file is pure data.
import type { VerifierView } from '@core/credential/verifier-view'

export type Cue = 'pass' | 'check' | 'refuse'

export function cueOf(view: VerifierView): Cue {
  // Fail closed first, as the result screen does: an old list never sounds like a pass.
  if (view.updateNeeded || !view.valid) return 'refuse'
  if (view.paper) return 'check'
  if (view.kind === 'dcc') return 'pass'
  return view.status === 'green' ? 'pass' : view.status === 'yellow' ? 'check' : 'refuse'
}

export interface Tone {
  hz: number
  ms: number
  /** Silence before this tone. */
  afterMs: number
}

export interface CuePattern {
  /** navigator.vibrate pattern: vibrate, pause, vibrate… (ms). */
  vibration: number[]
  /** Mini-programs only have a short (15 ms) and a long (400 ms) vibration, started this many ms apart. */
  mini: { kind: 'short' | 'long'; afterMs: number }[]
  tones: Tone[]
}

export const CUE_PATTERNS: Record<Cue, CuePattern> = {
  // One high short beep, one short buzz.
  pass: { vibration: [80], mini: [{ kind: 'short', afterMs: 0 }], tones: [{ hz: 1320, ms: 120, afterMs: 0 }] },
  // Two mid beeps, two buzzes.
  check: {
    vibration: [120, 100, 120], mini: [{ kind: 'short', afterMs: 0 }, { kind: 'short', afterMs: 200 }],
    tones: [{ hz: 660, ms: 130, afterMs: 0 }, { hz: 660, ms: 130, afterMs: 90 }]
  },
  // A low long tone, a long buzz.
  refuse: { vibration: [600], mini: [{ kind: 'long', afterMs: 0 }], tones: [{ hz: 220, ms: 650, afterMs: 0 }] }
}

/** What the workspace reads back: whether sound can play (tests read it from the page's data-audio attribute). */
export type AudioState = 'locked' | 'running' | 'suspended' | 'closed' | 'unavailable'

/** One platform's player; made by createFeedback() in feedback.ts / feedback.h5.ts. */
export interface Feedback {
  /**
   * Creates or resumes the audio context. Call it synchronously inside the verifier's tap: browsers and
   * WebViews keep audio blocked until a user gesture.
   */
  unlock(): void
  play(cue: Cue, sound: boolean): void
  audioState(): AudioState
  onAudioState(fn: (state: AudioState) => void): () => void
  close(): void
}
