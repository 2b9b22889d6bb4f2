/**
 * The layer rules of eslint.config.js (which room of src/ may import which, and who may use
 * @actions/*), checked on small sources placed at virtual paths. Only no-restricted-imports runs,
 * without type information, so the files need not exist.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, test } from '@jest/globals'
import { ESLint } from 'eslint'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    overrideConfigFile: path.join(root, 'eslint.config.js'),
    // No program for files that do not exist: turn type-aware parsing off.
    overrideConfig: {
      files: ['**/*.ts'],
      languageOptions: { parserOptions: { projectService: false, project: false } }
    },
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports'
  })
})

/** One message per violation: the specifier of each import that breaks a rule, in order. */
async function violations(file: string, ...specifiers: string[]): Promise<string[]> {
  const code = specifiers.map((s, i) => `import * as m${i} from '${s}'\n`).join('')
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  for (const m of result.messages) expect(m.ruleId).toBe('no-restricted-imports')
  return result.messages.map((m) => specifiers[m.line - 1])
}

const ROOMS = ['fly', 'config', 'probe', 'preview', 'github', 'commands', 'pipeline']

describe('layer rules between the rooms of src/', () => {
  // [file, forbidden rooms (a folder, or inputs/main)]
  const cases: [string, string[]][] = [
    [
      'src/probe/x.ts',
      ['fly', 'config', 'github', 'commands', 'pipeline', 'preview', 'inputs', 'main']
    ],
    ['src/config/y.ts', ['fly', 'github', 'commands', 'pipeline', 'preview', 'inputs', 'main']],
    ['src/fly/z.ts', ['github', 'commands', 'pipeline', 'preview', 'inputs', 'main']],
    ['src/preview/naming.ts', ['github', 'commands', 'pipeline', 'inputs', 'main']],
    ['src/github/api.ts', ['inputs', 'commands', 'pipeline', 'main']],
    ['src/pipeline/step.ts', ['commands', 'main']],
    ['src/commands/deploy.ts', ['main']]
  ]
  const specifier = (target: string, up: string): string =>
    target === 'inputs' || target === 'main' ? `${up}${target}.js` : `${up}${target}/a.js`

  test.each(cases)('%s: exactly the forbidden rooms are refused', async (file, forbidden) => {
    const own = file.split('/')[1]
    const targets = [...ROOMS.filter((r) => r !== own), 'inputs', 'main']
    const specifiers = targets.map((t) => specifier(t, '../'))
    expect(await violations(file, ...specifiers)).toEqual(
      specifiers.filter((_, i) => forbidden.includes(targets[i]))
    )
  })

  test.each(cases)('%s, nested two folders deep: the same rules', async (file, forbidden) => {
    const nested = file.replace(/\/([^/]+)$/, '/a/b/$1')
    const own = file.split('/')[1]
    const targets = [...ROOMS.filter((r) => r !== own), 'inputs', 'main']
    const specifiers = targets.map((t) => specifier(t, '../../../'))
    expect(await violations(nested, ...specifiers)).toEqual(
      specifiers.filter((_, i) => forbidden.includes(targets[i]))
    )
  })

  test('a nested probe file importing config/ two levels up is refused', async () => {
    expect(await violations('src/probe/transport/udp.ts', '../../config/types.js')).toEqual([
      '../../config/types.js'
    ])
  })

  test('the message says which rule and why', async () => {
    const [result] = await eslint.lintText(`import { x } from '../fly/app.js'\n`, {
      filePath: path.join(root, 'src/probe/x.ts')
    })
    expect(result.messages).toHaveLength(1)
    expect(result.messages[0].message).toMatch(/src\/probe\/ must not import src\/fly\/: .*pure/)
  })

  test('type-only imports count too', async () => {
    const [result] = await eslint.lintText(`import type { Settings } from '../inputs.js'\n`, {
      filePath: path.join(root, 'src/github/x.ts')
    })
    expect(result.messages.map((m) => m.ruleId)).toEqual(['no-restricted-imports'])
  })

  test('no false positives: own files, lookalike names, shared leaves', async () => {
    expect(
      await violations(
        'src/fly/flyctl.ts',
        './exec.js',
        './github.js',
        '../errors.js',
        '../log.js',
        '../parse.js',
        '../secrets.js'
      )
    ).toEqual([])
    expect(
      await violations(
        'src/probe/x.ts',
        './fly-something.js',
        './config.js',
        './github/x.js',
        '../fly-x.js',
        '../mainline.js',
        '../inputs-x.js'
      )
    ).toEqual([])
    // '../fly/x.js' from src/probe/transport/ is src/probe/fly/x.js: inside the probe.
    expect(await violations('src/probe/transport/udp.ts', '../fly/x.js', '../config.js')).toEqual(
      []
    )
  })

  test('main.ts, index.ts, inputs.ts, shared leaves and tests import any room', async () => {
    const all = [...ROOMS.map((r) => `./${r}/a.js`), './inputs.js', './main.js']
    expect(await violations('src/main.ts', ...all)).toEqual([])
    expect(await violations('src/index.ts', ...all)).toEqual([])
    expect(await violations('__tests__/probe/x.test.ts', '../../src/fly/app.js')).toEqual([])
  })
})

describe('@actions/* only where the rules allow it', () => {
  const packages = [
    '@actions/core',
    '@actions/github',
    '@actions/tool-cache',
    '@actions/http-client'
  ]
  // [file, the packages it may import]
  const cases: [string, string[]][] = [
    ['src/main.ts', ['@actions/core', '@actions/github']],
    ['src/inputs.ts', ['@actions/core', '@actions/github']],
    ['src/github/x.ts', ['@actions/core', '@actions/github', '@actions/http-client']],
    ['src/github/sub/x.ts', ['@actions/core', '@actions/github', '@actions/http-client']],
    ['src/fly/install.ts', ['@actions/tool-cache', '@actions/http-client']],
    ['src/fly/app.ts', ['@actions/http-client']],
    ['src/config/y.ts', []],
    ['src/config/presets/coturn.ts', []],
    ['src/probe/x.ts', []],
    ['src/preview/reap.ts', []],
    ['src/commands/deploy.ts', []],
    ['src/pipeline/probe.ts', []],
    ['src/inputs/probe.ts', []],
    ['src/errors.ts', []],
    ['src/index.ts', []],
    ['src/cli.ts', []]
  ]

  test.each(cases)('%s may import %j', async (file, allowed) => {
    const imported = [...packages, '@actions/core/lib/summary.js']
    expect(await violations(file, ...imported)).toEqual(
      imported.filter((p) => !allowed.some((a) => p === a || p.startsWith(`${a}/`)))
    )
  })

  test('other packages and node: modules are not restricted', async () => {
    expect(await violations('src/probe/x.ts', 'node:dgram', 'smol-toml', '@actions-x/y')).toEqual(
      []
    )
  })
})
