/**
 * The IPv4 rules: decideIpv4Mode picks the mode of a rendered config as flyctl would (UDP or raw
 * TCP: dedicated), and lint flags a requested mode that cannot carry its UDP or raw TCP services,
 * naming the `ipv4` input and the fix.
 */
import { describe, expect, test } from '@jest/globals'
import { buildConfig, decideIpv4Mode, lintConfig } from '../../src/config/index.js'
import type { ConfigRequest, Ipv4Mode, PortRange } from '../../src/config/types.js'

const UDP: PortRange[] = [{ start: 3478, end: 3478 }]

describe('decideIpv4Mode', () => {
  test.each<[string, Ipv4Mode | undefined, PortRange[], Ipv4Mode]>([
    ['UDP exposed, nothing requested', undefined, UDP, 'dedicated'],
    ['no UDP, nothing requested', undefined, [], 'shared'],
    ['no UDP, dedicated requested', 'dedicated', [], 'dedicated'],
    ['no UDP, none requested', 'none', [], 'none'],
    ['UDP exposed, dedicated requested', 'dedicated', UDP, 'dedicated'],
    // Kept as requested: lint then reports it with the fix (below).
    ['UDP exposed, shared requested', 'shared', UDP, 'shared'],
    ['UDP exposed, none requested', 'none', UDP, 'none'],
    ['only a reversed (empty) UDP range', undefined, [{ start: 50100, end: 50000 }], 'shared']
  ])('%s', (_name, requested, udpRanges, expected) => {
    expect(decideIpv4Mode(requested, { udpRanges, config: {} })).toBe(expected)
  })

  test('UDP or raw TCP gets a dedicated IPv4 (as flyctl decides); an HTTP-only app a shared one', () => {
    const base = { app: 'a', region: 'iad', env: {}, vm: {}, preset: 'none' as const }
    const coturn = buildConfig({ ...base, preset: 'coturn', secretNames: ['AUTH_SECRET'] })
    const rawTcp = buildConfig({ ...base, secretNames: [], tcpPorts: [{ start: 8443, end: 8443 }] })
    const httpOnly = buildConfig({ ...base, secretNames: [], httpPort: 8080 })
    expect(decideIpv4Mode(undefined, coturn)).toBe('dedicated')
    expect(decideIpv4Mode(undefined, rawTcp)).toBe('dedicated')
    expect(decideIpv4Mode(undefined, httpOnly)).toBe('shared')
  })

  // flyctl:internal/appconfig/config.go:229-255 and fly-go:machine_types.go:682-731
  test.each<[string, Record<string, unknown>, Ipv4Mode]>([
    ['http on 80, tls+http on 443', { port: 443, handlers: ['tls', 'http'] }, 'shared'],
    ['http+tls on 443, either order', { port: 443, handlers: ['http', 'tls'] }, 'shared'],
    ['http on 80', { port: 80, handlers: ['http'] }, 'shared'],
    ['tls alone on 443', { port: 443, handlers: ['tls'] }, 'dedicated'],
    ['nothing on 80', { port: 80 }, 'dedicated'],
    ['tls on 5349', { port: 5349, handlers: ['tls'] }, 'dedicated'],
    ['the range 80-443', { start_port: 80, end_port: 443, handlers: ['http'] }, 'dedicated'],
    [
      'a range holding only 443',
      { start_port: 443, end_port: 443, handlers: ['tls', 'http'] },
      'shared'
    ]
  ])('a TCP port with %s: %s', (_name, port, expected) => {
    const config = { services: [{ protocol: 'tcp', internal_port: 8080, ports: [port] }] }
    expect(decideIpv4Mode(undefined, { udpRanges: [], config })).toBe(expected)
  })
})

/** A config of the inputs alone (no preset, no user file). */
const fromInputs = (ports: Partial<ConfigRequest>) =>
  buildConfig({
    app: 'a',
    region: 'iad',
    preset: 'none',
    env: {},
    vm: {},
    secretNames: [],
    ...ports
  })

describe('ipv4: shared with raw TCP (issue 8 item 4)', () => {
  const built = fromInputs({ tcpPorts: [{ start: 8443, end: 8443 }], httpPort: 8080 })

  test('is an error naming the input and the fix', () => {
    expect(lintConfig(built.config, { ipv4: 'shared' })).toEqual([
      {
        severity: 'error',
        key: 'services',
        message: expect.stringMatching(
          /raw TCP \(8443\) but ipv4: shared.*Set the input ipv4: dedicated.*handlers = \["tls", "http"\]/
        )
      }
    ])
  })

  test('dedicated (the default) and none are not flagged', () => {
    expect(lintConfig(built.config, { ipv4: 'dedicated' })).toEqual([])
    expect(lintConfig(built.config, { ipv4: 'none' })).toEqual([])
  })
})

describe('a requested IPv4 mode that cannot carry UDP', () => {
  const built = fromInputs({
    udpPorts: [
      { start: 3478, end: 3478 },
      { start: 50000, end: 50099 }
    ]
  })

  test.each<Ipv4Mode>(['shared', 'none'])('ipv4: %s is an error with the fix', (ipv4) => {
    const mode = decideIpv4Mode(ipv4, built)
    expect(lintConfig(built.config, { ipv4: mode })).toEqual([
      {
        severity: 'error',
        key: 'services',
        message: expect.stringMatching(
          new RegExp(
            `UDP \\(3478, 50000-50099\\).*\\(ipv4: ${ipv4}\\).*Set the input ipv4: dedicated`
          )
        )
      }
    ])
  })

  test('the decided mode is never flagged', () => {
    expect(lintConfig(built.config, { ipv4: decideIpv4Mode(undefined, built) })).toEqual([])
  })
})
