// Taro's mini-program templates bind only the attributes listed for each component, and the platforms'
// accessibility attributes are not among them: `ariaRole` / `ariaLabel` on a View or an Image would be
// dropped from the page. This adds them to the templates (weapp and alipay; H5 renders DOM and needs nothing);
// src/services/mini-aria.ts adds the same list to the runtime, which must agree on the attributes' keys.
const MINI_ARIA_ATTRIBUTES = {
  View: { 'aria-role': '', 'aria-label': '' },
  Image: { 'aria-label': '' }
}

module.exports = (ctx) => {
  // The runner's options carry the platform's template; this hook runs before the templates are written.
  ctx.modifyComponentConfig(({ config }) => {
    const template = config && config.template
    if (!template || typeof template.mergeComponents !== 'function') return
    template.mergeComponents(ctx, MINI_ARIA_ATTRIBUTES)
  })
}

module.exports.MINI_ARIA_ATTRIBUTES = MINI_ARIA_ATTRIBUTES
