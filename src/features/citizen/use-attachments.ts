// Up to 3 images picked with the platform's own picker (camera or album), read as base64 and checked on
// the phone, so an oversized or wrong file is refused at once, in words, rather than by the host.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { MessageKey } from '@/i18n'
import { MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES, toAttachment, type AttachmentProblem } from './attachments'
import type { PickedFile } from './picked-file'
import { readImageBase64 } from './read-image'
import type { Attachment } from './types'

export interface PickedAttachment extends Attachment {
  key: string
  /** The picker's temporary path (a blob: URL on H5), shown as the thumbnail: never megabytes of setData. */
  preview: string
}

const PROBLEM_KEYS: Record<AttachmentProblem, MessageKey> = {
  'too-many': 'attach.tooMany', 'too-large': 'attach.tooLarge', 'not-image': 'attach.notImage', 'read-failed': 'attach.readFailed'
}

// H5: the album only. With both, Taro's H5 chooser first asks "拍摄 / 从相册选择" in Chinese whatever the
// page's language; the phone's own chooser (opened for the album) offers the camera too, in its own words.
const IMAGE_SOURCES: ('album' | 'camera')[] = process.env.TARO_ENV === 'h5' ? ['album'] : ['album', 'camera']

let counter = 0

export function useAttachments() {
  const [items, setItems] = useState<PickedAttachment[]>([])
  const [problem, setProblem] = useState<MessageKey | null>(null)

  const add = async () => {
    const room = MAX_ATTACHMENTS - items.length
    setProblem(null)
    if (room <= 0) return setProblem(PROBLEM_KEYS['too-many'])
    let files: PickedFile[]
    try {
      const r = await Taro.chooseImage({ count: room, sizeType: ['compressed'], sourceType: IMAGE_SOURCES })
      files = (r.tempFiles ?? []) as PickedFile[]
    } catch {
      return // the person closed the picker
    }
    const added: PickedAttachment[] = []
    // H5's picker drops a file the browser cannot open as an image and answers with none.
    let last: AttachmentProblem | null = files.length > room ? 'too-many' : files.length === 0 ? 'read-failed' : null
    for (const f of files.slice(0, room)) {
      if (typeof f.size === 'number' && f.size > MAX_ATTACHMENT_BYTES) { last = 'too-large'; continue }
      const data = await readImageBase64(f).catch(() => null)
      const a = data === null ? 'read-failed' : toAttachment(data)
      if (typeof a === 'string') last = a
      else added.push({ ...a, key: `a${++counter}`, preview: f.path })
    }
    setItems((all) => [...all, ...added].slice(0, MAX_ATTACHMENTS))
    if (last) setProblem(PROBLEM_KEYS[last])
  }

  return {
    items, problem, add,
    remove: (key: string) => setItems((all) => all.filter((a) => a.key !== key)),
    clear: () => setItems([]),
    /** What the host takes: mime and data only. */
    payload: (): Attachment[] => items.map(({ mime, dataBase64 }) => ({ mime, dataBase64 }))
  }
}
