// What ties a field's label, note and message to its input for screen readers: the input is named by its
// visible label, described by its note and its message, and marked invalid while the message is an error.
// On H5 Taro's <Input> is <taro-input-core> around a native <input>; only `nativeProps` reach that input.
// Mini-programs read the label beside the input themselves; Taro's `ariaLabel` names it where the platform supports it.

/** The ids the label, note and message of field `id` carry. */
export const fieldIds = (id: string) => ({ label: `${id}-label`, note: `${id}-note`, message: `${id}-message` })

export function inputA11y(id: string, label: string, opts: { note?: boolean; error?: string | null } = {}): Record<string, unknown> {
  if (process.env.TARO_ENV !== 'h5') return { ariaLabel: label }
  const ids = fieldIds(id)
  const describedBy = [opts.note ? ids.note : '', opts.error ? ids.message : ''].filter(Boolean).join(' ')
  return {
    nativeProps: {
      'aria-labelledby': ids.label,
      // The same words again: a screen reader that cannot resolve the label's id (a page drawing it late) still names the field.
      'aria-label': label,
      'aria-invalid': opts.error ? 'true' : 'false',
      ...(describedBy ? { 'aria-describedby': describedBy } : {})
    }
  }
}
