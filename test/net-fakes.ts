/**
 * In-process network fakes for probe tests, all on 127.0.0.1: a UDP black hole, a lossy UDP proxy
 * in front of a real server, a UDP server that answers garbage, a TCP server that accepts and
 * never answers, and a health endpoint. Each returns a close() that frees its sockets.
 */
import dgram from 'node:dgram'
import http from 'node:http'
import net from 'node:net'
import {
  decodeMessage,
  encodeMessage,
  StunAttr,
  StunMethod,
  xorAddressValue
} from '../src/probe/stun/index.js'

const HOST = '127.0.0.1'

export interface Fake {
  port: number
  /** Datagrams or connections received so far. */
  received(): number
  close(): Promise<void>
}

function closeUdp(socket: dgram.Socket): Promise<void> {
  return new Promise((resolve) => socket.close(() => resolve()))
}

async function bindUdp(port: number): Promise<dgram.Socket> {
  const socket = dgram.createSocket('udp4')
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject)
    socket.bind(port, HOST, () => {
      socket.off('error', reject)
      resolve()
    })
  })
  socket.on('error', () => undefined)
  return socket
}

/** A bound UDP socket that reads everything and answers nothing. */
export async function udpBlackHole(port: number): Promise<Fake> {
  const socket = await bindUdp(port)
  let count = 0
  socket.on('message', () => count++)
  return { port, received: () => count, close: () => closeUdp(socket) }
}

/** Answers every datagram with `reply(datagram)` (garbage, wrong IDs, ...); port 0 picks a free one. */
export async function udpResponder(
  port: number,
  reply: (datagram: Buffer, from: dgram.RemoteInfo) => Buffer[]
): Promise<Fake> {
  const socket = await bindUdp(port)
  let count = 0
  socket.on('message', (bytes, from) => {
    count++
    for (const answer of reply(bytes, from)) socket.send(answer, from.port, from.address)
  })
  return { port: socket.address().port, received: () => count, close: () => closeUdp(socket) }
}

export interface LossyProxy extends Fake {
  /** Datagrams dropped so far, both directions. */
  dropped(): number
}

/**
 * A UDP proxy on `port` that forwards to `targetPort` and drops each datagram, in either
 * direction, with probability `lossRate`. Every client gets its own upstream socket, so the
 * server sees one 5-tuple per client as it would without the proxy.
 */
export async function lossyUdpProxy(
  port: number,
  targetPort: number,
  lossRate: number
): Promise<LossyProxy> {
  const front = await bindUdp(port)
  const upstreams = new Map<string, dgram.Socket>()
  let forwarded = 0
  let dropped = 0
  const lose = (): boolean => {
    if (Math.random() < lossRate) {
      dropped++
      return true
    }
    return false
  }
  front.on('message', (bytes, from) => {
    const key = `${from.address}:${from.port}`
    let upstream = upstreams.get(key)
    if (!upstream) {
      upstream = dgram.createSocket('udp4')
      upstream.on('error', () => undefined)
      upstream.bind(0, HOST)
      upstream.on('message', (answer) => {
        if (!lose()) front.send(answer, from.port, from.address)
      })
      upstreams.set(key, upstream)
    }
    forwarded++
    if (!lose()) upstream.send(bytes, targetPort, HOST)
  })
  return {
    port,
    received: () => forwarded,
    dropped: () => dropped,
    close: async () => {
      await Promise.all([...upstreams.values()].map(closeUdp))
      await closeUdp(front)
    }
  }
}

/** Accepts TCP connections and never writes a byte; with `resetOnData`, resets on the first byte. */
export async function tcpStall(port: number, resetOnData = false): Promise<Fake> {
  const sockets = new Set<net.Socket>()
  let count = 0
  const server = net.createServer((socket) => {
    count++
    sockets.add(socket)
    socket.on('error', () => undefined)
    socket.on('close', () => sockets.delete(socket))
    if (resetOnData) socket.once('data', () => socket.resetAndDestroy())
  })
  await new Promise<void>((resolve) => server.listen(port, HOST, resolve))
  return {
    port,
    received: () => count,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

export interface HealthServer extends Fake {
  /** Authorization headers seen, in order. */
  authorizations: (string | undefined)[]
}

/** An HTTP server answering every GET with `respond(request)` -> [status, body]. */
export async function healthServer(
  port: number,
  respond: (request: http.IncomingMessage) => [number, string]
): Promise<HealthServer> {
  const authorizations: (string | undefined)[] = []
  const server = http.createServer((request, response) => {
    authorizations.push(request.headers.authorization)
    const [status, body] = respond(request)
    response.writeHead(status, { 'content-type': 'application/json' }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(port, HOST, resolve))
  return {
    port,
    authorizations,
    received: () => authorizations.length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

export interface StunFake extends Fake {
  /** Source ports of the Binding requests, one per new source, in the order they came. */
  sources(): number[]
}

/**
 * A Binding-only STUN server on a free port. `answers(index)` decides, per new source
 * address:port (numbered from 0 in the order they appear), whether that source gets answers.
 */
export async function stunBindingServer(
  answers: (sourceIndex: number) => boolean = () => true
): Promise<StunFake> {
  const seen = new Map<string, number>()
  const ports: number[] = []
  const fake = await udpResponder(0, (datagram, from) => {
    const decoded = decodeMessage(datagram)
    if (!decoded.ok || decoded.message.cls !== 'request') return []
    const key = `${from.address}:${from.port}`
    if (!seen.has(key)) {
      seen.set(key, seen.size)
      ports.push(from.port)
    }
    if (!answers(seen.get(key) ?? 0)) return []
    const transactionId = decoded.message.transactionId
    return [
      encodeMessage({
        method: StunMethod.Binding,
        cls: 'success',
        transactionId,
        attributes: [
          {
            type: StunAttr.XorMappedAddress,
            value: xorAddressValue({ address: from.address, port: from.port }, transactionId)
          }
        ]
      })
    ]
  })
  return { ...fake, sources: () => [...ports] }
}
