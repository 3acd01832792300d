// H5: Taro.chooseImage hands back the browser's File (and a blob: URL); read its bytes as base64.
import { toBase64 } from '@core/encoding/bytes'
import type { PickedFile } from './picked-file'

export async function readImageBase64(file: PickedFile): Promise<string> {
  const blob = file.originalFileObj ?? (await (await fetch(file.path)).blob())
  return toBase64(new Uint8Array(await blob.arrayBuffer()))
}
