/**
 * A user's own fly.toml, deployed by the bundled action against the simulator the way real
 * flyctl reads it (issue 8 items 1 and 2; fly-platform.md §3): [processes] with `preset:
 * coturn`, and a file in a subdirectory that builds from its own `Dockerfile.turn` and ships a
 * [[files]] entry from beside it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'smol-toml'
import { callLines, runWithSim } from '../../test/e2e.js'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'
import type { ActionRun } from '../../test/run-action.js'

const SECRET = 'user-config-secret-0123'
const COTURN_FLAGS = [
  '--log-file=stdout',
  '--no-cli',
  '--no-tls',
  '--no-dtls',
  '--listening-port=3478',
  '--listening-ip=fly-global-services',
  '--listening-ip=0.0.0.0',
  '--relay-ip=fly-global-services',
  '--external-ip={ipv4}',
  '--min-port=50000',
  '--max-port=50099',
  '--realm={hostname}',
  '--use-auth-secret',
  '--static-auth-secret=$AUTH_SECRET',
  '--fingerprint'
]

function workspaceWith(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'fwd-user-config-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), text)
  }
  return root
}

const rendered = (run: ActionRun) => parse(readFileSync(run.outputs.config, 'utf8'))

describe('a user fly.toml with [processes] and preset: coturn', () => {
  let sim: Sim
  let run: ActionRun

  beforeAll(async () => {
    sim = createSim()
    const workspace = workspaceWith({
      'deploy/fly.toml': `app = "theirs"\n[processes]\nturn = "${COTURN_FLAGS.join(' ')}"\n`
    })
    run = await runWithSim(
      sim,
      {
        app: 'turn-procs',
        preset: 'coturn',
        config: 'deploy/fly.toml',
        secrets: `AUTH_SECRET=${SECRET}`,
        'probe-timeout': '20s'
      },
      { workspace }
    )
  }, 90_000)
  afterAll(() => sim.stop())

  test('deploys and probes green', () => {
    expect(run.exitCode === 0 ? 0 : run.stdout).toBe(0)
    expect(run.summary).toContain('turn-procs is ready')
  })

  test('every service runs on the group that runs coturn, as flyctl requires', () => {
    const services = (rendered(run) as { services: { processes?: string[] }[] }).services
    expect(services.length).toBeGreaterThan(0)
    for (const service of services) expect(service.processes).toEqual(['turn'])
    expect(sim.state().apps['turn-procs'].machines.map((m) => m.group)).toEqual(['turn'])
  })
})

describe('a user fly.toml in a subdirectory that builds from its own Dockerfile.turn', () => {
  let sim: Sim
  let run: ActionRun
  let workspace: string

  beforeAll(async () => {
    sim = createSim()
    workspace = workspaceWith({
      'turn/Dockerfile.turn': 'FROM coturn/coturn:4.6.1\n',
      'turn/note.txt': 'shipped with [[files]]\n',
      'turn/fly.toml': `app = "theirs"
[build]
dockerfile = "Dockerfile.turn"

[experimental]
cmd = ${JSON.stringify(COTURN_FLAGS)}

[[files]]
guest_path = "/etc/turn-note"
local_path = "note.txt"
`
    })
    run = await runWithSim(
      sim,
      {
        app: 'turn-subdir',
        config: 'turn/fly.toml',
        path: 'turn',
        'udp-ports': '3478, 50000-50099',
        'tcp-ports': '3478',
        secrets: `AUTH_SECRET=${SECRET}`,
        probe: 'stun, turn, relay',
        'turn-secret': SECRET,
        'probe-timeout': '20s'
      },
      { workspace }
    )
  }, 90_000)
  afterAll(() => sim.stop())

  test('builds remotely from the workspace and probes green', () => {
    expect(run.exitCode === 0 ? 0 : run.stdout).toBe(0)
    const deploy = callLines(sim).find((line) => line.startsWith('deploy '))
    expect(deploy).toMatch(
      new RegExp(
        `^deploy ${path.join(workspace, 'turn')} --config \\S+ --app turn-subdir --remote-only`
      )
    )
    expect(run.outputs.image).toMatch(/^registry\.fly\.io\/turn-subdir:deployment-/)
    expect(sim.serverLog('turn-subdir')).toContain('--listening-port=3478')
  })

  test('the rendered file names the Dockerfile relative to itself, where flyctl joins it', () => {
    const build = (rendered(run) as { build: { dockerfile: string } }).build
    expect(path.isAbsolute(build.dockerfile)).toBe(false)
    expect(path.join(path.dirname(run.outputs.config), build.dockerfile)).toBe(
      path.join(workspace, 'turn', 'Dockerfile.turn')
    )
  })

  test('[[files]] local_path is absolute: flyctl reads it from its own working directory', () => {
    const files = (rendered(run) as { files: { local_path: string }[] }).files
    expect(files[0].local_path).toBe(path.join(workspace, 'turn', 'note.txt'))
  })
})
