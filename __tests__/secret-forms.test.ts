/** Issue 12 item 7: every printable form of a secret, for the runner's masks and flyctl's errors. */
import { expect, test } from '@jest/globals'
import { MIN_FRAGMENT_LENGTH, maskSecretForms, secretForms } from '../src/secret-forms.js'

const PEM =
  '-----BEGIN PRIVATE KEY-----\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASC\n  indented line  \n}\n-----END PRIVATE KEY-----'

test('a multi-line value: the value, each line, each line trimmed; no short fragment', () => {
  const forms = secretForms(PEM)
  expect(forms[0]).toBe(PEM)
  for (const form of [
    '-----BEGIN PRIVATE KEY-----',
    'MIIBVAIBADANBgkqhkiG9w0BAQEFAASC',
    '  indented line  ',
    'indented line',
    '-----END PRIVATE KEY-----'
  ])
    expect(forms).toContain(form)
  expect(forms).not.toContain('}')
  expect(forms.slice(1).every((form) => form.length >= MIN_FRAGMENT_LENGTH)).toBe(true)
})

test('CR and CRLF line ends split lines too', () => {
  expect(secretForms('first-line\r\nsecond-line\rthird-line')).toEqual(
    expect.arrayContaining(['first-line', 'second-line', 'third-line'])
  )
})

test('encoded forms: base64 (with and without padding, URL-safe) and percent-encoding', () => {
  const value = 'p@ss word/+?=&é'
  const forms = secretForms(value)
  const base64 = Buffer.from(value).toString('base64')
  expect(forms).toEqual(
    expect.arrayContaining([
      base64,
      base64.replace(/=+$/, ''),
      Buffer.from(value).toString('base64url'),
      encodeURIComponent(value),
      new URLSearchParams({ v: value }).toString().slice(2)
    ])
  )
})

test('a short value is still masked whole; the empty value never', () => {
  expect(secretForms('ab')).toContain('ab')
  expect(secretForms('')).toEqual([])
})

test('a lone surrogate has no percent-encoding, and does not throw', () => {
  expect(() => secretForms('abc\uD800def')).not.toThrow()
})

test('maskSecretForms replaces a single line of a multi-line secret, and encodings', () => {
  const text = `Error: (MIIBVAIBADANBgkqhkiG9w0BAQEFAASC is invalid) ${Buffer.from(PEM).toString('base64')}`
  expect(maskSecretForms(text, [PEM])).toBe('Error: (*** is invalid) ***')
})
