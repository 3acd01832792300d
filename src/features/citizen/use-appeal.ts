// 申诉: an appeal against the current status, with a description and up to 3 images. Its progress and
// the decision show on the appeal page and in the status history (health-info `cases`).
import { requestAppeal } from './transparency-api'
import { useCaseForm } from './use-case-form'

export function useAppeal(onSent: () => void) {
  return useCaseForm(requestAppeal, onSent)
}
