import { describe, expect, test } from '@jest/globals'
import { InputError } from '../src/errors.js'
import {
  flyctlParseSecrets,
  parseSecretsInput,
  toFlyctlImport,
  type SecretEntry
} from '../src/secrets.js'

const PEM = [
  '-----BEGIN PRIVATE KEY-----',
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
  'MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu',
  '-----END PRIVATE KEY-----',
  ''
].join('\n')

/** [what the row exercises, the `secrets` input, the value it must yield] */
const TRICKY: [string, string, string][] = [
  ['a plain value', 'V=hello', 'hello'],
  ['spaces inside', 'V=hello wide world', 'hello wide world'],
  ['blanks around an unquoted value are trimmed', 'V=   x y \t ', 'x y'],
  ['leading and trailing spaces kept when quoted', 'V="  padded  "', '  padded  '],
  ['tabs inside', 'V=a\tb', 'a\tb'],
  ['# in an unquoted value (flyctl would cut it)', 'V=ab#cd', 'ab#cd'],
  ['# after an odd number of "', 'V=a"b#c', 'a"b#c'],
  ['# after "" at the start', `V='""#x'`, '""#x'],
  ['# then text that looks like a comment', 'V=pass # not a comment', 'pass # not a comment'],
  ['= in the value', 'V=a=b==c', 'a=b==c'],
  [
    'a URL with = and ?',
    'V=postgres://u:p@h/db?sslmode=require',
    'postgres://u:p@h/db?sslmode=require'
  ],
  ['double quotes inside', 'V=say "hi" now', 'say "hi" now'],
  ['single quote inside', "V=it's", "it's"],
  ['no escapes inside quotes', 'V="a\\nb\\"', 'a\\nb\\'],
  ['empty', 'V=', ''],
  ['empty quoted', 'V=""', ''],
  ['only a double quote', 'V="', '"'],
  ['only a single quote', "V='", "'"],
  ['two double quotes', `V='""'`, '""'],
  ['three double quotes', `V='"""'`, '"""'],
  ['six double quotes', `V='""""""'`, '""""""'],
  ['quote pair the other way', `V="''"`, "''"],
  ['a value wrapped in its own quotes', `V='"quoted"'`, '"quoted"'],
  ['opening quote only', 'V="abc', '"abc'],
  ['unicode', 'V=пароль 🔑 ü', 'пароль 🔑 ü'],
  ['shell metacharacters', 'V=$HOME `id` $(x) \\ ; | &', '$HOME `id` $(x) \\ ; | &'],
  ['a one-line block', 'V="""x y"""', 'x y'],
  ['a one-line empty block', 'V=""""""', ''],
  ['a PEM key in a block', `V="""${PEM}"""`, PEM],
  ['a block opened alone keeps the first line break', 'V="""\nline\n"""', '\nline\n'],
  [
    'a block keeps #, blank lines, = and quotes',
    'V="""# not a comment\n\nK=inner "q" \'s\'\n  indented"""',
    '# not a comment\n\nK=inner "q" \'s\'\n  indented'
  ],
  ['a block whose last line ends with a CR-free quote', 'V="""a\n"b""""', 'a\n"b"'],
  ['CRLF line ends', 'V="""l1\r\nl2\r\n"""\r\n', 'l1\nl2\n']
]

function roundTrip(entries: SecretEntry[]): SecretEntry[] {
  return flyctlParseSecrets(toFlyctlImport(entries))
}

describe('parseSecretsInput -> toFlyctlImport -> flyctl reads the same values', () => {
  test.each(TRICKY)('%s', (_what, input, expected) => {
    const entries = parseSecretsInput(input)
    expect(entries).toEqual([{ name: 'V', value: expected }])
    expect(roundTrip(entries)).toEqual(entries)
  })

  test('every tricky value together in one document, with comments and CRLF', () => {
    const input = TRICKY.map(
      ([, line], i) => `# row ${i}\r\n${line.replace(/^V=/, `S${i}=`)}\r\n\r\n`
    )
    const entries = parseSecretsInput(input.join(''))
    expect(entries).toEqual(TRICKY.map(([, , value], i) => ({ name: `S${i}`, value })))
    expect(roundTrip(entries)).toEqual(entries)
  })

  test('spaces around = and indentation are allowed', () => {
    expect(parseSecretsInput('  A = 1\n\tB\t=\t"2 "\n')).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', value: '2 ' }
    ])
  })

  test('blank input and comments only give no secrets', () => {
    expect(parseSecretsInput('')).toEqual([])
    expect(parseSecretsInput('\n  \n# just a comment\n   # indented comment\n')).toEqual([])
    expect(toFlyctlImport([])).toBe('')
  })

  test('the stdin for flyctl is one line per single-line secret, quoted', () => {
    expect(
      toFlyctlImport([
        { name: 'A', value: 'x y' },
        { name: 'B', value: 'a"b#c' }
      ])
    ).toBe(`A="x y"\nB='a"b#c'\n`)
    // "" then # (an even count before it): only the triple-quoted spelling survives.
    expect(toFlyctlImport([{ name: 'T', value: '""#x' }])).toBe('T="""""#x"""\n')
    expect(toFlyctlImport([{ name: 'C', value: 'l1\nl2' }])).toBe('C="""l1\nl2"""\n')
  })
})

