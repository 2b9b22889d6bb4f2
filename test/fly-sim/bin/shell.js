// @ts-check
// Two pieces of shell behaviour the deployed servers depend on:
// - the coturn/coturn image entrypoint, which runs every argument through `eval "echo $i"`
//   (so $VAR and ${VAR} expand, unquoted expansions are split and re-joined by one space,
//   quotes are removed, leading `-n`/`-e`/`-E` words are echo's options, `-e` reads backslash
//   escapes, and trailing newlines are dropped by the command substitution). Globbing is not
//   emulated: __tests__/config/coturn-entrypoint.test.ts runs bash itself for it, and holds this
//   emulation to bash for every other value;
// - shlex splitting of a [processes] command line (flyctl's InitCmd).

/**
 * Tokenises `echo <text>` the way sh would, expanding variables from env. Returns the words
 * echo receives. Unsupported constructs (command substitution other than the ones in
 * `substitutions`, globs, operators) are left as literal text.
 * @param {string} text
 * @param {Record<string, string>} env
 * @param {Record<string, string>} substitutions
 * @returns {string[]}
 */
function shellWords(text, env, substitutions) {
  /** @type {string[]} */
  const words = []
  /** @type {string | null} */
  let current = null // null: no word started yet
  /** @param {string} s */
  const push = (s) => {
    current = (current ?? '') + s
  }
  const endWord = () => {
    if (current !== null) words.push(current)
    current = null
  }
  /** @param {string} name */
  const expand = (name) => env[name] ?? ''
  /**
   * @param {number} i index of the `$`
   * @returns {{ value: string, next: number } | null}
   */
  const readVar = (i) => {
    if (text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2)
      if (close < 0) return null
      return { value: expand(text.slice(i + 2, close)), next: close + 1 }
    }
    if (text[i + 1] === '(') {
      const close = text.indexOf(')', i + 2)
      const cmd = close < 0 ? null : text.slice(i + 2, close).trim()
      if (cmd !== null && cmd in substitutions)
        return { value: substitutions[cmd], next: close + 1 }
      return null
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1))
    if (!m) return null
    return { value: expand(m[0]), next: i + 1 + m[0].length }
  }
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (c === ' ' || c === '\t' || c === '\n') {
      endWord()
      i++
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1)
      const end = close < 0 ? text.length : close
      push(text.slice(i + 1, end))
      i = end + 1
    } else if (c === '"') {
      push('')
      i++
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && '$`"\\\n'.includes(text[i + 1] ?? '')) {
          push(text[i + 1])
          i += 2
        } else if (text[i] === '$') {
          const v = readVar(i)
          if (v) {
            push(v.value)
            i = v.next
          } else {
            push('$')
            i++
          }
        } else {
          push(text[i])
          i++
        }
      }
      i++
    } else if (c === '\\') {
      if (i + 1 < text.length) push(text[i + 1])
      i += 2
    } else if (c === '$') {
      const v = readVar(i)
      if (!v) {
        push('$')
        i++
        continue
      }
      // Unquoted expansion: field splitting on IFS whitespace.
      const fields = v.value.split(/[ \t\n]+/)
      fields.forEach((field, idx) => {
        if (idx > 0) endWord()
        if (field !== '') push(field)
      })
      i = v.next
    } else {
      push(c)
      i++
    }
  }
  endWord()
  return words
}

/**
 * bash's builtin echo (xpg_echo off) inside a command substitution: leading words made only of
 * -n/-e/-E are options (the last of -e/-E decides whether backslash escapes are read), the rest
 * is joined by ' ', and the substitution drops every trailing newline.
 * @param {string[]} words
 * @returns {string}
 */
function echo(words) {
  let k = 0
  let escapes = false
  while (k < words.length && /^-[neE]+$/.test(words[k])) {
    for (const option of words[k].slice(1)) if (option !== 'n') escapes = option === 'e'
    k++
  }
  const text = words.slice(k).join(' ')
  return (escapes ? echoEscapes(text) : text).replace(/\n+$/, '')
}

/** @type {Record<string, string>} */
const ECHO_ESCAPES = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\'
}

/**
 * `echo -e`: \a \b \e \E \f \n \r \t \v \\, \0nnn (octal), \xHH, \uHHHH, \UHHHHHHHH; \c ends
 * the output; any other backslash stays as written.
 * @param {string} text
 * @returns {string}
 */
function echoEscapes(text) {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const next = text[i + 1]
    if (text[i] !== '\\' || next === undefined) {
      out += text[i]
      continue
    }
    if (next === 'c') return out
    if (next in ECHO_ESCAPES) {
      out += ECHO_ESCAPES[next]
      i++
      continue
    }
    const numeric =
      /^(?:0([0-7]{0,3})|x([0-9a-fA-F]{1,2})|u([0-9a-fA-F]{1,4})|U([0-9a-fA-F]{1,8}))/.exec(
        text.slice(i + 1)
      )
    if (numeric) {
      const [whole, octal, hex, u4, u8] = numeric
      const code = octal !== undefined ? parseInt(octal || '0', 8) : parseInt(hex ?? u4 ?? u8, 16)
      out += String.fromCodePoint(code)
      i += whole.length
      continue
    }
    out += '\\'
  }
  return out
}

/**
 * The coturn image entrypoint: prefix `turnserver` when the first argument is an option, then
 * expand every argument separately with `eval "echo $i"`.
 * @param {string[]} args
 * @param {Record<string, string>} env
 * @param {Record<string, string>} [substitutions] `$(command)` -> its output.
 * @returns {string[]}
 */
export function coturnEntrypoint(args, env, substitutions = {}) {
  const argv = args.length && args[0].startsWith('-') ? ['turnserver', ...args] : [...args]
  return argv.map((arg) => echo(shellWords(arg, env, substitutions)))
}

/**
 * POSIX-ish shlex split (quotes and backslashes, no expansion) for [processes] commands.
 * @param {string} line
 * @returns {string[]}
 */
export function shlexSplit(line) {
  /** @type {string[]} */
  const words = []
  /** @type {string | null} */
  let current = null
  let i = 0
  while (i < line.length) {
    const c = line[i]
    if (/\s/.test(c)) {
      if (current !== null) words.push(current)
      current = null
      i++
    } else if (c === "'" || c === '"') {
      const close = line.indexOf(c, i + 1)
      if (close < 0) throw new Error('EOF found when expecting closing quote')
      current = (current ?? '') + line.slice(i + 1, close)
      i = close + 1
    } else if (c === '\\' && i + 1 < line.length) {
      current = (current ?? '') + line[i + 1]
      i += 2
    } else {
      current = (current ?? '') + c
      i++
    }
  }
  if (current !== null) words.push(current)
  return words
}
