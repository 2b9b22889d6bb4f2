// The simulator's flyctl grammar, texts and JSON shapes, checked against reference/flyctl.md.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'

const TOKEN = { FLY_API_TOKEN: 'tok', FLY_ACCESS_TOKEN: undefined }

let sim: Sim
const fly = (argv: string[], env: Record<string, string | undefined> = TOKEN, input?: string) =>
  sim.run(argv, { env, input })

beforeAll(() => {
  sim = createSim({
    orgs: { personal: 'Jane Doe', acme: 'Acme Inc' },
    tokens: { valid: ['tok'], readOnly: ['ro'], deploy: ['deploy-tok'] },
    takenNames: ['someone-elses']
  })
})
afterAll(async () => {
  await sim.stop()
})

describe('session and grammar', () => {
  test('version needs no token; --json is one compact line', async () => {
    const [human, json] = await Promise.all([fly(['version'], {}), fly(['version', '--json'], {})])
    expect(human.stdout).toMatch(/^flyctl v0\.4\.87 linux\/amd64 Commit: [0-9a-f]{40} BuildDate: /)
    expect(json.stdout.trim().split('\n')).toHaveLength(1)
    expect(JSON.parse(json.stdout)).toMatchObject({
      Name: 'flyctl',
      Version: '0.4.87',
      OS: 'linux'
    })
  })

  test('no token, rejected token, token from -t', async () => {
    const [none, bad, flagToken] = await Promise.all([
      fly(['status', '--app', 'x'], { FLY_API_TOKEN: undefined, FLY_ACCESS_TOKEN: undefined }),
      fly(['ips', 'list', '-a', 'x', '--json'], {
        FLY_API_TOKEN: 'nope',
        FLY_ACCESS_TOKEN: undefined
      }),
      fly(['-t', 'tok', 'status', '--app', 'x'], {
        FLY_API_TOKEN: undefined,
        FLY_ACCESS_TOKEN: undefined
      })
    ])
    expect(none).toMatchObject({ code: 1 })
    expect(none.stderr).toBe(
      "Error: no access token available. Please login with 'flyctl auth login'\n"
    )
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(
      /^Error: You must be authenticated to view this\.\nThe token provided by FLY_API_TOKEN was rejected/
    )
    expect(flagToken.stderr).toContain('Could not find App "x"') // authenticated, then not found
  })

  test('unknown flags and --yes rules', async () => {
    const results = await Promise.all([
      fly(['deploy', '--json']),
      fly(['ips', 'allocate-v4', '--json', '-a', 'x']),
      fly(['secrets', 'import', '--json', '-a', 'x']),
      fly(['ips', 'allocate-v6', '--yes', '-a', 'x']),
      fly(['status', '-x'])
    ])
    expect(results.map((r) => r.code)).toEqual([1, 1, 1, 1, 1])
    expect(results.map((r) => r.stderr.split('\n').find((l) => l.startsWith('Error:')))).toEqual([
      'Error: unknown flag: --json',
      'Error: unknown flag: --json',
      'Error: unknown flag: --json',
      'Error: unknown flag: --yes',
      "Error: unknown shorthand flag: 'x' in -x"
    ])
    const unknownCommand = await fly(['frobnicate'])
    expect(unknownCommand.stderr).toBe('Error: unknown command "frobnicate" for "flyctl"\n')
    expect(unknownCommand.stdout).toBe("Run 'flyctl --help' for usage.\n")
  })
})

