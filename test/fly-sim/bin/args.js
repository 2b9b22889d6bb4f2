// @ts-check
// A pflag/cobra-compatible argv parser: the same accepted spellings (--f=v, --f v, -f v, -fv,
// grouped boolean shorthands, --) and the same error texts, because flyctl rejects unknown flags.

/** @typedef {import('./types.js').FlagSpec} FlagSpec */
/** @typedef {import('./types.js').FlagValue} FlagValue */
/** @typedef {import('./types.js').Flags} Flags */

export class UsageError extends Error {}

/**
 * Flag constructors. type: bool | string | strings (repeatable) | int
 * @type {{
 *   bool: (name: string, short?: string, def?: boolean) => FlagSpec,
 *   string: (name: string, short?: string, def?: string) => FlagSpec,
 *   strings: (name: string, short?: string) => FlagSpec,
 *   int: (name: string, short?: string, def?: number) => FlagSpec
 * }}
 */
export const flag = {
  bool: (name, short, def = false) => ({ name, short, type: 'bool', def }),
  string: (name, short, def = '') => ({ name, short, type: 'string', def }),
  strings: (name, short) => ({ name, short, type: 'strings', def: [] }),
  int: (name, short, def = 0) => ({ name, short, type: 'int', def })
}

export const GLOBAL_FLAGS = [
  flag.string('access-token', 't'),
  flag.bool('verbose'),
  flag.bool('debug')
]

/**
 * @param {string} text
 * @param {string} display
 * @returns {boolean}
 */
function parseBool(text, display) {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false
  throw new UsageError(
    `invalid argument "${text}" for "${display}" flag: strconv.ParseBool: parsing "${text}": invalid syntax`
  )
}

/**
 * @param {string} text
 * @param {string} display
 * @returns {number}
 */
function parseInt10(text, display) {
  if (!/^[+-]?\d+$/.test(text)) {
    throw new UsageError(
      `invalid argument "${text}" for "${display}" flag: strconv.ParseInt: parsing "${text}": invalid syntax`
    )
  }
  return Number(text)
}

/**
 * @param {Record<string, FlagValue>} values
 * @param {FlagSpec} spec
 * @param {string} raw
 * @param {string} display
 */
function assign(values, spec, raw, display) {
  if (spec.type === 'bool') values[spec.name] = parseBool(raw, display)
  else if (spec.type === 'int') values[spec.name] = parseInt10(raw, display)
  else if (spec.type === 'strings') {
    values[spec.name] = [.../** @type {string[]} */ (values[spec.name] ?? []), raw]
  } else values[spec.name] = raw
}

/**
 * Parses tokens against the flag specs. Returns { flags, args, set } where set holds the names
 * given explicitly. Aliases: a spec may carry `aliases` (hidden long names such as auto-confirm).
 * @param {string[]} tokens
 * @param {FlagSpec[]} specs
 * @returns {{ flags: Flags, args: string[], set: Set<string> }}
 */
export function parseFlags(tokens, specs) {
  /** @type {Map<string, FlagSpec>} */
  const byLong = new Map()
  /** @type {Map<string, FlagSpec>} */
  const byShort = new Map()
  for (const spec of specs) {
    byLong.set(spec.name, spec)
    for (const alias of spec.aliases ?? []) byLong.set(alias, spec)
    if (spec.short) byShort.set(spec.short, spec)
  }
  /** @type {Record<string, FlagValue>} */
  const flags = {}
  for (const spec of specs) flags[spec.name] = Array.isArray(spec.def) ? [...spec.def] : spec.def
  /** @type {Set<string>} */
  const set = new Set()
  /** @type {string[]} */
  const args = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token === '--') {
      args.push(...tokens.slice(i + 1))
      break
    }
    if (token.startsWith('--')) {
      const eq = token.indexOf('=')
      const name = eq >= 0 ? token.slice(2, eq) : token.slice(2)
      const spec = byLong.get(name)
      if (!spec) throw new UsageError(`unknown flag: --${name}`)
      let raw
      if (eq >= 0) raw = token.slice(eq + 1)
      else if (spec.type === 'bool') raw = 'true'
      else if (i + 1 < tokens.length) raw = tokens[++i]
      else throw new UsageError(`flag needs an argument: --${name}`)
      assign(flags, spec, raw, `--${name}`)
      set.add(spec.name)
    } else if (token.startsWith('-') && token.length > 1) {
      for (let j = 1; j < token.length; j++) {
        const c = token[j]
        const spec = byShort.get(c)
        if (!spec) throw new UsageError(`unknown shorthand flag: '${c}' in ${token}`)
        const display = `-${c}, --${spec.name}`
        set.add(spec.name)
        if (spec.type === 'bool') {
          if (token[j + 1] === '=') {
            assign(flags, spec, token.slice(j + 2), display)
            break
          }
          flags[spec.name] = true
          continue
        }
        let raw = token.slice(j + 1)
        if (raw.startsWith('=')) raw = raw.slice(1)
        else if (raw === '') {
          if (i + 1 >= tokens.length) {
            throw new UsageError(`flag needs an argument: '${c}' in -${c}`)
          }
          raw = tokens[++i]
        }
        assign(flags, spec, raw, display)
        break
      }
    } else {
      args.push(token)
    }
  }
  // Every flag of the command now holds a value of its spec's type: the shape Flags describes.
  return { flags: /** @type {Flags} */ (flags), args, set }
}
