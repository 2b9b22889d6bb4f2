/**
 * Secrets: the action's `secrets` input syntax, and the stdin text of `flyctl secrets import`.
 *
 * The `secrets` input is dotenv-like, one secret per line:
 *
 *   NAME=value             unquoted: the value runs to the end of the line; spaces and tabs around
 *                          it are trimmed; `#`, `=` and quotes inside are part of the value
 *   NAME="value"           wrapped in double quotes: everything inside is literal (no escapes)
 *   NAME='value'           the same with single quotes (use it for a value that starts with """)
 *   NAME="""one line"""    a block on one line: literal
 *   NAME="""first line     a block over several lines: everything between the opening """ and
 *   more lines             the """ that ends a line, literally, lines joined with "\n" (as in
 *   last line"""           flyctl, a line break right after the opening """ is part of the value)
 *   # a comment            blank lines and lines starting with # are skipped (outside blocks)
 *
 * NAME is [A-Za-z_][A-Za-z0-9_]*, each name at most once; CRLF line ends are read as LF. A value
 * that starts with a quote but does not end with the same quote is taken verbatim, quotes
 * included. Errors name the line NUMBER, never the line's text: it may hold a secret.
 *
 * flyctl's own import parser (flyctl.md §3.7, `internal/command/secrets/parser.go`) is lossy: it
 * cuts at `#` when an even number of `"` precede it, strips one pair of quotes, trims leading
 * spaces, and treats `"""` specially. `toFlyctlImport` picks, per value, a spelling that survives
 * that parser byte for byte, and proves it with `flyctlParseSecrets`, a re-implementation of it.
 */
import { InputError } from './errors.js'

export interface SecretEntry {
  name: string
  value: string
}

const INPUT = 'secrets'
const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/
const TRIPLE = '"""'
const EXAMPLE = 'TURN_SECRET=s3cr3t, or TLS_KEY="""-----BEGIN ...""" over several lines'

// ---------------------------------------------------------------------------------------------
// The action's input

/** Parses the `secrets` input (syntax above) into entries, in the order written. */
export function parseSecretsInput(text: string): SecretEntry[] {
  const lines = text.split(/\r?\n/)
  const entries: SecretEntry[] = []
  const firstLineOf = new Map<string, number>()

  for (let index = 0; index < lines.length; index++) {
    const lineNumber = index + 1
    const line = lines[index]
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#')) continue

    const equals = line.indexOf('=')
    if (equals < 0) {
      throw new InputError(
        INPUT,
        `line ${lineNumber}: expected NAME=VALUE (there is no '=')`,
        EXAMPLE
      )
    }
    const name = line.slice(0, equals).trim()
    if (!NAME_PATTERN.test(name)) {
      throw new InputError(
        INPUT,
        `line ${lineNumber}: the name before '=' must be letters, digits and underscores, not starting with a digit`,
        EXAMPLE
      )
    }
    const firstLine = firstLineOf.get(name)
    if (firstLine !== undefined) {
      throw new InputError(
        INPUT,
        `line ${lineNumber}: ${name} is already defined on line ${firstLine}`,
        'each name once'
      )
    }
    firstLineOf.set(name, lineNumber)

    const rawValue = trimLeadingBlanks(line.slice(equals + 1))
    if (rawValue.startsWith(TRIPLE)) {
      const block = readBlock(lines, index, rawValue.slice(TRIPLE.length))
      if (block === undefined) {
        throw new InputError(
          INPUT,
          `line ${lineNumber}: the """ block of ${name} is never closed (end it with a line that ends with """)`,
          EXAMPLE
        )
      }
      entries.push({ name, value: block.value })
      index = block.lastIndex
    } else {
      entries.push({ name, value: unwrapQuotes(trimTrailingBlanks(rawValue)) })
    }
  }
  return entries
}

/**
 * Reads a `"""` block that opens on lines[openIndex] with `afterOpen` following the delimiter.
 * Returns the literal text up to the closing `"""` (the first one that ends a line, trailing
 * blanks ignored) and the index of the closing line, or undefined when nothing closes it.
 */
