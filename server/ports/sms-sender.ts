/** Sends one-time codes. The local adapter prints to the console; production plugs in an SMS gateway. */
export interface SmsSender {
  sendOtp(phone: string, code: string, ttlSeconds: number): Promise<void>
}
