import { afterEach, expect, jest, test } from '@jest/globals'
import * as core from '@actions/core'
import { EOL } from 'node:os'
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

// Issue 12 item 7: maskSecret registers more than core.setSecret (each line, trimmed lines,
// encodings), so it now starts with what core.setSecret writes instead of equalling it.
test.each(['plain', 'multi\nline\r\nvalue', '100%-sure', 'a::b'])(
  'masking %j writes what core.setSecret writes, then the other forms',
  (value) => {
    const lines = captured(() => maskSecret(value)).split(EOL)
    expect(`${lines[0]}${EOL}`).toBe(captured(() => core.setSecret(value)))
    expect(lines.slice(1, -1).every((line) => line.startsWith('::add-mask::'))).toBe(true)
  }
)

test('a multi-line secret: each line is its own mask, as written and trimmed', () => {
  const masks = captured(() =>
    maskSecret('-----BEGIN KEY-----\n  abcd1234  \r\nxy\n-----END KEY-----')
  )
    .split(EOL)
    .filter((line) => line !== '')
  expect(masks).toEqual(
    expect.arrayContaining([
      '::add-mask::-----BEGIN KEY-----',
      '::add-mask::  abcd1234  ',
      '::add-mask::abcd1234',
      '::add-mask::-----END KEY-----'
    ])
  )
  // `xy` is too short to mask on its own (it would blank every `xy` of the log).
  expect(masks).not.toContain('::add-mask::xy')
  expect(masks).not.toContain('::add-mask::')
})

test('an empty value registers no mask at all (pitfall P4)', () => {
  expect(captured(() => maskSecret(''))).toBe('')
})
