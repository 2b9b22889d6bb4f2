/**
 * A tiny forward proxy for tests of proxy support, bound to 127.0.0.1. It records every request
 * it gets and tunnels `CONNECT 0.0.0.0:<port>` to 127.0.0.1:<port>; anything else is refused
 * with 403, so it never connects anywhere but loopback.
 *
 * Why 0.0.0.0: @actions/http-client never proxies loopback names (localhost, 127.x, [::1]), so a
 * test server has to be named some other way, without a DNS lookup. Linux sends a connection to
 * 0.0.0.0 to the local host (it never leaves the loopback interface), and the client treats it as
 * an ordinary address that HTTP(S)_PROXY and NO_PROXY apply to.
 */
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

/** How tests name a server on 127.0.0.1 so that proxy rules apply to it (see above). */
export function proxiedUrl(loopbackUrl: string): string {
  const url = new URL(loopbackUrl)
  url.hostname = '0.0.0.0'
  return url.href.replace(/\/$/, '')
}

export class TestProxy {
  /** `CONNECT host:port` (or `METHOD url` for a plain request), in arrival order. */
  readonly seen: string[] = []
  private readonly sockets = new Set<Socket>()
  private server?: Server

  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      this.seen.push(`${req.method} ${req.url}`)
      res.writeHead(403, { connection: 'close' }).end('this test proxy only tunnels')
    })
    server.on('connection', (socket) => this.track(socket))
    server.on('connect', (req, client: Socket) => {
      this.seen.push(`CONNECT ${req.url}`)
      const match = /^0\.0\.0\.0:(\d+)$/.exec(req.url ?? '')
      if (!match) {
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
        return
      }
      const upstream = this.track(connect(Number(match[1]), '127.0.0.1'))
      upstream.once('connect', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.pipe(client).pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    this.server = server
    return this
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve()
    )
  }

  private track(socket: Socket): Socket {
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
    return socket
  }
}
