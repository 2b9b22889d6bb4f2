/**
 * The fishjam check against the simulator's Fishjam 0.6.3 stand-in (REST, peer WebSocket, a real
 * coturn per peer): the green path, a wrong token, UDP that never arrives, UDP that arrives late,
 * live peers on the server, and what a misconfigured FJ_HOST or FJ_WEBRTC_TURN_IP looks like.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import WebSocket from 'ws'
import { createSim, type Sim, type SimOptions } from '../../../test/fly-sim/harness.js'
import { isAlive } from '../../../test/fly-sim/bin/processes.js'
import {
  deployFishjamStandIn,
  fishjamProbeOptions,
  fishjamRequest,
  type FishjamStandIn
} from '../../../test/fishjam.js'
import { HANDOVER_TEXT } from '../../../src/probe/fishjam/turn-step.js'
import { encodeAuthRequest } from '../../../src/probe/fishjam/proto.js'
import { waitForReady } from '../../../src/probe/index.js'

const TOKEN = 'fishjam-check-token-0123'
const sims: Sim[] = []

async function standIn(
  app: string,
  simOptions: SimOptions = {},
  env: Record<string, string> = {}
): Promise<FishjamStandIn> {
  const sim = createSim(simOptions)
  sims.push(sim)
  return deployFishjamStandIn(sim, app, TOKEN, env)
}
afterAll(async () => {
  await Promise.all(sims.map((sim) => sim.stop()))
})

const options = fishjamProbeOptions

/** coturn PIDs the stand-in started for per-peer listeners, from its log. */
function listenerPids(fj: FishjamStandIn): number[] {
  return [...fj.log().matchAll(/coturn pid (\d+) on/g)].map((m) => Number(m[1]))
}

async function gone(pids: number[], withinMs = 3000): Promise<number[]> {
  const until = Date.now() + withinMs
  while (pids.some(isAlive) && Date.now() < until) await new Promise((r) => setTimeout(r, 25))
  return pids.filter(isAlive)
}

describe('a healthy Fishjam', () => {
  let fj: FishjamStandIn
  beforeAll(async () => {
    fj = await standIn('fj-green')
  })

  test('is ready after one attempt: signaling to offerData, then an Allocate on the per-peer port', async () => {
    const report = await waitForReady(
      options(fj, { checks: ['http', 'fishjam'], healthUrl: `${fj.url}/health` })
    )
    expect(report.ok).toBe(true)
    expect(report.attempts).toBe(1)
    const fishjam = report.timeline.filter((e) => e.check === 'fishjam')
    expect(fishjam.map((e) => [e.transport, e.stage, e.outcome])).toEqual([
      ['http', 'offerData', 'ok'],
      ['udp', 'TURN over UDP', 'ok']
    ])
    const port = /per-peer TURN port [\d.]+:(\d+)\/udp/.exec(fishjam[0].detail ?? '')?.[1]
    expect(Number(port)).toBeGreaterThanOrEqual(50000)
    expect(Number(port)).toBeLessThanOrEqual(50099) // the lower half of 50000-50199
    expect(report.relayedAddress?.split(':')[0]).toBe(fj.ipv4)
    expect(report.rttMs).toBe(fishjam[1].rttMs)

    const log = fj.log()
    expect(log).toMatch(/peer [0-9a-f-]{36} authenticated in room fly-webrtc-probe/)
    expect(log).toContain(`[turn :${port}]`)
    expect(log).toMatch(new RegExp(`\\[turn :${port}\\].*ALLOCATE processed, success`))
    expect(log).toMatch(new RegExp(`\\[turn :${port}\\].*REFRESH processed, success`))
    // Deleted on the way out, with its per-peer coturn.
    expect(await fj.rooms()).toEqual([])
    expect(listenerPids(fj)).toHaveLength(1)
    expect(await gone(listenerPids(fj))).toEqual([])
  })

  test('a wrong token fails fast at the HTTP API stage, naming the token (401), not a timeout', async () => {
    const started = Date.now()
    const report = await waitForReady(
      options(fj, { healthToken: 'wrong-token', timeoutMs: 30_000 })
    )
    expect(report.ok).toBe(false)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(report.summary).toContain('fishjam/http auth-failed at HTTP API')
    expect(report.summary).toContain('waiting will not fix it')
    expect(report.diagnostic).toContain('answered 401 Invalid token: check the health token')
    expect(report.diagnostic).toContain("must equal the server's FJ_SERVER_API_TOKEN")
    expect(report.diagnostic).not.toContain('wrong-token')
  })

  test('live peers: the check stops before the UDP step and says why, unless allowed', async () => {
    // A client of the customer's: its own room and a connected peer.
    await fishjamRequest(`${fj.url}/room`, TOKEN, 'POST', { roomId: 'customer' })
    const added = (await fishjamRequest(`${fj.url}/room/customer/peer`, TOKEN, 'POST', {
      type: 'webrtc'
    })) as { body: { data: { token: string } } }
    const socket = new WebSocket(`${fj.url.replace('http', 'ws')}/socket/peer/websocket`)
    await new Promise((resolve) => socket.once('open', resolve))
    socket.send(encodeAuthRequest(added.body.data.token))
    await new Promise((resolve) => socket.once('message', resolve))
    const allocations = (): number => fj.log().match(/ALLOCATE processed, success/g)?.length ?? 0
    const before = allocations()
    try {
      const refused = await waitForReady(options(fj))
      expect(refused.ok).toBe(false)
      expect(refused.attempts).toBe(1)
      expect(refused.summary).toContain(
        'fishjam/udp unsafe at TURN over UDP stops the check at once'
      )
      expect(refused.diagnostic).toContain("1 connected peer(s) that are not the probe's")
      expect(refused.diagnostic).toContain('fake_turn 0.4.2')
      expect(refused.diagnostic).toContain('the live-peers opt-in')
      expect(allocations()).toBe(before) // no Allocate reached any per-peer port
      const allowed = await waitForReady(options(fj, { fishjamAllowLivePeers: true }))
      expect(allowed.ok).toBe(true)
      expect((await fj.rooms()).map((room) => room.id)).toEqual(['customer'])
    } finally {
      socket.close()
      await fishjamRequest(`${fj.url}/room/customer`, TOKEN, 'DELETE')
    }
  })
})

