import { describe, expect, test } from '@jest/globals'
import { buildConfig } from '../../src/config/fly-toml.js'
import { hasLintErrors, lintConfig } from '../../src/config/lint/index.js'
import { resolvePlaceholders } from '../../src/config/placeholders.js'
import type { FlyConfig, Ipv4Mode, LintFinding } from '../../src/config/types.js'

type Table = Record<string, unknown>

const VALUES = { ipv4: '203.0.113.7', app: 'turn-demo', hostname: 'turn-demo.fly.dev' }

/** A preset's config as the pipeline lints it: built, placeholders filled. */
function clean(preset: 'coturn' | 'fishjam'): FlyConfig {
  const built = buildConfig({
    app: 'turn-demo',
    region: 'iad',
    preset,
    env: {},
    vm: {},
    secretNames: ['AUTH_SECRET', 'FJ_SERVER_API_TOKEN']
  })
  return resolvePlaceholders(built.config, VALUES)
}

const env = (c: FlyConfig) => c.env as Record<string, unknown>
const experimental = (c: FlyConfig) => c.experimental as Table
const cmd = (c: FlyConfig) => experimental(c).cmd as string[]
const services = (c: FlyConfig) => c.services as Table[]
const udpService = (c: FlyConfig, n = 0) => services(c).filter((s) => s.protocol === 'udp')[n]
const replaceArg = (c: FlyConfig, from: string, to: string[]) => {
  const args = cmd(c)
  args.splice(args.indexOf(from), 1, ...to)
}

interface Case {
  name: string
  preset: 'coturn' | 'fishjam'
  change: (config: FlyConfig) => void
  ipv4?: Ipv4Mode
  expected: { severity: LintFinding['severity']; key: string; message: RegExp }
}

