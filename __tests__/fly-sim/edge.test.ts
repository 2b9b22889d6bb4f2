/**
 * Fly's edge in the simulator (issue 11), each behaviour from fly-platform.md (ports 13490-13492
 * for the path's front):
 * §2 `handlers = ["tls"]` terminates TLS with the `*.fly.dev` certificate and forwards plain TCP
 * to internal_port; §1 the UDP path's field reports: alternating edges (thread 28121), the
 * five-minute cutoff (thread 24997), about 1300 bytes of UDP payload.
 */
import dgram from 'node:dgram'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'
import { startUdpPath, type UdpPathKnobs } from '../../test/fly-sim/bin/udp-path.js'
import { waitForReady, type ProbeOptions, type ProbeReport } from '../../src/probe/index.js'

const env = { FLY_API_TOKEN: 'tok' }
const TOML = (app: string, ipv4: string) => `app = "${app}"
primary_region = "iad"

[experimental]
cmd = ["--external-ip=${ipv4}", "--listening-ip=fly-global-services", "--listening-ip=0.0.0.0",
  "--relay-ip=fly-global-services", "--lt-cred-mech", "--user=u:p", "--realm=sim",
  "--min-port=50000", "--max-port=50009", "--no-tls", "--no-dtls", "--fingerprint"]

[[services]]
protocol = "udp"
internal_port = 3478
[[services.ports]]
port = 3478

[[services]]
protocol = "udp"
internal_port = 50000
[[services.ports]]
start_port = 50000
end_port = 50009

[[services]]
protocol = "tcp"
internal_port = 3478
[[services.ports]]
port = 3478
[[services.ports]]
port = 443
handlers = ["tls"]
tls_options = { alpn = ["stun.turn", "http/1.1"], versions = ["TLSv1.2", "TLSv1.3"] }
`

let sim: Sim
let dir: string

beforeAll(() => {
  sim = createSim()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fly-sim-edge-'))
})
afterAll(async () => {
  await sim.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** Creates and deploys a coturn app with a TLS port on 443; returns its address. */
async function deploy(app: string): Promise<string> {
  await sim.run(['apps', 'create', app, '--org', 'personal'], { env })
  await sim.run(['ips', 'allocate-v4', '--yes', '-a', app], { env })
  const address = sim.state().apps[app].ips[0].address
  const config = path.join(dir, `${app}.toml`)
  fs.writeFileSync(config, TOML(app, address))
  const run = await sim.run(
    ['deploy', '--config', config, '--image', 'coturn/coturn', '--ha=false'],
    {
      env
    }
  )
  expect(run.code).toBe(0)
  await logged(app, /tls edge 443 -> 3478 listening|cannot listen/)
  return address
}

/** Waits until the app's server log matches (the launcher starts after deploy returns). */
async function logged(app: string, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 5000
  for (;;) {
    const log = sim.serverLog(app)
    if (pattern.test(log) || Date.now() > deadline) return log
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

function probe(address: string, change: Partial<ProbeOptions>): Promise<ProbeReport> {
  return waitForReady({
    host: address,
    port: 3478,
    tlsPort: 443,
    transports: ['tls'],
    checks: ['stun', 'turn', 'relay'],
    credentials: { kind: 'long-term', username: 'u', password: 'p' },
    tls: { servername: 'edge-app.fly.dev', ca: fs.readFileSync(sim.caFile, 'utf8') },
    timeoutMs: 4000,
    intervalMs: 200,
    ...change
  })
}

function handshake(address: string, options: tls.ConnectionOptions): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: address, port: 443, ...options }, () => resolve(socket))
    socket.once('error', reject)
  })
}

describe('the TLS edge (handlers = ["tls"])', () => {
  let address: string
  beforeAll(async () => {
    address = await deploy('edge-app')
  }, 30_000)

  test('terminates TLS with the *.fly.dev certificate and forwards plain TCP to coturn', async () => {
    const report = await probe(address, {})
    expect(report.diagnostic).toBeUndefined()
    expect(report.ok).toBe(true)
    expect(report.tlsProtocol).toBe('TLSv1.3')
    // Behind Fly's proxy coturn sees the edge, not the runner (§2): the relay check permits the
    // address the server sees the peer's UDP come from as well.
    // The last attempt's records: an earlier one may have met coturn still starting behind the edge.
    const [stun, , relay] = report.timeline.filter((entry) => entry.attempt === report.attempts)
    expect(stun.detail).toBe(`mapped address ${address}:${/:(\d+)$/.exec(stun.detail ?? '')?.[1]}`)
    expect(relay.detail).toMatch(/^2 of 2 small and 2 of 2 media-sized/)
    expect(sim.serverLog('edge-app')).toMatch(
      /tls 443: TLSv1\.3, SNI edge-app\.fly\.dev, ALPN \(none\)/
    )
  })

  test('the certificate names *.fly.dev, never the address; ALPN stun.turn is offered', async () => {
    const ca = fs.readFileSync(sim.caFile)
    const socket = await handshake(address, {
      servername: 'other-app.fly.dev',
      ca,
      ALPNProtocols: ['stun.turn']
    })
    expect(socket.alpnProtocol).toBe('stun.turn')
    expect(socket.getPeerCertificate().subjectaltname).toBe('DNS:*.fly.dev, DNS:fly.dev')
    socket.destroy()
    await expect(
      handshake(address, {
        servername: 'edge-app.fly.dev',
        minVersion: 'TLSv1',
        maxVersion: 'TLSv1.1',
        ca
      })
    ).rejects.toThrow()
  })

  test('a handshake that names no host is refused', async () => {
    // Node sends no SNI for an address; the name check is skipped so the handshake completes.
    const socket = await handshake(address, {
      ca: fs.readFileSync(sim.caFile),
      checkServerIdentity: () => undefined
    })
    await new Promise((resolve) => socket.once('close', resolve))
    expect(await logged('edge-app', /SNI \(none\)/)).toMatch(/SNI \(none\)/)
  })

  test('broken forwarding: the handshake works, then the connection closes', async () => {
    sim.setEdge({ tlsForwarding: 'broken' })
    try {
      const broken = await deploy('edge-broken')
      const report = await probe(broken, {
        tls: { servername: 'edge-broken.fly.dev', ca: fs.readFileSync(sim.caFile, 'utf8') },
        timeoutMs: 800
      })
      expect(report.ok).toBe(false)
      expect(report.timeline[0]).toMatchObject({
        check: 'stun',
        transport: 'tls',
        outcome: 'closed'
      })
      expect(report.diagnostic).toContain('The TLS handshake worked but the connection closed')
    } finally {
      sim.setEdge({})
    }
  }, 30_000)
})

