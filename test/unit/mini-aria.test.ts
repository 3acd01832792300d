// The compiled templates and the runtime must know the same accessibility attributes, or a prop lands
// under a key the template does not read (the QR's label would silently vanish on WeChat).
import { MINI_ARIA_ATTRIBUTES } from '@/services/mini-aria'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require('../../config/mini-aria-plugin.js') as { MINI_ARIA_ATTRIBUTES: unknown }

it('the build plugin and the runtime add the same attributes', () => {
  expect(plugin.MINI_ARIA_ATTRIBUTES).toEqual(MINI_ARIA_ATTRIBUTES)
})
