/**
 * Servers that never finish, for deadline tests (issue 12, item 1): HTTP headers one byte at a
 * time, a 200 whose body trickles forever, a TCP port that accepts and says nothing (a TLS
 * handshake that never completes), and a DNS resolver that never answers, used from a private
 * mount namespace whose /etc/resolv.conf points at it (the host's resolver stays untouched).
 * All on loopback; each returns its port (or files) and a close().
 */
import dgram from 'node:dgram'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface SlowServer {
  port: number
  close(): Promise<void>
}

/** A TCP server on a free loopback port; `serve` gets each connection. */
async function tcpServer(serve: (socket: net.Socket) => void): Promise<SlowServer> {
  const sockets = new Set<net.Socket>()
  const timers = new Set<NodeJS.Timeout>()
  const server = net.createServer((socket) => {
    sockets.add(socket)
    socket.on('error', () => undefined)
    socket.on('close', () => sockets.delete(socket))
    serve(socket)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const timer of timers) clearInterval(timer)
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

/** Writes `head` at once, then one byte of `drip` every `everyMs` until the client goes away. */
function trickle(socket: net.Socket, head: string, drip: string, everyMs: number): void {
  socket.write(head)
  const timer = setInterval(() => {
    if (socket.destroyed) clearInterval(timer)
    else socket.write(drip)
  }, everyMs)
  socket.on('close', () => clearInterval(timer))
}

/** An HTTP server whose status line and headers never end: a header byte every 200 ms. */
export function slowHeaders(): Promise<SlowServer> {
  return tcpServer((socket) =>
    socket.once('data', () => trickle(socket, 'HTTP/1.1 200 OK\r\nX-Slow: ', 'a', 200))
  )
}

/** An HTTP server that answers 200 at once and then sends its body one byte every 200 ms. */
export function trickledBody(): Promise<SlowServer> {
  return tcpServer((socket) =>
    socket.once('data', () =>
      trickle(
        socket,
        'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
        ' ',
        200
      )
    )
  )
}

/** Accepts TCP connections and never writes a byte: STUN over TCP and TLS handshakes stall. */
export function silentTcp(): Promise<SlowServer> {
  return tcpServer(() => undefined)
}

export interface SilentResolver {
  /** A resolv.conf naming the silent resolver, with a long timeout and one attempt. */
  resolvConf: string
  /** Prefix for a command to run with that resolv.conf in a private mount namespace. */
  launcher: string[]
  close(): Promise<void>
}

/**
 * A DNS server on 127.53.<n>.1:53 that reads every query and answers none. Port 53 needs root:
 * as root the namespace is made with `unshare -m`, otherwise with `sudo -n unshare -m`.
 */
export async function silentResolver(): Promise<SilentResolver> {
  const address = `127.53.${process.pid % 250}.1`
  const socket = dgram.createSocket('udp4')
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject)
    socket.bind(53, address, () => resolve())
  })
  socket.on('message', () => undefined)
  const dir = mkdtempSync(join(tmpdir(), 'silent-dns-'))
  const resolvConf = join(dir, 'resolv.conf')
  writeFileSync(resolvConf, `nameserver ${address}\noptions timeout:30 attempts:1\n`)
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n', '--preserve-env']
  // The bind mount lives in the new namespace only: the host's resolver is untouched.
  const helper = fileURLToPath(new URL('./with-resolv-conf.mjs', import.meta.url))
  return {
    resolvConf,
    launcher: [...sudo, 'unshare', '-m', process.execPath, helper, resolvConf],
    close: async () => {
      await new Promise<void>((resolve) => socket.close(() => resolve()))
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
