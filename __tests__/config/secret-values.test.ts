/**
 * Issue 12 items 2 and 3: the secrets a server needs must not be empty, and a secret the coturn
 * image's entrypoint expands must reach coturn unchanged; errors name the secret, never its value.
 */
import { describe, expect, test } from '@jest/globals'
import { buildConfig } from '../../src/config/fly-toml.js'
import { presetFor } from '../../src/config/presets/index.js'
import { checkSecretValues } from '../../src/config/secret-values.js'
import type { FlyConfig, PresetName } from '../../src/config/types.js'
import { InputError } from '../../src/errors.js'

function configOf(preset: PresetName, baseToml?: string): FlyConfig {
  return buildConfig({
    app: 'turn-demo',
    region: 'iad',
    preset,
    baseToml,
    env: {},
    vm: {},
    secretNames: ['AUTH_SECRET', 'FJ_SERVER_API_TOKEN', 'MY_SECRET']
  }).config
}

function refusal(preset: PresetName, secrets: Record<string, string>, baseToml?: string): string {
  const entries = Object.entries(secrets).map(([name, value]) => ({ name, value }))
  try {
    checkSecretValues(configOf(preset, baseToml), presetFor(preset), entries)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    expect(error.input).toBe('secrets')
    for (const value of Object.values(secrets))
      if (value.trim()) expect(error.message).not.toContain(value)
    return error.message
  }
  return ''
}

describe('item 2: empty required secrets', () => {
  test.each(['', ' ', '   ', '\t', '\n', ' \t\n '])('coturn AUTH_SECRET=%j', (value) => {
    const message = refusal('coturn', { AUTH_SECRET: value })
    expect(message).toMatch(/AUTH_SECRET is empty or only whitespace/)
    expect(message).toMatch(/anyone could mint TURN credentials/)
    expect(message).toMatch(/no secret of that name/)
    expect(message).not.toMatch(/turn-secret/)
  })

  test.each(['', '  '])('fishjam FJ_SERVER_API_TOKEN=%j', (value) => {
    expect(refusal('fishjam', { FJ_SERVER_API_TOKEN: value })).toMatch(
      /FJ_SERVER_API_TOKEN is empty or only whitespace, so Fishjam/
    )
  })

  test("a user's own coturn command with an empty --static-auth-secret=$MY_SECRET", () => {
    const toml = `[build]\nimage = "coturn/coturn:4.17.0-r0"\n[experimental]\ncmd = ["--use-auth-secret", "--static-auth-secret=$MY_SECRET"]\n`
    expect(refusal('none', { MY_SECRET: ' ' }, toml)).toMatch(/MY_SECRET is empty/)
  })
})

describe('item 3: values the coturn entrypoint would change', () => {
  test.each([
    ['two  spaces*', /runs of spaces/],
    ['tab\there', /tabs and line breaks/],
    ['line\nbreak', /tabs and line breaks/],
    ['ends with a space ', /trailing spaces/],
    ['word *', /names of matching files/],
    ['a b?', /names of matching files/]
  ])('%j: %s', (value, why) => {
    const message = refusal('coturn', { AUTH_SECRET: value })
    expect(message).toMatch(/AUTH_SECRET would reach coturn changed/)
    expect(message).toMatch(why)
    expect(message).toMatch(/openssl rand -hex 32/)
    expect(message).toMatch(/Safe in a secret/)
  })

  test.each([
    'e2e-auth-secret with spaces #and = signs',
    ' leading',
    'abc*?[x]',
    '$(id) `id` \\n "q"',
    'ünï'
  ])('%j passes through unchanged, so it is accepted', (value) =>
    expect(refusal('coturn', { AUTH_SECRET: value })).toBe('')
  )

  test('an [experimental] entrypoint replaces the image entrypoint: nothing is expanded', () => {
    const toml = `[build]\nimage = "coturn/coturn:4.17.0-r0"\n[experimental]\nentrypoint = ["turnserver"]\ncmd = ["--static-auth-secret=$MY_SECRET", "--use-auth-secret"]\n`
    expect(refusal('none', { MY_SECRET: 'two  spaces' }, toml)).toBe('')
  })

  test('a quoted reference is not split', () => {
    const toml = `[build]\nimage = "coturn/coturn:4.17.0-r0"\n[experimental]\ncmd = ["\\"--static-auth-secret=$MY_SECRET\\"", "--use-auth-secret"]\n`
    expect(refusal('none', { MY_SECRET: 'two  spaces' }, toml)).toBe('')
    expect(refusal('none', { MY_SECRET: 'ends\n' }, toml)).toMatch(/trailing line breaks/)
  })

  test('[processes] commands go through the entrypoint too', () => {
    const toml = `[build]\nimage = "coturn/coturn"\n[processes]\napp = "--use-auth-secret --static-auth-secret=$MY_SECRET"\n`
    expect(refusal('none', { MY_SECRET: 'a\tb' }, toml)).toMatch(/MY_SECRET would reach coturn/)
  })
})
