/** Where a code came from: the camera, or a deliberate scan (typed or pasted text, a picture). */
export type ScanSource = 'camera' | 'typed' | 'picture'

export interface ScannerProps {
  /**
   * A decoded code's text. Alone, called once per scan. On a shift (`live` given) the H5 camera calls it for
   * every frame that holds a code, and the page drops what it has already seen; the mini-program scanner waits
   * for the promise: true means a result is on screen, so it opens again only when `ready` comes back.
   */
  onText: (text: string, source?: ScanSource) => void | boolean | Promise<boolean | void>
  /** Open the camera at once (the verifier already started scanning once on this page). */
  autoStart?: boolean
  /** Called when scanning starts, so the page can auto-start the next one. */
  onStart?: () => void
  /** The page runs a shift: the camera is on while true, and the page draws the start and stop buttons. */
  live?: boolean
  /** On a shift, the next code is wanted now (mini-programs open their scanner; H5 reads continuously). */
  ready?: boolean
  /** On a shift: the camera could not start, or the verifier closed the platform's scanner. */
  onStopped?: () => void
}
