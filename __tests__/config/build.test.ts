import { describe, expect, test } from '@jest/globals'
import { ActionError, InputError } from '../../src/errors.js'
import { PRESETS } from '../../src/config/presets/index.js'
import { buildConfig } from '../../src/config/fly-toml.js'
import type { BuiltConfig, ConfigRequest } from '../../src/config/types.js'

function build(overrides: Partial<ConfigRequest> = {}): BuiltConfig {
  return buildConfig({
    app: 'turn-demo',
    region: 'iad',
    preset: 'none',
    env: {},
    vm: {},
    secretNames: [],
    ...overrides
  })
}

/** A field path like `services.1.ports.0.port` read out of a config. */
function at(config: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => {
    if (value === undefined || value === null) return undefined
    return (value as Record<string, unknown>)[key]
  }, config)
}

/** A user's fly.toml as `fly launch` writes it for a Phoenix app, plus a UDP port. */
const USER_TOML = `
app = "their-name"
primary_region = "ams"
kill_signal = "SIGINT"

[build]
image = "registry.example/media:1.2"
dockerfile = "docker/Dockerfile"

[env]
LOG_LEVEL = "debug"
PHX_HOST = "their-name.fly.dev"

[experimental]
cmd = ["/app/bin/server"]

[http_service]
internal_port = 4000
force_https = true

[[services]]
protocol = "udp"
internal_port = 40000
[[services.ports]]
port = 40000

[[services]]
protocol = "tcp"
internal_port = 7000
[[services.ports]]
port = 7000

[[vm]]
size = "shared-cpu-2x"
memory = "1gb"
`

describe('merging inputs over the user fly.toml', () => {
  const base = { baseToml: USER_TOML, baseTomlPath: '/repo/deploy/fly.toml' }
  test.each([
    ['app comes from the input', {}, 'app', 'turn-demo'],
    ['primary_region comes from the input', {}, 'primary_region', 'iad'],
    ['keys the inputs do not set stay', {}, 'kill_signal', 'SIGINT'],
    [
      'the user image stays without an image input',
      {},
      'build.image',
      'registry.example/media:1.2'
    ],
    [
      'the image input replaces [build] image',
      { image: 'ghcr.io/me/x:2' },
      'build.image',
      'ghcr.io/me/x:2'
    ],
    [
      'a relative dockerfile is anchored at the user file',
      {},
      'build.dockerfile',
      '/repo/deploy/docker/Dockerfile'
    ],
    ['env keys the input does not set stay', { env: { A: '1' } }, 'env.LOG_LEVEL', 'debug'],
    ['env input wins key by key', { env: { LOG_LEVEL: 'info' } }, 'env.LOG_LEVEL', 'info'],
    ['env input adds keys', { env: { A: '1' } }, 'env.A', '1'],
    ['the user command stays', {}, 'experimental.cmd', ['/app/bin/server']],
    [
      'http-port sets [http_service] internal_port',
      { httpPort: 8080 },
      'http_service.internal_port',
      8080
    ],
    ['other http_service keys stay', { httpPort: 8080 }, 'http_service.force_https', true],
    [
      'vm-size replaces the user size',
      { vm: { size: 'performance-1x' } },
      'vm.0.size',
      'performance-1x'
    ],
    [
      'vm-size drops the sizing that came with the old size',
      { vm: { size: 'performance-1x' } },
      'vm.0.memory',
      undefined
    ],
    [
      'vm-memory replaces memory and keeps the size',
      { vm: { memory: '2gb' } },
      'vm.0',
      { size: 'shared-cpu-2x', memory: '2gb' }
    ],
    ['vm-cpus is added to the user vm', { vm: { cpus: 2 } }, 'vm.0.cpus', 2]
  ])('%s', (_name, overrides, path, expected) => {
    expect(at(build({ ...base, ...overrides }).config, path)).toEqual(expected)
  })

  test('without port inputs the user services are kept as written', () => {
    const built = build(base)
    expect(built.udpPorts).toEqual([40000])
    expect(built.tcpPorts).toEqual([7000])
    expect(built.httpPort).toBe(4000)
  })

  test('udp-ports replaces only the UDP services', () => {
    const built = build({ ...base, udpPorts: [{ start: 3478, end: 3478 }] })
    expect(built.udpPorts).toEqual([3478])
    expect(built.tcpPorts).toEqual([7000])
  })

  test('tcp-ports replaces only the non-HTTP TCP services', () => {
    const built = build({ ...base, tcpPorts: [{ start: 3478, end: 3478 }] })
    expect(built.tcpPorts).toEqual([3478])
    expect(built.udpPorts).toEqual([40000])
    expect(built.httpPort).toBe(4000)
  })

  test('an empty udp-ports list removes the UDP services', () => {
    expect(build({ ...base, udpPorts: [] }).udpPorts).toEqual([])
  })

  test('the user text is not changed', () => {
    const copy = USER_TOML.slice()
    build({ ...base, image: 'x', env: { A: '1' }, udpPorts: [] })
    expect(USER_TOML).toBe(copy)
  })

  test('an invalid file fails with its name and position', () => {
    const call = () => build({ baseToml: 'app = "x"\n[env\nA = 1', baseTomlPath: 'fly.toml' })
    expect(call).toThrow(ActionError)
    expect(call).toThrow(/fly\.toml is not valid TOML: .*line 2, column/)
  })
})

