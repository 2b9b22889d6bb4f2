/**
 * flyctl's command-line grammar: spf13/pflag v1.0.10 (flyctl v0.4.87's go.mod), as cobra runs it
 * with interspersed arguments. Read from pflag's flag.go (parseArgs, parseLongArg, parseShortArg,
 * parseSingleShortArg), so that an argv means here exactly what it means to flyctl:
 *
 *   --name=value   --name value   --name (a bool, or a flag with a no-option default)
 *   -n value  -nvalue  -n=value   -abc (a cluster: each letter a flag; the first letter that
 *                                 takes a value takes the rest of the word, or the next word)
 *   --             ends the flags: every later word is a positional argument
 *   -  or a word without a leading '-'   a positional argument (flags may follow it)
 *
 * Values are checked the way pflag's Value.Set checks them (strconv.ParseBool, ParseInt base 0,
 * ParseFloat). An unknown flag is an error, as in flyctl. Cobra's `-h/--help` is a flag like any
 * other here: the caller's specs list it.
 */

export type FlagKind = 'bool' | 'string' | 'stringArray' | 'stringSlice' | 'int' | 'float'

export interface FlagSpec {
  name: string
  short?: string
  kind: FlagKind
  /** Hidden alias names (flyctl's makeAlias): the same flag under another long name. */
  aliases?: readonly string[]
  /** The value a bare `--name` takes (pflag NoOptDefVal); bools have 'true'. */
  noOptDefault?: string
}

/** One flag as given: its spec, the spelling used, and the value it received. */
export interface ParsedFlag {
  spec: FlagSpec
  spelling: string
  value: string
}

export interface ParsedArgs {
  flags: ParsedFlag[]
  positionals: string[]
}

/** A word flyctl would refuse, with pflag's message. */
export class PflagError extends Error {}

export function parsePflags(args: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const byLong = new Map<string, FlagSpec>()
  const byShort = new Map<string, FlagSpec>()
  for (const spec of specs) {
    for (const name of [spec.name, ...(spec.aliases ?? [])]) byLong.set(name, spec)
    if (spec.short !== undefined) byShort.set(spec.short, spec)
  }
  const result: ParsedArgs = { flags: [], positionals: [] }
  const rest = [...args]
  while (rest.length > 0) {
    const word = rest.shift() as string
    if (word.length < 2 || !word.startsWith('-')) result.positionals.push(word)
    else if (word === '--') result.positionals.push(...rest.splice(0))
    else if (word.startsWith('--')) parseLong(word, rest, byLong, result)
    else parseShortCluster(word, rest, byShort, result)
  }
  return result
}

function parseLong(
  word: string,
  rest: string[],
  byLong: Map<string, FlagSpec>,
  result: ParsedArgs
): void {
  const body = word.slice(2)
  if (body.startsWith('-') || body.startsWith('=')) throw new PflagError(`bad flag syntax: ${word}`)
  const equals = body.indexOf('=')
  const name = equals < 0 ? body : body.slice(0, equals)
  const spec = byLong.get(name)
  if (spec === undefined) throw new PflagError(`unknown flag: --${name}`)
  let value: string
  if (equals >= 0) value = body.slice(equals + 1)
  else if (defaultWithoutValue(spec) !== undefined) value = defaultWithoutValue(spec) as string
  else if (rest.length > 0) value = rest.shift() as string
  else throw new PflagError(`flag needs an argument: --${name}`)
  result.flags.push({ spec, spelling: `--${name}`, value: checkValue(spec, value, `--${name}`) })
}

function parseShortCluster(
  word: string,
  rest: string[],
  byShort: Map<string, FlagSpec>,
  result: ParsedArgs
): void {
  let letters = word.slice(1)
  while (letters.length > 0) {
    // pflag skips what is left of a word from `test.` on (Go test flags): flyctl ignores it.
    if (letters.startsWith('test.')) return
    const letter = letters[0]
    const spec = byShort.get(letter)
    if (spec === undefined) throw new PflagError(`unknown shorthand flag: '${letter}' in ${word}`)
    const spelling = `-${letter}`
    let value: string
    if (letters.length > 2 && letters[1] === '=') {
      value = letters.slice(2)
      letters = ''
    } else if (defaultWithoutValue(spec) !== undefined) {
      value = defaultWithoutValue(spec) as string
      letters = letters.slice(1)
    } else if (letters.length > 1) {
      value = letters.slice(1)
      letters = ''
    } else if (rest.length > 0) {
      value = rest.shift() as string
      letters = ''
    } else {
      throw new PflagError(`flag needs an argument: '${letter}' in -${letter}`)
    }
    result.flags.push({ spec, spelling, value: checkValue(spec, value, spelling) })
  }
}

function defaultWithoutValue(spec: FlagSpec): string | undefined {
  return spec.kind === 'bool' ? 'true' : spec.noOptDefault
}

const GO_BOOL = ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False']
// strconv.ParseInt(s, 0, 64): decimal, 0x/0o/0b prefixes or a leading 0 (octal), '_' between digits.
const GO_INT =
  /^[+-]?(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|0(?:_?[0-7])*|[1-9](?:_?\d)*)$/
// strconv.ParseFloat for the decimal forms people write, plus Inf and NaN.
const GO_FLOAT = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)$/i

/** The value, if pflag's Value.Set accepts it for this kind of flag. */
function checkValue(spec: FlagSpec, value: string, spelling: string): string {
  const syntax = (parser: string): never => {
    throw new PflagError(
      `invalid argument "${value}" for "${spelling}" flag: strconv.${parser}: parsing "${value}": invalid syntax`
    )
  }
  if (spec.kind === 'bool' && !GO_BOOL.includes(value)) syntax('ParseBool')
  if (spec.kind === 'int' && !GO_INT.test(value)) syntax('ParseInt')
  if (spec.kind === 'float' && !GO_FLOAT.test(value)) syntax('ParseFloat')
  return value
}

/** A pflag bool value as true or false (after checkValue accepted it). */
export function goBool(value: string): boolean {
  return ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)
}
