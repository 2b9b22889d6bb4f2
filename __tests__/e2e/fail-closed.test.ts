/**
 * Issue 12 items 2, 3, 5 and 6 through the bundled action: each bad input fails the run with an
 * error naming the input (or the secret), and the simulator's call log shows that nothing on Fly
 * was changed: no app created, no address bought, no secret staged, nothing deployed.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'
import { mutatingCalls, runWithSim } from '../../test/e2e.js'

let sim: Sim
let dir: string
const PUSH = { event: { name: 'push', payload: { ref: 'refs/heads/main' } } }
const COTURN = { app: 'turn-closed', preset: 'coturn', secrets: 'AUTH_SECRET=s3cret-value' }

beforeAll(() => {
  sim = createSim({ regions: ['zzz'] })
  dir = mkdtempSync(path.join(tmpdir(), 'fwd-closed-'))
  mkdirSync(path.join(dir, 'config-dir'))
  writeFileSync(
    path.join(dir, 'config-dir', 'fly.toml'),
    '[[services]]\nprotocol = "udp"\ninternal_port = 3478\n[[services.ports]]\nport = 3478\n'
  )
  writeFileSync(
    path.join(dir, 'bad-image.toml'),
    '[build]\nimage = "Coturn/Coturn:1"\n[[services]]\nprotocol = "udp"\ninternal_port = 3478\n[[services.ports]]\nport = 3478\n'
  )
  writeFileSync(
    path.join(dir, 'own-coturn.toml'),
    '[build]\nimage = "coturn/coturn:4.17.0-r0"\n[experimental]\ncmd = ["--listening-ip=fly-global-services", "--relay-ip=fly-global-services", "--external-ip={ipv4}", "--use-auth-secret", "--static-auth-secret=$MY_SECRET"]\n[[services]]\nprotocol = "udp"\ninternal_port = 3478\n[[services.ports]]\nport = 3478\n'
  )
  mkdirSync(path.join(dir, 'no-dockerfile'))
})
afterAll(async () => {
  await sim.stop()
  rmSync(dir, { recursive: true, force: true })
})

async function failsBeforeAnyChange(inputs: Record<string, string>, input: string) {
  const before = sim.calls().length
  const run = await runWithSim(sim, inputs, PUSH)
  expect(run.exitCode).not.toBe(0)
  expect(run.stdout).toMatch(new RegExp(`::error::Input '${input}'`))
  expect(mutatingCalls(sim)).toEqual([])
  return { run, reads: sim.calls().slice(before) }
}

describe('item 2: an empty secret the server needs', () => {
  test.each([
    ['AUTH_SECRET= (an unset repository secret)', 'AUTH_SECRET='],
    ['AUTH_SECRET of spaces', 'AUTH_SECRET="   "'],
    ['AUTH_SECRET of a tab and a line break', 'AUTH_SECRET="""\t\n"""']
  ])('%s', async (_name, secrets) => {
    const { run } = await failsBeforeAnyChange({ ...COTURN, secrets }, 'secrets')
    expect(run.stdout).toMatch(/AUTH_SECRET is empty or only whitespace/)
    expect(run.stdout).toMatch(/no secret of that name/)
    expect(run.stdout).not.toMatch(/turn-secret/)
  })

  test('the same with the probe on explicitly, and for command: probe', async () => {
    const extras: Record<string, string>[] = [
      { probe: 'turn, relay' },
      { command: 'probe', 'probe-host': '127.0.0.1' }
    ]
    for (const extra of extras) {
      const { run } = await failsBeforeAnyChange(
        { ...COTURN, secrets: 'AUTH_SECRET=', ...extra },
        'secrets'
      )
      expect(run.stdout).not.toMatch(/turn-secret/)
    }
  })

  test("fishjam's FJ_SERVER_API_TOKEN", async () => {
    const { run } = await failsBeforeAnyChange(
      { app: 'fj-closed', preset: 'fishjam', secrets: 'FJ_SERVER_API_TOKEN=  ' },
      'secrets'
    )
    expect(run.stdout).toMatch(/FJ_SERVER_API_TOKEN is empty/)
  })

  test("a user's own coturn command with an empty secret", async () => {
    await failsBeforeAnyChange(
      { app: 'own-closed', config: path.join(dir, 'own-coturn.toml'), secrets: 'MY_SECRET= ' },
      'secrets'
    )
  })
})

describe('item 3: a secret the coturn entrypoint would change', () => {
  test.each(['two  spaces*', 'tab\there', 'word *', 'ends with a space '])('%j', async (value) => {
    const { run } = await failsBeforeAnyChange(
      { ...COTURN, secrets: `AUTH_SECRET="${value}"` },
      'secrets'
    )
    expect(run.stdout).toMatch(/AUTH_SECRET would reach coturn changed/)
    expect(run.stdout).toMatch(/openssl rand -hex 32/)
  })

  test('a value that passes through unchanged is accepted (plan)', async () => {
    const run = await runWithSim(
      sim,
      {
        ...COTURN,
        command: 'plan',
        secrets: 'AUTH_SECRET="abc*[x]? then single spaces, $HOME and `id`"'
      },
      PUSH
    )
    expect(run.exitCode).toBe(0)
    expect(mutatingCalls(sim)).toEqual([])
  })
})

describe('item 5: an owned flag in deploy-args, in any spelling', () => {
  test.each([
    ['-ya other-app', 'app'],
    ['-a=other-app', 'app'],
    ['--app=other-app', 'app'],
    ['-yc other.toml', 'config'],
    ['-yinginx', 'image'],
    ['--ha=false', 'ha'],
    ['-yt FlyV1-other', 'api-token'],
    ['--memory 1gb', 'vm-memory'],
    ['-- other-dir', 'path'],
    ['--remote-only', 'passes it itself'],
    ['--build-only', 'deploys nothing']
  ])('%s', async (args, named) => {
    const { run } = await failsBeforeAnyChange({ ...COTURN, 'deploy-args': args }, 'deploy-args')
    expect(run.stdout).toContain(named)
  })

  test('an unknown flag, as flyctl would refuse it', async () => {
    const { run } = await failsBeforeAnyChange(
      { ...COTURN, 'deploy-args': '--no-cache --colour=never' },
      'deploy-args'
    )
    expect(run.stdout).toContain('unknown flag: --colour')
  })
})

describe('item 6: what is checkable before the first call', () => {
  test.each([
    ['an unknown placeholder in env', { env: 'TURN_HOST={hostnme}' }, 'env'],
    [
      '{ipv4} in env with ipv4: none',
      { preset: 'none', ipv4: 'none', env: 'IP={ipv4}', image: 'acme/x:1', probe: 'none' },
      'env'
    ],
    [
      'a probe transport the config does not expose',
      { 'probe-transports': 'udp, tls', 'tls-ports': 'none' },
      'probe-transports'
    ],
    ['a probe port the config does not expose', { 'probe-port': '3479' }, 'probe-port'],
    ['a host that is a number', { 'health-url': 'https://999.1.1.1/health' }, 'health-url'],
    ['a size flyctl does not know', { 'vm-size': 'shared-cpu-3x' }, 'vm-size'],
    ['memory Fly does not allocate', { 'vm-memory': '300mb' }, 'vm-memory'],
    ['too much memory for one shared CPU', { 'vm-memory': '4gb' }, 'vm-memory'],
    ['a CPU count Fly does not run', { 'vm-cpus': '3' }, 'vm-cpus'],
    ['performance CPUs with too little memory', { 'vm-cpu-kind': 'performance' }, 'vm-cpu-kind'],
    ['an image reference with uppercase', { image: 'Coturn/Coturn:4' }, 'image'],
    ['a bad [build] image in the config', { preset: 'none', config: 'bad-image.toml' }, 'config'],
    [
      'a build context that does not exist',
      { preset: 'none', 'udp-ports': '3478', path: '/nonexistent/ctx' },
      'path'
    ],
    [
      'a build context without a Dockerfile',
      { preset: 'none', 'udp-ports': '3478', path: 'no-dockerfile' },
      'path'
    ],
    ['a config directory without fly.toml', { preset: 'none', config: 'no-dockerfile' }, 'config']
  ])('%s', async (_name, inputs, input) => {
    const resolved = Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => [
        k,
        ['config', 'path'].includes(k) && !v.startsWith('/') ? path.join(dir, v) : v
      ])
    )
    const { reads } = await failsBeforeAnyChange({ ...COTURN, ...resolved }, input)
    expect(reads).toEqual([])
  })

  test('a region Fly does not run: one read of the catalogue, nothing changed', async () => {
    for (const [region, input] of [
      ['xyz', 'region'],
      ['sea', 'region']
    ]) {
      const { run, reads } = await failsBeforeAnyChange({ ...COTURN, region }, input)
      expect(run.stdout).toContain(`'${region}' is not a region where Fly runs new machines`)
      expect(reads.map((c) => c.argv.join(' '))).toEqual(['platform regions --json'])
    }
  })

  test('a region the catalogue has, though the action does not know it, is accepted', async () => {
    const run = await runWithSim(sim, { ...COTURN, command: 'plan', region: 'zzz' }, PUSH)
    expect(run.exitCode).toBe(0)
  })

  test('a config given as a directory is read as flyctl reads it (plan)', async () => {
    const run = await runWithSim(
      sim,
      {
        app: 'dir-config',
        command: 'plan',
        config: path.join(dir, 'config-dir'),
        image: 'acme/turn:1',
        probe: 'none'
      },
      PUSH
    )
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain('internal_port = 3478')
  })
})
