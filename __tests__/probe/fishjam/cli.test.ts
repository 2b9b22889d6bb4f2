/** `fly-webrtc-probe fishjam <url> --token ...`, in-process, against the simulator's stand-in. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createSim, type Sim } from '../../../test/fly-sim/harness.js'
import { deployFishjamStandIn, type FishjamStandIn } from '../../../test/fishjam.js'
import { USAGE } from '../../../src/probe/cli.js'
import { cli } from '../../../test/cli.js'

const TOKEN = 'fishjam-cli-token-4242'
let sim: Sim
let fj: FishjamStandIn

beforeAll(async () => {
  sim = createSim()
  fj = await deployFishjamStandIn(sim, 'fj-cli', TOKEN)
})
afterAll(() => sim.stop())

describe('fly-webrtc-probe fishjam', () => {
  test('human output: the attempt, the verdict and the relayed address; exit 0', async () => {
    const run = await cli(['fishjam', fj.url, '--token', TOKEN, '--timeout', '10s'])
    expect(run.status).toBe(0)
    expect(run.out).toMatch(
      /^Attempt 1 at \+[\d.]+ s: fishjam\/http ok, fishjam\/udp ok \([\d.]+ ms\)/
    )
    expect(run.out).toMatch(/^Ready after [\d.]+ s \(attempt 1\): fishjam passed; RTT [\d.]+ ms/m)
    expect(run.out).toContain(`relayed address: ${fj.ipv4}:`)
    expect(`${run.out}${run.err}`).not.toContain(TOKEN)
  })

  test('--json with the token from FISHJAM_TOKEN and --http: the report with both stages', async () => {
    const run = await cli(['fishjam', fj.url, '--http', `${fj.url}/health`, '--json'], {
      FISHJAM_TOKEN: TOKEN
    })
    expect(run.status).toBe(0)
    const report = JSON.parse(run.out) as {
      ok: boolean
      timeline: { check: string; transport: string; stage?: string; outcome: string }[]
    }
    expect(report.ok).toBe(true)
    expect(report.timeline.map((e) => [e.check, e.transport, e.stage ?? '-', e.outcome])).toEqual([
      ['http', 'http', '-', 'ok'],
      ['fishjam', 'http', 'offerData', 'ok'],
      ['fishjam', 'udp', 'TURN over UDP', 'ok']
    ])
  })

  test('a wrong token: not ready, exit 1, the diagnostic names --token', async () => {
    const run = await cli(['fishjam', fj.url, '--token', 'nope-nope', '--timeout', '20s'])
    expect(run.status).toBe(1)
    expect(run.out).toContain('fishjam/http auth-failed at HTTP API')
    expect(run.err).toContain('answered 401 Invalid token: check --token (or FISHJAM_TOKEN)')
  })

  test.each([
    [['fishjam', 'https://fj.example.com'], '--token (or FISHJAM_TOKEN): is needed'],
    [['fishjam', '--token', 'x'], '<url>: is missing'],
    [
      ['fishjam', 'fj.example.com', '--token', 'x'],
      "<url>: 'fj.example.com' is not an http(s) URL"
    ],
    [['fishjam', 'https://a.example', 'https://b.example', '--token', 'x'], 'name one Fishjam URL']
  ])('bad usage %j: exit 2, naming what to fix', async (argv, message) => {
    const run = await cli(argv)
    expect(run.status).toBe(2)
    expect(run.err).toContain(message)
  })

  test('--help explains the fishjam command and its side effects', () => {
    expect(USAGE).toContain('fly-webrtc-probe fishjam <url> --token TOKEN')
    expect(USAGE).toContain("'fly-webrtc-probe'")
    expect(USAGE).toContain('--allow-live-peers')
  })
})