describe('preset none without a user file', () => {
  test('the inputs alone make the config', () => {
    const built = build({
      udpPorts: [{ start: 3478, end: 3478 }],
      tcpPorts: [{ start: 3478, end: 3478 }],
      image: 'ghcr.io/me/turn:1',
      env: { REALM: '{hostname}' },
      vm: { memory: '256mb' }
    })
    expect(built.config).toEqual({
      app: 'turn-demo',
      primary_region: 'iad',
      build: { image: 'ghcr.io/me/turn:1' },
      env: { REALM: '{hostname}' },
      services: [
        {
          protocol: 'udp',
          internal_port: 3478,
          auto_stop_machines: 'off',
          ports: [{ port: 3478 }]
        },
        { protocol: 'tcp', internal_port: 3478, auto_stop_machines: 'off', ports: [{ port: 3478 }] }
      ],
      vm: [{ memory: '256mb' }]
    })
    expect(built.image).toBe('ghcr.io/me/turn:1')
  })

  test('no image anywhere means a remote build', () => {
    const built = build({ udpPorts: [{ start: 3478, end: 3478 }] })
    expect(built.image).toBeUndefined()
    expect(built.config.build).toBeUndefined()
  })

  test('a range becomes one service with start_port/end_port and internal_port = start', () => {
    const built = build({ udpPorts: [{ start: 50000, end: 50009 }] })
    expect(at(built.config, 'services.0')).toMatchObject({
      protocol: 'udp',
      internal_port: 50000,
      ports: [{ start_port: 50000, end_port: 50009 }]
    })
    expect(built.udpPorts).toHaveLength(10)
  })

  test('http-port publishes 80 and 443 with a TCP check', () => {
    const built = build({ httpPort: 9000 })
    expect(at(built.config, 'services.0.ports')).toEqual([
      { port: 80, handlers: ['http'], force_https: true },
      { port: 443, handlers: ['tls', 'http'] }
    ])
    expect(at(built.config, 'services.0.tcp_checks.0.interval')).toBe('15s')
    expect(built.httpPort).toBe(9000)
    expect(built.tcpPorts).toEqual([])
  })
})

