// The app's one big button: large type, full width, a busy label instead of a spinner alone.
import { Button } from '@tarojs/components'
import './index.css'

export interface ActionButtonProps {
  label: string
  onClick: () => void
  disabled?: boolean
  kind?: 'primary' | 'plain' | 'danger'
  /** Stable handle for tests and deep links; becomes the element id on every platform. */
  id?: string
}

export default function ActionButton({ id, label, onClick, disabled, kind = 'primary' }: ActionButtonProps) {
  return (
    // Only a real `disabled` attribute: Taro H5 writes disabled="false" otherwise, which its CSS
    // ([disabled]) then greys out, making every button look disabled.
    <Button id={id} className={`action-button action-button--${kind}`} {...(disabled ? { disabled: true } : {})} onClick={onClick}>
      {label}
    </Button>
  )
}