describe('UDP that never arrives', () => {
  test('fails at the deadline naming the TURN over UDP stage, with the hints; no room is left', async () => {
    const fj = await standIn('fj-blocked', { fishjamUdpBlocked: true })
    const started = Date.now()
    const report = await waitForReady(options(fj, { timeoutMs: 3000 }))
    expect(report.ok).toBe(false)
    expect(Date.now() - started).toBeGreaterThanOrEqual(2900)
    expect(report.summary).toMatch(
      /^Not ready after 3\.\d s .*fishjam\/udp unreachable at TURN over UDP/
    )
    expect(report.diagnostic).toContain(`TURN over UDP: ${HANDOVER_TEXT} ${fj.ipv4}:`)
    expect(report.diagnostic).toContain('fly-global-services')
    expect(report.diagnostic).toContain('dedicated IPv4')
    expect(report.diagnostic).toContain('FJ_WEBRTC_TURN_PORT_RANGE')
    // Signaling passed every attempt; only the UDP stage failed.
    const signaling = report.timeline.filter((e) => e.check === 'fishjam' && e.transport === 'http')
    expect(signaling.every((e) => e.outcome === 'ok')).toBe(true)
    expect(fj.log()).toContain('UDP blocked: per-peer port')
    expect(await fj.rooms()).toEqual([])
  })
})

describe('UDP that arrives late', () => {
  test('ready only after the delay; the handover adds no more than one probe interval', async () => {
    const delayMs = 1500
    const intervalMs = 500
    const fj = await standIn('fj-late', { fishjamUdpDelayMs: delayMs })
    const startedAt = Date.now()
    const report = await waitForReady(options(fj, { intervalMs, startedAt }))
    expect(report.ok).toBe(true)
    // The gate opened delayMs after the stand-in's first request, which came after startedAt.
    const opened = /silent until UDP forwarding opens in (\d+) ms/.exec(fj.log())
    expect(opened).not.toBeNull()
    expect(report.readyAfterMs).toBeGreaterThanOrEqual(delayMs)
    const udp = report.timeline.filter((e) => e.transport === 'udp')
    expect(udp.at(-1)?.outcome).toBe('ok')
    expect(udp.slice(0, -1).every((e) => e.outcome === 'unreachable')).toBe(true)
    // UDP opened mid-attempt: the next Allocate retransmission (gaps capped at the interval)
    // finds it, so detection lags the opening by less than one interval.
    expect(report.readyAfterMs! - delayMs).toBeLessThanOrEqual(intervalMs)
  })
})

describe('misconfigured servers', () => {
  test('FJ_HOST unset: peer_websocket_url names 0.0.0.0, a warning names FJ_HOST', async () => {
    const fj = await standIn('fj-nohost', {}, { FJ_HOST: '' })
    const report = await waitForReady(options(fj))
    expect(report.ok).toBe(true)
    expect(report.warnings.join('\n')).toContain("'0.0.0.0:8080/socket/peer/websocket'")
    expect(report.warnings.join('\n')).toContain('FJ_HOST is wrong for real clients')
  })

  test('FJ_WEBRTC_TURN_IP not the public IPv4: fails at offerData before any UDP is sent', async () => {
    const fj = await standIn('fj-turnip', {}, { FJ_WEBRTC_TURN_IP: '127.0.0.1' })
    const report = await waitForReady(options(fj, { timeoutMs: 3000 }))
    expect(report.ok).toBe(false)
    expect(report.summary).toContain('fishjam/http wrong-relayed-address at offerData')
    expect(report.diagnostic).toContain(`expected the public IPv4 ${fj.ipv4} (FJ_WEBRTC_TURN_IP)`)
    expect(await fj.rooms()).toEqual([])
  })
})
