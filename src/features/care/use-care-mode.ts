import { useEffect, useState } from 'react'
import { isCareMode, onCareChange, setCareMode } from './care-mode'

/** `const { care, setCare, pageClass } = useCareMode()`: re-renders when care mode is switched anywhere. */
export function useCareMode() {
  const [care, setState] = useState<boolean>(isCareMode)
  useEffect(() => onCareChange(setState), [])
  // Mini-programs scale a page through this class on its container; H5 follows <html data-care> as well.
  return { care, setCare: setCareMode, pageClass: care ? 'care' : '' }
}
