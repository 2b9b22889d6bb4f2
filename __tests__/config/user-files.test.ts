/**
 * A user's fly.toml the way flyctl reads it (issue 8 items 1 and 2, fly-platform.md §3):
 * [processes] makes `processes` mandatory on every service; [build] dockerfile/ignorefile are
 * joined onto the config file's directory even when absolute; [[files]] local_path is read from
 * flyctl's working directory.
 */
import { describe, expect, test } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { buildConfig, relativeBuildPaths } from '../../src/config/fly-toml.js'
import { lintConfig } from '../../src/config/lint/index.js'
import type { BuiltConfig, ConfigRequest, FlyConfig } from '../../src/config/types.js'

function build(overrides: Partial<ConfigRequest>): BuiltConfig {
  return buildConfig({
    app: 'turn-demo',
    region: 'iad',
    preset: 'coturn',
    env: {},
    vm: {},
    secretNames: ['AUTH_SECRET'],
    baseTomlPath: '/repo/turn/fly.toml',
    ...overrides
  })
}

const TURN = `"--listening-port=3478 --listening-ip=fly-global-services --listening-ip=0.0.0.0 --relay-ip=fly-global-services --external-ip={ipv4} --min-port=50000 --max-port=50099 --use-auth-secret --static-auth-secret=$AUTH_SECRET"`

type Service = { protocol: string; processes?: string[] }
const servicesOf = (config: FlyConfig) => config.services as Service[]
const processesLint = (config: FlyConfig) =>
  lintConfig(config, { ipv4: 'dedicated' }).filter((f) => f.key.endsWith('.processes'))

describe('[processes]', () => {
  test('one group: every service the action adds runs on it, and lint is satisfied', () => {
    const { config } = build({ baseToml: `[processes]\nturn = ${TURN}\n` })
    expect(servicesOf(config).map((s) => [s.protocol, s.processes])).toEqual([
      ['udp', ['turn']],
      ['udp', ['turn']],
      ['tcp', ['turn']]
    ])
    expect(config.experimental).toBeUndefined() // the group's own command runs coturn
    expect(lintConfig(config, { ipv4: 'dedicated' }).filter((f) => f.severity === 'error')).toEqual(
      []
    )
  })

  test('several groups: the one the file names on its own UDP/TCP services', () => {
    const { config } = build({
      preset: 'none',
      secretNames: [],
      udpPorts: [{ start: 3479, end: 3479 }],
      baseToml: `[processes]\nturn = ${TURN}\nweb = "node web.js"\n[[services]]\nprotocol = "udp"\ninternal_port = 3478\nprocesses = ["turn"]\n[[services.ports]]\nport = 3478\n[http_service]\ninternal_port = 8080\nprocesses = ["web"]\n`
    })
    expect(servicesOf(config).map((s) => s.processes)).toEqual([['turn']])
    expect(processesLint(config)).toEqual([])
  })

  test('several groups and nothing says which: an error naming the input and the fix', () => {
    const baseToml = `[processes]\nturn = ${TURN}\nweb = "node web.js"\n`
    let thrown: unknown
    try {
      build({ baseToml })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputError)
    expect((thrown as InputError).input).toBe('config')
    expect((thrown as Error).message).toMatch(
      /\/repo\/turn\/fly\.toml defines the process groups turn, web, and none of its UDP or TCP services says which/
    )
    expect((thrown as Error).message).toMatch(/processes = \["turn"\] in the \[\[services\]\]/)
  })

  test('nothing to add: several groups are fine when the file attaches its own services', () => {
    const baseToml = `[processes]\na = "x"\nb = "y"\n[http_service]\ninternal_port = 8080\nprocesses = ["a"]\n`
    expect(() => build({ preset: 'none', secretNames: [], baseToml })).not.toThrow()
  })
})

describe("lint: services and [processes] as flyctl's validation checks them", () => {
  test.each<[string, FlyConfig, string[]]>([
    [
      'a service without processes while [processes] has entries',
      { processes: { app: 'x' }, services: [{ protocol: 'udp', internal_port: 1 }] },
      ['services[0].processes']
    ],
    [
      '[http_service] without processes too',
      { processes: { app: 'x' }, http_service: { internal_port: 8080 } },
      ['http_service.processes']
    ],
    [
      'a group [processes] does not define',
      { processes: { turn: 'x' }, services: [{ protocol: 'udp', processes: ['web'] }] },
      ['services[0].processes']
    ],
    [
      'without [processes] the only group is app',
      {
        services: [
          { protocol: 'udp', processes: ['web'] },
          { protocol: 'udp', processes: ['app'] }
        ]
      },
      ['services[0].processes']
    ],
    ['no [processes] and no processes: fine', { services: [{ protocol: 'udp' }] }, []]
  ])('%s', (_name, config, keys) => {
    const findings = processesLint(config)
    expect(findings.map((f) => f.key)).toEqual(keys)
    for (const f of findings) expect(f.severity).toBe('error')
  })
})

describe('paths in [build] and [[files]]', () => {
  const baseToml = `[build]\ndockerfile = "Dockerfile.turn"\nignorefile = "../.dockerignore"\n[[files]]\nguest_path = "/etc/turn.conf"\nlocal_path = "conf/turn.conf"\n[[files]]\nguest_path = "/etc/x"\nraw_value = "eA=="\n`

  test('made absolute from the user file, then relative to the rendered file', () => {
    const { config } = build({ preset: 'none', secretNames: [], baseToml })
    expect(config.build).toEqual({
      dockerfile: '/repo/turn/Dockerfile.turn',
      ignorefile: '/repo/.dockerignore'
    })
    // read by flyctl from its working directory, which is not the workspace: absolute
    expect((config.files as Record<string, string>[])[0].local_path).toBe(
      '/repo/turn/conf/turn.conf'
    )
    relativeBuildPaths(config, '/runner/temp/fly-webrtc-deploy/turn-demo')
    expect(config.build).toEqual({
      dockerfile: '../../../../repo/turn/Dockerfile.turn',
      ignorefile: '../../../../repo/.dockerignore'
    })
  })

  test('a Dockerfile URL stays as it is', () => {
    const url = 'https://example.com/Dockerfile'
    const { config } = build({
      preset: 'none',
      secretNames: [],
      baseToml: `[build]\ndockerfile = "${url}"\n`
    })
    relativeBuildPaths(config, '/elsewhere')
    expect(config.build).toEqual({ dockerfile: url })
  })
})
