// Typed wrappers over the citizen functions. Nothing here names an account: the host knows the caller.
// Calls that carry the server's time are timed, so the phone can learn its clock offset.
import { callFunction, type FunctionInput, type FunctionName, type FunctionOutput, type FunctionResult } from '@/services/cloud'
import type { Symptom } from '@core/declaration/vocabulary'
import type { CorrectionCategory } from '@core/validation/case-request'
import { normaliseHealthInfo } from './health-info'
import type { Attachment, NormalisedHealthInfo } from './types'

export interface Timed<T> {
  result: FunctionResult<T>
  sent: number
  received: number
}

async function timed<N extends FunctionName>(name: N, data: FunctionInput<N>): Promise<Timed<FunctionOutput<N>>> {
  const sent = Date.now()
  const result = await callFunction(name, data)
  return { result, sent, received: Date.now() }
}

export async function fetchHealthInfo(): Promise<Timed<NormalisedHealthInfo>> {
  const { result: { data, ...rest }, sent, received } = await timed('health-info', {})
  return { result: data ? { ...rest, data: normaliseHealthInfo(data) } : rest, sent, received }
}
export const generateCode = (devicePublicKey: string, bind = false) => timed('code-generate', bind ? { devicePublicKey, bind } : { devicePublicKey })

export const fetchTransportKey = () => callFunction('transport-key', {})
export const acceptConsent = (version: string) => callFunction('consent-accept', { version })
export const listRegions = (parent?: string) => callFunction('region-list', parent ? { parent } : {})
export const declareHealth = (input: FunctionInput<'health-declare'>) => callFunction('health-declare', input)
export const declareTrips = (trips: FunctionInput<'trip-declare'>['trips']) => callFunction('trip-declare', { trips })
export const checkIn = (temperature: number, symptoms: Symptom[]) => callFunction('checkin', { temperature, symptoms })
export const requestCorrection = (category: CorrectionCategory, description: string, attachments: Attachment[] = []) =>
  callFunction('correction-request', attachments.length ? { category, description, attachments } : { category, description })
