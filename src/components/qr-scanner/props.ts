export interface ScannerProps {
  /** A decoded code's text (called once per scan). */
  onText: (text: string) => void
  /** Open the camera at once (the verifier already started scanning once on this page). */
  autoStart?: boolean
  /** Called when scanning starts, so the page can auto-start the next one. */
  onStart?: () => void
}
