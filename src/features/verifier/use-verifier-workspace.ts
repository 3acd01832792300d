// The verifier's workspace at a busy door: one "start shift" tap turns on the camera and the sounds, then every
// code read is decided on the device, recorded, shown for the chosen time (or until another person's code is in
// view) and scanning resumes by itself. Each verdict sounds and vibrates in its own rhythm. A code still in view
// is not recorded again (repeat-guard.ts). The camera's reads arrive many times a second, so the state they
// consult lives in a ref; React state only mirrors it for the screen.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'
import type { AccountView } from '@core/api/contract/auth'
import type { HealthStatus } from '@core/credential/format'
import { ReturnCode } from '@core/api/return-codes'
import { serverNowMs } from '@/features/citizen/wallet'
import { decide } from './decide'
import { cueOf } from './feedback-patterns'
import { knownOffline } from './network'
import { isReachable } from './reachability'
import { holderKey, RepeatGuard } from './repeat-guard'
import { lookupPaper, processScan, type ScanResult } from './scan-flow'
import { hasRole, pointOf } from './staff-account'
import { loadTrust } from './trust-store'
import type { PaperLookupState } from './types'
import { useDeskSync } from './use-desk-sync'
import { useFeedback } from './use-feedback'
import { loadSettings, saveSettings, type WorkspaceSettings } from './workspace-settings'

export interface WorkspaceResult extends ScanResult {
  paper: PaperLookupState
  paperStatus: HealthStatus | null
  /** The same person again within the window: shown with the current decision, not recorded again. */
  repeat: boolean
  /** Which person of this session it is (a repeat keeps the original's). */
  seq: number
}

/** Where a code came from: the camera reads continuously; a typed, pasted or uploaded code is a deliberate scan. */
export type ReadSource = 'camera' | 'typed' | 'picture'

