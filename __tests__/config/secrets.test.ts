import { describe, expect, test } from '@jest/globals'
import { checkRequiredSecrets, missingRequiredSecrets } from '../../src/config/secrets.js'
import { InputError } from '../../src/errors.js'
import { parseSecretList } from '../../src/fly/shapes.js'

function refusal(run: () => void): InputError {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('no error')
}

describe('required secrets', () => {
  test.each([
    ['coturn', [], ['AUTH_SECRET']],
    ['coturn', ['OTHER', 'AUTH_SECRET'], []],
    ['fishjam', ['AUTH_SECRET'], ['FJ_SERVER_API_TOKEN']],
    ['none', [], []]
  ] as const)('%s with %j lacks %j', (preset, known, missing) => {
    expect(missingRequiredSecrets(preset, known)).toEqual(missing)
  })

  test('given in the input, or stored on the app: either is enough', () => {
    expect(() => checkRequiredSecrets('coturn', ['AUTH_SECRET'])).not.toThrow()
    const stored = { app: 'turn', exists: true, names: ['AUTH_SECRET'] }
    expect(() => checkRequiredSecrets('coturn', [], stored)).not.toThrow()
  })

  test('the refusal names secrets and says where it looked', () => {
    const notLookedUp = refusal(() => checkRequiredSecrets('coturn', ['OTHER']))
    expect(notLookedUp.input).toBe('secrets')
    expect(notLookedUp.message).toBe(
      "Input 'secrets': the coturn preset needs the secret AUTH_SECRET: the secrets input does not set it (for example: AUTH_SECRET=${{ secrets.AUTH_SECRET }})"
    )
    const absent = { app: 'turn', exists: true, names: ['OTHER'] }
    expect(refusal(() => checkRequiredSecrets('coturn', [], absent)).message).toContain(
      'and the app turn has no secret AUTH_SECRET stored'
    )
    const noApp = { app: 'fj', exists: false, names: [] }
    expect(refusal(() => checkRequiredSecrets('fishjam', [], noApp)).message).toContain(
      'FJ_SERVER_API_TOKEN: the secrets input does not set it, and the app fj does not exist yet'
    )
  })
})

describe('flyctl secrets list --json', () => {
  test('keeps the names, whatever the status, and drops the digests', () => {
    const listed = [
      { name: 'AUTH_SECRET', digest: '2d8f0c1a', status: 'Deployed' },
      { name: 'NEW', digest: '91aa', status: 'Staged' },
      { name: 'BIG_FLEET', digest: '77' }
    ]
    expect(parseSecretList(listed)).toEqual([
      { name: 'AUTH_SECRET' },
      { name: 'NEW' },
      { name: 'BIG_FLEET' }
    ])
  })

  test('a changed shape is reported, not read as no secrets', () => {
    expect(() => parseSecretList({ secrets: [] })).toThrow('the list is not an array')
    expect(() => parseSecretList([{ Name: 'AUTH_SECRET' }])).toThrow('name is not a string')
  })
})
