// The verifier's workspace: shift, continuous scanning, sounds and vibration, the session count, settings, and
// staff going back to their own health code.
import type workspaceZh from './workspace.zh-CN'

const workspaceEn: Record<keyof typeof workspaceZh, string> = {
  'workspace.startShift': 'Start shift',
  'workspace.startHint': 'Turns on the camera, sounds and vibration; then scans one person after another with no tap',
  'workspace.endShift': 'End shift',
  'workspace.scanning': 'Scanning: show your health code',
  'workspace.noSound': 'This phone cannot play sounds: vibration only',
  'workspace.count': '{n} people checked this session',
  'workspace.announce': 'Person {n}: {verdict}',
  'workspace.announceWith': 'Person {n}: {verdict}, {detail}',
  'workspace.holdNote': 'Scanning resumes {s} s after a result',
  'workspace.pause': 'Keep on screen',
  'workspace.paused': 'Paused: tap the result or "Scan next" to go on',
  'workspace.resume': 'Resume',
  'workspace.repeat': 'Same person within 10 s: not recorded again',
  'workspace.settings': 'Workspace settings',
  'workspace.hold': 'Show each result for',
  'workspace.holdSeconds': '{s} s',
  'workspace.sound': 'Sounds',
  'workspace.soundOn': 'On',
  'workspace.soundOff': 'Off (vibration only)',
  'workspace.myCode': 'My health code'
}

export default workspaceEn