describe('presets', () => {
  const coturn = { preset: 'coturn' as const, secretNames: ['AUTH_SECRET'] }
  const fishjam = { preset: 'fishjam' as const, secretNames: ['FJ_SERVER_API_TOKEN'] }

  test('coturn: the relay range in udp-ports drives --min-port/--max-port', () => {
    const cmd = at(
      build({
        ...coturn,
        udpPorts: [
          { start: 3479, end: 3479 },
          { start: 60000, end: 60015 }
        ],
        tcpPorts: []
      }).config,
      'experimental.cmd'
    ) as string[]
    expect(cmd).toEqual(
      expect.arrayContaining(['--listening-port=3479', '--min-port=60000', '--max-port=60015'])
    )
    expect(cmd).not.toContain('--listening-ip=0.0.0.0')
  })

  test('coturn: TCP exposed adds the 0.0.0.0 listener for TCP', () => {
    const cmd = at(build(coturn).config, 'experimental.cmd') as string[]
    expect(cmd).toContain('--listening-ip=0.0.0.0')
    expect(cmd).toContain('--listening-ip=fly-global-services')
  })

  test('coturn: the preset image beats the user file image; the image input beats both', () => {
    const baseToml = '[build]\nimage = "mine:1"\n'
    expect(build({ ...coturn, baseToml }).image).toBe(PRESETS.coturn.image)
    expect(build({ ...coturn, baseToml, image: 'coturn/coturn:edge' }).image).toBe(
      'coturn/coturn:edge'
    )
  })

  test('coturn: a user command is kept and its ports are not second-guessed', () => {
    const baseToml =
      '[experimental]\ncmd = ["-c", "/etc/turnserver.conf"]\n[[services]]\nprotocol = "udp"\ninternal_port = 3478\n[[services.ports]]\nport = 3478\n'
    const built = build({ ...coturn, baseToml })
    expect(at(built.config, 'experimental.cmd')).toEqual(['-c', '/etc/turnserver.conf'])
    expect(built.udpPorts).toEqual([3478])
  })

  test('coturn: preset VM unless the vm-size input names another size', () => {
    expect(build(coturn).config.vm).toEqual([{ memory: '512mb', cpus: 1, cpu_kind: 'shared' }])
    expect(build({ ...coturn, vm: { size: 'performance-2x' } }).config.vm).toEqual([
      { size: 'performance-2x' }
    ])
  })

  test('fishjam: FJ_PORT follows http-port, the TURN range follows udp-ports', () => {
    const env = build({
      ...fishjam,
      httpPort: 4000,
      udpPorts: [{ start: 40000, end: 40099 }],
      tcpPorts: []
    }).config.env as Record<string, string>
    expect(env.FJ_PORT).toBe('4000')
    expect(env.FJ_WEBRTC_TURN_PORT_RANGE).toBe('40000-40099')
    expect(env.FJ_WEBRTC_TURN_TCP_PORT).toBeUndefined()
  })

  test('fishjam: an env input wins over the derived value', () => {
    const env = build({ ...fishjam, env: { FJ_WEBRTC_USED: 'false' } }).config.env as Record<
      string,
      string
    >
    expect(env.FJ_WEBRTC_USED).toBe('false')
  })

  test.each([
    [
      'a secret name in env',
      { ...fishjam, env: { FJ_SERVER_API_TOKEN: 'x' } },
      'env',
      /FJ_SERVER_API_TOKEN/
    ],
    [
      'coturn with no relay range',
      { ...coturn, udpPorts: [{ start: 3478, end: 3478 }] },
      'udp-ports',
      /relay port range/
    ],
    [
      'coturn relay range over the listening port',
      {
        ...coturn,
        udpPorts: [
          { start: 3478, end: 3478 },
          { start: 3400, end: 3500 }
        ]
      },
      'udp-ports',
      /contains the listening port/
    ],
    [
      'coturn TCP on another port',
      { ...coturn, tcpPorts: [{ start: 5349, end: 5349 }] },
      'tcp-ports',
      /only on its listening port/
    ],
    [
      'fishjam with single UDP ports',
      { ...fishjam, udpPorts: [{ start: 50000, end: 50000 }] },
      'udp-ports',
      /one UDP port range/
    ],
    [
      'fishjam with two TCP ports',
      {
        ...fishjam,
        tcpPorts: [
          { start: 1, end: 1 },
          { start: 2, end: 2 }
        ]
      },
      'tcp-ports',
      /one TCP TURN port/
    ],
    [
      'a port above 65535',
      { udpPorts: [{ start: 70000, end: 70000 }] },
      'udp-ports',
      /invalid port/
    ],
    ['a reversed range', { tcpPorts: [{ start: 20, end: 10 }] }, 'tcp-ports', /invalid port/]
  ])('fails early: %s', (_name, overrides, input, message) => {
    let thrown: unknown
    try {
      build(overrides)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputError)
    expect((thrown as InputError).input).toBe(input)
    expect((thrown as InputError).message).toMatch(message)
  })

  test("a missing required secret is not buildConfig's to refuse: it may be stored on the app", () => {
    expect(build({ preset: 'coturn', secretNames: [] }).image).toBe(PRESETS.coturn.image)
  })
})
