import { resetStorage } from '../../../test/support/taro-stubs'
import { clearWallet, learnClock, loadClock, loadWallet, serverNowMs, updateWallet } from './wallet'

beforeEach(() => resetStorage())

describe('the wallet on the phone', () => {
  it('belongs to one account', () => {
    updateWallet('a1', { deviceKey: 'k1', credential: { credential: 'HZ1:X', issuedAt: 1, expiresAt: 2 } })
    expect(loadWallet('a1')).toMatchObject({ deviceKey: 'k1', credential: { credential: 'HZ1:X' } })
    expect(loadWallet('a2')).toEqual({ accountId: 'a2', deviceKey: null, credential: null, status: null, regionNames: {}, replaced: false })
  })
  it('is wiped on sign-out', () => {
    updateWallet('a1', { deviceKey: 'k1' })
    clearWallet()
    expect(loadWallet('a1').deviceKey).toBeNull()
  })
})

describe('the persisted clock offset', () => {
  it('learns from a timed call and corrects Date.now()', () => {
    expect(serverNowMs(1000)).toBe(1000)
    learnClock(3_601_200, 1000, 1400) // phone one hour slow
    expect(loadClock()!.offsetMs).toBe(3_600_000)
    expect(serverNowMs(5000)).toBe(3_605_000)
  })
  it('keeps the old offset when a call carried no server time', () => {
    learnClock(10_500, 0, 1000)
    learnClock(undefined, 0, 1)
    expect(loadClock()!.offsetMs).toBe(10_000)
  })
})
