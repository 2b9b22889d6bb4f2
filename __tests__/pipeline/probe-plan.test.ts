/**
 * Issue 12 items 2, 4 and 6 at the probe plan: an empty preset secret names `secrets` (never
 * `turn-secret`, which the user did not set), the probe fails on an open relay unless the user
 * allowed one, and a probed port or transport the rendered config does not expose is refused.
 */
import { describe, expect, test } from '@jest/globals'
import { buildConfig } from '../../src/config/fly-toml.js'
import { InputError } from '../../src/errors.js'
import { readSettings, type Settings } from '../../src/inputs.js'
import { silentLogger } from '../../src/log.js'
import { checkProbedPortsExposed, planProbe } from '../../src/pipeline/probe-plan.js'

function settingsOf(inputs: Record<string, string>): Settings {
  return readSettings(
    (name) => ({ 'api-token': 'tok', app: 'turn', ...inputs })[name] ?? '',
    {},
    () => undefined
  )
}

const target = {
  app: 'turn',
  hostname: 'turn.fly.dev',
  ipv4: '192.0.2.1',
  udpRanges: [],
  tlsPorts: []
}

function errorOf(run: () => unknown): InputError {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('no error')
}

describe('the preset secret', () => {
  test.each(['AUTH_SECRET=', 'AUTH_SECRET="  "'])(
    '%s names secrets, not turn-secret',
    (secrets) => {
      const error = errorOf(() =>
        planProbe(settingsOf({ preset: 'coturn', secrets }), target, silentLogger, 0)
      )
      expect(error.input).toBe('secrets')
      expect(error.message).toMatch(/AUTH_SECRET is empty/)
      expect(error.message).not.toMatch(/turn-secret/)
    }
  )

  test('an explicit turn-secret wins over the preset secret', () => {
    const settings = settingsOf({ preset: 'coturn', secrets: 'AUTH_SECRET=', 'turn-secret': 'ts' })
    expect(planProbe(settings, target, silentLogger, 0)?.credentials).toEqual({
      kind: 'rest',
      secret: 'ts'
    })
  })
})

test('failOnOpenRelay follows allow-open-relay', () => {
  const coturn = { preset: 'coturn', secrets: 'AUTH_SECRET=s3cret' }
  expect(planProbe(settingsOf(coturn), target, silentLogger, 0)?.failOnOpenRelay).toBe(true)
  const allowed = settingsOf({ ...coturn, 'allow-open-relay': 'true' })
  expect(planProbe(allowed, target, silentLogger, 0)?.failOnOpenRelay).toBe(false)
})

describe('probed ports the rendered config must expose', () => {
  const coturnBuilt = buildConfig({
    app: 'turn',
    region: 'iad',
    preset: 'coturn',
    env: {},
    vm: {},
    secretNames: ['AUTH_SECRET']
  })
  const check = (inputs: Record<string, string>) => () =>
    checkProbedPortsExposed(
      settingsOf({ preset: 'coturn', secrets: 'AUTH_SECRET=x', ...inputs }),
      coturnBuilt,
      'dedicated'
    )

  test.each([
    [{ 'probe-port': '3479' }, 'probe-port', /3479 is not among the UDP ports.*3478, 50000-50099/],
    [{ 'probe-port': '50000' }, 'probe-port', /TCP ports/]
  ])('%j is refused, naming %s', (inputs, input, why) => {
    const error = errorOf(check({ 'probe-transports': 'udp, tcp', ...inputs }))
    expect(error.input).toBe(input)
    expect(error.message).toMatch(why)
  })

  test('tcp without any TCP service', () => {
    const udpOnly = buildConfig({
      app: 'turn',
      region: 'iad',
      preset: 'none',
      env: {},
      vm: {},
      udpPorts: [{ start: 3478, end: 3478 }],
      secretNames: []
    })
    const error = errorOf(() =>
      checkProbedPortsExposed(
        settingsOf({ 'udp-ports': '3478', 'probe-transports': 'udp, tcp' }),
        udpOnly,
        'dedicated'
      )
    )
    expect(error).toMatchObject({ input: 'probe-transports' })
    expect(error.message).toMatch(/'tcp' needs a TCP service/)
  })

  test("'tls' without any TLS port (tls-ports: none)", () => {
    const noTls = buildConfig({
      app: 'turn',
      region: 'iad',
      preset: 'coturn',
      env: {},
      vm: {},
      tlsPorts: [],
      secretNames: ['AUTH_SECRET']
    })
    const settings = settingsOf({
      preset: 'coturn',
      secrets: 'AUTH_SECRET=x',
      'tls-ports': 'none',
      'probe-transports': 'udp, tls'
    })
    const error = errorOf(() => checkProbedPortsExposed(settings, noTls, 'dedicated'))
    expect(error.input).toBe('probe-transports')
    expect(error.message).toMatch(/no TLS port is rendered/)
  })

  const FINE: Record<string, string>[] = [
    {},
    { 'probe-transports': 'udp, tcp' },
    // The coturn preset renders TLS on 443 and 5349 (tls-ports), where Fly's edge terminates it.
    { 'probe-transports': 'udp, tcp, tls' },
    { 'probe-host': 'turn.example.com', 'probe-transports': 'tls' },
    { probe: 'none', 'probe-port': '1' }
  ]
  test.each(FINE)('%j is fine', (inputs) => expect(check(inputs)).not.toThrow())
})
