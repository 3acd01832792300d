// The app's one big button: large type, full width, a busy label instead of a spinner alone.
import { Button } from '@tarojs/components'
import { keyboardClick } from './keyboard-click'
import './index.css'

export interface ActionButtonProps {
  label: string
  onClick: () => void
  disabled?: boolean
  kind?: 'primary' | 'plain' | 'danger'
  /** Stable handle for tests and deep links; becomes the element id on every platform. */
  id?: string
}

/**
 * On H5, Taro draws the button as its <taro-button-core> custom element: it is announced as a button and
 * made a tab stop that Enter and Space click, as a native button is (keyboard-click.ts).
 * WeChat and Alipay draw native buttons and get nothing extra.
 */
function buttonProps(disabled: boolean | undefined): Record<string, unknown> {
  if (process.env.TARO_ENV !== 'h5') return {}
  return { role: 'button', ...(disabled ? { 'aria-disabled': 'true' } : {}), ...keyboardClick(disabled) }
}

export default function ActionButton({ id, label, onClick, disabled, kind = 'primary' }: ActionButtonProps) {
  return (
    // Only a real `disabled` attribute: Taro H5 writes disabled="false" otherwise, which its CSS
    // ([disabled]) then greys out, making every button look disabled.
    // `action-button--off`: the app's own disabled look. Taro H5's `taro-button-core[disabled]` turns the
    // text white, which left a plain (white) button blank, e.g. the login page's resend countdown.
    <Button id={id} className={`action-button action-button--${kind}${disabled ? ' action-button--off' : ''}`} {...(disabled ? { disabled: true } : {})} {...buttonProps(disabled)} onClick={onClick}>
      {label}
    </Button>
  )
}
