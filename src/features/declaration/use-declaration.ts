// The declaration page's state and its one action. Checks with the shared schema first (instant zh/en
// field messages, nothing sent); the first declaration then encrypts the ID number under the host's
// transport key. The host's answer renews the code (or, the first time, a code is generated for this
// phone). The ID number is dropped from memory once sent and never stored.
import { useEffect, useState } from 'react'
import { ReturnCode } from '@core/api/return-codes'
import { plainDeclarationSchema, type DeclarationInput, type PlainDeclaration } from '@core/declaration/schema'
import { randomErrorKey } from '@/services/random'
import { loadSession } from '@/services/session'
import { declareHealth, declareTrips, fetchHealthInfo, fetchTransportKey } from '@/features/citizen/citizen-api'
import { applyDeclarationResult } from '@/features/citizen/code-sync'
import { citizenErrorKey } from '@/features/citizen/messages'
import type { MessageKey } from '@/i18n'
import { todayInChina } from './dates'
import { formInput, initialForm, tripsInput, type DeclarationDraft, type FormKind } from './form-model'
import { encryptIdNumber } from './id-encryption'
import { serverFieldIssues, validateDeclaration, type FieldIssues } from './validate'

export interface General {
  key: MessageKey
  vars?: Record<string, number>
}

/** Which issue paths each form field answers for, so editing a field clears its message. */
const PATHS: Record<keyof DeclarationDraft, RegExp> = {
  name: /^basic\.name$/, idNumber: /^basic\.idNumber$/, householdRegion: /^basic\.householdRegion$/, address: /^basic\.address$/,
  // Another ID type asks for other things: what was said about the number and the particulars no longer holds.
  idType: /^basic\.(idType|idNumber|nationality|sex|birthDate)$/, nationality: /^basic\.nationality$/, sex: /^basic\.sex$/, birthDate: /^basic\.birthDate$/,
  temperature: /^health\.temperature$/, symptoms: /^health\.symptoms/, conditions: /^health\.conditions/, trips: /^trips/, contact: /^contact$/,
  tests: /^tests/, doses: /^vaccination/, lastDoseDate: /^vaccination/
}

export function useDeclaration(kind: FormKind) {
  const [form, setForm] = useState<DeclarationDraft>(initialForm)
  const [bound, setBound] = useState<boolean | null>(null)
  const [issues, setIssues] = useState<FieldIssues>({})
  const [general, setGeneral] = useState<General | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState(false)
  const today = todayInChina()

  useEffect(() => {
    void fetchHealthInfo().then(({ result }) => {
      // A new notice version (or a deep link here) needs consent first; the host would refuse anyway.
      if (result.code === ReturnCode.OK && result.data && !result.data.consent.accepted) setGeneral({ key: 'error.consentRequired' })
      else if (result.code === ReturnCode.OK && result.data) setBound(result.data.bound)
      else setGeneral({ key: citizenErrorKey(result.code) ?? 'error.internal' })
    })
  }, [])

  const patch = (p: Partial<DeclarationDraft>) => {
    setForm((f) => ({ ...f, ...p }))
    const touched = Object.keys(p).map((k) => PATHS[k as keyof DeclarationDraft])
    setIssues((all) => Object.fromEntries(Object.entries(all).filter(([path]) => !touched.some((re) => re.test(path)))))
  }

  const fail = (found: FieldIssues) => {
    setIssues(found)
    setGeneral({ key: 'declare.fix', vars: { n: Object.keys(found).length } })
  }

  const submit = async () => {
    const withBasic = kind === 'full' && bound === false
    const found = validateDeclaration(form, today, withBasic, kind)
    if (Object.keys(found).length > 0) return fail(found)
    const accountId = loadSession()?.account.id
    if (!accountId) return setGeneral({ key: 'error.unauthenticated' })
    setBusy(true)
    setGeneral(null)
    try {
      const r = kind === 'trips' ? await declareTrips(tripsInput(form.trips)) : await declareFull(withBasic)
      if (!r) return // the reason is shown
      if (r.code === ReturnCode.INVALID_INPUT && r.issues?.length) return fail(serverFieldIssues(r.issues))
      if (r.code !== ReturnCode.OK || !r.data) return setGeneral({ key: citizenErrorKey(r.code) ?? 'error.internal' })
      setForm((f) => ({ ...f, idNumber: '' }))
      await applyDeclarationResult(accountId, r.data).catch(() => undefined) // the home page retries
      setDone(true)
    } catch (err) {
      setGeneral({ key: randomErrorKey(err) ?? 'error.internal' })
    } finally {
      setBusy(false)
    }
  }

  const declareFull = async (withBasic: boolean) => {
    // Already checked by validateDeclaration: this only takes the checked values.
    const input = await declarationInput(plainDeclarationSchema(today).parse(formInput(form, withBasic)))
    return input && declareHealth(input)
  }

  /**
   * health-declare's input from the validated form: the first declaration's ID number is encrypted under
   * the host's transport key and leaves the phone only so. Null (with the reason shown) when that fails.
   */
  const declarationInput = async ({ basic, ...rest }: PlainDeclaration): Promise<DeclarationInput | null> => {
    if (!basic) return rest
    const key = await fetchTransportKey()
    if (key.code !== ReturnCode.OK || !key.data) {
      setGeneral({ key: citizenErrorKey(key.code) ?? 'error.internal' })
      return null
    }
    const { idNumber, ...named } = basic
    const idNumberEncrypted = await encryptIdNumber(key.data.publicKeyPem, idNumber)
    if (!idNumberEncrypted) {
      setGeneral({ key: 'declare.encryptFailed' })
      return null
    }
    return { ...rest, basic: { ...named, idNumberEncrypted } }
  }

  /** The signed-in phone, masked, shown beside the identity fields it will be bound to. */
  const phoneMasked = loadSession()?.account.phoneMasked ?? null
  return { form, patch, bound, issues, general, busy, done, today, submit, phoneMasked }
}
