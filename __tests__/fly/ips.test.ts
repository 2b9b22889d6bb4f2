/**
 * Step 5's addresses (issue 8 item 5): a run that gives an app its public IPv4 gives it the IPv6
 * flyctl's own first deploy would have given it (fly-platform.md §3, deploy_first.go:29-105), and
 * a race leaves one of each.
 */
import { describe, expect, test } from '@jest/globals'
import type { ExecRequest, ExecResult } from '../../src/fly/exec.js'
import { Flyctl } from '../../src/fly/flyctl.js'
import { type AddressRequest, ensureAddress } from '../../src/fly/ips.js'
import type { IpAddress } from '../../src/fly/shapes.js'
import { silentLogger } from '../../src/log.js'

const ip = (Type: string, Address: string, CreatedAt: string) => ({
  ID: `ip_${Address}`,
  Address,
  Type,
  Region: 'global',
  CreatedAt
})

/** A flyctl whose answers depend on the command: allocations print a row, lists a fixed list. */
function fake(list: ReturnType<typeof ip>[], v4 = '203.0.113.9', v6 = '2001:db8::9') {
  const calls: string[] = []
  const exec = (request: ExecRequest): Promise<ExecResult> => {
    const line = request.args.join(' ')
    calls.push(line)
    const stdout = line.startsWith('ips allocate-v4')
      ? `VERSION\tIP\nv4\t${v4}\tpublic ingress (dedicated, $2/mo)\tglobal\tjust now\n`
      : line.startsWith('ips allocate-v6')
        ? `VERSION\tIP\nv6\t${v6}\tpublic ingress (dedicated)\tglobal\tjust now\n`
        : line.startsWith('ips list')
          ? JSON.stringify(list)
          : ''
    return Promise.resolve({ exitCode: 0, stdout, stderr: '', timedOut: false, durationMs: 1 })
  }
  return { fly: new Flyctl({ binary: 'flyctl', token: 't0k', baseEnv: {}, exec }), calls }
}

const request = (overrides: Partial<AddressRequest> = {}): AddressRequest => ({
  mode: 'dedicated',
  servesTcp: true,
  newApp: true,
  ...overrides
})

describe('the IPv6 that comes with a new public IPv4', () => {
  test('a dedicated IPv4 and an IPv6, then one list for both', async () => {
    const { fly, calls } = fake([
      ip('v4', '203.0.113.9', '2026-01-01T00:00:01Z'),
      ip('v6', '2001:db8::9', '2026-01-01T00:00:02Z')
    ])
    const result = await ensureAddress(fly, 'a', [], request(), silentLogger)
    expect(calls).toEqual([
      'ips allocate-v4 --yes --app a',
      'ips allocate-v6 --app a',
      'ips list --app a --json'
    ])
    expect(result).toEqual({
      ipv4: '203.0.113.9',
      ipv6: '2001:db8::9',
      allocated: true,
      released: []
    })
  })

  test('a race: the younger IPv4 and IPv6 of this run are released in one call', async () => {
    const { fly, calls } = fake([
      ip('v4', '203.0.113.1', '2026-01-01T00:00:01Z'),
      ip('v6', '2001:db8::1', '2026-01-01T00:00:02Z'),
      ip('v4', '203.0.113.9', '2026-01-01T00:00:03Z'),
      ip('v6', '2001:db8::9', '2026-01-01T00:00:04Z')
    ])
    const result = await ensureAddress(fly, 'a', [], request(), silentLogger)
    expect(calls.at(-1)).toBe('ips release 203.0.113.9 2001:db8::9 --app a')
    expect(result).toMatchObject({ ipv4: '203.0.113.1', ipv6: '2001:db8::1', allocated: false })
  })

  test.each<[string, Partial<AddressRequest>, IpAddress[]]>([
    ['a UDP-only app (no TCP service)', { servesTcp: false }, []],
    ['ipv4: none', { mode: 'none' }, []],
    [
      'an existing app that keeps its IPv4',
      { newApp: false },
      [{ id: 'x', address: '203.0.113.1', type: 'v4', region: 'global', createdAt: '' }]
    ],
    [
      'an app that has an IPv6',
      {},
      [{ id: 'y', address: '2001:db8::1', type: 'v6', region: 'global', createdAt: '' }]
    ]
  ])('no IPv6 for %s', async (_name, overrides, known) => {
    const { fly, calls } = fake([])
    await ensureAddress(fly, 'a', known, request(overrides), silentLogger).catch(() => undefined)
    expect(calls.filter((c) => c.startsWith('ips allocate-v6'))).toEqual([])
  })

  test('a new app adopted from a race, its IPv4 already there, still gets one IPv6', async () => {
    const known: IpAddress[] = [
      { id: 'x', address: '203.0.113.1', type: 'v4', region: 'global', createdAt: '' }
    ]
    const { fly, calls } = fake([ip('v6', '2001:db8::9', '2026-01-01T00:00:04Z')])
    const result = await ensureAddress(fly, 'a', known, request(), silentLogger)
    expect(calls).toEqual(['ips allocate-v6 --app a', 'ips list --app a --json'])
    expect(result).toMatchObject({ ipv4: '203.0.113.1', ipv6: '2001:db8::9', allocated: false })
  })
})
