/**
 * Invalid inputs through the bundled action: each run fails, names the input, and the simulator's
 * call log shows that nothing on Fly was changed.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'
import { mutatingCalls, runWithSim } from '../../test/e2e.js'

let sim: Sim
const releaseCommandToml = path.join(tmpdir(), `fwd-release-command-${process.pid}.toml`)

beforeAll(() => {
  sim = createSim()
  writeFileSync(
    releaseCommandToml,
    'app = "turn"\n[deploy]\nrelease_command = "/app/bin/migrate"\n[[services]]\nprotocol = "udp"\ninternal_port = 3478\n[[services.ports]]\nport = 3478\n'
  )
})
afterAll(() => sim.stop())

const BASE = { app: 'turn-bad', preset: 'coturn', secrets: 'AUTH_SECRET=s3cret' }

const CASES: [string, Record<string, string>, string][] = [
  ['unknown command', { command: 'launch' }, 'command'],
  ['app name with underscores', { app: 'turn_server' }, 'app'],
  ['app name too long', { app: 'a'.repeat(64) }, 'app'],
  ['region not a code', { region: 'frankfurt' }, 'region'],
  ['unknown preset', { preset: 'janus' }, 'preset'],
  ['UDP port out of range', { 'udp-ports': '3478, 70000' }, 'udp-ports'],
  ['reversed TCP range', { 'tcp-ports': '3479-3478' }, 'tcp-ports'],
  ['HTTP port not a number', { 'http-port': 'http' }, 'http-port'],
  ['unknown ipv4 mode', { ipv4: 'anycast' }, 'ipv4'],
  ['shared IPv4 with UDP ports', { ipv4: 'shared', 'udp-ports': '3478, 50000-50099' }, 'ipv4'],
  ['boolean not true/false', { ha: 'yes' }, 'ha'],
  ['unknown strategy', { strategy: 'blue-green' }, 'strategy'],
  ['duration without unit', { 'wait-timeout': '300' }, 'wait-timeout'],
  ['deploy-args sets the app', { 'deploy-args': '--app production' }, 'deploy-args'],
  ['deploy-args with an open quote', { 'deploy-args': '--build-arg "A=b' }, 'deploy-args'],
  ['flyctl version not a version', { 'flyctl-version': 'newest' }, 'flyctl-version'],
  ['unknown probe check', { probe: 'ping' }, 'probe'],
  ['probe port zero', { 'probe-port': '0' }, 'probe-port'],
  ['unknown transport', { 'probe-transports': 'udp, dtls' }, 'probe-transports'],
  ['probe host with a scheme', { 'probe-host': 'turn://x.example' }, 'probe-host'],
  ['username without password', { 'turn-username': 'alice' }, 'turn-password'],
  ['health url not http', { 'health-url': 'ftp://x/health' }, 'health-url'],
  ['destroy on failure outside a preview', { 'on-failure': 'destroy' }, 'on-failure'],
  ['count, removed in favour of regions', { count: '2' }, 'count'],
  ['a region listed twice', { regions: 'fra, iad, fra' }, 'regions'],
  ['env line without =', { env: 'LOG_LEVEL' }, 'env'],
  ['malformed secrets line', { secrets: 'AUTH_SECRET=ok\nnot a pair' }, 'secrets'],
  // Without its secret in `secrets` the deploy may keep one stored on the app, but the probe
  // then needs its own copy (__tests__/e2e/stored-secrets.test.ts has the rest).
  ['coturn without its secret or turn-secret', { secrets: 'OTHER=1' }, 'turn-secret'],
  [
    'fishjam without its token or health-token',
    { preset: 'fishjam', secrets: 'X=1' },
    'health-token'
  ],
  ['no token at all', { 'api-token': '' }, 'api-token'],
  ['preview on a push event', { preview: 'true' }, 'preview'],
  ['config file missing', { preset: 'none', config: '/nonexistent/fly.toml' }, 'config'],
  [
    'fishjam check without a token',
    {
      preset: 'none',
      'udp-ports': '50000-50199',
      'http-port': '8080',
      probe: 'fishjam',
      'fishjam-url': 'http://{ipv4}:8080',
      secrets: ''
    },
    'health-token'
  ],
  [
    'fishjam check without a URL (no preset default)',
    { preset: 'none', 'udp-ports': '50000-50199', probe: 'fishjam', 'health-token': 'tok' },
    'fishjam-url'
  ],
  [
    'fishjam-url not http',
    { preset: 'fishjam', secrets: 'FJ_SERVER_API_TOKEN=x', 'fishjam-url': 'ws://{hostname}' },
    'fishjam-url'
  ],
  [
    'fishjam-url with a query',
    {
      preset: 'fishjam',
      secrets: 'FJ_SERVER_API_TOKEN=x',
      'fishjam-url': 'https://{hostname}/?a=1'
    },
    'fishjam-url'
  ],
  [
    'fishjam-url with an unknown placeholder',
    { preset: 'fishjam', secrets: 'FJ_SERVER_API_TOKEN=x', 'fishjam-url': 'https://{host}' },
    'fishjam-url'
  ],
  [
    'live-peers opt-in not a boolean',
    { preset: 'fishjam', secrets: 'FJ_SERVER_API_TOKEN=x', 'fishjam-allow-live-peers': 'yes' },
    'fishjam-allow-live-peers'
  ],
  [
    'probe turn without credentials',
    { preset: 'none', 'udp-ports': '3478', probe: 'turn', secrets: '' },
    'turn-secret'
  ]
]

test.each(CASES)('%s: fails before any change, naming %s', async (_name, inputs, input) => {
  const before = sim.calls().length
  const run = await runWithSim(
    sim,
    { ...BASE, ...inputs },
    { event: { name: 'push', payload: { ref: 'refs/heads/main' } } }
  )
  expect(run.exitCode).not.toBe(0)
  expect(run.stdout).toMatch(new RegExp(`::error::.*Input '${input}'`))
  expect(mutatingCalls(sim).slice(0)).toEqual([])
  expect(sim.calls().length - before).toBe(0)
})

test('a fatal lint stops the run before any change, naming the key and the fix', async () => {
  const run = await runWithSim(sim, { app: 'turn-lint', config: releaseCommandToml })
  expect(run.exitCode).not.toBe(0)
  expect(run.stdout).toMatch(/release_command/)
  expect(mutatingCalls(sim)).toEqual([])
})
