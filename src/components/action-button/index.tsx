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
    <Button id={id} className={`action-button action-button--${kind}`} disabled={disabled} onClick={onClick}>
      {label}
    </Button>
  )
}