describe('apps, addresses and their JSON', () => {
  test('apps create: org rules, name taken, PascalCase JSON with 4-space indent', async () => {
    const [noOrg, unknownOrg, taken] = await Promise.all([
      fly(['apps', 'create', 'a1']),
      fly(['apps', 'create', 'a1', '--org', 'nosuch']),
      fly(['apps', 'create', 'someone-elses', '--org', 'acme'])
    ])
    expect(noOrg.stderr).toBe('Error: org slug must be specified when not running interactively\n')
    expect(unknownOrg.stderr).toBe('Error: organization nosuch not found\n')
    expect(taken.stderr).toContain('Error: Name has already been taken\n')
    const created = await fly(['apps', 'create', 'turn-a', '--org', 'acme', '--json'])
    expect(created.code).toBe(0)
    expect(created.stdout).toMatch(/^\{\n {4}"ID": "turn-a",\n {4}"InternalNumericID": 0,/)
    const app = JSON.parse(created.stdout) as Record<string, unknown>
    expect(Object.keys(app).slice(0, 8)).toEqual([
      'ID',
      'InternalNumericID',
      'Name',
      'State',
      'Status',
      'Deployed',
      'Hostname',
      'AppURL'
    ])
    expect(app).toMatchObject({
      Name: 'turn-a',
      Deployed: false,
      CurrentRelease: null,
      Organization: { Slug: 'acme', Name: 'Acme Inc' }
    })
    const list = await fly(['apps', 'list', '--json'])
    expect((JSON.parse(list.stdout) as { Name: string }[]).map((a) => a.Name)).toEqual(['turn-a'])
    const orgs = await fly(['orgs', 'list', '--json'])
    expect(orgs.stdout).toBe('{\n    "acme": "Acme Inc",\n    "personal": "Jane Doe"\n}\n')
  })

  test('missing app: GraphQL-backed commands say Could not find App, exit 1', async () => {
    const results = await Promise.all([
      fly(['status', '--app', 'ghost', '--json']),
      fly(['ips', 'list', '--app', 'ghost', '--json']),
      fly(['releases', '--app', 'ghost', '--json']),
      fly(['apps', 'destroy', 'ghost', '--yes']),
      fly(['secrets', 'import', '--app', 'ghost'], TOKEN, 'A=1\n')
    ])
    for (const r of results) {
      expect(r.code).toBe(1)
      expect(r.stderr).toContain('Could not find App "ghost"')
    }
    // fly-go wraps the raw, multi-line query text (fly-go:client.go:317, resource_apps.go:409-435)
    expect(results[0].stderr).toMatch(/^Error: failed to get app: failed to run \n\t\tquery \(/)
    // secrets import looks the app up before it reads stdin
    const importCall = sim.calls().find((c) => c.argv.join(' ') === 'secrets import --app ghost')
    expect(importCall).toMatchObject({ mutating: true, exitCode: 1, stdinBytes: 0 })
  })

  test('ips: allocate-v4 needs --yes; v4/v6/shared rows; release', async () => {
    await fly(['apps', 'create', 'ip-app', '--org', 'acme'])
    const noYes = await fly(['ips', 'allocate-v4', '-a', 'ip-app'])
    expect(noYes.stderr).toBe('Error: yes flag must be specified when not running interactively\n')
    const v4 = await fly(['ips', 'allocate-v4', '--yes', '-a', 'ip-app'])
    expect(v4.stdout).toContain(`${sim.ipv4Prefix}.`)
    expect(v4.stdout).toContain('public ingress (dedicated, $2/mo)')
    await fly(['ips', 'allocate-v6', '-a', 'ip-app'])
    await fly(['ips', 'allocate-v4', '--shared', '-a', 'ip-app'])
    const list = await fly(['ips', 'list', '-a', 'ip-app', '--json'])
    const rows = JSON.parse(list.stdout) as Record<string, unknown>[]
    expect(rows.map((r) => r.Type)).toEqual(['v4', 'v6', 'shared_v4'])
    expect(Object.keys(rows[0])).toEqual([
      'ID',
      'Address',
      'Type',
      'Region',
      'CreatedAt',
      'ServiceName',
      'Network'
    ])
    expect(rows[2]).toMatchObject({
      ID: '',
      Region: '',
      CreatedAt: '0001-01-01T00:00:00Z',
      Network: null
    })
    expect(rows[0].CreatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(String(rows[0].CreatedAt) < String(rows[1].CreatedAt)).toBe(true)
    const [bad, released] = await Promise.all([
      fly(['ips', 'release', 'not-an-ip', '-a', 'ip-app']),
      fly(['ips', 'release', String(rows[1].Address), '-a', 'ip-app'])
    ])
    expect(bad.stderr).toBe("Error: Invalid IP address: 'not-an-ip'\n")
    expect(released.stdout).toBe(`Released ${String(rows[1].Address)} from ip-app\n`)
    expect(sim.state().apps['ip-app'].ips.map((ip) => ip.type)).toEqual(['v4'])
  })

  test('two concurrent allocate-v4 runs both get an address, and they differ', async () => {
    await fly(['apps', 'create', 'race', '--org', 'acme'])
    const [a, b] = await Promise.all([
      fly(['ips', 'allocate-v4', '--yes', '-a', 'race']),
      fly(['ips', 'allocate-v4', '--yes', '-a', 'race'])
    ])
    expect([a.code, b.code]).toEqual([0, 0])
    const ips = sim.state().apps.race.ips
    expect(ips).toHaveLength(2)
    expect(new Set(ips.map((ip) => ip.address)).size).toBe(2)
    expect(ips[0].createdAt < ips[1].createdAt).toBe(true)
  })

  test('token scopes: read-only cannot mutate, deploy token cannot create apps', async () => {
    const [ro, roRead, deployCreate, deployRead] = await Promise.all([
      fly(['ips', 'allocate-v4', '--yes', '-a', 'ip-app'], { FLY_API_TOKEN: 'ro' }),
      fly(['ips', 'list', '-a', 'ip-app', '--json'], { FLY_API_TOKEN: 'ro' }),
      fly(['apps', 'create', 'new-one', '--org', 'acme'], { FLY_API_TOKEN: 'deploy-tok' }),
      fly(['status', '-a', 'ip-app', '--json'], { FLY_API_TOKEN: 'deploy-tok' })
    ])
    expect(ro).toMatchObject({ code: 1, stderr: 'Error: unauthorized\n' })
    expect(roRead.code).toBe(0)
    expect(deployCreate.code).toBe(1)
    expect(deployCreate.stderr).toMatch(/^Error: Not authorized to access this organization/)
    expect(deployRead.code).toBe(0)
  })

  test('apps destroy needs --yes, then removes the app', async () => {
    await fly(['apps', 'create', 'doomed', '--org', 'acme'])
    const noYes = await fly(['apps', 'destroy', 'doomed'])
    expect(noYes.stderr).toBe(
      'Destroying an app is not reversible.\nError: yes flag must be specified when not running interactively\n'
    )
    const done = await fly(['apps', 'destroy', 'doomed', '-y'])
    expect(done.stdout).toBe('Destroyed app doomed\n')
    expect(sim.state().apps.doomed).toBeUndefined()
  })

  test('call log: argv, mutating, exit code, times; never stdin content', () => {
    const calls = sim.calls()
    const create = calls.find((c) => c.argv.join(' ') === 'apps create turn-a --org acme --json')
    expect(create).toMatchObject({ mutating: true, exitCode: 0, stdinBytes: 0 })
    expect(create!.endedAt).toBeGreaterThanOrEqual(create!.startedAt)
    const list = calls.find((c) => c.argv[0] === 'orgs')
    expect(list).toMatchObject({ mutating: false, exitCode: 0 })
  })
})

describe('scale count', () => {
  // N is the total across the listed regions, converged round-robin from the first listed
  // region (fly-platform.md §3, flyctl internal/command/scale/count_machines.go:373-420).
  test('needs a release, prints the plan, needs --yes, counts machines across the regions', async () => {
    sim.seedApp('scaled', {
      org: 'acme',
      releases: ['coturn/coturn:4.6'],
      machines: 1,
      region: 'iad'
    })
    await fly(['apps', 'create', 'undeployed', '--org', 'acme'])
    const [noRelease, noYes] = await Promise.all([
      fly(['scale', 'count', '2', '--yes', '-a', 'undeployed']),
      fly(['scale', 'count', '2', '--region', 'iad,ams', '-a', 'scaled'])
    ])
    expect(noRelease.stderr).toContain('this app has no complete releases')
    expect(noYes.stdout).toContain(
      "  +1 machines for group 'app' on region 'iad' of size 'shared-cpu-1x'"
    )
    expect(noYes.stderr).toBe(
      'Error: --yes flag must be specified when not running interactively\n'
    )
    const done = await fly(['scale', 'count', '2', '--region', 'iad,ams', '--yes', '-a', 'scaled'])
    expect(done.code).toBe(0)
    const machines = JSON.parse(
      (await fly(['machine', 'list', '-a', 'scaled', '--json'])).stdout
    ) as {
      region: string
      config: { metadata: { fly_release_version: string } }
    }[]
    expect(machines.map((m) => m.region).sort()).toEqual(['iad', 'iad'])
    expect(new Set(machines.map((m) => m.config.metadata.fly_release_version))).toEqual(
      new Set(['1'])
    )
    await fly(['scale', 'count', '5', '--region', 'iad,ams', '--yes', '-a', 'scaled'])
    const five = JSON.parse((await fly(['machine', 'list', '-a', 'scaled', '--json'])).stdout) as {
      region: string
    }[]
    // From iad 2, ams 0: the 3 missing go iad, ams, iad.
    expect(five.map((m) => m.region).sort()).toEqual(['ams', 'iad', 'iad', 'iad', 'iad'])
    const down = await fly(['scale', 'count', '2', '--region', 'iad,ams', '--yes', '-a', 'scaled'])
    // Removal starts at the second listed region: ams, iad, (ams is empty), iad.
    expect(down.stdout).toContain("-1 machines for group 'app' on region 'ams'")
    expect(down.stdout).toContain("-2 machines for group 'app' on region 'iad'")
  })
})
