import { base64Bytes, MAX_ATTACHMENT_BYTES, sniffImageMime, toAttachment } from './attachments'

const b64 = (bytes: number[], extra = 0) => Buffer.concat([Buffer.from(bytes), Buffer.alloc(extra)]).toString('base64')
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG = [0xff, 0xd8, 0xff, 0xe0]

it('tells JPEG and PNG from their first bytes, whatever the name says', () => {
  expect(sniffImageMime(b64(PNG, 10))).toBe('image/png')
  expect(sniffImageMime(b64(JPEG, 10))).toBe('image/jpeg')
  expect(sniffImageMime(b64([0x25, 0x50, 0x44, 0x46], 10))).toBeNull() // %PDF
})

it('measures the decoded size exactly, padding included', () => {
  for (const n of [1, 2, 3, 10, 11]) expect(base64Bytes(Buffer.alloc(n).toString('base64'))).toBe(n)
})

it('takes an image up to 2 MB and refuses a larger one or another type', () => {
  expect(toAttachment(b64(PNG, 100))).toEqual({ mime: 'image/png', dataBase64: b64(PNG, 100) })
  expect(toAttachment(b64(JPEG, MAX_ATTACHMENT_BYTES - JPEG.length))).toMatchObject({ mime: 'image/jpeg' })
  expect(toAttachment(b64(JPEG, MAX_ATTACHMENT_BYTES))).toBe('too-large')
  expect(toAttachment(b64([0x47, 0x49, 0x46, 0x38], 10))).toBe('not-image') // GIF
})
