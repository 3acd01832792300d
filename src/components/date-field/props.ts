export interface DateFieldProps {
  id: string
  label: string
  value: string
  min?: string
  max?: string
  onChange: (date: string) => void
  error?: string | null
}