describe('malformed input names the line number, never its text', () => {
  const SECRET_TEXT = 'hunter2-very-secret'
  const cases: [string, string, number, RegExp][] = [
    ['a line without =', `A=1\n\n${SECRET_TEXT}\n`, 3, /no '='/],
    ['a name with a dash', `A=1\n${SECRET_TEXT}-x=1`, 2, /letters, digits and underscores/],
    ['a name starting with a digit', `1${SECRET_TEXT}=x`, 1, /not starting with a digit/],
    ['an empty name', `=${SECRET_TEXT}`, 1, /name before '='/],
    ['a name with a space', `MY ${SECRET_TEXT}=x`, 1, /name before '='/],
    ['an unclosed block', `A=1\nKEY="""${SECRET_TEXT}\nmore ${SECRET_TEXT}\n`, 2, /never closed/]
  ]

  test.each(cases)('%s', (_what, input, lineNumber, problem) => {
    let caught: unknown
    try {
      parseSecretsInput(input)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(InputError)
    const error = caught as InputError
    expect(error.input).toBe('secrets')
    expect(error.message).toContain(`line ${lineNumber}:`)
    expect(error.message).toMatch(problem)
    expect(error.message).not.toContain(SECRET_TEXT)
  })

  test('a duplicate name is an error that points at both lines', () => {
    expect(() => parseSecretsInput('A=1\nB=2\nA=3')).toThrow(
      /line 3: A is already defined on line 1/
    )
  })
})

describe('values flyctl cannot carry are refused by name, without the value', () => {
  const cases: [string, string, RegExp][] = [
    ['# after an odd number of " on a first line', 'a"#b\nrest', /first line has a '#'/],
    ['""" at the end of an inner line', 'top\nmid"""\nend', /ends with """/],
    ['""" at the end of the first line', 'top"""\nend', /ends with """/],
    ['a CR at the end of an inner line', 'top\r\nend', /carriage return/],
    ['a lone surrogate', 'broken \uD800 text', /not valid Unicode/],
    ['a line over 64 KiB', 'x'.repeat(70_000), /64 KiB/]
  ]

  test.each(cases)('%s', (_what, value, problem) => {
    let caught: unknown
    try {
      toFlyctlImport([{ name: 'TLS_KEY', value }])
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(InputError)
    const message = (caught as InputError).message
    expect(message).toContain('TLS_KEY')
    expect(message).toMatch(problem)
    expect(message).not.toContain(value.slice(0, 6))
  })

  test('a long line under the limit still works', () => {
    const entries = [{ name: 'BIG', value: 'y'.repeat(60_000) }]
    expect(roundTrip(entries)).toEqual(entries)
  })

  test('a bad or repeated name given directly is refused', () => {
    expect(() => toFlyctlImport([{ name: 'NO-DASH', value: 'x' }])).toThrow(InputError)
    expect(() =>
      toFlyctlImport([
        { name: 'A', value: '1' },
        { name: 'A', value: '2' }
      ])
    ).toThrow(/A is given twice/)
  })
})

describe('flyctlParseSecrets behaves like flyctl (its parser_test.go cases and quirks)', () => {
  const asObject = (stdin: string): Record<string, string> =>
    Object.fromEntries(flyctlParseSecrets(stdin).map(({ name, value }) => [name, value]))

  test.each([
    [
      'basic',
      '\n# A comment plus a new line with spaces\n\nFOO=BAR\n# Another comment\nQUX=NAH\n',
      { FOO: 'BAR', QUX: 'NAH' }
    ],
    ['windows', 'FOO=BAR\r\nQUX=NAH\r\n', { FOO: 'BAR', QUX: 'NAH' }],
    [
      'multiline',
      '\nFOO=BAR\nMULTILINE="""SOMETHING\nANOTHER LINE\n\nENDSHERE"""\nTRAILERENV=what\nFIN="""Here is the end,\nmy only friend"""\n',
      {
        FOO: 'BAR',
        MULTILINE: 'SOMETHING\nANOTHER LINE\n\nENDSHERE',
        TRAILERENV: 'what',
        FIN: 'Here is the end,\nmy only friend'
      }
    ],
    ['comma', 'FOO=BAR,BAZ', { FOO: 'BAR,BAZ' }],
    ['double quotes', 'FOO="BAR BAZ"', { FOO: 'BAR BAZ' }],
    ['spaces around =', 'FOO = BAR', { FOO: 'BAR' }],
    ['comment after quotes', 'FOO="BAR BAZ" # comment', { FOO: 'BAR BAZ' }],
    ['single quotes', "FOO='BAR BAZ'\nKEY='value'", { FOO: 'BAR BAZ', KEY: 'value' }],
    [
      'triple quote edge cases',
      'EMPTY=""""""\nSINGLE="""x"""\nWITHSPACES="""  spaces  """\nNORMAL=regular',
      { EMPTY: '', SINGLE: 'x', WITHSPACES: '  spaces  ', NORMAL: 'regular' }
    ],
    ['an unquoted # cuts the value', 'PASS=ab#cd', { PASS: 'ab' }],
    ['a single-quoted # leaves a stray quote', "PASS='ab#cd'", { PASS: "'ab" }],
    ['an unterminated block is dropped', 'A=1\nB="""open\nnever closed', { A: '1' }],
    ['a later duplicate wins', 'A=1\nA=2', { A: '2' }],
    ['a line over 64 KiB ends parsing', `A=1\nB=${'x'.repeat(70_000)}\nC=3`, { A: '1' }]
  ])('%s', (_what, stdin, expected) => {
    expect(asObject(stdin)).toEqual(expected)
  })

  test('a line without = fails with flyctl message', () => {
    expect(() => flyctlParseSecrets('FOO')).toThrow(
      'Secrets must be provided as NAME=VALUE pairs (FOO is invalid)'
    )
  })

  test('a lone quote makes flyctl panic', () => {
    expect(() => flyctlParseSecrets('A="')).toThrow(/panic/)
  })
})

/** A small seeded generator, so a failure reproduces. */
function mulberry32(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Weighted towards the characters flyctl's parser treats specially.
const ALPHABET = [...' #="\'\t\\=#"" ab9Z', 'é', '🔑', '~', '`', '$']

function randomLine(random: () => number, maxLength: number): string {
  const length = Math.floor(random() * (maxLength + 1))
  let text = ''
  for (let i = 0; i < length; i++) {
    text +=
      random() < 0.3
        ? String.fromCharCode(0x20 + Math.floor(random() * 95))
        : ALPHABET[Math.floor(random() * ALPHABET.length)]
  }
  return text
}

describe('property: random printable values', () => {
  test('every single-line value round-trips from the input to flyctl', () => {
    const random = mulberry32(20_260_821)
    for (let run = 0; run < 3000; run++) {
      const value = randomLine(random, 24)
      const entries = parseSecretsInput(`RANDOM='${value}'`)
      expect(entries).toEqual([{ name: 'RANDOM', value }])
      expect(roundTrip(entries)).toEqual(entries)
    }
  })

  test('a multi-line value round-trips, or is refused by name without the value', () => {
    const random = mulberry32(7)
    let carried = 0
    for (let run = 0; run < 1500; run++) {
      const lineCount = 2 + Math.floor(random() * 3)
      const value = Array.from({ length: lineCount }, () => randomLine(random, 12)).join('\n')
      const entries = [{ name: 'MULTI', value }]
      let stdin: string
      try {
        stdin = toFlyctlImport(entries)
      } catch (error) {
        expect(error).toBeInstanceOf(InputError)
        expect((error as InputError).message).toContain('MULTI')
        continue
      }
      expect(flyctlParseSecrets(stdin)).toEqual(entries)
      carried++
    }
    // Most values are representable; only first-line '#' and inner '"""' endings are not.
    expect(carried).toBeGreaterThan(1000)
  })
})
