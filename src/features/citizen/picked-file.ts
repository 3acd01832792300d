// A file Taro.chooseImage picked. Kept apart from read-image*.ts: Taro would resolve './read-image'
// from read-image.h5.ts back to that file itself.
export interface PickedFile {
  path: string
  size?: number
  /** H5 only: the File the browser picked. */
  originalFileObj?: Blob
}
