// deploy records a release and machines and starts a real server at the app's dedicated IPv4.
import crypto from 'node:crypto'
import dgram from 'node:dgram'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'

const env = { FLY_API_TOKEN: 'tok', FLY_EMIT_RELEASE_JSON: '1' }
let sim: Sim
let dir: string

/** Sends STUN Binding requests from a loopback socket until one is answered; returns the type. */
async function stunBinding(
  address: string,
  port: number,
  timeoutMs: number
): Promise<number | null> {
  const socket = dgram.createSocket('udp4')
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve))
  const txid = crypto.randomBytes(12)
  const request = Buffer.concat([
    Buffer.from([0x00, 0x01, 0x00, 0x00, 0x21, 0x12, 0xa4, 0x42]),
    txid
  ])
  try {
    return await new Promise<number | null>((resolve) => {
      const timer = setInterval(() => socket.send(request, port, address), 50)
      const deadline = setTimeout(() => {
        clearInterval(timer)
        resolve(null)
      }, timeoutMs)
      socket.on('message', (msg) => {
        if (msg.length >= 20 && msg.subarray(8, 20).equals(txid)) {
          clearInterval(timer)
          clearTimeout(deadline)
          resolve(msg.readUInt16BE(0))
        }
      })
      socket.send(request, port, address)
    })
  } finally {
    socket.close()
  }
}

function httpGet(url: string, token?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      url,
      { headers: token ? { authorization: `Bearer ${token}` } : {} },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      }
    )
    req.on('error', reject)
  })
}

async function httpGetRetry(url: string, token: string | undefined, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await httpGet(url, token)
    } catch (err) {
      if (Date.now() > deadline) throw err
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}

const COTURN_TOML = (app: string) => `app = "${app}"
primary_region = "iad"

[experimental]
cmd = ["--log-file=stdout", "--external-ip={ipv4}", "--listening-ip=fly-global-services",
  "--listening-ip=0.0.0.0", "--relay-ip=fly-global-services", "--fingerprint", "--realm=sim",
  "--use-auth-secret", "--static-auth-secret=$AUTH_SECRET", "--min-port=50000", "--max-port=50010",
  "--no-tls", "--no-dtls"]

[[services]]
protocol = "udp"
internal_port = 3478
[[services.ports]]
port = 3478

[[services]]
protocol = "tcp"
internal_port = 3478
[[services.ports]]
port = 3478
`

function writeConfig(name: string, text: string): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, text)
  return file
}

