// Reads a picked image as base64 on the mini-programs (WeChat, Alipay): the file system manager reads
// the temporary file Taro.chooseImage gave. H5 has its own file (read-image.h5.ts).
import Taro from '@tarojs/taro'
import type { PickedFile } from './picked-file'

export function readImageBase64(file: PickedFile): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: file.path,
      encoding: 'base64',
      success: (r) => (typeof r.data === 'string' ? resolve(r.data) : reject(new Error('not text'))),
      fail: reject
    })
  })
}
