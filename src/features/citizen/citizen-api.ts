// Typed wrappers over the citizen functions. Nothing here names an account: the host knows the caller.
// Calls that carry the server's time are timed, so the phone can learn its clock offset.
import { callFunction, type FunctionResult } from '@/services/cloud'
import { normaliseHealthInfo } from './health-info'
import type { Attachment, CodeResult, DeclarationResult, HealthInfo } from './types'

export interface Timed<T> {
  result: FunctionResult<T>
  sent: number
  received: number
}

async function timed<T>(name: string, data: Record<string, unknown>): Promise<Timed<T>> {
  const sent = Date.now()
  const result = await callFunction<T>(name, data)
  return { result, sent, received: Date.now() }
}

export async function fetchHealthInfo(): Promise<Timed<HealthInfo>> {
  const t = await timed<HealthInfo>('health-info', {})
  if (t.result.data) t.result.data = normaliseHealthInfo(t.result.data)
  return t
}
export const generateCode = (devicePublicKey: string, bind = false) => timed<CodeResult>('code-generate', bind ? { devicePublicKey, bind } : { devicePublicKey })

export const fetchTransportKey = () => callFunction<{ algorithm: string; publicKeyPem: string }>('transport-key', {})
export const acceptConsent = (version: string) => callFunction('consent-accept', { version })
export const listRegions = (parent?: string) => callFunction<{ regions: { code: string; name: string }[] }>('region-list', parent ? { parent } : {})
export const declareHealth = (input: Record<string, unknown>) => callFunction<DeclarationResult>('health-declare', input)
export const declareTrips = (trips: unknown[]) => callFunction<DeclarationResult>('trip-declare', { trips })
export const checkIn = (temperature: number, symptoms: string[]) => callFunction<DeclarationResult & { day: string }>('checkin', { temperature, symptoms })
export const requestCorrection = (category: string, description: string, attachments: Attachment[] = []) =>
  callFunction<{ id: string; state: string }>('correction-request', attachments.length ? { category, description, attachments } : { category, description })
