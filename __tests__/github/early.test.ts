import { afterEach, expect, jest, test } from '@jest/globals'
import * as core from '@actions/core'
import { inputFromEnv, maskSecret } from '../../src/github/early.js'

afterEach(() => {
  jest.restoreAllMocks()
})

function captured(body: () => void): string {
  let out = ''
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk)
    return true
  })
  body()
  jest.restoreAllMocks()
  return out
}

test('inputs are read as @actions/core reads them: hyphens kept, spaces as _, trimmed', () => {
  process.env['INPUT_API-TOKEN'] = '  tok \n'
  process.env.INPUT_MY_INPUT = 'x'
  try {
    const early = inputFromEnv(process.env)
    for (const name of ['api-token', 'my input', 'not-given'])
      expect(early(name)).toBe(core.getInput(name))
    expect(early('api-token')).toBe('tok')
  } finally {
    delete process.env['INPUT_API-TOKEN']
    delete process.env.INPUT_MY_INPUT
  }
})

test.each(['plain', 'multi\nline\r\nvalue', '100%-sure', 'a::b'])(
  'masking %j writes what core.setSecret writes',
  (value) => {
    expect(captured(() => maskSecret(value))).toBe(captured(() => core.setSecret(value)))
  }
)