function readBlock(
  lines: string[],
  openIndex: number,
  afterOpen: string
): { value: string; lastIndex: number } | undefined {
  const openTail = trimTrailingBlanks(afterOpen)
  if (openTail.endsWith(TRIPLE)) {
    return { value: openTail.slice(0, -TRIPLE.length), lastIndex: openIndex }
  }
  const parts = [afterOpen]
  for (let index = openIndex + 1; index < lines.length; index++) {
    const tail = trimTrailingBlanks(lines[index])
    if (tail.endsWith(TRIPLE)) {
      parts.push(tail.slice(0, -TRIPLE.length))
      return { value: parts.join('\n'), lastIndex: index }
    }
    parts.push(lines[index])
  }
  return undefined
}

function unwrapQuotes(value: string): string {
  const first = value[0]
  if (value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first)) {
    return value.slice(1, -1)
  }
  return value
}

function trimLeadingBlanks(text: string): string {
  return text.replace(/^[ \t]+/, '')
}

function trimTrailingBlanks(text: string): string {
  return text.replace(/[ \t]+$/, '')
}

// ---------------------------------------------------------------------------------------------
// flyctl's import syntax

/**
 * Writes the stdin of `flyctl secrets import` so that flyctl reads back exactly these values.
 * Throws InputError naming the secret (never its value) when flyctl's syntax cannot carry it.
 */
export function toFlyctlImport(entries: SecretEntry[]): string {
  const seen = new Set<string>()
  const blocks = entries.map(({ name, value }) => {
    if (!NAME_PATTERN.test(name)) {
      throw new InputError(INPUT, 'a secret name must be letters, digits and underscores', EXAMPLE)
    }
    if (seen.has(name)) throw new InputError(INPUT, `${name} is given twice`, 'each name once')
    seen.add(name)
    return encodeEntry(name, value)
  })
  return blocks.map((block) => `${block}\n`).join('')
}

// A lone UTF-16 surrogate cannot be written as UTF-8: it would reach flyctl as U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

// bufio.Scanner's default limit: a longer line silently ends flyctl's parsing.
const MAX_LINE_BYTES = 64 * 1024 - 1

function encodeEntry(name: string, value: string): string {
  const cannot = (why: string): InputError =>
    new InputError(INPUT, `the value of ${name} cannot be passed to flyctl secrets import: ${why}`)
  if (LONE_SURROGATE.test(value)) throw cannot('it is not valid Unicode text')

  const candidates = value.includes('\n')
    ? [`${name}=${TRIPLE}${value}${TRIPLE}`]
    : // "v" reads best; 'v' survives a `#` after an odd number of `"` (flyctl would cut "v"
      // there); """v""" survives the rest, such as a value starting with "" or ending with ".
      // Together they cover every single-line value.
      [`${name}="${value}"`, `${name}='${value}'`, `${name}=${TRIPLE}${value}${TRIPLE}`]

  for (const candidate of candidates) {
    if (candidate.split('\n').some((line) => Buffer.byteLength(line) > MAX_LINE_BYTES)) {
      throw cannot('a line is longer than 64 KiB, the most flyctl reads')
    }
    if (readsBackAs(candidate, name, value)) return candidate
  }
  throw cannot(whyBlockFails(value))
}

function readsBackAs(text: string, name: string, value: string): boolean {
  try {
    const parsed = flyctlParseSecrets(text)
    return parsed.length === 1 && parsed[0].name === name && parsed[0].value === value
  } catch {
    return false
  }
}

