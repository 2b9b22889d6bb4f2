import { describe, expect, test } from '@jest/globals'
import { InputError } from '../src/errors.js'
import {
  goDuration,
  parseDuration,
  parseKeyValueLines,
  parsePortList,
  splitShellWords
} from '../src/parse.js'

describe('parseDuration', () => {
  test.each([
    ['90s', 90_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['250ms', 250],
    ['2h', 7_200_000]
  ])('%s is %d ms', (raw, ms) => {
    expect(parseDuration('probe-timeout', raw)).toBe(ms)
  })
  test.each(['90', '5 minutes', '-5s', '0s', '1.5m', ''])(
    '%j is refused with the input named',
    (raw) => {
      expect(() => parseDuration('probe-timeout', raw)).toThrow(/Input 'probe-timeout'/)
    }
  )
  test('formats back as a Go duration for flyctl', () => {
    expect(goDuration(300_000)).toBe('300s')
    expect(goDuration(1_500)).toBe('1500ms')
  })
})

describe('parsePortList', () => {
  test('single ports and ranges', () => {
    expect(parsePortList('udp-ports', '3478, 50000-50100')).toEqual([
      { start: 3478, end: 3478 },
      { start: 50000, end: 50100 }
    ])
  })
  test.each([
    ['0', /outside 1-65535/],
    ['65536', /outside 1-65535/],
    ['50100-50000', /starts after it ends/],
    ['3478, 3470-3480', /overlap/],
    ['udp', /not a port or a range/],
    [',', /lists no port/]
  ])('%j is refused', (raw, message) => {
    expect(() => parsePortList('udp-ports', raw)).toThrow(message)
  })
})

describe('parseKeyValueLines', () => {
  test('keeps values verbatim, skips comments and blanks', () => {
    expect(parseKeyValueLines('env', '# comment\nA=1\n\nB= spaced = value \nC=')).toEqual({
      A: '1',
      B: ' spaced = value ',
      C: ''
    })
  })
  test('names the line, never echoes it', () => {
    const error = (() => {
      try {
        parseKeyValueLines('env', 'A=1\nnot a pair')
      } catch (e) {
        return e as InputError
      }
    })()
    expect(error).toBeInstanceOf(InputError)
    expect(error?.message).toMatch(/line 2/)
    expect(error?.message).not.toMatch(/not a pair/)
  })
})

describe('splitShellWords', () => {
  test.each([
    ['--build-arg "A=b c" --no-cache', ['--build-arg', 'A=b c', '--no-cache']],
    ["--label 'x=it''s'", ['--label', 'x=its']],
    ['--env A=\\"q\\"', ['--env', 'A="q"']],
    ['  ', []],
    ['--x ""', ['--x', '']]
  ])('%j', (raw, words) => {
    expect(splitShellWords('deploy-args', raw)).toEqual(words)
  })
  test('an unclosed quote is an error', () => {
    expect(() => splitShellWords('deploy-args', '--build-arg "A=b')).toThrow(/Input 'deploy-args'/)
  })
})
