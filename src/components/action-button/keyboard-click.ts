// On H5, Taro draws Button and View as custom elements (<taro-button-core>, <taro-view-core>) that the
// keyboard can neither reach nor press. These props make one behave as a native button does: a tab
// stop, and Enter or Space give it a real click, so its own onClick runs and a screen reader's or a
// test's view of "a click" is the same as a pointer's. Mini-programs have no keyboard: nothing extra.
export function keyboardClick(disabled = false): Record<string, unknown> {
  if (process.env.TARO_ENV !== 'h5') return {}
  return {
    tabIndex: disabled ? -1 : 0,
    onKeyDown: (e: { key: string; preventDefault: () => void; currentTarget: { click?: () => void } }) => {
      if (disabled || (e.key !== 'Enter' && e.key !== ' ')) return
      e.preventDefault()
      e.currentTarget.click?.()
    }
  }
}
