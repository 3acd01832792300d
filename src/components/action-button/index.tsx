// The app's one big button: large type, full width, a busy label instead of a spinner alone.
import { Button } from '@tarojs/components'
import './index.css'

export interface ActionButtonProps {
  label: string
  onClick: () => void
  disabled?: boolean
  kind?: 'primary' | 'plain' | 'danger'
}

export default function ActionButton({ label, onClick, disabled, kind = 'primary' }: ActionButtonProps) {
  return (
    <Button className={`action-button action-button--${kind}`} disabled={disabled} onClick={onClick}>
      {label}
    </Button>
  )
}
