// 数据导入 — a region admin uploads a CSV/XLSX of risk areas, test results, vaccinations or case lists.
// Rows are checked and previewed; nothing changes anyone's status until a second admin approves.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { SOURCES } from '../../server/usecases/imports/import-sources'
import { UploadImport } from '../../server/usecases/imports/upload-import'
import { importView } from '../../server/usecases/imports/import-view'

export const main = defineFunction({
  access: ['admin'],
  input: z.object({
    source: z.enum(SOURCES),
    fileName: z.string().trim().min(5).max(120).regex(/\.(csv|xlsx)$/i, 'invalid_format'),
    contentBase64: z.string().min(4).max(24 * 1024 * 1024)
  }).strict(),
  run: async ({ source, fileName, contentBase64 }, { c, actor }) => {
    const r = await new UploadImport(c).execute(actor, { source, fileName, content: Buffer.from(contentBase64, 'base64') })
    return { import: await importView(c.store, r.import), duplicate: r.duplicate }
  }
})
