import { parse, parseTime, readTextFile, required, UsageError, Io } from '../args'
import { readDeviceKey } from '../key-files'
import { presentCredential } from '@core/credential/present'

export function present(argv: string[], io: Io): number {
  const { values } = parse(argv, { credential: { type: 'string' }, 'device-key': { type: 'string' }, at: { type: 'string' } })
  const text = readTextFile(required(values.credential, '--credential'), 'credential')
  const device = readDeviceKey(required(values['device-key'], '--device-key'))
  const at = parseTime(values.at, '--at')
  try {
    io.out(presentCredential(text, device.privateKey, Math.floor(at / 1000)))
  } catch {
    throw new UsageError('the credential file does not hold a health code credential')
  }
  return 0
}