/** Why a multi-line value has no spelling in flyctl's `"""` block syntax. */
function whyBlockFails(value: string): string {
  const lines = value.split('\n')
  const first = lines[0]
  const hash = first.indexOf('#')
  if (hash >= 0 && countQuotes(first.slice(0, hash)) % 2 === 1) {
    return `its first line has a '#' after an odd number of '"', where flyctl cuts a comment`
  }
  const inner = lines.slice(0, -1)
  if (inner.some((line) => line.endsWith(TRIPLE))) {
    return `a line other than the last ends with """, which flyctl reads as the end of the value`
  }
  if (inner.some((line) => line.endsWith('\r'))) {
    return 'a line ends with a carriage return, which flyctl drops'
  }
  return 'flyctl would not read it back unchanged'
}

function countQuotes(text: string): number {
  return text.split('"').length - 1
}

// ---------------------------------------------------------------------------------------------
// flyctl's parser, re-implemented (superfly/flyctl internal/command/secrets/parser.go @ ad0172f).
// The simulator has its own port of it (test/fly-sim/bin/secrets-parser.js), written apart on
// purpose: each checks the other, so keep them independent.

// Go's unicode.IsSpace set, used by strings.TrimSpace (differs from JS trim(): U+0085 in, U+FEFF out).
const GO_SPACE =
  '\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000'
const GO_TRIM_SPACE = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g')

function goTrimSpace(text: string): string {
  return text.replace(GO_TRIM_SPACE, '')
}

/** bufio.ScanLines: split at "\n", drop one "\r" before it, no empty token after a final "\n". */
function goScanLines(text: string): string[] {
  const tokens = text.split('\n')
  if (tokens[tokens.length - 1] === '') tokens.pop()
  const lines: string[] = []
  for (const token of tokens) {
    // A line the scanner's 64 KiB buffer cannot hold stops the scan; flyctl ignores the error.
    if (Buffer.byteLength(token) > MAX_LINE_BYTES) break
    lines.push(token.endsWith('\r') ? token.slice(0, -1) : token)
  }
  return lines
}

/**
 * What `flyctl secrets import` stores for this stdin: a faithful re-implementation of flyctl's
 * parser, quirks included (an unterminated `"""` block is dropped; a later duplicate wins).
 * Throws where flyctl fails: a line without `=`, and a value of one lone quote (flyctl slices
 * value[1:0] and panics).
 */
export function flyctlParseSecrets(stdin: string): SecretEntry[] {
  const secrets = new Map<string, string>()
  let multilineKey: string | undefined
  let multilineValue = ''

  for (const line of goScanLines(stdin)) {
    if (multilineKey !== undefined) {
      if (line.endsWith(TRIPLE)) {
        secrets.set(multilineKey, multilineValue + line.slice(0, -TRIPLE.length))
        multilineKey = undefined
        multilineValue = ''
      } else {
        multilineValue += `${line}\n`
      }
      continue
    }

    if (line.startsWith('#') || goTrimSpace(line) === '') continue
    const equals = line.indexOf('=')
    if (equals < 0) {
      throw new Error(
        `Failed to parse secrets from stdin: Secrets must be provided as NAME=VALUE pairs (${line} is invalid)`
      )
    }
    const key = goTrimSpace(line.slice(0, equals))
    let value = line.slice(equals + 1).replace(/^ +/, '')
    const hash = value.indexOf('#')
    if (hash >= 0 && countQuotes(value.slice(0, hash)) % 2 === 0) {
      value = value.slice(0, hash).replace(/ +$/, '')
    }

    if (value.startsWith(TRIPLE) && value.endsWith(TRIPLE) && value.length >= 6) {
      secrets.set(key, value.slice(3, -3))
    } else if (value.startsWith(TRIPLE)) {
      multilineKey = key
      multilineValue = `${value.slice(TRIPLE.length)}\n`
    } else {
      const wrapped =
        (value.startsWith('"') && value.endsWith('"')) ||
        (value.startsWith("'") && value.endsWith("'"))
      if (wrapped) {
        if (value.length < 2) throw new Error('panic: runtime error: slice bounds out of range')
        value = value.slice(1, -1)
      }
      secrets.set(key, value)
    }
  }
  return [...secrets].map(([name, value]) => ({ name, value }))
}
