// The headline of a verification, kept apart from the screen so it can be tested on its own.
// Each tone has its own icon shape as well as its own colour (colour is never the only signal).
import type { VerifierView } from '@core/credential/verifier-view'
import { STATUS_ICON } from '@/components/status-badge'
import type { MessageKey } from '@/i18n'

export type Tone = 'green' | 'yellow' | 'red' | 'paper' | 'dcc' | 'rejected' | 'update'

export function verdictOf(view: VerifierView): { tone: Tone; icon: string; headline: MessageKey } {
  // Fail closed first: a stale list never shows anything that could read as "valid".
  if (view.updateNeeded) return { tone: 'update', icon: '⟳', headline: 'result.updateNeeded' }
  if (!view.valid) return { tone: 'rejected', icon: '⊘', headline: 'result.rejected' }
  if (view.paper) return { tone: 'paper', icon: '⚠', headline: 'result.paper' }
  if (view.kind === 'dcc') return { tone: 'dcc', icon: '✓', headline: 'result.dcc' }
  const status = view.status ?? 'red'
  return { tone: status, icon: STATUS_ICON[status], headline: `result.${status}` as MessageKey }
}
