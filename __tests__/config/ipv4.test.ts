/**
 * The UDP/IPv4 rule: decideIpv4Mode picks the mode of a rendered config, and lint flags a
 * requested mode that cannot carry its UDP services, naming the `ipv4` input and the fix.
 */
import { describe, expect, test } from '@jest/globals'
import { buildConfig, decideIpv4Mode, lintConfig } from '../../src/config/index.js'
import type { Ipv4Mode, PortRange } from '../../src/config/types.js'

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
    expect(decideIpv4Mode(requested, { udpRanges })).toBe(expected)
  })

  test('a preset that exposes UDP gets a dedicated IPv4; a TCP-only app a shared one', () => {
    const base = { app: 'a', region: 'iad', env: {}, vm: {} }
    const coturn = buildConfig({ ...base, preset: 'coturn', secretNames: ['AUTH_SECRET'] })
    const tcpOnly = buildConfig({
      ...base,
      preset: 'none',
      secretNames: [],
      tcpPorts: [{ start: 8443, end: 8443 }]
    })
    expect(decideIpv4Mode(undefined, coturn)).toBe('dedicated')
    expect(decideIpv4Mode(undefined, tcpOnly)).toBe('shared')
  })
})

describe('a requested IPv4 mode that cannot carry UDP', () => {
  const built = buildConfig({
    app: 'a',
    region: 'iad',
    preset: 'none',
    env: {},
    vm: {},
    secretNames: [],
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
