/**
 * What real flyctl (v0.4.87, ad0172f) does with a fly.toml, where our notes were wrong
 * (shared/reference/fly-platform.md §3): [processes], [build] dockerfile, [[files]] local_path,
 * a ./fly.toml in the working directory, and which addresses a first deploy provisions. Each test
 * cites the flyctl source it imitates.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'

const env = { FLY_API_TOKEN: 'tok' }
let sim: Sim
let dir: string

function write(relative: string, text: string): string {
  const file = path.join(dir, relative)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
  return file
}

async function createApp(name: string): Promise<void> {
  expect((await sim.run(['apps', 'create', name, '--org', 'personal'], { env })).code).toBe(0)
}

beforeAll(() => {
  sim = createSim()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fly-sim-config-'))
})
afterAll(async () => {
  await sim.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

const udpService = (processes = '') => `
[[services]]
protocol = "udp"
internal_port = 3478
${processes}
[[services.ports]]
port = 3478
`

describe('[processes]', () => {
  // flyctl:internal/appconfig/validation.go:149-175 (validateServicesSection) and :25-63
  // (Validate's verdict); deploy prints it at internal/command/deploy/deploy.go:755-762.
  test('a service without `processes` in an app with [processes] fails validation', async () => {
    await createApp('procs-bad')
    const config = write(
      'procs-bad.toml',
      `app = "procs-bad"\n[processes]\nturn = "turnserver -n"\n${udpService()}`
    )
    const r = await sim.run(['deploy', '-c', config, '-i', 'coturn/coturn:4.6.1'], { env })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      `Validating ${config}\nService has no processes set but app has 1 processes defined; update fly.toml to set processes for each service\n\n   ✘invalid app configuration\n`
    )
    expect(r.stderr).toContain('Error: App configuration is not valid\n')
    expect(sim.state().apps['procs-bad'].releases).toEqual([])
  })

  test('a service naming a group that does not exist fails too', async () => {
    const config = write(
      'procs-unknown.toml',
      `app = "procs-bad"\n[processes]\nturn = "turnserver -n"\n${udpService('processes = ["web"]')}`
    )
    const r = await sim.run(['deploy', '-c', config, '-i', 'coturn/coturn:4.6.1'], { env })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      "Service specifies 'web' as one of its processes, but no processes are defined with that name"
    )
  })

  test('services attached to their group: machines per group, the UDP group runs the server', async () => {
    await createApp('procs-ok')
    await sim.run(['ips', 'allocate-v4', '--yes', '-a', 'procs-ok'], { env })
    const config = write(
      'procs-ok.toml',
      `app = "procs-ok"\n[processes]\nturn = "-n --log-file=stdout --listening-port=3478 --no-tls --no-dtls --no-auth"\nworker = "sleep infinity"\n${udpService('processes = ["turn"]')}`
    )
    const r = await sim.run(['deploy', '-c', config, '-i', 'coturn/coturn:4.6.1'], { env })
    expect(r.code).toBe(0)
    // flyctl:internal/appconfig/processgroups.go:16-31: groups are the sorted [processes] keys
    expect(r.stdout).toContain('No machines in group turn, launching a new machine')
    expect(r.stdout).toContain('No machines in group worker, launching a new machine')
    const app = sim.state().apps['procs-ok']
    const byGroup = Object.fromEntries(app.machines.map((m) => [m.group, m]))
    expect(byGroup.turn.services.map((s) => s.protocol)).toEqual(['udp'])
    expect(byGroup.worker.services).toEqual([])
    expect(app.runtime?.cmd).toContain('--listening-port=3478')
  })
})

// flyctl:internal/command/deploy/machines_deploymachinesapp.go:406-427, 1193-1219: --ha only
// adds a second machine when a group gets its first one
test('--ha acts on a first machine only, never on later deploys', async () => {
  await createApp('ha-app')
  const config = write('ha.toml', `app = "ha-app"\n${udpService()}`)
  const deploy = (ha: boolean) =>
    sim.run(['deploy', '-c', config, '-i', 'example/udp:1', `--ha=${ha}`], { env })
  expect((await deploy(false)).code).toBe(0)
  const again = await deploy(true)
  expect(again.stdout).not.toContain('Creating a second machine')
  expect(sim.state().apps['ha-app'].machines).toHaveLength(1)
})

// fly-go:machine_types.go:671-680: a port's start_port/end_port pass through for any protocol
test('a UDP range, internal_port = 0 as in a real coturn config, reaches the machines as written', async () => {
  await createApp('udp-range')
  const config = write(
    'range.toml',
    'app = "udp-range"\n[[services]]\nprotocol = "udp"\ninternal_port = 0\n[[services.ports]]\nstart_port = 49152\nend_port = 65535\n'
  )
  const r = await sim.run(['deploy', '-c', config, '-i', 'example/udp:1', '--ha=false'], { env })
  expect(r.code).toBe(0)
  expect(sim.state().apps['udp-range'].machines[0].services).toEqual([
    {
      protocol: 'udp',
      internal_port: 0,
      ports: [{ start_port: 49152, end_port: 65535 }],
      force_instance_key: null
    }
  ])
})

describe('[build] dockerfile and [[files]] local_path', () => {
  // flyctl:internal/command/deploy/deploy_build.go:292-311: filepath.Join(dir(config), value),
  // so an absolute value is joined onto the config's directory as well.
  test('an absolute dockerfile is looked up under the config directory and not found', async () => {
    await createApp('build-app')
    const dockerfile = write('repo/sub/Dockerfile.turn', 'FROM coturn/coturn:4.6.1\n')
    const config = write(
      'rendered/fly.toml',
      `app = "build-app"\n[build]\ndockerfile = "${dockerfile}"\n`
    )
    const r = await sim.run(['deploy', '-c', config, '--remote-only'], { env })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('app does not have a Dockerfile or buildpacks configured')
  })

  test('a dockerfile relative to the config file is found and built, wherever flyctl runs', async () => {
    const config = write(
      'rendered/fly.toml',
      `app = "build-app"\n[build]\ndockerfile = "../repo/sub/Dockerfile.turn"\n`
    )
    const r = await sim.run(['deploy', path.join(dir, 'repo'), '-c', config, '--remote-only'], {
      env,
      cwd: os.tmpdir()
    })
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/image: registry\.fly\.io\/build-app:deployment-/)
  })

  // flyctl:internal/appconfig/config.go:129-137: os.ReadFile(local_path), from the working directory
  test('[[files]] local_path is read from the working directory, not the config directory', async () => {
    write('rendered/turn.conf', 'realm=x\n')
    const config = write(
      'rendered/files.toml',
      `app = "build-app"\n[[files]]\nguest_path = "/etc/turn.conf"\nlocal_path = "turn.conf"\n`
    )
    const elsewhere = await sim.run(['deploy', '-c', config, '-i', 'nginx:1'], { env, cwd: dir })
    expect(elsewhere.code).toBe(1)
    expect(elsewhere.stderr).toContain(
      'Error: could not read file turn.conf: open turn.conf: no such file or directory'
    )
    const beside = await sim.run(['deploy', '-c', config, '-i', 'nginx:1'], {
      env,
      cwd: path.join(dir, 'rendered')
    })
    expect(beside.code).toBe(0)
  })
})

// flyctl:internal/command/command.go:700-787: RequireAppName loads ./fly.toml first, even with --app
test('a broken ./fly.toml in the working directory fails every call that needs an app', async () => {
  const workspace = path.join(dir, 'workspace')
  write('workspace/fly.toml', 'app = "x"\n[[services]\nbroken\n')
  const r = await sim.run(['ips', 'list', '--app', 'build-app', '--json'], { env, cwd: workspace })
  expect(r.code).toBe(1)
  expect(r.stderr).toMatch(
    new RegExp(`^Error: failed loading app config from ${path.join(workspace, 'fly.toml')}: toml:`)
  )
  const elsewhere = await sim.run(['ips', 'list', '--app', 'build-app', '--json'], {
    env,
    cwd: dir
  })
  expect(elsewhere.code).toBe(0)
  // commands without RequireAppName do not read it (internal/command/apps/list.go:33)
  expect((await sim.run(['apps', 'list', '--json'], { env, cwd: workspace })).code).toBe(0)
})

describe('addresses on a first deploy', () => {
  const HTTP_ONLY = (app: string) => `app = "${app}"\n[http_service]\ninternal_port = 8080\n`

  // flyctl:internal/command/deploy/deploy_first.go:29-36 (ipType "none") and deploy.go:398-401
  test('--no-public-ips leaves an HTTP-only app without addresses', async () => {
    await createApp('no-ips')
    const config = write('no-ips.toml', HTTP_ONLY('no-ips'))
    const r = await sim.run(['deploy', '-c', config, '-i', 'nginx:1', '--no-public-ips'], { env })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('\nYour app is deployed but does not have a public or private IP')
    expect(sim.state().apps['no-ips']).toMatchObject({ ips: [], sharedIpv4: null })
  })

  // deploy_first.go:38-44: an app that already has an address gets nothing more (no IPv6)
  test('an app whose IPv4 was allocated first gets no IPv6 from its first deploy', async () => {
    await createApp('has-v4')
    await sim.run(['ips', 'allocate-v4', '--shared', '-a', 'has-v4'], { env })
    await sim.run(['ips', 'allocate-v4', '--yes', '-a', 'has-v4'], { env })
    const r = await sim.run(
      ['deploy', '-c', write('has-v4.toml', HTTP_ONLY('has-v4')), '-i', 'nginx:1'],
      {
        env
      }
    )
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain('Provisioning ips')
    expect(sim.state().apps['has-v4'].ips.map((ip) => ip.type)).toEqual(['v4'])
  })

  // flyctl:internal/appconfig/config.go:229-255 (DetermineIPType) + deploy_first.go:47-80: a raw
  // TCP port needs a dedicated IPv4, whose prompt fails without a TTY: nothing is allocated
  test('a raw TCP app gets no address from its first deploy', async () => {
    await createApp('raw-tcp')
    const config = write(
      'raw-tcp.toml',
      'app = "raw-tcp"\n[[services]]\nprotocol = "tcp"\ninternal_port = 8443\n[[services.ports]]\nport = 8443\n'
    )
    const r = await sim.run(['deploy', '-c', config, '-i', 'example/web:1'], { env })
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain('Provisioning ips')
    expect(sim.state().apps['raw-tcp']).toMatchObject({ ips: [], sharedIpv4: null })
  })

  test('TLS alone on 443 needs a dedicated IPv4 too; http+tls on 443 and http on 80 do not', async () => {
    await createApp('tls-only')
    const service = (handlers: string) =>
      `[[services]]\nprotocol = "tcp"\ninternal_port = 3478\n[[services.ports]]\nport = 443\nhandlers = ${handlers}\n`
    const tls = await sim.run(
      ['deploy', '-c', write('tls.toml', `app = "tls-only"\n${service('["tls"]')}`), '-i', 'x:1'],
      { env }
    )
    expect(tls.stdout).not.toContain('Provisioning ips')
    await createApp('web-443')
    const web = await sim.run(
      [
        'deploy',
        '-c',
        write('w.toml', `app = "web-443"\n${service('["tls", "http"]')}`),
        '-i',
        'x:1'
      ],
      { env }
    )
    expect(web.stdout).toContain('Provisioning ips for web-443\n  Dedicated ipv6: ')
  })
})
