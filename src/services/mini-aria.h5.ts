// H5 renders DOM: ARIA attributes reach the page as they are (mini-aria.ts is for mini-programs).
export function teachRuntimeAria(): void {}
