// A TCP proxy between a host and a server it depends on (PostgreSQL), to cut the line and mend it:
// `down()` stops accepting and drops every open connection, as a failed network or a stopped database
// would; `up()` listens again on the same port.
import { connect, createServer, type Server, type Socket } from 'node:net'

export interface TcpProxy {
  port: number
  down(): Promise<void>
  up(): Promise<void>
  close(): Promise<void>
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const open = new Set<Socket>()
  let server: Server | null = null
  let port = 0
  const listen = () => new Promise<void>((resolve, reject) => {
    const s = createServer(client => {
      const upstream = connect(targetPort, targetHost)
      for (const sock of [client, upstream]) {
        open.add(sock)
        sock.on('close', () => open.delete(sock))
        sock.on('error', () => { client.destroy(); upstream.destroy() })
      }
      client.pipe(upstream)
      upstream.pipe(client)
    })
    s.once('error', reject)
    s.listen(port, '127.0.0.1', () => {
      port = (s.address() as { port: number }).port
      server = s
      resolve()
    })
  })
  const down = () => new Promise<void>(resolve => {
    const s = server
    server = null
    for (const sock of open) sock.destroy()
    if (!s) return resolve()
    s.close(() => resolve())
  })
  await listen()
  return { get port() { return port }, down, up: listen, close: down }
}
