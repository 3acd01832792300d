// 纠错: ask for wrong data to be corrected (GB/T 38963 correction), with images as evidence. An auditor
// handles it; the decision shows on the correction page and in the status history.
import { useState } from 'react'
import { requestCorrection } from '@/features/citizen/citizen-api'
import { useCaseForm } from '@/features/citizen/use-case-form'

export const CATEGORIES = ['trip', 'test', 'vaccination', 'identity', 'status', 'other'] as const
export type Category = (typeof CATEGORIES)[number]

export function useCorrection(onSent: () => void) {
  const [category, setCategory] = useState<Category>('trip')
  const form = useCaseForm((text, attachments) => requestCorrection(category, text, attachments), onSent)
  return { ...form, category, setCategory }
}
