/**
 * Issue 12 item 4: a coturn command that would run an open relay is a lint error (a warning with
 * allow-open-relay), in every spelling coturn's getopt_long accepts; `--no-auth` next to
 * authentication is an error always, because coturn refuses to start with both.
 */
import { describe, expect, test } from '@jest/globals'
import { lintConfig } from '../../src/config/lint/index.js'
import { readTurnserverArgs } from '../../src/config/presets/turnserver-args.js'
import type { LintFinding } from '../../src/config/types.js'
import { coturnConfigWithAuth } from '../../test/coturn-config.js'

function authFindings(auth: string[], allowOpenRelay = false): LintFinding[] {
  return lintConfig(coturnConfigWithAuth(auth), { ipv4: 'dedicated', allowOpenRelay }).filter((f) =>
    /open relay|refuses to start/.test(f.message)
  )
}

const OPEN: [string, string[]][] = [
  ['no auth flag at all', []],
  ['--no-auth', ['--no-auth']],
  ['-z', ['-z']],
  ['-z in a cluster (-nz)', ['-nz']],
  ['--no-auth=1', ['--no-auth=1']],
  ['--no-auth=yes', ['--no-auth=yes']],
  ['--lt-cred-mech turned off again', ['--lt-cred-mech', '--lt-cred-mech=false']],
  [
    '--use-auth-secret turned off by a later --lt-cred-mech=0',
    ['--use-auth-secret', '--lt-cred-mech=0']
  ],
  ['--oauth alone (needs long-term credentials to authenticate)', ['--oauth']],
  ['users ignored by --no-auth', ['--user=alice:secret', '--no-auth']],
  ['--lt-cred-mech=false', ['--lt-cred-mech=false']],
  ['--no-auth with a config file', ['-c', '/etc/turnserver.conf', '--no-auth']]
]

const AUTHENTICATED: [string, string[]][] = [
  [
    'the preset (--use-auth-secret --static-auth-secret)',
    ['--use-auth-secret', '--static-auth-secret=$AUTH_SECRET']
  ],
  ['-a', ['-a']],
  ['-a in a cluster (-fa)', ['-fa']],
  ['--lt-cred-mech', ['--lt-cred-mech']],
  ['--lt-cred (a unique prefix)', ['--lt-cred']],
  ['--static-auth-secret alone', ['--static-auth-secret=$AUTH_SECRET']],
  [
    '--static-auth-secret with its value in the next word',
    ['--static-auth-secret', '$AUTH_SECRET']
  ],
  ['users without -a (coturn turns it on)', ['--user=alice:secret']],
  ['-u glued', ['-ualice:secret']],
  ['--no-auth turned off again', ['--no-auth', '--no-auth=false', '-a']],
  ['--no-auth=0 next to -a', ['--no-auth=0', '-a']],
  ['a config file lint cannot read', ['-c', '/etc/turnserver.conf']],
  ['-z after --, not an option', ['-a', '--', '-z']]
]

const REFUSES_TO_START: [string, string[]][] = [
  [
    '--no-auth next to --use-auth-secret',
    ['--use-auth-secret', '--static-auth-secret=$AUTH_SECRET', '--no-auth']
  ],
  ['-a and -z', ['-a', '-z']],
  ['-az', ['-az']],
  ['--no-auth before --lt-cred-mech', ['--no-auth', '--lt-cred-mech']],
  ['-z next to --static-auth-secret', ['-z', '--static-auth-secret=$AUTH_SECRET']]
]

describe('an open relay is an error, in every spelling', () => {
  test.each(OPEN)('%s', (_name, auth) => {
    const findings = authFindings(auth)
    expect(findings).toEqual([
      { severity: 'error', key: 'experimental.cmd', message: expect.stringMatching(/open relay/) }
    ])
    expect(findings[0].message).toMatch(/allow-open-relay: true/)
  })

  test.each(OPEN)('%s: a warning with allow-open-relay: true', (_name, auth) => {
    expect(authFindings(auth, true)).toEqual([
      { severity: 'warning', key: 'experimental.cmd', message: expect.stringMatching(/open relay/) }
    ])
  })
})

test.each(AUTHENTICATED)('authenticated: %s', (_name, auth) => {
  expect(authFindings(auth)).toEqual([])
})

test.each(REFUSES_TO_START)(
  'coturn would not start: %s (even with allow-open-relay)',
  (_n, auth) => {
    for (const allow of [false, true]) {
      expect(authFindings(auth, allow)).toEqual([
        {
          severity: 'error',
          key: 'experimental.cmd',
          message: expect.stringMatching(/-a and -z options cannot be used together/)
        }
      ])
    }
  }
)

test('the option reader follows getopt_long', () => {
  expect(
    readTurnserverArgs(['turnserver', '-nzL', 'fly-global-services', '--realm', 'r', '--no-auth-p'])
  ).toEqual([
    { name: '-n', spelling: '-n' },
    { name: 'no-auth', spelling: '-z' },
    { name: 'listening-ip', value: 'fly-global-services', spelling: '-nzL' },
    { name: 'realm', value: 'r', spelling: '--realm' },
    { name: 'no-auth-pings', value: undefined, spelling: '--no-auth-p' }
  ])
  // An optional value only after '=': the next word is not --no-auth's value.
  expect(readTurnserverArgs(['--no-auth', 'false']).map((o) => o.value)).toEqual([undefined])
  // An ambiguous prefix is no option (coturn exits on it).
  expect(readTurnserverArgs(['--no'])).toEqual([])
})
