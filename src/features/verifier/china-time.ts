// Times on staff screens are China Standard Time (UTC+8), whatever zone the phone is set to: a code's
// validity is the same at every door.
export function chinaTime(epochMs: number, withSeconds = false): string {
  const t = new Date(epochMs + 8 * 3600_000).toISOString()
  return `${t.slice(0, 10)} ${t.slice(11, withSeconds ? 19 : 16)}`
}
