/** Name resolution the probe can abandon (issue 12, item 1): /etc/hosts, then cancellable DNS. */
import { describe, expect, test } from '@jest/globals'
import { fromHostsFile, resolveHost } from '../../src/probe/transport/resolve.js'

const HOSTS = `
127.0.0.1   localhost
::1         localhost ip6-localhost  # comment
10.1.2.3    turn.internal Turn-Alias
fd00::7     only-v6.internal
# 192.0.2.1 commented.internal
`

describe('/etc/hosts', () => {
  test.each([
    ['localhost', '127.0.0.1', 'IPv4'],
    ['ip6-localhost', '::1', 'IPv6'],
    ['turn-alias', '10.1.2.3', 'IPv4'],
    ['turn.internal.', '10.1.2.3', 'IPv4'],
    ['only-v6.internal', 'fd00::7', 'IPv6']
  ])('%s -> %s', (name, address, family) => {
    expect(fromHostsFile(name, HOSTS)).toEqual({ address, family })
  })

  test('names it does not list, and commented lines, are not found; localhost always is', () => {
    expect(fromHostsFile('commented.internal', HOSTS)).toBeUndefined()
    expect(fromHostsFile('elsewhere.example', HOSTS)).toBeUndefined()
    expect(fromHostsFile('localhost', '')).toEqual({ address: '127.0.0.1', family: 'IPv4' })
  })
})

describe('resolveHost', () => {
  test('IP literals pass through, bracketed or not', async () => {
    expect(await resolveHost('203.0.113.7')).toEqual({ address: '203.0.113.7', family: 'IPv4' })
    expect(await resolveHost('[2001:db8::1]')).toEqual({ address: '2001:db8::1', family: 'IPv6' })
  })

  test('a DNS lookup ends by the deadline as a dns-error', async () => {
    const started = Date.now()
    await expect(resolveHost('probe-deadline.invalid', Date.now() + 50)).rejects.toMatchObject({
      outcome: 'dns-error',
      message: expect.stringMatching(/^cannot resolve probe-deadline\.invalid: /)
    })
    expect(Date.now() - started).toBeLessThan(1000)
  })

  test('an abort ends it at once', async () => {
    const controller = new AbortController()
    const pending = resolveHost('probe-abort.invalid', Infinity, controller.signal)
    controller.abort()
    await expect(pending).rejects.toMatchObject({ outcome: 'aborted' })
  })
})
