// Development SMS: prints the code with the phone number masked on the server console, and appends it to
// a development-only outbox file that the /dev/otp page reads (every worker process sees the same file).
// Production plugs in a gateway behind the same SmsSender port; the outbox does not exist there.
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import type { SmsSender } from '../../ports/sms-sender'
import { maskPhone } from '@core/identity/masking'

export interface OutboxEntry {
  phoneMasked: string
  code: string
  at: number
  ttlSeconds: number
}

export class ConsoleSms implements SmsSender {
  constructor(private readonly outboxFile: string | null, private readonly log: (line: string) => void = l => console.log(l)) {}

  async sendOtp(phone: string, code: string, ttlSeconds: number) {
    const entry: OutboxEntry = { phoneMasked: maskPhone(phone), code, at: Date.now(), ttlSeconds }
    if (this.outboxFile) appendFileSync(this.outboxFile, JSON.stringify(entry) + '\n', { mode: 0o600 })
    this.log(`[sms] one-time code for ${entry.phoneMasked}: ${code} (valid ${Math.round(ttlSeconds / 60)} min)`)
  }

  recent(limit = 20): OutboxEntry[] {
    if (!this.outboxFile || !existsSync(this.outboxFile)) return []
    const lines = readFileSync(this.outboxFile, 'utf8').trim().split('\n').filter(Boolean)
    return lines.slice(-limit).reverse().map(l => JSON.parse(l) as OutboxEntry)
  }
}
