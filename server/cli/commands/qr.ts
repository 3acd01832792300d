import QRCode from 'qrcode'
import { parse, UsageError, Io } from '../args'

/** Draws a code at ECC level M: PNG or SVG by the --out extension, else in the terminal. */
export async function qr(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: 'string' } })
  if (positionals.length !== 1) throw new UsageError('usage: healthcode qr "<text>" [--out x.png|x.svg]')
  const text = positionals[0]
  const opts = { errorCorrectionLevel: 'M' as const, margin: 4 }
  if (values.out) {
    if (!/\.(png|svg)$/i.test(values.out)) throw new UsageError('--out must end in .png or .svg')
    await QRCode.toFile(values.out, [{ data: text, mode: 'alphanumeric' }] as unknown as string, { ...opts, type: values.out.toLowerCase().endsWith('.svg') ? 'svg' : 'png', width: 480 })
    io.out(values.out)
  } else {
    io.out(await QRCode.toString(text, { ...opts, type: 'terminal', small: true }))
  }
  return 0
}
