/**
 * TURN over TLS on Fly's edge (issue 11): `tls-ports` on the TCP service of the TURN port, with
 * the tls handler and its options, and what the probe plans from it.
 */
import { describe, expect, test } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { buildConfig, describePorts } from '../../src/config/fly-toml.js'
import { tablesIn } from '../../src/config/ports.js'
import type { BuiltConfig, ConfigRequest } from '../../src/config/types.js'
import { readSettings } from '../../src/inputs.js'
import { planProbe, plannedTransports } from '../../src/pipeline/probe-plan.js'
import { silentLogger } from '../../src/log.js'

function build(overrides: Partial<ConfigRequest> = {}): BuiltConfig {
  return buildConfig({
    app: 'turn-demo',
    region: 'iad',
    preset: 'coturn',
    env: {},
    vm: {},
    secretNames: ['AUTH_SECRET'],
    ...overrides
  })
}

function servicePorts(built: BuiltConfig, internalPort: number): Record<string, unknown>[] {
  const service = tablesIn(built.config.services).find(
    (s) => s.protocol === 'tcp' && s.internal_port === internalPort
  )
  return tablesIn(service?.ports)
}

function inputError(run: () => unknown): InputError {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('no error')
}

describe('tls-ports in fly.toml', () => {
  test('the coturn preset puts 443 and 5349 with the tls handler on the TURN port', () => {
    const built = build()
    expect(servicePorts(built, 3478)).toEqual([
      { port: 3478 },
      ...[443, 5349].map((port) => ({
        port,
        handlers: ['tls'],
        tls_options: { alpn: ['stun.turn', 'http/1.1'], versions: ['TLSv1.2', 'TLSv1.3'] }
      }))
    ])
    expect(built.tlsPorts).toEqual([443, 5349])
    // TLS ports are not raw TCP: coturn still serves TCP only on its listening port, --no-tls.
    expect(built.tcpPorts).toEqual([3478])
    const cmd = (built.config.experimental as { cmd: string[] }).cmd
    expect(cmd).toEqual(expect.arrayContaining(['--no-tls', '--listening-ip=0.0.0.0']))
    expect(describePorts(built.config)).toBe('udp 3478, 50000-50099; tcp 3478; tls 443, 5349')
  })

  test('none turns it off; an own list replaces the preset one', () => {
    expect(build({ tlsPorts: [] }).tlsPorts).toEqual([])
    expect(servicePorts(build({ tlsPorts: [] }), 3478)).toEqual([{ port: 3478 }])
    expect(build({ tlsPorts: [443] }).tlsPorts).toEqual([443])
  })

  test("a user's own TLS ports on the TURN service stay without a preset, and none removes them", () => {
    const baseToml = `
[[services]]
protocol = "tcp"
internal_port = 3478
[[services.ports]]
port = 3478
[[services.ports]]
port = 8443
handlers = ["tls"]
`
    const own = build({ preset: 'none', secretNames: [], baseToml })
    expect(own.tlsPorts).toEqual([8443])
    expect(own.tcpPorts).toEqual([3478])
    expect(build({ preset: 'none', secretNames: [], baseToml, tlsPorts: [] }).tlsPorts).toEqual([])
  })

  test('the preset default needs TCP on the TURN port; an explicit list fails without it', () => {
    expect(build({ tcpPorts: [] }).tlsPorts).toEqual([])
    const error = inputError(() => build({ preset: 'none', secretNames: [], tlsPorts: [443] }))
    expect(error.input).toBe('tls-ports')
    expect(error.message).toMatch(/no TCP service has internal_port = 3478/)
  })

  test('a TLS port another service already uses is refused', () => {
    const error = inputError(() =>
      build({
        preset: 'none',
        secretNames: [],
        tcpPorts: [{ start: 3478, end: 3478 }],
        httpPort: 8080,
        tlsPorts: [443]
      })
    )
    expect(error.input).toBe('tls-ports')
    expect(error.message).toMatch(
      /port 443 is already used by the HTTP service on internal_port 8080/
    )
  })
})

describe('the probe plan', () => {
  const settings = (inputs: Record<string, string>) =>
    readSettings(
      (name) =>
        ({ 'api-token': 't', app: 'turn', preset: 'coturn', secrets: 'AUTH_SECRET=s', ...inputs })[
          name
        ] ?? '',
      {},
      () => undefined
    )
  const target = { app: 'turn', hostname: 'turn.fly.dev', ipv4: '203.0.113.7', udpRanges: [] }

  test('coturn probes udp, tcp and tls; tls on the first TLS port, by the hostname', () => {
    const options = planProbe(settings({}), { ...target, tlsPorts: [443, 5349] }, silentLogger, 0)
    expect(options).toMatchObject({
      host: '203.0.113.7',
      transports: ['udp', 'tcp', 'tls'],
      tlsPort: 443,
      tls: { servername: 'turn.fly.dev' },
      successes: 3,
      holdMs: 0
    })
  })

  test('without TLS ports the preset default drops tls; asking for tls fails, naming the input', () => {
    expect(plannedTransports(settings({}), [])).toEqual(['udp', 'tcp'])
    expect(plannedTransports(settings({ preset: 'none', secrets: '' }), [443])).toEqual(['udp'])
    const error = inputError(() => plannedTransports(settings({ 'probe-transports': 'tls' }), []))
    expect(error.input).toBe('probe-transports')
    expect(error.message).toMatch(/no TLS port is rendered: set 'tls-ports'/)
  })

  test('probe-successes and probe-hold reach the probe', () => {
    const options = planProbe(
      settings({ 'probe-successes': '5', 'probe-hold': '6m' }),
      { ...target, tlsPorts: [443] },
      silentLogger,
      0
    )
    expect(options).toMatchObject({ successes: 5, holdMs: 360_000 })
  })
})
