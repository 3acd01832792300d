export interface BoundDevice {
  accountId: string
  keyHash: string
  publicKey: string
  boundAt: number
}

/** The one phone whose key a holder's credentials are bound to. */
export interface DeviceStore {
  find(accountId: string): Promise<BoundDevice | null>
  bind(device: BoundDevice): Promise<void>
}
