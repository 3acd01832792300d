// Who did it, readable: the host names staff by account id (a UUID) and a manual change by both
// auditors ("a+b"). The viewer is "you"; others are shortened to 8 characters, enough to tell apart.
export function actorLabel(actor: string | null | undefined, me: string | null, you: string): string {
  if (!actor) return '—'
  return actor.split('+').map((a) => (a === me ? you : a.length > 12 ? `${a.slice(0, 8)}…` : a)).join(' + ')
}
