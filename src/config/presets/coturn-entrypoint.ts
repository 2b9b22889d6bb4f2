/**
 * What the coturn image's entrypoint does to a value it expands. The entrypoint
 * (coturn/coturn docker/coturn/rootfs/usr/local/bin/docker-entrypoint.sh, run by bash) passes
 * every argument through `eval "echo $arg"` in a command substitution. A `$NAME` in an argument
 * is thus expanded by bash, unquoted unless the argument quotes it, and the expanded text is
 * then (bash manual, "Word Splitting" and "Filename Expansion", with the default IFS and shell
 * options of a non-interactive bash):
 *   - split at every run of spaces, tabs and line breaks, and the words joined again by `echo`
 *     with one space: tabs and line breaks become spaces, runs shrink to one space, and
 *     whitespace at either end of the argument disappears (at a word boundary inside it, one
 *     space survives);
 *   - matched against file names, word by word: a word holding `*`, `?` or `[...]` that matches
 *     files in the working directory (`/` in the image) is replaced by their names; one that
 *     matches nothing stays as it is;
 *   - read by `echo` itself when the expansion starts the argument: leading `-n`, `-e`, `-E`
 *     words are options, not text;
 *   - cut by the command substitution, which drops trailing line breaks, quoted or not.
 * Nothing else: quotes, `$`, backquotes, backslashes and `#` inside a value are not evaluated
 * again. __tests__/config/coturn-entrypoint.test.ts checks this model against bash itself.
 */

/** Where a value is expanded: the literal text around `$NAME` in the same word of the argument. */
export interface Expansion {
  /** Inside double quotes: bash neither splits nor globs it. */
  quoted: boolean
  /** Non-empty literal text right before `$NAME` in its word (`--static-auth-secret=`). */
  prefix: string
  /** Non-empty literal text right after it in its word. */
  suffix: string
  /** No word of the argument comes before this one, so `echo` reads its first word as options. */
  startsArgument: boolean
}

const IFS = /[ \t\n]/
const IFS_RUN = /[ \t\n]+/

/**
 * Why the entrypoint would hand coturn something other than `value`, or undefined when the value
 * passes through unchanged. Reasons name characters, never the value.
 */
export function entrypointChange(value: string, at: Expansion): string | undefined {
  if (at.quoted) {
    if (at.startsArgument && at.prefix === '' && /^-[neE]+$/.test(value)) {
      return 'a leading -n, -e or -E is read by echo as an option'
    }
    return value.endsWith('\n') && at.suffix === '' ? 'trailing line breaks are dropped' : undefined
  }
  if (/[\t\n]/.test(value)) return 'tabs and line breaks become spaces'
  if (/[ \t\n]{2}/.test(value)) return 'runs of spaces shrink to one space'
  if (IFS.test(value[0] ?? '') && at.prefix === '') return 'leading spaces are dropped'
  if (IFS.test(value.at(-1) ?? '') && at.suffix === '') return 'trailing spaces are dropped'
  const words = value.split(IFS_RUN)
  words[0] = at.prefix + words[0]
  words[words.length - 1] += at.suffix
  if (at.startsArgument && at.prefix === '' && /^-[neE]+$/.test(words[0])) {
    return 'a leading -n, -e or -E is read by echo as an option'
  }
  if (words.some(mayMatchFiles)) {
    return 'a word with *, ? or [...] after a space is replaced by the names of matching files'
  }
  return undefined
}

/**
 * Whether bash would treat the word as a pattern that can match a file in the image's working
 * directory `/`. bash's test (subst.c unquoted_glob_pattern_p): a `*` or `?`, or a `[` with a `]`
 * after it. A word that starts with `-` (an option such as `--static-auth-secret=...`) cannot
 * match: no entry of `/` begins with `-`.
 */
function mayMatchFiles(word: string): boolean {
  if (word.startsWith('-')) return false
  const bracket = word.indexOf('[')
  return /[*?]/.test(word) || (bracket >= 0 && word.indexOf(']', bracket + 1) > 0)
}

/** One `$NAME` or `${NAME}` in an argument, with where it is expanded. */
export interface Reference extends Expansion {
  name: string
}

/**
 * The plain variable references in one argument as bash's parser sees them inside
 * `eval "echo ARG"`: quotes and backslashes honoured; `${NAME...}` forms other than `${NAME}`
 * and command substitutions are skipped (they are not plain expansions of a value). Two
 * references side by side count as having no literal text between them, which can only make
 * the check stricter.
 */
export function referencesIn(arg: string): Reference[] {
  const found: Reference[] = []
  const state = { quote: '' as '' | '"' | "'", literal: '', started: false, wordsBefore: 0 }
  let open: Reference | undefined
  const endReference = (): void => {
    if (open) open.suffix = state.literal
    open = undefined
  }
  for (let i = 0; i < arg.length; i++) {
    const ch = arg[i]
    const reference =
      ch === '$' && state.quote !== "'"
        ? /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/.exec(arg.slice(i))
        : null
    if (reference) {
      endReference()
      open = {
        name: reference[1] ?? reference[2],
        quoted: state.quote === '"',
        prefix: state.literal,
        suffix: '',
        startsArgument: state.wordsBefore === 0
      }
      found.push(open)
      Object.assign(state, { literal: '', started: true })
      i += reference[0].length - 1
    } else if (state.quote === '' && IFS.test(ch)) {
      endReference()
      if (state.started) state.wordsBefore++
      Object.assign(state, { literal: '', started: false })
    } else {
      i = readLiteral(arg, i, state)
    }
  }
  endReference()
  return found
}

/** Quote marks, backslash escapes and plain characters; returns the index of the last one read. */
function readLiteral(
  arg: string,
  i: number,
  state: { quote: '' | '"' | "'"; literal: string; started: boolean }
): number {
  const ch = arg[i]
  state.started = true
  if (state.quote === "'") {
    if (ch === "'") state.quote = ''
    else state.literal += ch
  } else if (
    ch === '\\' &&
    i + 1 < arg.length &&
    (state.quote === '' || '$`"\\\n'.includes(arg[i + 1]))
  ) {
    state.literal += arg[i + 1]
    return i + 1
  } else if (state.quote === '' && (ch === "'" || ch === '"')) {
    state.quote = ch
  } else if (state.quote === '"' && ch === '"') {
    state.quote = ''
  } else {
    state.literal += ch
  }
  return i
}
