// Mini-programs: the runtime's half of config/mini-aria-plugin.js. Taro passes a component's props to
// the page under short keys computed from the attributes each component is known to have; the plugin
// adds the platforms' accessibility attributes to the compiled templates, and this adds the same ones
// to the runtime's list, so `ariaRole` / `ariaLabel` on a View or Image reach the page under the key the
// template reads. The two lists must stay equal (test/unit/mini-aria.test.ts).
import { mergeInternalComponents } from '@tarojs/shared'

export const MINI_ARIA_ATTRIBUTES: Record<string, Record<string, string>> = {
  View: { 'aria-role': '', 'aria-label': '' },
  Image: { 'aria-label': '' }
}

export function teachRuntimeAria(): void {
  mergeInternalComponents(MINI_ARIA_ATTRIBUTES)
}