export function useVerifierWorkspace(account: AccountView | null) {
  const accountId = account?.id ?? null
  const pointId = pointOf(account)
  const canScan = hasRole(account, 'verifier') && pointId !== null
  const [visible, setVisible] = useState(true)
  const sync = useDeskSync(accountId, visible && canScan)
  const feedback = useFeedback()
  const [settings, setSettings] = useState<WorkspaceSettings>(loadSettings)
  const [shift, setShift] = useState(false)
  const [paused, setPaused] = useState(false)
  const [shown, setShown] = useState<WorkspaceResult | null>(null)
  const [busy, setBusy] = useState(false)
  const [lastRecorded, setLastRecorded] = useState<WorkspaceResult | null>(null)

  const guard = useRef(new RepeatGuard<WorkspaceResult>())
  const live = useRef({ shift: false, paused: false, busy: false, shownKey: null as string | null, shownText: null as string | null, seq: 0 })
  const holdTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const settingsNow = useRef(settings)
  settingsNow.current = settings

  const clearHold = () => {
    if (holdTimer.current) clearTimeout(holdTimer.current)
    holdTimer.current = null
  }
  const clearShown = useCallback(() => {
    clearHold()
    live.current.shownKey = null
    live.current.shownText = null
    setShown(null)
  }, [])
  const show = useCallback((result: WorkspaceResult, key: string, text: string) => {
    live.current.shownKey = key
    live.current.shownText = text
    setShown(result)
    clearHold()
    // Off shift (a typed code, no camera) the result stays until "scan next": there is nothing to resume.
    if (live.current.shift && !live.current.paused) holdTimer.current = setTimeout(clearShown, settingsNow.current.holdSeconds * 1000)
  }, [clearShown])

  /** One code read; resolves true when a result is on screen for it (the mini-program scanner then waits). */
  const read = useCallback(async (raw: string, source: ReadSource = 'camera'): Promise<boolean> => {
    const text = raw.trim()
    const s = live.current
    const deliberate = source !== 'camera'
    if (!accountId || !canScan || !text || s.busy) return false
    if (!deliberate && (!s.shift || s.paused)) return false
    if (!deliberate && text === s.shownText) {
      // The frame on screen again: still the same person in view.
      if (s.shownKey) guard.current.touch(s.shownKey)
      return true
    }
    s.busy = true
    if (!s.shownKey) setBusy(true)
    try {
      if (deliberate) guard.current.forget()
      const first = decide(text, loadTrust(), serverNowMs())
      const key = holderKey(first, text)
      if (!deliberate && key === s.shownKey) {
        // Their phone redrew the code: same person, nothing new.
        guard.current.touch(key)
        s.shownText = text
        return true
      }
      const earlier = deliberate ? null : guard.current.recent(key)
      if (earlier) {
        const again: WorkspaceResult = { ...earlier, view: first.view, repeat: true }
        // A verdict that changed meanwhile (lists updated, code lapsed) is told again; the same one is not.
        if (cueOf(first.view) !== cueOf(earlier.view)) feedback.play(cueOf(first.view), settingsNow.current.sound)
        guard.current.note(key, again)
        show(again, key, text)
        return true
      }
      const r = await processScan(text, accountId, pointId, first)
      s.seq += 1
      const lookup = r.view.valid && r.view.paper
      const online = isReachable() && !knownOffline()
      const result: WorkspaceResult = { ...r, paper: !lookup ? 'none' : online ? 'looking' : 'offline', paperStatus: null, repeat: false, seq: s.seq }
      const recordedKey = holderKey(r, text)
      guard.current.note(recordedKey, result)
      feedback.play(cueOf(r.view), settingsNow.current.sound)
      setLastRecorded(result)
      show(result, recordedKey, text)
      sync.refresh()
      if (lookup && online) {
        void lookupPaper(text, r.report.idempotencyKey).then((p) => {
          const paper: PaperLookupState = p.code === ReturnCode.OK ? 'found' : p.code === ReturnCode.NETWORK ? 'offline' : 'failed'
          setShown((cur) => (cur?.report.idempotencyKey === r.report.idempotencyKey ? { ...cur, paper, paperStatus: p.status } : cur))
        })
      }
      void sync.upload()
      return true
    } finally {
      s.busy = false
      setBusy(false)
    }
  }, [accountId, canScan, pointId, feedback, show, sync])

  /** Inside the tap: the audio context may only start in a user gesture. */
  const startShift = useCallback(() => {
    feedback.unlock()
    clearShown()
    live.current.shift = true
    live.current.paused = false
    setPaused(false)
    setShift(true)
  }, [feedback, clearShown])

  const endShift = useCallback(() => {
    clearHold()
    live.current.shift = false
    live.current.paused = false
    setPaused(false)
    setShift(false)
  }, [])

  /** "Scan next": now, and the next code is recorded even if it is the same person's (a re-check asked for). */
  const next = useCallback(() => {
    live.current.paused = false
    setPaused(false)
    guard.current.forget()
    clearShown()
  }, [clearShown])

  /** Tapping the result keeps it up; tapping again goes on scanning. */
  const togglePause = useCallback(() => {
    if (!live.current.shownKey) return
    if (live.current.paused) {
      live.current.paused = false
      setPaused(false)
      clearShown()
    } else {
      live.current.paused = true
      setPaused(true)
      clearHold()
    }
  }, [clearShown])

  const changeSettings = useCallback((patch: Partial<WorkspaceSettings>) => {
    setSettings((cur) => {
      const updated = { ...cur, ...patch }
      saveSettings(updated)
      return updated
    })
  }, [])

  useEffect(() => () => clearHold(), [])
  useDidShow(() => setVisible(true))
  // Hidden, the page holds the shift but not the camera: H5 turns it off until the page shows again, and the
  // mini-program's scanner does not reopen over another page. Not ending the shift matters there: WeChat hides
  // the page while its own scanner is open.
  useDidHide(() => setVisible(false))

  return {
    ...sync, canScan, pointId, settings, changeSettings, audio: feedback.audio, shift, startShift, endShift, paused, togglePause, next,
    shown, busy, read, count: lastRecorded?.seq ?? 0, lastRecorded,
    /** The camera may run: on shift and the page showing. */
    cameraOn: shift && visible,
    /** Mini-programs: open the platform's scanner now (camera on, nothing on screen, not paused). */
    ready: shift && visible && !shown && !paused
  }
}
