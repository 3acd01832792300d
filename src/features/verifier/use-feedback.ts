// The workspace's sound and vibration, made on first use and closed with the page; `audio` mirrors the audio
// context's state for the page (and for tests, through the workspace's data-audio attribute).
import { useCallback, useEffect, useRef, useState } from 'react'
import { createFeedback } from './feedback'
import type { AudioState, Cue, Feedback } from './feedback-patterns'

export function useFeedback() {
  const player = useRef<Feedback | null>(null)
  const [audio, setAudio] = useState<AudioState>('locked')

  const get = useCallback(() => {
    if (!player.current) {
      player.current = createFeedback()
      player.current.onAudioState(setAudio)
    }
    return player.current
  }, [])

  useEffect(() => () => {
    player.current?.close()
    player.current = null
  }, [])

  /** Call inside the tap that starts the shift. */
  const unlock = useCallback(() => get().unlock(), [get])
  const play = useCallback((cue: Cue, sound: boolean) => get().play(cue, sound), [get])

  return { audio, unlock, play }
}
