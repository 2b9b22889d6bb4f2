import { describe, expect, test } from '@jest/globals'
import { InputError } from '../src/errors.js'
import { readSettings } from '../src/inputs.js'

function read(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const masked: string[] = []
  const settings = readSettings(
    (name) => inputs[name] ?? '',
    env,
    (s) => masked.push(s)
  )
  return { settings, masked }
}

function problem(inputs: Record<string, string>): InputError {
  try {
    read({ 'api-token': 'tok', app: 'turn', ...inputs })
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error(`no error for ${JSON.stringify(inputs)}`)
}

describe('readSettings', () => {
  test('defaults follow the contract', () => {
    const { settings } = read({ 'api-token': 'tok', app: 'turn' })
    expect(settings).toMatchObject({
      command: 'deploy',
      org: 'personal',
      region: 'iad',
      preset: 'none',
      path: '.',
      ha: false,
      strategy: 'rolling',
      waitTimeoutMs: 300_000,
      probeChecks: undefined,
      probePort: 3478,
      // Issue 11: the preset decides (coturn: udp, tcp, tls), so no input default.
      probeTransports: undefined,
      probeSuccesses: 3,
      probeHoldMs: 0,
      tlsPorts: undefined,
      probeTimeoutMs: 300_000,
      probeIntervalMs: 2_000,
      onFailure: 'fail',
      preview: false,
      reapOlderThanMs: 72 * 3_600_000,
      dryRun: false,
      ipv4: undefined,
      comment: undefined
    })
  })

  test('the token falls back to FLY_API_TOKEN, and every secret value is masked', () => {
    const { settings, masked } = read(
      {
        app: 'turn',
        secrets: 'AUTH_SECRET=s3cret\nEMPTY=',
        'turn-secret': 'ts',
        'health-token': 'ht'
      },
      { FLY_API_TOKEN: 'env-token' }
    )
    expect(settings.apiToken).toBe('env-token')
    expect(masked).toEqual(expect.arrayContaining(['env-token', 's3cret', 'ts', 'ht']))
    expect(masked).not.toContain('')
  })

  test('ports, lists and shell-split deploy args', () => {
    const { settings } = read({
      'api-token': 't',
      app: 'turn',
      'udp-ports': '3478, 49160-49200',
      'probe-transports': 'udp, tcp,tls',
      probe: 'turn,relay',
      'deploy-args': '--build-arg "V=1 2" --no-cache',
      regions: 'iad, fra'
    })
    expect(settings.udpPorts).toEqual([
      { start: 3478, end: 3478 },
      { start: 49160, end: 49200 }
    ])
    expect(settings.probeTransports).toEqual(['udp', 'tcp', 'tls'])
    expect(settings.probeChecks).toEqual(['turn', 'relay'])
    expect(settings.deployArgs).toEqual(['--build-arg', 'V=1 2', '--no-cache'])
    expect(settings.regions).toEqual(['iad', 'fra'])
  })

  test('names that are also Object.prototype members are plain names', () => {
    const { settings } = read({
      'api-token': 't',
      app: 'turn',
      env: 'constructor=1\n__proto__=2',
      secrets: 'toString=3'
    })
    expect(Object.entries(settings.env)).toEqual([
      ['constructor', '1'],
      ['__proto__', '2']
    ])
    expect(settings.secrets).toEqual([{ name: 'toString', value: '3' }])
  })

  test('a probe of a given host needs no token; reap-older-than may exceed a timer', () => {
    expect(
      read({ command: 'probe', 'probe-host': '203.0.113.7' }).settings.apiToken
    ).toBeUndefined()
    expect(
      read({
        'api-token': 't',
        app: 'turn',
        command: 'reap',
        preview: 'true',
        'reap-older-than': '720h'
      }).settings.reapOlderThanMs
    ).toBe(720 * 3_600_000)
  })

  test('probe: none means no checks; a preview base may hold characters a name may not', () => {
    expect(read({ 'api-token': 't', app: 'turn', probe: 'none' }).settings.probeChecks).toEqual([])
    expect(read({ 'api-token': 't', app: 'My_Turn', preview: 'true' }).settings.app).toBe('My_Turn')
  })

  test('issue 11: tls-ports, probe-transports, probe-successes and probe-hold', () => {
    const settings = (inputs: Record<string, string>) =>
      read({ 'api-token': 't', app: 'turn', ...inputs }).settings
    expect(settings({ 'tls-ports': '443, 5349' }).tlsPorts).toEqual([443, 5349])
    expect(settings({ 'tls-ports': 'none' }).tlsPorts).toEqual([])
    expect(settings({ 'probe-transports': 'tls, udp, tls' }).probeTransports).toEqual([
      'tls',
      'udp'
    ])
    expect(settings({ 'probe-successes': '1' }).probeSuccesses).toBe(1)
    expect(settings({ 'probe-hold': '6m' }).probeHoldMs).toBe(360_000)
    expect(settings({ 'probe-hold': '15m' }).probeHoldMs).toBe(900_000)
    expect(problem({ 'probe-hold': '16m' }).message).toMatch(/longer than the 15m allowed/)
  })

  test('reap takes app as the base of the previews, with or without preview: true', () => {
    const reap = (inputs: Record<string, string>) =>
      read({ 'api-token': 't', command: 'reap', ...inputs }).settings
    expect(reap({ app: 'turn' })).toMatchObject({ command: 'reap', app: 'turn', preview: false })
    expect(reap({ app: 'turn', preview: 'true' })).toMatchObject({ app: 'turn', preview: true })
    // The same base a preview workflow gives, which need not be a Fly app name itself.
    expect(reap({ app: 'My_Turn' }).app).toBe('My_Turn')
  })

  test('flyctl-version follows the installer: exact, v-prefixed, dev builds, latest, system', () => {
    const version = (v: string) =>
      read({ 'api-token': 't', app: 'turn', 'flyctl-version': v }).settings.flyctlVersion
    expect(version('v0.4.87')).toBe('0.4.87')
    expect(version('2026.8.21-pr5096.1')).toBe('2026.8.21-pr5096.1')
    expect(version('latest')).toBe('latest')
    expect(version('system')).toBe('system')
  })

  test.each([
    [{ command: 'launch' }, 'command'],
    [{ app: 'Turn_Server' }, 'app'],
    [{ app: '-turn' }, 'app'],
    [{ app: 'a'.repeat(64) }, 'app'],
    [{ region: 'virginia' }, 'region'],
    [{ org: 'Acme Inc' }, 'org'],
    [{ preset: 'janus' }, 'preset'],
    [{ 'udp-ports': '70000' }, 'udp-ports'],
    [{ 'tcp-ports': '10-5' }, 'tcp-ports'],
    [{ 'http-port': 'eighty' }, 'http-port'],
    [{ ipv4: 'private' }, 'ipv4'],
    [{ ipv4: 'shared', 'udp-ports': '3478' }, 'ipv4'],
    [{ 'vm-memory': 'lots' }, 'vm-memory'],
    [{ 'vm-cpus': '0' }, 'vm-cpus'],
    [{ 'vm-cpu-kind': 'gpu' }, 'vm-cpu-kind'],
    [{ ha: 'yes' }, 'ha'],
    [{ strategy: 'blue-green' }, 'strategy'],
    [{ 'wait-timeout': '300' }, 'wait-timeout'],
    [{ 'deploy-args': '--app other' }, 'deploy-args'],
    [{ 'flyctl-version': 'newest' }, 'flyctl-version'],
    [{ probe: 'ping' }, 'probe'],
    [{ 'probe-port': '0' }, 'probe-port'],
    [{ 'probe-transports': 'dtls' }, 'probe-transports'],
    [{ 'tls-ports': '443-445' }, 'tls-ports'],
    [{ 'tls-ports': 'off' }, 'tls-ports'],
    [{ 'probe-successes': '0' }, 'probe-successes'],
    [{ 'probe-successes': '21' }, 'probe-successes'],
    [{ 'probe-successes': 'three' }, 'probe-successes'],
    [{ 'probe-hold': '16m' }, 'probe-hold'],
    [{ 'probe-hold': '300' }, 'probe-hold'],
    [{ 'probe-host': 'https://x.example' }, 'probe-host'],
    [{ 'turn-username': 'u' }, 'turn-password'],
    [{ 'turn-username': 'u', 'turn-password': 'p', 'turn-secret': 's' }, 'turn-secret'],
    [{ 'health-url': 'ftp://x/health' }, 'health-url'],
    [{ probe: 'http' }, 'health-url'],
    [{ 'probe-timeout': 'soon' }, 'probe-timeout'],
    [{ 'on-failure': 'destroy' }, 'on-failure'],
    [{ comment: 'maybe' }, 'comment'],
    [{ count: '2' }, 'count'],
    [{ regions: 'fra, iad, fra' }, 'regions'],
    [{ regions: 'Fra' }, 'regions'],
    [{ regions: 'fra', ha: 'true' }, 'ha'],
    [{ regions: 'fra', 'probe-host': '203.0.113.7' }, 'probe-host'],
    [{ regions: 'fra', app: 'a'.repeat(60) }, 'app'],
    [{ 'dry-run': 'true' }, 'dry-run'],
    [{ command: 'reap', app: '' }, 'app'],
    [{ command: 'reap', app: '--' }, 'app'],
    [{ env: 'NOT A PAIR' }, 'env'],
    [{ secrets: 'A=1', env: 'A=2' }, 'env'],
    [{ secrets: 'no equals sign' }, 'secrets'],
    [{ 'api-token': '' }, 'api-token'],
    [{ app: '' }, 'app'],
    [{ 'deploy-args': '-aproduction' }, 'deploy-args'],
    [{ 'deploy-args': '-tFlyV1-token' }, 'deploy-args'],
    [{ 'wait-timeout': '600h' }, 'wait-timeout'],
    [{ secrets: 'K="""ab"#c\nd"""' }, 'secrets'],
    [{ command: 'probe', 'api-token': '' }, 'api-token']
  ])('%j is refused, naming %s', (inputs, input) => {
    const error = problem(inputs)
    expect(error.input).toBe(input)
    expect(error.message).toContain(`Input '${input}'`)
  })
})
