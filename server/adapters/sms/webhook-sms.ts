// Production SMS: one-time codes go to the region's SMS provider through a webhook (SMS_WEBHOOK_URL, with
// SMS_WEBHOOK_TOKEN as a bearer token), which turns {phone, text} into a message. Without it, production
// refuses to send (no code is ever printed outside development).
import { AppError } from '@core/api/app-error'
import type { SmsSender } from '../../ports/sms-sender'

export class WebhookSms implements SmsSender {
  constructor(private readonly url: string, private readonly token: string | undefined, private readonly fetchImpl: typeof fetch = fetch) {}

  async sendOtp(phone: string, code: string, ttlSeconds: number) {
    const text = `【健康码】您的验证码是 ${code}，${Math.round(ttlSeconds / 60)} 分钟内有效。请勿告诉他人。`
    const res = await this.fetchImpl(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ phone, text })
    })
    if (!res.ok) throw new AppError('UNAVAILABLE', `sms gateway answered ${res.status}`)
  }
}

export class NoSms implements SmsSender {
  async sendOtp(): Promise<void> {
    throw new AppError('UNAVAILABLE', 'no SMS gateway configured (SMS_WEBHOOK_URL)')
  }
}
