/**
 * The fishjam check against the simulator's Fishjam 0.6.3 stand-in (issue 9):
 *  1. one full attempt split by stage (REST: delete + create room + add peer; WebSocket to
 *     offerData: open, auth, connect, renegotiateTracks; TURN: Allocate + Refresh on the per-peer
 *     port; clean-up: delete room), 30 runs after 5 warm-ups, against a reference measured in the
 *     same run: one authenticated GET /health on the same stand-in (the http check's request);
 *  2. the HTTP-to-UDP handover: the stand-in's per-peer ports stay silent until D ms after its
 *     first request; lag = readyAfterMs - D (an upper bound: the probe starts before that first
 *     request) must stay within one probe interval.
 * Build and run: bash bench/run.sh fishjam
 */
import { createSim } from '../test/fly-sim/harness.js'
import {
  deployFishjamStandIn,
  fishjamProbeOptions,
  fishjamRequest,
  type FishjamStandIn
} from '../test/fishjam.js'
import { newContext, type AttemptContext } from '../src/probe/attempt.js'
import { udpTurnServer } from '../src/probe/fishjam/media-events.js'
import { PeerSocket } from '../src/probe/fishjam/peer-socket.js'
import { FishjamApi } from '../src/probe/fishjam/rest.js'
import { peerSocketUrl, PROBE_ROOM_ID, PURGE_SECONDS } from '../src/probe/fishjam/check.js'
import { allocateOnPeerPort } from '../src/probe/fishjam/turn-step.js'
import { waitForReady, type ProbeOptions } from '../src/probe/index.js'

const TOKEN = 'bench-fishjam-token-0001'
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
const ms = (value: number): string => value.toFixed(1)

/** The check as the bench runs it: no relayed-address expectation, a 20 s budget. */
const optionsFor = (fj: FishjamStandIn, extra: Partial<ProbeOptions> = {}): ProbeOptions =>
  fishjamProbeOptions(fj, {
    expectedRelayIp: undefined,
    timeoutMs: 20_000,
    intervalMs: 2000,
    ...extra
  })

/** One attempt, stage by stage, with the check's own modules; durations in ms. */
async function stagedAttempt(fj: FishjamStandIn): Promise<Record<string, number>> {
  const options = optionsFor(fj)
  const deadline = Date.now() + 10_000
  const context: AttemptContext = newContext(options, deadline)
  const base = new URL(fj.url)
  const api = new FishjamApi({ base, token: TOKEN, tokenName: 'token', deadline })
  const t0 = performance.now()
  await api.deleteRoom(PROBE_ROOM_ID)
  await api.createRoom(PROBE_ROOM_ID, PURGE_SECONDS)
  const peer = await api.addPeer(PROBE_ROOM_ID)
  const t1 = performance.now()
  const socket = await PeerSocket.open(peerSocketUrl(base), { deadline })
  await socket.authenticate(peer.token)
  await socket.join(peer.id)
  const offer = udpTurnServer(await socket.offerData())
  const t2 = performance.now()
  const record = await allocateOnPeerPort(context, offer)
  if (record.outcome !== 'ok') throw new Error(`TURN stage: ${record.detail}`)
  const t3 = performance.now()
  await api.deleteRoom(PROBE_ROOM_ID)
  socket.close()
  const t4 = performance.now()
  return { rest: t1 - t0, websocket: t2 - t1, turn: t3 - t2, cleanup: t4 - t3, total: t4 - t0 }
}

async function health(fj: FishjamStandIn): Promise<number> {
  const started = performance.now()
  const answer = await fishjamRequest(`${fj.url}/health`, TOKEN)
  if (answer.status !== 200) throw new Error(`/health answered ${answer.status}`)
  return performance.now() - started
}

async function stages(fj: FishjamStandIn, lines: string[]): Promise<void> {
  for (let i = 0; i < 5; i++) await stagedAttempt(fj) // warm-up: JIT, first sockets
  const runs: Record<string, number>[] = []
  const reference: number[] = []
  // Interleaved, so that load on the machine hits both alike.
  for (let i = 0; i < 30; i++) {
    reference.push(await health(fj))
    runs.push(await stagedAttempt(fj))
  }
  const stage = (name: string): number => median(runs.map((r) => r[name]))
  const ref = median(reference)
  lines.push(
    '### One full attempt, by stage (30 runs, medians)',
    '',
    '| stage | median ms | share of the attempt | ratio to one GET /health |',
    '|---|---:|---:|---:|'
  )
  for (const name of ['rest', 'websocket', 'turn', 'cleanup', 'total']) {
    const value = stage(name)
    const share = name === 'total' ? '' : `${((100 * value) / stage('total')).toFixed(0)}%`
    lines.push(`| ${name} | ${ms(value)} | ${share} | ${(value / ref).toFixed(1)}x |`)
  }
  lines.push('', `Reference, same run: authenticated GET /health, median ${ms(ref)} ms.`, '')
}

async function handover(lines: string[]): Promise<void> {
  const sims: ReturnType<typeof createSim>[] = []
  lines.push(
    '### HTTP-to-UDP handover',
    '',
    '| UDP opens after (D) | interval (I) | attempts | ready after ms | lag = ready - D, ms | lag <= I |',
    '|---:|---:|---:|---:|---:|---|'
  )
  try {
    let n = 0
    for (const intervalMs of [500, 2000]) {
      for (const delayMs of [1000, 2600, 4500]) {
        const sim = createSim({ fishjamUdpDelayMs: delayMs })
        sims.push(sim)
        const late = await deployFishjamStandIn(sim, `fj-bench-${n++}`, TOKEN)
        const startedAt = Date.now()
        const report = await waitForReady(optionsFor(late, { intervalMs, startedAt }))
        if (!report.ok) throw new Error(`not ready: ${report.summary}`)
        const lag = (report.readyAfterMs ?? 0) - delayMs
        lines.push(
          `| ${delayMs} | ${intervalMs} | ${report.attempts} | ${report.readyAfterMs} | ${lag} | ${lag <= intervalMs ? 'yes' : '**no**'} |`
        )
      }
    }
  } finally {
    await Promise.all(sims.map((sim) => sim.stop()))
  }
  lines.push('')
}

async function main(): Promise<void> {
  const sim = createSim()
  const lines = [`## The fishjam check (issue 9): \`bench/fishjam.ts\``, '']
  try {
    const fj = await deployFishjamStandIn(sim, 'fj-bench', TOKEN)
    await stages(fj, lines)
  } finally {
    await sim.stop()
  }
  await handover(lines)
  process.stdout.write(`${lines.join('\n')}\n`)
}

await main()
