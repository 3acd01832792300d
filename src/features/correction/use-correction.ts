// 纠错: ask for wrong data to be corrected (GB/T 38963 correction), with images as evidence. An auditor
// handles it; the decision shows on the correction page and in the status history.
import { useState } from 'react'
import { CORRECTION_CATEGORIES, type CorrectionCategory } from '@core/validation/case-request'
import { requestCorrection } from '@/features/citizen/citizen-api'
import { useCaseForm } from '@/features/citizen/use-case-form'

export const CATEGORIES = CORRECTION_CATEGORIES
export type Category = CorrectionCategory

export function useCorrection(onSent: () => void) {
  const [category, setCategory] = useState<Category>('trip')
  const form = useCaseForm((text, attachments) => requestCorrection(category, text, attachments), onSent)
  return { ...form, category, setCategory }
}
