/**
 * The fishjam preset through the bundled action against the simulator's Fishjam stand-in: green
 * only when a peer's Allocate reaches its per-peer UDP port; late UDP, blocked UDP and a wrong
 * token; nothing left behind on the server, and no token or offered TURN password exposed.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createSim, type Sim, type SimOptions } from '../../test/fly-sim/harness.js'
import { isAlive } from '../../test/fly-sim/bin/processes.js'
import { exposedText, offeredTurnPasswords, runWithSim } from '../../test/e2e.js'
import { fishjamRequest } from '../../test/fishjam.js'
import { FakeGitHub } from '../../test/github-api.js'
import type { ActionRun } from '../../test/run-action.js'

const TOKEN = 'fishjam-e2e-api-token-7f3a'
const sims: Sim[] = []
afterAll(async () => {
  await Promise.all(sims.map((sim) => sim.stop()))
})

/** A first deploy of the preset; *.fly.dev does not resolve here, so the URLs name the address. */
async function deploy(
  app: string,
  simOptions: SimOptions,
  inputs: Record<string, string> = {},
  runOptions: Parameters<typeof runWithSim>[2] = {}
): Promise<{ sim: Sim; run: ActionRun }> {
  const sim = createSim(simOptions)
  sims.push(sim)
  const run = await runWithSim(
    sim,
    {
      app,
      preset: 'fishjam',
      secrets: `FJ_SERVER_API_TOKEN=${TOKEN}`,
      'health-url': 'http://{ipv4}:8080/health',
      'fishjam-url': 'http://{ipv4}:8080',
      'probe-timeout': '20s',
      ...inputs
    },
    runOptions
  )
  return { sim, run }
}

async function roomsOf(run: ActionRun): Promise<unknown> {
  const answer = await fishjamRequest(`http://${run.outputs.ipv4}:8080/room`, TOKEN)
  return (answer.body as { data: unknown }).data
}

