// Citizens made through the API (consent, declaration, a phone's device key, a code), and the QR text
// exactly as the citizen's screen would draw it at a given time (docs/code-format.md §5).
import { ReturnCode } from '@core/api/return-codes'
import { presentCredential } from '@core/credential/present'
import type { RunningHost } from './host'
import { basicInfo, chinaToday, declaration, newDevice, validIdNumber } from './citizen'

export interface Citizen {
  token: string
  device: ReturnType<typeof newDevice>
  credential: string
  /** The QR text at `atMs` (epoch ms, the citizen's corrected clock). */
  qrAt: (atMs: number) => string
}

export async function makeCitizen(host: RunningHost, phone: string, name: string, id = validIdNumber('330106', '19880512', phone.slice(-3))): Promise<Citizen> {
  const token = await host.login(phone)
  const consent = await host.call('consent-status', {}, token)
  await host.call('consent-accept', { version: consent.body.data.version }, token)
  const declared = await host.call('health-declare', declaration({ basic: await basicInfo(host, id, name) }), token)
  if (declared.body.code !== ReturnCode.OK) throw new Error('declaration failed: ' + JSON.stringify(declared.body))
  const device = newDevice()
  const code = await host.call('code-generate', { devicePublicKey: device.publicKeyBase64 }, token)
  if (code.body.code !== ReturnCode.OK) throw new Error('code-generate failed: ' + JSON.stringify(code.body))
  const credential = code.body.data.credential as string
  return { token, device, credential, qrAt: (atMs) => presentCredential(credential, device.privateKey, atMs / 1000) }
}

/** Declares a trip to 武昌区 (420106), which the demo data marks high-risk: the code turns red and the old one is revoked. */
export async function declareHighRiskTrip(host: RunningHost, citizen: Citizen): Promise<string> {
  const r = await host.call('trip-declare', { trips: [{ region: '420106', from: chinaToday(-3), to: chinaToday() }] }, citizen.token)
  if (r.body.code !== ReturnCode.OK) throw new Error('trip-declare failed: ' + JSON.stringify(r.body))
  return r.body.data.status.status
}
