import { presentCredential } from '@core/credential/present'
import { issueFixture } from '../../../test/support/credential-fixture'
import { dataUrlBytes, decodeQrPng, readPng } from '../../../test/support/png-qr'
import { qrImage, qrMatrix, QUIET_ZONE } from './qr-image'
import { readOwnClaims } from './own-claims'

function decodeDataUrl(url: string) {
  return { png: readPng(dataUrlBytes(url)), text: decodeQrPng(dataUrlBytes(url)) }
}

describe('the holder QR as a PNG', () => {
  const f = issueFixture()
  const text = presentCredential(f.credential, f.devicePrivateKey, Date.now() / 1000)

  it('decodes back to the presentation text (alphanumeric segment, ECC M, version ≤ 11)', () => {
    const img = qrImage(text, 4, [10, 110, 50])
    const { png, text: decoded } = decodeDataUrl(img.url)
    expect(decoded).toBe(text)
    expect(img.version).toBeLessThanOrEqual(11)
    expect(png.width).toBe(img.pixels)
    expect(img.modules).toBe(qrMatrix(text).size + 2 * QUIET_ZONE)
  })

  it('keeps a white quiet zone of 4 modules and draws modules in the ink colour', () => {
    const img = qrImage(text, 5, [160, 28, 28])
    const { png } = decodeDataUrl(img.url)
    const at = (x: number, y: number) => Array.from(png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3))
    for (let i = 0; i < QUIET_ZONE * 5; i++) expect(at(i, i)).toEqual([255, 255, 255])
    // The finder pattern's corner module is dark.
    expect(at(QUIET_ZONE * 5, QUIET_ZONE * 5)).toEqual([160, 28, 28])
  })

  it('refuses text outside the QR alphanumeric alphabet instead of taking the TextEncoder path', () => {
    expect(() => qrMatrix('hz1:lower case')).toThrow('alphanumeric')
  })

  it('reads the claims a holder sees, without verifying', () => {
    expect(readOwnClaims(f.credential)).toMatchObject({ region: '330100', name: '王*', id: '33**************36', status: 'green' })
    expect(readOwnClaims('HZ1:garbage')).toBeNull()
  })
})
