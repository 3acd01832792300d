// The bare floor for the api bench: what node:http on this machine does with the work a code refresh
// cannot avoid — one worker per core, the body read and parsed, one ES256 signature over a small payload,
// a small JSON answered — and nothing else (no store, no session, no schema, no CBOR, no log).
// The api bench starts it as a child process with PORT (and FLOOR_WORKERS) set and waits for the
// primary's "listening" line, printed once every worker listens.
import cluster from 'node:cluster'
import { createServer } from 'node:http'
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto'

const port = Number(process.env.PORT)
const workers = Number(process.env.FLOOR_WORKERS ?? 2)

function serve() {
  // The same signer as the host's (node:crypto, P-256, IEEE P1363 encoding), so the floor differs only
  // in what the host does around it.
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', c => chunks.push(c))
    req.on('end', () => {
      const input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { devicePublicKey?: string }
      // About a credential's size: a device key, a status, two times, a nonce.
      const payload = Buffer.from(JSON.stringify({ d: input.devicePublicKey, s: 'green', iat: Date.now(), exp: Date.now() + 60_000, n: randomBytes(8).toString('hex') }))
      const signature = sign('sha256', payload, { key: privateKey, dsaEncoding: 'ieee-p1363' })
      const body = JSON.stringify({ code: 0, message: 'ok', data: { payload: payload.toString('base64'), signature: signature.toString('base64') } })
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body)
    })
  })
  server.listen(port, '127.0.0.1')
}

if (cluster.isPrimary) {
  // The bundled file itself, not the TypeScript runner that started the primary.
  cluster.setupPrimary({ exec: __filename })
  for (let i = 0; i < workers; i++) cluster.fork()
  let listening = 0
  cluster.on('listening', () => { if (++listening === workers) console.log('listening') })
  process.on('SIGTERM', () => { for (const w of Object.values(cluster.workers ?? {})) w?.kill(); process.exit(0) })
} else {
  serve()
}
