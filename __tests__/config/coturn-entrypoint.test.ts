/**
 * The model of the coturn image's entrypoint (src/config/presets/coturn-entrypoint.ts) against
 * bash itself, the image's interpreter (`#!/bin/bash`; dash's echo would differ: it interprets
 * backslashes). The harness below does to each argument what the entrypoint does, expand it with
 * `eval "echo $arg"` inside a command substitution, and prints the results NUL-separated instead
 * of exec'ing them. It runs in temporary directories standing in for the image's working
 * directory `/`: one with a Debian root's entries, and one that also holds a file for every
 * pattern word (`*`, `?`, `[...]`) of every case, so that each such word matches something.
 *
 * The claim tested, for each argument shape and value: the model accepts a value exactly when
 * bash passes it through unchanged in both directories, and refuses it exactly when bash changes
 * it in at least one. The simulator's emulation (test/fly-sim/bin/shell.js, which does not glob)
 * is held to bash for every value without a pattern word.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { entrypointChange, referencesIn } from '../../src/config/presets/coturn-entrypoint.js'
import { coturnEntrypoint } from '../../test/fly-sim/bin/shell.js'

/** Pairs of (argument, value) on stdin, NUL-separated; each result NUL-terminated on stdout. */
const HARNESS = `while IFS= read -r -d '' arg && IFS= read -r -d '' SECRET; do
  out=$(eval "echo $arg"); printf '%s\\0' "$out"
done`
const DEBIAN_ROOT =
  'bin boot dev etc home lib lib64 media mnt opt proc root run sbin srv sys tmp usr var'

const SHAPES: [string, string, (value: string) => string][] = [
  ['the coturn preset', '--static-auth-secret=$SECRET', (v) => `--static-auth-secret=${v}`],
  ['braces and a suffix', '--x=${SECRET}.end', (v) => `--x=${v}.end`],
  ['double quotes', '"--static-auth-secret=$SECRET"', (v) => `--static-auth-secret=${v}`],
  ['a bare reference', '$SECRET', (v) => v],
  ['a second word', 'two $SECRET', (v) => `two ${v}`]
]

const VALUES = [
  'plain-hex-0123456789abcdef',
  'a b',
  'a b c d',
  ' leading single space',
  'two  spaces*',
  'a  b',
  'tab\tinside',
  'line\nbreak',
  'trailing ',
  '  ',
  ' ',
  'abc*',
  'a*b?[c]',
  'word b*',
  'word ?',
  'word [ab]',
  'word *',
  'word [b',
  'word b]',
  'word Z*',
  '$HOME `id` $(id) \'q\' "dq"',
  'back\\slash and \\n',
  '#hash ;semi |pipe &amp <lt >gt',
  '~ ~/x {a,b} !bang',
  'cr\rinside',
  'ünïcödé ✓',
  '-n',
  '-e \\t',
  'x -n',
  '=',
  'ends with a line break\n',
  'ends with two\n\n'
]

let base: string
let imageRoot: string
const outcomes = new Map<string, { unchanged: boolean; inImageRoot: string }>()

/** What bash hands the server for each (argument, value), run in `cwd`. */
function viaBash(cases: [string, string][], cwd: string): string[] {
  const run = spawnSync('bash', ['-c', HARNESS], {
    cwd,
    env: { PATH: process.env.PATH },
    input: cases
      .flat()
      .map((part) => `${part}\0`)
      .join(''),
    encoding: 'utf8'
  })
  expect(run.status).toBe(0)
  return run.stdout.split('\0').slice(0, -1)
}

/**
 * A file name each pattern word of an argument matches (`*` -> x, `?` -> y, `[ab]` -> a). Words
 * starting with `-` or holding `/` get none: the image's `/` has no entry like that.
 */
function matchingNames(argument: string): string[] {
  return argument
    .split(/[ \t\n]+/)
    .filter((word) => /[*?[]/.test(word) && !word.startsWith('-') && !word.includes('/'))
    .map((word) =>
      word
        .replace(/\[[!^]?(.)[^\]]*\]/g, '$1')
        .replace(/\*/g, 'x')
        .replace(/\?/g, 'y')
    )
}

const key = (arg: string, value: string): string => `${arg}\0${value}`

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'fwd-entrypoint-'))
  imageRoot = path.join(base, 'image-root')
  const crowded = path.join(base, 'crowded')
  for (const dir of [imageRoot, crowded]) {
    mkdirSync(dir)
    for (const entry of DEBIAN_ROOT.split(' ')) mkdirSync(path.join(dir, entry))
  }
  const cases = SHAPES.flatMap(([, arg, expected]) =>
    VALUES.map((value): [string, string, string] => [arg, value, expected(value)])
  )
  for (const [, , expected] of cases) {
    for (const name of matchingNames(expected)) writeFileSync(path.join(crowded, name), '')
  }
  const pairs = cases.map(([arg, value]): [string, string] => [arg, value])
  const inRoot = viaBash(pairs, imageRoot)
  const inCrowded = viaBash(pairs, crowded)
  cases.forEach(([arg, value, expected], i) => {
    outcomes.set(key(arg, value), {
      unchanged: inRoot[i] === expected && inCrowded[i] === expected,
      inImageRoot: inRoot[i]
    })
  })
})
afterAll(() => rmSync(base, { recursive: true, force: true }))

describe.each(SHAPES)('%s (%s)', (_label, arg) => {
  test('the argument holds one reference to SECRET', () => {
    expect(referencesIn(arg).map((r) => r.name)).toEqual(['SECRET'])
  })

  test.each(VALUES)('%j: refused exactly when bash changes it', (value) => {
    const [reference] = referencesIn(arg)
    const { unchanged } = outcomes.get(key(arg, value)) as { unchanged: boolean }
    const why = entrypointChange(value, reference)
    expect({ value, refused: why !== undefined }).toEqual({ value, refused: !unchanged })
  })
})

test('the simulator emulates bash exactly for every value without a pattern word', () => {
  for (const [, arg] of SHAPES) {
    const [reference] = referencesIn(arg)
    for (const value of VALUES) {
      if ((entrypointChange(value, reference) ?? '').includes('files')) continue
      const simulated = coturnEntrypoint(['--log-file=stdout', arg], { SECRET: value })
      const bash = outcomes.get(key(arg, value))?.inImageRoot
      expect({ arg, value, sim: simulated[2] }).toEqual({ arg, value, sim: bash })
    }
  }
})

test('a word after a space that names an absolute path pattern is replaced from the real /', () => {
  const [reference] = referencesIn('--static-auth-secret=$SECRET')
  const [changed] = viaBash([['--static-auth-secret=$SECRET', 'word /e*']], imageRoot)
  expect(changed).toContain('/etc')
  expect(entrypointChange('word /e*', reference)).toMatch(/matching files/)
})

test('the reasons name characters, never the value', () => {
  const [reference] = referencesIn('--static-auth-secret=$SECRET')
  const why = entrypointChange('two  spaces*', reference)
  expect(why).toBe('runs of spaces shrink to one space')
  expect(why).not.toContain('two')
})

test('references: quotes, escapes, command substitutions and other forms', () => {
  expect(referencesIn("'$A' \\$B $(c) ${D:-x} `e`")).toEqual([])
  expect(referencesIn('--a=$A "--b=$B" c${C}d')).toEqual([
    { name: 'A', quoted: false, prefix: '--a=', suffix: '', startsArgument: true },
    { name: 'B', quoted: true, prefix: '--b=', suffix: '', startsArgument: false },
    { name: 'C', quoted: false, prefix: 'c', suffix: 'd', startsArgument: false }
  ])
})
