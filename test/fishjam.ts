/**
 * A Fishjam stand-in deployed through the simulator's flyctl (test/fly-sim/bin/fishjam.js), for
 * tests and the bench that talk to it directly: an app with a dedicated IPv4, the env the fishjam
 * preset renders, the API token as a secret, and helpers to read its rooms and its log.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ProbeOptions } from '../src/probe/index.js'
import type { Sim } from './fly-sim/harness.js'

export const FISHJAM_IMAGE = 'ghcr.io/fishjam-dev/fishjam:0.6.3'
export const FISHJAM_PORT = 8080

export interface FishjamStandIn {
  app: string
  ipv4: string
  /** http://<ipv4>:8080 */
  url: string
  token: string
  /** GET /room: every room with its peers. */
  rooms(): Promise<{ id: string; peers: { id: string; status: string }[] }[]>
  log(): string
}

/** GET/POST/DELETE with the bearer token; resolves with status and parsed body (or text). */
export function fishjamRequest(
  url: string,
  token: string,
  method = 'GET',
  json?: unknown
): Promise<{ status: number; body: unknown }> {
  const body = json === undefined ? undefined : JSON.stringify(json)
  const headers: Record<string, string> = { authorization: `Bearer ${token}` }
  if (body) headers['content-type'] = 'application/json'
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers }, (response) => {
      let text = ''
      response.on('data', (chunk: Buffer) => (text += chunk.toString()))
      response.on('end', () => {
        let parsed: unknown = text
        try {
          parsed = JSON.parse(text)
        } catch {
          // not JSON (204 has no body)
        }
        resolve({ status: response.statusCode ?? 0, body: parsed })
      })
    })
    request.on('error', reject)
    request.end(body)
  })
}

/** Resolves once something accepts TCP connections on address:port (no HTTP request is made). */
async function portOpen(address: string, port: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: address, port }, () => {
        socket.destroy()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (open) return true
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return false
}

/**
 * Deploys the stand-in and waits until its port accepts connections, without an HTTP request: the
 * stand-in's UDP delay (SimOptions.fishjamUdpDelayMs) counts from the first request, which is
 * then the caller's. `env` overrides (or with '' unsets) FJ_* variables.
 */
export async function deployFishjamStandIn(
  sim: Sim,
  app: string,
  token: string,
  env: Record<string, string> = {}
): Promise<FishjamStandIn> {
  const seeded = sim.seedApp(app, { dedicatedIpv4: 1, secrets: { FJ_SERVER_API_TOKEN: token } })
  const ipv4 = seeded.ips.find((ip) => ip.type === 'v4')?.address ?? ''
  const fjEnv: Record<string, string> = {
    FJ_HOST: `${app}.fly.dev`,
    FJ_PORT: String(FISHJAM_PORT),
    FJ_WEBRTC_USED: 'true',
    FJ_WEBRTC_TURN_IP: ipv4,
    FJ_WEBRTC_TURN_LISTEN_IP: 'fly-global-services',
    FJ_WEBRTC_TURN_PORT_RANGE: '50000-50199',
    ...env
  }
  const toml = [
    `app = "${app}"`,
    '[env]',
    // An empty value leaves the variable unset, as if the config did not name it.
    ...Object.entries(fjEnv)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `${k} = "${v}"`),
    '[http_service]',
    `internal_port = ${FISHJAM_PORT}`
  ].join('\n')
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'fj-')), 'fly.toml')
  writeFileSync(file, `${toml}\n`)
  const deployed = await sim.run(['deploy', '-c', file, '-i', FISHJAM_IMAGE], {
    env: { FLY_API_TOKEN: 'sim-token' }
  })
  if (deployed.code !== 0) throw new Error(`deploy failed: ${deployed.stderr}`)
  const url = `http://${ipv4}:${FISHJAM_PORT}`
  if (!(await portOpen(ipv4, FISHJAM_PORT, 10_000))) {
    throw new Error(`the stand-in did not start:\n${sim.serverLog(app)}`)
  }
  return {
    app,
    ipv4,
    url,
    token,
    rooms: async () => ((await fishjamRequest(`${url}/room`, token)).body as { data: never }).data,
    log: () => sim.serverLog(app)
  }
}

/** Probe options for the fishjam check against a stand-in (10 s budget, 200 ms interval). */
export function fishjamProbeOptions(
  fj: FishjamStandIn,
  extra: Partial<ProbeOptions> = {}
): ProbeOptions {
  return {
    host: fj.ipv4,
    port: 3478,
    transports: ['udp'],
    checks: ['fishjam'],
    fishjamUrl: fj.url,
    healthToken: fj.token,
    expectedRelayIp: fj.ipv4,
    timeoutMs: 10_000,
    intervalMs: 200,
    ...extra
  }
}