beforeAll(() => {
  sim = createSim()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fly-sim-test-'))
})
afterAll(async () => {
  await sim.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('coturn', () => {
  let address: string

  test('a UDP app without a dedicated IPv4: first deploy allocates nothing and starts nothing', async () => {
    await sim.run(['apps', 'create', 'udp-only', '--org', 'personal'], { env })
    const config = writeConfig('udp-only.toml', COTURN_TOML('udp-only'))
    const r = await sim.run(
      ['deploy', '--config', config, '--image', 'coturn/coturn:4.6.1', '--ha=false'],
      { env }
    )
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain('Provisioning ips')
    expect(r.stdout).not.toContain('Visit your newly deployed app')
    const app = sim.state().apps['udp-only']
    expect(app.ips).toEqual([])
    expect(app.sharedIpv4).toBeNull()
    expect(app.server).toBeNull()
  })

  test('deploy starts a real coturn that answers STUN at the allocated address', async () => {
    await sim.run(['apps', 'create', 'turn', '--org', 'personal'], { env })
    await sim.run(['ips', 'allocate-v4', '--yes', '-a', 'turn'], { env })
    address = sim.state().apps.turn.ips[0].address
    await sim.run(['secrets', 'import', '-a', 'turn', '--stage'], {
      env,
      input: 'AUTH_SECRET=s3cret\n'
    })
    const config = writeConfig('turn.toml', COTURN_TOML('turn').replace('{ipv4}', address))
    const r = await sim.run(
      ['deploy', '--config', config, '--image', 'coturn/coturn:4.6.1', '--ha=false'],
      { env }
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`Validating ${config}\n✓ Configuration is valid\n`)
    expect(r.stdout).toContain('Watch your deployment at https://fly.io/apps/turn/monitoring')
    expect(r.stderr).toContain("Searching for image 'coturn/coturn:4.6.1' remotely...")
    const releaseLine = r.stdout.split('\n').find((l) => l.startsWith('{"id"'))!
    expect(JSON.parse(releaseLine)).toEqual({
      id: expect.any(String),
      version: 1,
      image_ref: 'coturn/coturn:4.6.1'
    })

    expect(await stunBinding(address, 3478, 5000)).toBe(0x0101) // Binding success response
    const log = sim.serverLog('turn')
    expect(log).toContain(`--listening-ip=${address}`)
    expect(log).toContain('--static-auth-secret=s3cret') // $AUTH_SECRET expanded by the entrypoint
    expect(log).not.toContain('0.0.0.0')

    const status = JSON.parse(
      (await sim.run(['status', '-a', 'turn', '--json'], { env })).stdout
    ) as {
      Version: number
      Machines: { config: { metadata: { fly_release_version: string } } }[]
    }
    expect(status.Version).toBe(1)
    expect(status.Machines.map((m) => m.config.metadata.fly_release_version)).toEqual(['1'])
    const secrets = JSON.parse(
      (await sim.run(['secrets', 'list', '-a', 'turn', '--json'], { env })).stdout
    ) as {
      status: string
    }[]
    expect(secrets).toEqual([expect.objectContaining({ name: 'AUTH_SECRET', status: 'Deployed' })])
  })

  test('a redeploy replaces the server: new release, old process gone, STUN still answered', async () => {
    const before = sim.state().apps.turn.server!
    const config = path.join(dir, 'turn.toml')
    const r = await sim.run(
      ['deploy', '--config', config, '--image', 'coturn/coturn:4.7', '--strategy', 'immediate'],
      { env }
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("Updating existing machines in 'turn' with immediate strategy")
    const after = sim.state().apps.turn.server!
    expect(after.pgid).not.toBe(before.pgid)
    expect(sim.serverPids()).not.toContain(before.pgid)
    expect(await stunBinding(address, 3478, 5000)).toBe(0x0101)
    const releases = JSON.parse(
      (await sim.run(['releases', '-a', 'turn', '--json'], { env })).stdout
    ) as {
      Version: number
      ImageRef: string
    }[]
    expect(releases.map((x) => [x.Version, x.ImageRef])).toEqual([
      [2, 'coturn/coturn:4.7'],
      [1, 'coturn/coturn:4.6.1']
    ])
  })

  // Fly sends all of an app's UDP to one instance at a time (fly-platform.md §1, Fly staff in
  // community thread 26270): two machines still mean one server, standing for the oldest.
  test('ha: two machines in the primary region, one server: the first machine gets the UDP', async () => {
    await sim.run(['apps', 'create', 'turn-ha', '--org', 'personal'], { env })
    await sim.run(['ips', 'allocate-v4', '--yes', '-a', 'turn-ha'], { env })
    const ha = sim.state().apps['turn-ha'].ips[0].address
    const config = writeConfig('turn-ha.toml', COTURN_TOML('turn-ha').replace('{ipv4}', ha))
    const r = await sim.run(['deploy', '--config', config, '--image', 'coturn/coturn:4.6.1'], {
      env
    })
    expect(r.code).toBe(0)
    const app = sim.state().apps['turn-ha']
    expect(app.machines.map((m) => m.region)).toEqual(['iad', 'iad'])
    const first = [...app.machines].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0]
    expect(app.server?.machineId).toBe(first.id)
    expect(sim.serverPids().length).toBeGreaterThan(0)
    expect(await stunBinding(ha, 3478, 5000)).toBe(0x0101)
  })

  test('brokenServers: the deploy succeeds, the server never answers (per app, or app and image)', async () => {
    sim.setBrokenServers([{ app: 'turn', image: 'coturn/coturn:4.8' }])
    const config = path.join(dir, 'turn.toml')
    const broken = await sim.run(['deploy', '--config', config, '--image', 'coturn/coturn:4.8'], {
      env
    })
    expect(broken.code).toBe(0)
    expect(sim.state().apps.turn.server).toBeNull()
    expect(await stunBinding(address, 3478, 700)).toBeNull()
    const healthy = await sim.run(['deploy', '--config', config, '--image', 'coturn/coturn:4.7'], {
      env
    })
    expect(healthy.code).toBe(0)
    expect(await stunBinding(address, 3478, 5000)).toBe(0x0101)
    sim.setBrokenServers([])
  })

  test('startDelayMs: deploy returns at once, the server answers only after the delay', async () => {
    sim.setStartDelay(1500)
    const started = Date.now()
    const r = await sim.run(
      ['deploy', '--config', path.join(dir, 'turn.toml'), '--image', 'coturn/coturn:4.7'],
      { env }
    )
    expect(r.code).toBe(0)
    expect(await stunBinding(address, 3478, 700)).toBeNull()
    expect(await stunBinding(address, 3478, 5000)).toBe(0x0101)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500)
    sim.setStartDelay(0)
  })
})

describe('other images', () => {
  test('an HTTP app gets shared v4 + v6 on first deploy and the Visit line', async () => {
    await sim.run(['apps', 'create', 'web', '--org', 'personal'], { env })
    const config = writeConfig('web.toml', 'app = "web"\n[http_service]\ninternal_port = 8080\n')
    const r = await sim.run(['deploy', '-c', config, '-i', 'nginx:1'], { env })
    expect(r.stdout).toContain('Provisioning ips for web\n  Dedicated ipv6: ')
    expect(r.stdout).toContain('Visit your newly deployed app at https://web.fly.dev/')
    expect(r.stdout).toContain('Creating a second machine for high availability') // --ha defaults to true
    const app = sim.state().apps.web
    expect(app.sharedIpv4).toBe(`${sim.ipv4Prefix}.254`)
    expect(app.machines).toHaveLength(2)
    expect(app.server).toBeNull() // nothing to run for an unknown image
  })

  test('fishjam stand-in: /health with the API token is UP, without it 401', async () => {
    sim.seedApp('fj', { dedicatedIpv4: 1, secrets: { FJ_SERVER_API_TOKEN: 'fj-token' } })
    const config = writeConfig(
      'fj.toml',
      'app = "fj"\n[env]\nFJ_PORT = "5002"\n[http_service]\ninternal_port = 5002\n'
    )
    const r = await sim.run(['deploy', '-c', config, '-i', 'ghcr.io/fishjam-dev/fishjam:0.6.0'], {
      env
    })
    expect(r.code).toBe(0)
    const ip = sim.state().apps.fj.ips[0].address
    const ok = await httpGetRetry(`http://${ip}:5002/health`, 'fj-token', 5000)
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.body)).toMatchObject({ data: { status: 'UP' } })
    expect((await httpGet(`http://${ip}:5002/health`, 'wrong')).status).toBe(401)
  })

  test('deploy errors: missing app, unknown strategy, bad duration, missing image', async () => {
    const config = path.join(dir, 'web.toml')
    const [missing, strategy, duration, image] = await Promise.all([
      sim.run(['deploy', '-c', config, '-a', 'nope', '-i', 'x:1'], { env }),
      sim.run(['deploy', '-c', config, '-i', 'x:1', '--strategy', 'yolo'], { env }),
      sim.run(['deploy', '-c', config, '-i', 'x:1', '--wait-timeout', 'soon'], { env }),
      sim.run(['deploy', '-c', config, '-i', 'registry.fly.io/does-not-exist:1'], { env })
    ])
    expect(missing.stderr).toContain('Error: the app name nope could not be found')
    expect(strategy.stderr).toContain("Error: unsupported deployment strategy 'yolo'")
    expect(duration.stderr).toContain(
      'Error: invalid duration value soon used for --wait-timeout flag'
    )
    expect(image.stderr).toContain('could not find image "registry.fly.io/does-not-exist:1"')
    expect([missing, strategy, duration, image].map((x) => x.code)).toEqual([1, 1, 1, 1])
  })
})

test('apps destroy stops the app server; stop() leaves no process behind', async () => {
  const pgid = sim.state().apps.turn.server!.pgid
  await sim.run(['apps', 'destroy', 'turn', '--yes'], { env })
  expect(sim.serverPids()).not.toContain(pgid)
  const remaining = sim.serverPids()
  expect(remaining.length).toBeGreaterThan(0) // the fishjam stand-in still runs
  await sim.stop()
  const alive = remaining.filter((pid) => {
    try {
      process.kill(pid, 0)
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
    } catch {
      return false
    }
  })
  expect(alive).toEqual([])
  expect(fs.existsSync(sim.stateDir)).toBe(false)
})
