// H5: care mode marks <html data-care="on">, so every page follows (care.css), and makes the root font
// 1.5 times whatever root-font.h5.ts chose. Taro's H5 sizes are rem, so a larger root scales every text
// of every page at once. root-font.h5.ts owns the inline `font-size` on <html> and rewrites it (on resize,
// or from the browser's text size); this file never computes a size itself, it remembers the last value
// that file wrote and puts `calc(<that> * 1.5)` in its place, again each time that file writes.
import './care.css'

export const CARE_SCALE = 1.5

let on = false
let baseInline = ''
let base = ''
let ours: string | null = null
let watching = false

function sync(): void {
  const root = document.documentElement
  const inline = root.style.fontSize
  // root-font.h5.ts wrote a new size (or none yet, when the stylesheet's size is the base).
  if (inline !== ours) {
    baseInline = inline
    base = inline || getComputedStyle(root).fontSize
  }
  if (on) {
    root.setAttribute('data-care', 'on')
    const scaled = `calc(${base} * ${CARE_SCALE})`
    root.style.fontSize = scaled
    ours = root.style.fontSize
  } else {
    root.removeAttribute('data-care')
    if (ours !== null && root.style.fontSize === ours) root.style.fontSize = baseInline
    ours = null
  }
}

export function applyCareRoot(next: boolean): void {
  if (typeof document === 'undefined') return
  on = next
  if (!watching && typeof MutationObserver === 'function') {
    watching = true
    // Only our own write is skipped (inline === ours); any other write is the new base to scale.
    new MutationObserver(() => {
      if (document.documentElement.style.fontSize !== ours) sync()
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['style'] })
  }
  sync()
}
