import { describe, expect, test } from '@jest/globals'
import { ActionError } from '../../src/errors.js'
import { resolvePlaceholders } from '../../src/config/placeholders.js'

const VALUES = { ipv4: '203.0.113.7', app: 'turn-demo', hostname: 'turn-demo.fly.dev' }

/** A field path like `experimental.cmd` read out of a config. */
function at(config: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => {
    if (value === undefined || value === null) return undefined
    return (value as Record<string, unknown>)[key]
  }, config)
}

describe('resolvePlaceholders', () => {
  test.each([
    ['an env value', { env: { IP: '{ipv4}' } }, 'env.IP', '203.0.113.7'],
    [
      'several in one value',
      { env: { URL: 'turn:{ipv4}?app={app}' } },
      'env.URL',
      'turn:203.0.113.7?app=turn-demo'
    ],
    ['the hostname', { env: { FJ_HOST: '{hostname}' } }, 'env.FJ_HOST', 'turn-demo.fly.dev'],
    [
      'a cmd argument',
      { experimental: { cmd: ['--external-ip={ipv4}'] } },
      'experimental.cmd',
      ['--external-ip=203.0.113.7']
    ],
    [
      'an entrypoint argument',
      { experimental: { entrypoint: ['run', '{app}'] } },
      'experimental.entrypoint',
      ['run', 'turn-demo']
    ],
    [
      'a [processes] string',
      { processes: { app: 'turnserver --realm={hostname}' } },
      'processes.app',
      'turnserver --realm=turn-demo.fly.dev'
    ],
    [
      '${VAR} stays for the entrypoint',
      { experimental: { cmd: ['--static-auth-secret=${AUTH_SECRET}'] } },
      'experimental.cmd',
      ['--static-auth-secret=${AUTH_SECRET}']
    ],
    [
      '$VAR stays',
      { experimental: { cmd: ['--static-auth-secret=$AUTH_SECRET'] } },
      'experimental.cmd',
      ['--static-auth-secret=$AUTH_SECRET']
    ],
    ['JSON in env is not a placeholder', { env: { J: '{"a":1}' } }, 'env.J', '{"a":1}'],
    [
      'other sections are untouched',
      { services: [{ protocol: '{ipv4}' }] },
      'services.0.protocol',
      '{ipv4}'
    ]
  ])('fills %s', (_name, config, path, expected) => {
    expect(at(resolvePlaceholders(config, VALUES), path)).toEqual(expected)
  })

  test('returns a copy and leaves the input as it was', () => {
    const config = { env: { IP: '{ipv4}' } }
    resolvePlaceholders(config, VALUES)
    expect(config.env.IP).toBe('{ipv4}')
  })

  test.each([
    [
      'an unknown name, in env',
      { env: { X: 'a{ipv6}' } },
      VALUES,
      /\[env\] X uses the unknown placeholder \{ipv6\}/
    ],
    [
      'an unknown name, in cmd',
      { experimental: { cmd: ['ok', '{host}'] } },
      VALUES,
      /\[experimental\] cmd\[1\] uses the unknown placeholder \{host\}/
    ],
    [
      '{ipv4} without an IPv4',
      { env: { FJ_WEBRTC_TURN_IP: '{ipv4}' } },
      { app: 'a', hostname: 'a.fly.dev' },
      /\[env\] FJ_WEBRTC_TURN_IP uses \{ipv4\}, but the app has no dedicated IPv4/
    ]
  ])('rejects %s, naming the key', (_name, config, values, message) => {
    const call = () => resolvePlaceholders(config, values)
    expect(call).toThrow(ActionError)
    expect(call).toThrow(message)
  })
})
