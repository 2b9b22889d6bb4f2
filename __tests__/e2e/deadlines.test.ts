/**
 * Every wait of the probe ends by its deadline (issue 12, item 1): the bundled action
 * (`command: probe`) and the bundled CLI against servers that never finish: slow HTTP headers, a
 * trickled body, a stalled TLS handshake (HTTPS and turns:), a stalled STUN over TCP, and a DNS
 * resolver that never answers (in a private mount namespace). Each run ends within
 * probe-timeout + 1 s.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { runAction } from '../../test/run-action.js'
import {
  silentResolver,
  silentTcp,
  slowHeaders,
  trickledBody,
  type SilentResolver,
  type SlowServer
} from '../../test/slow-servers.js'

const TIMEOUT_S = 3
const BOUND_MS = TIMEOUT_S * 1000 + 1000
/** A run that has not ended by then is killed: the old code waited for ever. */
const KILL_MS = 45_000
const CLI = path.resolve(import.meta.dirname, '../../dist/cli/index.js')

interface Case {
  name: string
  action: Record<string, string>
  cli: string[]
  dns?: boolean
}

interface Ended {
  ms: number
  code: number | null
  output: string
}

let servers: Record<'headers' | 'body' | 'silent', SlowServer>
let resolver: SilentResolver
const ended = new Map<string, Ended>()

function cases(): Case[] {
  const http = (port: number, scheme = 'http') => `${scheme}://127.0.0.1:${port}/health`
  const { headers, body, silent } = servers
  return [
    {
      name: 'HTTP headers that never end',
      action: { probe: 'http', 'health-url': http(headers.port) },
      cli: ['--http', http(headers.port)]
    },
    {
      name: 'a 200 whose body trickles',
      action: { probe: 'http', 'health-url': http(body.port) },
      cli: ['--http', http(body.port)]
    },
    {
      name: 'an HTTPS handshake that stalls',
      action: { probe: 'http', 'health-url': http(silent.port, 'https') },
      cli: ['--http', http(silent.port, 'https')]
    },
    {
      name: 'STUN over TCP that stalls',
      action: { probe: 'stun', 'probe-transports': 'tcp', 'probe-port': String(silent.port) },
      cli: [`turn:127.0.0.1:${silent.port}?transport=tcp`, '--check', 'stun']
    },
    {
      name: 'a turns: handshake that stalls',
      action: { probe: 'stun', 'probe-transports': 'tls', 'tls-ports': String(silent.port) },
      cli: [`turns:127.0.0.1:${silent.port}`, '--check', 'stun']
    },
    {
      name: 'a resolver that never answers (STUN host)',
      action: { probe: 'stun', 'probe-host': 'turn.stalled.test' },
      cli: ['stun:turn.stalled.test:3478'],
      dns: true
    },
    {
      name: 'a resolver that never answers (HTTP host)',
      action: { probe: 'http', 'health-url': 'http://health.stalled.test/health' },
      cli: ['--http', 'http://health.stalled.test/health'],
      dns: true
    }
  ]
}

function runCli(args: string[], launcher: string[]): Promise<Ended> {
  const started = performance.now()
  const [command, ...rest] = [...launcher, process.execPath, CLI, ...args]
  return new Promise((resolve, reject) => {
    const child = spawn(command, rest, { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_MS)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ ms: performance.now() - started, code, output })
    })
  })
}

async function runAll(list: Case[]): Promise<void> {
  const runs = list.flatMap((c) => {
    const launcher = c.dns ? resolver.launcher : []
    return [
      async () => {
        const run = await runAction({
          inputs: {
            command: 'probe',
            'probe-host': '127.0.0.1',
            'probe-timeout': `${TIMEOUT_S}s`,
            'probe-interval': '500ms',
            ...c.action
          },
          launcher,
          timeoutMs: KILL_MS
        })
        ended.set(`action: ${c.name}`, {
          ms: run.durationMs,
          code: run.exitCode,
          output: run.stdout
        })
      },
      async () => {
        const args = [...c.cli, '--timeout', `${TIMEOUT_S}s`, '--interval', '500ms']
        ended.set(`cli: ${c.name}`, await runCli(args, launcher))
      }
    ]
  })
  // Four at a time: fourteen node start-ups at once on a small machine would skew the clock.
  for (let i = 0; i < runs.length; i += 4) await Promise.all(runs.slice(i, i + 4).map((r) => r()))
}

beforeAll(async () => {
  servers = { headers: await slowHeaders(), body: await trickledBody(), silent: await silentTcp() }
  resolver = await silentResolver()
  await runAll(cases())
}, 240_000)

afterAll(async () => {
  await Promise.all([...Object.values(servers).map((s) => s.close()), resolver.close()])
})

describe.each(['action', 'cli'])('%s', (front) => {
  test.each([
    'HTTP headers that never end',
    'a 200 whose body trickles',
    'an HTTPS handshake that stalls',
    'STUN over TCP that stalls',
    'a turns: handshake that stalls',
    'a resolver that never answers (STUN host)',
    'a resolver that never answers (HTTP host)'
  ])(`%s: not ready, within probe-timeout + 1 s`, (name) => {
    const run = ended.get(`${front}: ${name}`)
    expect(run).toBeDefined()
    if (!run) return
    expect({ code: run.code, ms: run.ms > BOUND_MS ? run.ms : 'in time' }).toEqual({
      code: 1,
      ms: 'in time'
    })
    expect(run.output).toMatch(/Not ready after [34]\.\d s/)
  })
})
