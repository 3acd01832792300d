/**
 * @jest-environment jsdom
 */
// The code never waits for the host: with the gateway still busy retrying (its answer never comes), the
// home page's hook draws the stored code as a QR from the wallet alone, with the busy status on.
import '../../../test/support/jsdom-text-encoding'
import { createElement } from 'react'
import { act } from 'react'
import { createRoot } from 'react-dom/client'

jest.mock('@tarojs/taro', () => {
  const stubs = require('../../../test/support/taro-stubs').taro
  const { useEffect } = require('react')
  // The page shows once: Taro's show hook runs after the first render, as on a phone.
  const useDidShow = (fn: () => void) => useEffect(() => { fn() }, [])
  const api = { ...stubs.default, useDidShow, useDidHide: () => undefined }
  return { ...api, default: api }
})
const pending: string[] = []
jest.mock('@/services/cloud', () => ({
  // A host past capacity: the gateway is still retrying, so no answer arrives during the test.
  callFunction: jest.fn((name: string) => { pending.push(name); return new Promise(() => undefined) })
}))
jest.mock('@/services/random', () => ({
  secureRandom: async (n: number) => new Uint8Array(require('node:crypto').randomBytes(n)),
  reseedRandom: async () => undefined,
  randomErrorKey: () => null,
  RandomUnavailableError: class extends Error {}
}))

import { verify } from '@core/credential/verify'
import { busyRetryBegan, busyRetryEnded } from '@/services/busy-status'
import { resetStorage } from '../../../test/support/taro-stubs'
import { issueFixture } from '../../../test/support/credential-fixture'
import { useHealthCode } from './use-health-code'
import { saveWallet } from './wallet'
import BusyStatus from '@/components/busy-status'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

function Home() {
  const home = useHealthCode('account-1')
  return createElement('div', null,
    createElement('p', { id: 'stage' }, home.stage),
    createElement('p', { id: 'qr' }, home.live.qr?.text ?? ''),
    createElement(BusyStatus))
}

it('draws the stored code while every call is still waiting on a busy host', async () => {
  resetStorage()
  const f = issueFixture()
  saveWallet({ accountId: 'account-1', deviceKey: f.devicePrivateKeyBase64, credential: { credential: f.credential, issuedAt: f.issuedAt, expiresAt: f.expiresAt }, status: null, regionNames: {}, replaced: false })
  busyRetryBegan()
  const el = document.createElement('div')
  const root = createRoot(el)
  try {
    await act(async () => { root.render(createElement(Home)) })
    expect(pending).toContain('health-info')
    expect(el.querySelector('#stage')!.textContent).toBe('code')
    const text = el.querySelector('#qr')!.textContent!
    expect(text).not.toBe('')
    expect(verify(text, f.trustList, Date.now())).toMatchObject({ valid: true, reasons: [] })
    expect(el.querySelector('[role="status"]')!.textContent).toContain('服务繁忙，正在重试…')
    await act(async () => busyRetryEnded())
    expect(el.querySelector('[role="status"]')!.textContent).toBe('')
    expect(el.querySelector('#qr')!.textContent).toBe(text)
  } finally {
    await act(async () => root.unmount())
  }
})
