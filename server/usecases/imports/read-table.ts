// Reads an uploaded CSV or XLSX file into rows of text cells with exceljs (the npm `xlsx` package has
// unfixed CVEs). The first row is the header; cells are trimmed strings, dates as ISO text.
import ExcelJS from 'exceljs'
import { Readable } from 'node:stream'

export interface Table {
  header: string[]
  rows: { line: number; cells: string[] }[]
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return v.toISOString()
  if (typeof v === 'object') {
    if ('text' in v && typeof v.text === 'string') return v.text
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue)
    if ('richText' in v) return v.richText.map(r => r.text).join('')
  }
  return String(v).trim()
}

export async function readTable(fileName: string, content: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook()
  let sheet: ExcelJS.Worksheet | undefined
  if (/\.xlsx$/i.test(fileName)) {
    await workbook.xlsx.load(content as unknown as ArrayBuffer)
    sheet = workbook.worksheets[0]
  } else if (/\.csv$/i.test(fileName)) {
    // Strip a UTF-8 byte-order mark: spreadsheet programs write one and it would corrupt the first header.
    const text = content.toString('utf8').replace(/^\uFEFF/, '')
    // Cells stay text (exceljs would turn dates into local-time Date objects, shifting days by the zone).
    sheet = await workbook.csv.read(Readable.from([text]), { map: (value: string) => value, parserOptions: { trim: true } } as never)
  } else {
    throw new Error('unsupported file type')
  }
  const table: Table = { header: [], rows: [] }
  if (!sheet) return table
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText)
    if (line === 1) table.header = values.map(h => h.toLowerCase().trim())
    else if (values.some(v => v !== '')) table.rows.push({ line, cells: values })
  })
  return table
}