const CASES: Case[] = [
  {
    name: 'a release_command from fly launch',
    preset: 'fishjam',
    change: (c) => (c.deploy = { release_command: '/app/bin/migrate' }),
    expected: {
      severity: 'error',
      key: 'deploy.release_command',
      message: /Delete the release_command/
    }
  },
  {
    name: 'any other release_command',
    preset: 'coturn',
    change: (c) => (c.deploy = { release_command: 'echo hi' }),
    expected: { severity: 'warning', key: 'deploy.release_command', message: /Delete it unless/ }
  },
  {
    name: 'a UDP internal_port that differs from the public port',
    preset: 'coturn',
    change: (c) => (udpService(c).internal_port = 13478),
    expected: {
      severity: 'error',
      key: 'services[0].internal_port',
      message: /Write internal_port = 3478/
    }
  },
  {
    name: 'a UDP range whose internal_port lies outside it',
    preset: 'coturn',
    change: (c) => (udpService(c, 1).internal_port = 3478),
    expected: {
      severity: 'error',
      key: 'services[1].internal_port',
      message: /Write internal_port = 50000/
    }
  },
  {
    name: 'FJ_PORT not matching the HTTP internal_port',
    preset: 'fishjam',
    change: (c) => (env(c).FJ_PORT = '4000'),
    expected: { severity: 'error', key: 'env.FJ_PORT', message: /Write FJ_PORT = "8080"/ }
  },
  {
    name: 'no FJ_PORT while the HTTP service is not on 8080',
    preset: 'fishjam',
    change: (c) => {
      delete env(c).FJ_PORT
      services(c)[0].internal_port = 4000
    },
    expected: { severity: 'error', key: 'env.FJ_PORT', message: /Add FJ_PORT = "4000"/ }
  },
  {
    name: 'FJ_PORT with no HTTP service',
    preset: 'fishjam',
    change: (c) => (c.services = services(c).slice(1)),
    expected: { severity: 'warning', key: 'env.FJ_PORT', message: /no HTTP service/ }
  },
  {
    name: 'FJ_WEBRTC_TURN_LISTEN_IP on 0.0.0.0',
    preset: 'fishjam',
    change: (c) => (env(c).FJ_WEBRTC_TURN_LISTEN_IP = '0.0.0.0'),
    expected: {
      severity: 'error',
      key: 'env.FJ_WEBRTC_TURN_LISTEN_IP',
      message: /Write FJ_WEBRTC_TURN_LISTEN_IP = "fly-global-services"/
    }
  },
  {
    name: 'FJ_WEBRTC_TURN_LISTEN_IP missing',
    preset: 'fishjam',
    change: (c) => delete env(c).FJ_WEBRTC_TURN_LISTEN_IP,
    expected: { severity: 'error', key: 'env.FJ_WEBRTC_TURN_LISTEN_IP', message: /127\.0\.0\.1/ }
  },
  {
    name: 'FJ_WEBRTC_TURN_IP as a hostname',
    preset: 'fishjam',
    change: (c) => (env(c).FJ_WEBRTC_TURN_IP = 'turn-demo.fly.dev'),
    expected: { severity: 'error', key: 'env.FJ_WEBRTC_TURN_IP', message: /not an IP address/ }
  },
  {
    name: 'FJ_WEBRTC_TURN_IP missing',
    preset: 'fishjam',
    change: (c) => delete env(c).FJ_WEBRTC_TURN_IP,
    expected: { severity: 'error', key: 'env.FJ_WEBRTC_TURN_IP', message: /"\{ipv4\}"/ }
  },
  {
    name: "coturn's UDP listening IP not fly-global-services",
    preset: 'coturn',
    change: (c) => replaceArg(c, '--listening-ip=fly-global-services', []),
    expected: {
      severity: 'error',
      key: 'experimental.cmd',
      message: /Add "--listening-ip=fly-global-services"/
    }
  },
  {
    name: "coturn's relay IP 0.0.0.0",
    preset: 'coturn',
    change: (c) => replaceArg(c, '--relay-ip=fly-global-services', ['--relay-ip', '0.0.0.0']),
    expected: { severity: 'error', key: 'experimental.cmd', message: /relays from 0\.0\.0\.0/ }
  },
  {
    name: 'a command given as one string',
    preset: 'coturn',
    change: (c) => (experimental(c).cmd = cmd(c).join(' ')),
    expected: {
      severity: 'error',
      key: 'experimental.cmd',
      message: /Write an array: cmd = \["--log-file=stdout"/
    }
  },
  {
    name: 'a command given as one array element with spaces',
    preset: 'coturn',
    change: (c) => (experimental(c).entrypoint = ['docker-entrypoint.sh --log-file=stdout']),
    expected: {
      severity: 'error',
      key: 'experimental.entrypoint',
      message: /one element per argument/
    }
  },
  {
    name: 'UDP without a dedicated IPv4',
    preset: 'coturn',
    change: () => undefined,
    ipv4: 'shared',
    expected: { severity: 'error', key: 'services', message: /Set the input ipv4: dedicated/ }
  },
  {
    name: 'handlers on a UDP port',
    preset: 'coturn',
    change: (c) => ((udpService(c).ports as Table[])[0].handlers = ['proxy_proto']),
    expected: {
      severity: 'warning',
      key: 'services[0].ports[0].handlers',
      message: /Remove the handlers/
    }
  },
  {
    name: 'detect-external-ip',
    preset: 'coturn',
    change: (c) =>
      replaceArg(c, '--external-ip=203.0.113.7', ['--external-ip=$(detect-external-ip)']),
    expected: {
      severity: 'warning',
      key: 'experimental.cmd',
      message: /Write "--external-ip=\{ipv4\}"/
    }
  },
  {
    name: 'coturn without --external-ip',
    preset: 'coturn',
    change: (c) => replaceArg(c, '--external-ip=203.0.113.7', []),
    expected: {
      severity: 'warning',
      key: 'experimental.cmd',
      message: /Add "--external-ip=\{ipv4\}"/
    }
  },
  {
    name: 'coturn without authentication (an open relay)',
    preset: 'coturn',
    change: (c) => {
      replaceArg(c, '--use-auth-secret', [])
      replaceArg(c, '--static-auth-secret=$AUTH_SECRET', [])
    },
    // An error since issue 12: an open relay stops the run unless allow-open-relay says otherwise.
    expected: { severity: 'error', key: 'experimental.cmd', message: /open relay/ }
  },
  {
    name: 'the TURN secret written into the command',
    preset: 'coturn',
    change: (c) =>
      replaceArg(c, '--static-auth-secret=$AUTH_SECRET', ['--static-auth-secret=hunter2']),
    expected: {
      severity: 'warning',
      key: 'experimental.cmd',
      message: /--static-auth-secret=\$AUTH_SECRET/
    }
  },
  {
    name: '--allow-loopback-peers',
    preset: 'coturn',
    change: (c) => cmd(c).push('--allow-loopback-peers'),
    expected: { severity: 'warning', key: 'experimental.cmd', message: /Remove it/ }
  },
  {
    name: 'coturn reading a config file',
    preset: 'coturn',
    change: (c) =>
      (experimental(c).cmd = ['-c', '/etc/turnserver.conf', '--external-ip=203.0.113.7']),
    expected: { severity: 'warning', key: 'experimental.cmd', message: /cannot be checked here/ }
  },
  {
    name: 'coturn listening only on fly-global-services with TCP exposed',
    preset: 'coturn',
    change: (c) => replaceArg(c, '--listening-ip=0.0.0.0', []),
    expected: {
      severity: 'warning',
      key: 'experimental.cmd',
      message: /Add "--listening-ip=0\.0\.0\.0"/
    }
  },
  {
    name: 'a relay range the UDP services do not expose',
    preset: 'coturn',
    change: (c) => replaceArg(c, '--max-port=50099', ['--max-port=50199']),
    expected: {
      severity: 'warning',
      key: 'experimental.cmd',
      message: /udp-ports: 3478, 50000-50199/
    }
  },
  {
    name: "Fishjam's per-peer ports not exposed",
    preset: 'fishjam',
    change: (c) => (env(c).FJ_WEBRTC_TURN_PORT_RANGE = '60000-60099'),
    expected: { severity: 'warning', key: 'env.FJ_WEBRTC_TURN_PORT_RANGE', message: /60000-60049/ }
  },
  {
    name: 'a very wide UDP range',
    preset: 'fishjam',
    change: (c) => {
      env(c).FJ_WEBRTC_TURN_PORT_RANGE = '50000-59999'
      udpService(c).ports = [{ start_port: 50000, end_port: 59999 }]
    },
    expected: { severity: 'warning', key: 'services[1].ports', message: /Keep relay ranges narrow/ }
  },
  {
    name: 'auto_stop_machines on the HTTP service of a UDP app',
    preset: 'fishjam',
    change: (c) => (c.http_service = { internal_port: 8080, auto_stop_machines: 'stop' }),
    expected: {
      severity: 'warning',
      key: 'http_service.auto_stop_machines',
      message: /auto_stop_machines = "off"/
    }
  },
  {
    name: 'a secret-looking value in [env]',
    preset: 'fishjam',
    change: (c) => (env(c).FJ_SERVER_API_TOKEN = 'abc123'),
    expected: { severity: 'warning', key: 'env.FJ_SERVER_API_TOKEN', message: /secrets input/ }
  },
  {
    name: 'a PEM key in [env]',
    preset: 'coturn',
    change: (c) => (c.env = { TLS_KEY_PEM: '-----BEGIN PRIVATE KEY-----\nMII...' }),
    expected: { severity: 'warning', key: 'env.TLS_KEY_PEM', message: /looks like a secret/ }
  }
]

describe('lintConfig', () => {
  test.each(['coturn', 'fishjam'] as const)('the %s preset is clean', (preset) => {
    expect(lintConfig(clean(preset), { ipv4: 'dedicated' })).toEqual([])
  })

  test.each(CASES)('flags $name', ({ preset, change, ipv4, expected }) => {
    const config = clean(preset)
    change(config)
    const findings = lintConfig(config, { ipv4: ipv4 ?? 'dedicated' })
    expect(findings).toContainEqual({
      ...expected,
      message: expect.stringMatching(expected.message)
    })
    // Every message names its key's last part, so a person can find the line.
    for (const finding of findings) {
      const leaf =
        finding.key
          .split('.')
          .pop()
          ?.replace(/\[\d+\]/g, '') ?? ''
      expect(finding.message).toContain(leaf)
    }
  })

  test('errors come before warnings, and hasLintErrors sees them', () => {
    const config = clean('coturn')
    config.env = { API_TOKEN: 'x' }
    config.deploy = { release_command: '/app/bin/migrate' }
    const findings = lintConfig(config, { ipv4: 'dedicated' })
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning'])
    expect(hasLintErrors(findings)).toBe(true)
    expect(hasLintErrors(findings.slice(1))).toBe(false)
  })

  test('a plain web app (no UDP, no TURN server) has nothing to flag', () => {
    const config: FlyConfig = {
      app: 'web',
      http_service: { internal_port: 3000, auto_stop_machines: 'stop' },
      env: { LOG_LEVEL: 'info' }
    }
    expect(lintConfig(config, { ipv4: 'shared' })).toEqual([])
  })

  test('unresolved placeholders (plan mode) are not mistaken for bad values', () => {
    const built = buildConfig({
      app: 'a',
      region: 'iad',
      preset: 'fishjam',
      env: {},
      vm: {},
      secretNames: ['FJ_SERVER_API_TOKEN']
    })
    expect(lintConfig(built.config, { ipv4: 'dedicated' })).toEqual([])
  })
})

test("fishjam-docs' own Fly sample, with fly launch's migrate line, is caught", () => {
  const baseToml = `
kill_signal = "SIGTERM"
[deploy]
  release_command = "/app/bin/migrate"
[env]
  FJ_PORT = "4000"
  FJ_WEBRTC_USED = "true"
  FJ_WEBRTC_TURN_IP = "<ip obtained with fly ips allocate-v4>"
  FJ_WEBRTC_TURN_PORT_RANGE = "50000-59999"
  FJ_WEBRTC_TURN_LISTEN_IP = "fly-global-services"
  FJ_WEBRTC_TURN_TCP_PORT = "50000"
[[services]]
  internal_port = 4000
  protocol = "tcp"
  [[services.ports]]
    handlers = ["http"]
    port = 80
[[services]]
  internal_port = 50000
  protocol = "udp"
  [[services.ports]]
    port = 50000
`
  const built = buildConfig({
    app: 'turn-demo',
    region: 'iad',
    preset: 'fishjam',
    baseToml,
    env: {},
    vm: {},
    secretNames: ['FJ_SERVER_API_TOKEN']
  })
  const findings = lintConfig(resolvePlaceholders(built.config, VALUES), { ipv4: 'dedicated' })
  expect(findings.map((f) => `${f.severity} ${f.key}`)).toEqual([
    'error deploy.release_command',
    'error env.FJ_WEBRTC_TURN_IP',
    'warning env.FJ_WEBRTC_TURN_PORT_RANGE'
  ])
})