describe('the UDP path (udp-path.js)', () => {
  let echo: dgram.Socket
  let echoPort: number
  const sockets: dgram.Socket[] = []
  beforeAll(async () => {
    echo = dgram.createSocket('udp4')
    await new Promise<void>((resolve) => echo.bind(0, '127.0.0.1', resolve))
    echoPort = echo.address().port
    echo.on('message', (bytes, from) => echo.send(bytes, from.port, from.address))
  })
  afterAll(() => {
    echo.close()
  })
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close()
  })

  function startPath(port: number, knobs: UdpPathKnobs) {
    return startUdpPath({
      front: '127.0.0.1',
      upstream: '127.0.0.1',
      routes: [{ from: port, to: echoPort }],
      knobs
    })
  }

  /** Sends `size` bytes from a fresh socket to `port`; resolves whether they came back. */
  async function roundTrip(port: number, size = 20, socket?: dgram.Socket): Promise<boolean> {
    const s = socket ?? dgram.createSocket('udp4')
    if (!socket) {
      await new Promise<void>((resolve) => s.bind(0, '127.0.0.1', resolve))
      sockets.push(s)
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), 150)
      s.once('message', () => {
        clearTimeout(timer)
        resolve(true)
      })
      s.send(Buffer.alloc(size), port, '127.0.0.1')
    })
  }

  test('alternate: every second fresh source port reaches nothing', async () => {
    const p = await startPath(13490, { alternate: true })
    try {
      const results = []
      for (let i = 0; i < 6; i++) results.push(await roundTrip(13490))
      expect(results).toEqual([true, false, true, false, true, false])
      expect(p.stats()).toMatchObject({ flows: 6, droppedFlows: 3 })
    } finally {
      await p.close()
    }
  })

  test('stopAfterMs: a flow carries datagrams until then, nothing after; a new flow works', async () => {
    const p = await startPath(13491, { stopAfterMs: 300 })
    try {
      const held = dgram.createSocket('udp4')
      await new Promise<void>((resolve) => held.bind(0, '127.0.0.1', resolve))
      sockets.push(held)
      expect(await roundTrip(13491, 20, held)).toBe(true)
      await new Promise((resolve) => setTimeout(resolve, 350))
      expect(await roundTrip(13491, 20, held)).toBe(false)
      expect(await roundTrip(13491)).toBe(true)
      expect(p.stats().expiredFlows).toBe(1)
    } finally {
      await p.close()
    }
  })

  test('mtu: datagrams larger than the MTU vanish, smaller ones pass', async () => {
    const p = await startPath(13492, { mtu: 1100 })
    try {
      expect(await roundTrip(13492, 1100)).toBe(true)
      expect(await roundTrip(13492, 1200)).toBe(false)
      expect(p.stats().tooLarge).toBe(1)
    } finally {
      await p.close()
    }
  })

  test('deploy with a UDP knob puts coturn behind the path; TCP and TLS still reach it', async () => {
    sim.setEdge({ udp: { mtu: 1300 } })
    try {
      const address = await deploy('edge-behind')
      const server = sim.state().apps['edge-behind'].server
      expect(await logged('edge-behind', /starting turnserver/)).toMatch(/--listening-ip=127\.78\./)
      const report = await probe(address, {
        transports: ['udp', 'tcp', 'tls'],
        tls: { servername: 'edge-behind.fly.dev', ca: fs.readFileSync(sim.caFile, 'utf8') }
      })
      expect(report.diagnostic).toBeUndefined()
      expect(report.relayedAddress).toMatch(
        new RegExp(`^${address.replace(/\./g, '\\.')}:5000\\d$`)
      )
      expect(server?.address).toBe(address)
    } finally {
      sim.setEdge({})
    }
  }, 30_000)
})
