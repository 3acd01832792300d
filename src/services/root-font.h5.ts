// Taro's H5 build converts the 750-wide design's px to rem and expects the root font size to follow the
// screen width. Taro ships that as an inline <script> in index.html, which the host's CSP
// (script-src 'self', no inline script) blocks, leaving the root at 16 px and every size ~20 % small.
// The same calculation runs here, from our own bundle, instead.
//
// It is then scaled by the user's own text size: the browser's default font size (or the phone's, which
// mobile browsers pass on as it) against the usual 16 px. A root size in px alone would ignore it, and
// someone who asked for larger text would get none. Care mode multiplies on top of this, in its own file.

/**
 * The user's default font size in px. `font-size: medium` is that default whatever the root's own size
 * is, so this reads the same before and after fit() has set the root.
 */
function preferredFontPx(): number {
  const probe = document.createElement('div')
  probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium;line-height:1;width:0;height:0;overflow:hidden'
  probe.setAttribute('aria-hidden', 'true')
  document.body.appendChild(probe)
  const px = parseFloat(getComputedStyle(probe).fontSize)
  probe.remove()
  return Number.isFinite(px) && px > 0 ? px : 16
}

function fit(): void {
  const root = document.documentElement
  const r = root.getBoundingClientRect()
  const w = Math.min(...[r.width, r.height].filter(Boolean))
  const x = (40 * w) / 750
  root.style.fontSize = `${Math.min(40, Math.max(20, x)) * (preferredFontPx() / 16)}px`
}

export function fitRootFont(): void {
  fit()
  window.addEventListener('resize', fit)
}
