export interface Account {
  id: string
  status: 'active' | 'disabled'
  phoneEnc: string | null
  createdAt: number
}

export interface AccountStore {
  /** Inside a transaction: holds the account's row until it ends, so one account's binding tries run one at a time. */
  lock(id: string): Promise<void>
  /** Any of the hashes (during a key rotation a row may still carry the previous key's hash). */
  findByPhoneHash(phoneHashes: string | string[]): Promise<Account | null>
  findByPlatformHash(kind: 'wx' | 'alipay', hashes: string | string[]): Promise<Account | null>
  findById(id: string): Promise<Account | null>
  create(account: Account & { phoneHash: string | null; wxOpenidHash?: string | null; wxOpenidEnc?: string | null; alipayUidHash?: string | null; alipayUidEnc?: string | null }): Promise<void>
  /** The sealed WeChat OPENID bound to the account, if any. */
  wxOpenidEnc(id: string): Promise<string | null>
  linkPlatform(id: string, kind: 'wx' | 'alipay', hash: string, sealed?: string | null): Promise<void>
  unlinkPlatform(kind: 'wx' | 'alipay', hash: string): Promise<void>
  setPhone(id: string, phoneHash: string, phoneEnc: string): Promise<void>
  setStatus(id: string, status: Account['status']): Promise<void>
}
