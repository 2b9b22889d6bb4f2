/**
 * Parsers for the value kinds the inputs use. Each is pure, takes the input's name, and throws an
 * InputError that names the input, says what is wrong and shows a good value.
 */
import { formatPortRange, type PortRange } from './config/types.js'
import { InputError } from './errors.js'

export type { PortRange } from './config/types.js'

export function parseBoolean(input: string, raw: string): boolean {
  if (raw === 'true') return true
  if (raw === 'false') return false
  throw new InputError(input, `expected 'true' or 'false', got '${raw}'`, 'true')
}

export function parseEnum<T extends string>(input: string, raw: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(raw)) return raw as T
  throw new InputError(
    input,
    `'${raw}' is not one of ${allowed.map((a) => `'${a}'`).join(', ')}`,
    allowed[0]
  )
}

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/** The longest timer Node can run (2^31-1 ms, about 24.8 days), rounded down to 24 h. */
export const MAX_TIMER_MS = 24 * 3_600_000

/**
 * Durations read like Go's: `90s`, `5m`, `1h30m`, `250ms`. A bare number is refused: unit-less is
 * ambiguous. `max` bounds durations that become timers (Node fires longer ones at once).
 */
export function parseDuration(input: string, raw: string, example = '5m', max = Infinity): number {
  const text = raw.trim()
  const parts = /^(?:\d+(?:ms|s|m|h))+$/.test(text) ? text.match(/\d+(?:ms|s|m|h)/g) : null
  if (!parts) {
    throw new InputError(
      input,
      `'${raw}' is not a duration; write a number with a unit (ms, s, m, h)`,
      example
    )
  }
  const total = parts.reduce((sum, part) => {
    const [, amount, unit] = /^(\d+)(ms|s|m|h)$/.exec(part) as RegExpExecArray
    return sum + Number(amount) * DURATION_UNITS_MS[unit]
  }, 0)
  if (total <= 0) throw new InputError(input, 'must be longer than zero', example)
  if (total > max) {
    const limit = max % 3_600_000 === 0 ? `${max / 3_600_000}h` : `${max / 60_000}m`
    throw new InputError(input, `'${raw}' is longer than the ${limit} allowed`, example)
  }
  return total
}

/** Formats milliseconds as a duration flyctl accepts (Go syntax), e.g. 300000 -> `300s`. */
export function goDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`
}

export function parseInteger(
  input: string,
  raw: string,
  min: number,
  max: number,
  example: string
): number {
  if (!/^\d+$/.test(raw.trim())) {
    throw new InputError(input, `'${raw}' is not a whole number`, example)
  }
  const value = Number(raw.trim())
  if (value < min || value > max) {
    throw new InputError(input, `${value} is outside ${min}-${max}`, example)
  }
  return value
}

export function parsePort(input: string, raw: string, example = '3478'): number {
  return parseInteger(input, raw, 1, 65535, example)
}

/** `3478`, `3478, 5349` or `50000-50100`: ports exposed 1:1, ranges inclusive, no overlaps. */
export function parsePortList(input: string, raw: string): PortRange[] {
  const example = '3478, 50000-50100'
  const ranges = splitList(raw).map((item) => {
    const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(item)
    if (!match) throw new InputError(input, `'${item}' is not a port or a range`, example)
    const start = parsePort(input, match[1], example)
    const end = match[2] === undefined ? start : parsePort(input, match[2], example)
    if (start > end) {
      throw new InputError(input, `range '${item}' starts after it ends`, '50000-50100')
    }
    return { start, end }
  })
  if (ranges.length === 0) throw new InputError(input, 'lists no port', example)
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start <= sorted[i - 1].end) {
      throw new InputError(
        input,
        `ports ${formatPortRange(sorted[i])} overlap ${formatPortRange(sorted[i - 1])}`,
        example
      )
    }
  }
  return ranges
}

/** Comma- or newline-separated items, trimmed, empties dropped. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Non-secret `KEY=VALUE` lines; blank lines and `#` comments skipped; the value is verbatim. */
export function parseKeyValueLines(input: string, raw: string): Record<string, string> {
  const result: Record<string, string> = Object.create(null) as Record<string, string>
  raw.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return
    const eq = line.indexOf('=')
    const key = eq < 0 ? '' : line.slice(0, eq).trim()
    if (!ENV_NAME.test(key)) {
      throw new InputError(
        input,
        `line ${index + 1} is not KEY=VALUE with a KEY of letters, digits and _`,
        'LOG_LEVEL=info'
      )
    }
    if (Object.hasOwn(result, key)) throw new InputError(input, `line ${index + 1} repeats ${key}`)
    result[key] = line.slice(eq + 1)
  })
  return result
}

/**
 * Splits a flag string like a POSIX shell would (quotes and backslashes, no expansion), so
 * `--build-arg "A=b c"` becomes two argv items. Nothing is ever passed to a shell.
 */
export function splitShellWords(input: string, raw: string): string[] {
  const words: string[] = []
  let current = ''
  let inWord = false
  let quote: '"' | "'" | null = null
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]
    if (quote === "'") {
      if (ch === "'") quote = null
      else current += ch
    } else if (quote === '"') {
      if (ch === '"') quote = null
      else if (ch === '\\' && i + 1 < raw.length && '"\\$`'.includes(raw[i + 1]))
        current += raw[++i]
      else current += ch
    } else if (ch === "'" || ch === '"') {
      quote = ch
      inWord = true
    } else if (ch === '\\' && i + 1 < raw.length) {
      current += raw[++i]
      inWord = true
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(current)
      current = ''
      inWord = false
    } else {
      current += ch
      inWord = true
    }
  }
  if (quote)
    throw new InputError(
      input,
      `an opening ${quote} has no closing ${quote}`,
      '--build-arg "NAME=a value"'
    )
  if (inWord) words.push(current)
  return words
}

/**
 * Quotes a word for display so that `splitShellWords` (or a POSIX shell) reads it back as
 * exactly that word: plain words stay bare, anything else goes in single quotes.
 */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_./:=,@%+-]+$/.test(word)) return word
  return `'${word.replace(/'/g, `'\\''`)}'`
}