/** The bars of one section of the summary's Mermaid timeline: [label, start ms, end ms]. */
function bars(summary: string, section: string): [string, number, number][] {
  const block = summary.split(`section ${section}\n`)[1]?.split(/\n\s*(section|```)/)[0] ?? ''
  return [...block.matchAll(/^\s*(.+?) :\w+, (\d+), (\d+)$/gm)].map((m) => [
    m[1],
    Number(m[2]),
    Number(m[3])
  ])
}

describe('a healthy deploy', () => {
  let sim: Sim
  let run: ActionRun
  test('is green once the probe peer authenticated and Allocated on its per-peer port', async () => {
    ;({ sim, run } = await deploy('fj-e2e-green', {}))
    expect(run.exitCode === 0 ? 0 : run.stdout).toBe(0)
    expect(run.summary).toContain('fj-e2e-green is ready')
    expect(run.summary).toContain('fishjam: a WebRTC peer via http://')
    const log = sim.serverLog('fj-e2e-green')
    expect(log).toMatch(/peer [0-9a-f-]{36} authenticated in room fly-webrtc-probe/)
    const port = /offerData sent to peer [0-9a-f-]{36}: per-peer port (\d+)/.exec(log)?.[1]
    expect(log).toMatch(new RegExp(`\\[turn :${port}\\].*ALLOCATE processed, success`))
    expect(Number(run.outputs['probe-rtt-ms'])).toBeGreaterThan(0)
  }, 60_000)

  test('leaves no room and no per-peer coturn behind', async () => {
    expect(await roomsOf(run)).toEqual([])
    const pids = [...sim.serverLog('fj-e2e-green').matchAll(/coturn pid (\d+) on/g)].map((m) =>
      Number(m[1])
    )
    expect(pids.length).toBeGreaterThan(0)
    const until = Date.now() + 3000
    while (pids.some(isAlive) && Date.now() < until) await new Promise((r) => setTimeout(r, 25))
    expect(pids.filter(isAlive)).toEqual([])
  })

  test('neither the token nor an offered TURN password shows in logs, outputs or summary', () => {
    const offered = offeredTurnPasswords(sim)
    expect(offered.length).toBeGreaterThan(0)
    const exposed = exposedText(run, sim)
    for (const secret of [TOKEN, ...offered]) expect(exposed).not.toContain(secret)
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
  })
})

test('late UDP: ready only after the delay, though /health answered at once', async () => {
  const { sim, run } = await deploy('fj-e2e-late', { fishjamUdpDelayMs: 3000 })
  expect(run.exitCode === 0 ? 0 : run.stdout).toBe(0)
  expect(Number(run.outputs['ready-after-seconds'])).toBeGreaterThanOrEqual(3)
  // The timeline: HTTP green as soon as the stand-in answers, the UDP stage red until the
  // forwarding opens 3 s after the first request reached the app. The stand-in may still be
  // starting when the probe begins (an early 'refused' is fine; under load it can take seconds),
  // so the handover is measured from HTTP's first success, not from the deploy. Bars start when
  // their attempt starts, and an attempt's Allocate may succeed late in it: the UDP passes end at
  // least 3 s after HTTP's first success.
  const [httpOk] = bars(run.summary, 'http http').filter(([label]) => label.startsWith('ok '))
  const udp = bars(run.summary, 'fishjam udp')
  expect(udp[0][0]).toMatch(/^unreachable at TURN over UDP \(attempts? \d/)
  const udpOk = udp.at(-1)
  expect(udpOk?.[0]).toMatch(/^ok /)
  expect(httpOk[1]).toBeLessThan(udp[0][2])
  expect((udpOk?.[2] ?? 0) - httpOk[1]).toBeGreaterThanOrEqual(2900)
  expect(sim.serverLog('fj-e2e-late')).toContain('silent until UDP forwarding opens')
}, 60_000)

test('blocked UDP: fails at probe-timeout naming the TURN over UDP stage; no room is left', async () => {
  const { run } = await deploy(
    'fj-e2e-blocked',
    { fishjamUdpBlocked: true },
    {
      'probe-timeout': '4s'
    }
  )
  expect(run.exitCode).not.toBe(0)
  expect(run.stdout).toContain('fishjam/udp unreachable at TURN over UDP')
  expect(run.stdout).toContain('HTTP up, UDP not reaching the per-peer TURN port')
  expect(run.summary).toContain('fishjam/udp unreachable at TURN over UDP')
  expect(run.summary).toContain('fly-global-services')
  expect(run.summary).toMatch(/Not ready after [45]\.\d s/)
  expect(await roomsOf(run)).toEqual([])
}, 60_000)

test('a wrong token fails fast naming health-token (401), not at the timeout', async () => {
  const { run } = await deploy(
    'fj-e2e-token',
    {},
    {
      'health-token': 'not-the-token-1234',
      'probe-timeout': '60s'
    }
  )
  expect(run.exitCode).not.toBe(0)
  expect(run.stdout).toContain('401 Invalid token: check health-token')
  expect(run.stdout).toContain('waiting will not fix it')
  expect(run.durationMs).toBeLessThan(30_000)
}, 60_000)

test('a pull-request preview: the comment shows the result, never the token or an offered TURN password', async () => {
  const github = await new FakeGitHub().start()
  try {
    const event = path.resolve(import.meta.dirname, '../fixtures/events/pull_request.opened.json')
    // runWithSim scans the comment too (test/e2e.ts) and throws on any form of either secret.
    const { sim, run } = await deploy(
      'fj-e2e',
      {},
      { preview: 'true', 'github-token': 'ghs_test' },
      {
        event: {
          name: 'pull_request',
          payload: JSON.parse(readFileSync(event, 'utf8')) as unknown
        },
        env: { GITHUB_API_URL: github.url },
        github
      }
    )
    expect(run.exitCode === 0 ? 0 : run.stdout).toBe(0)
    expect(offeredTurnPasswords(sim).length).toBeGreaterThan(0)
    const comment = [...github.comments.values()].flat()[0]?.body ?? ''
    expect(comment).toContain('fj-e2e-pr-12')
    for (const secret of [TOKEN, ...offeredTurnPasswords(sim)])
      expect(comment).not.toContain(secret)
  } finally {
    await github.close()
  }
}, 60_000)
