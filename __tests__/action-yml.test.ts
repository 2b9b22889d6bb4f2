/**
 * action.yml and the input parser describe the same inputs with the same defaults: the test
 * derives the list from action.yml, so neither can drift from the other.
 */
import { describe, expect, test } from '@jest/globals'
import { INPUT_DEFAULTS, readSettings, REMOVED_INPUTS } from '../src/inputs.js'
import { readActionYml } from '../test/action-yml.js'

const { inputs } = readActionYml()
/** `${{ github.token }}` is filled in by the runner, not by the action. */
const isRunnerExpression = (value: string): boolean => value.startsWith('${{')

const declaredDefaults = Object.fromEntries(
  Object.entries(inputs)
    .filter(([, input]) => input.default !== undefined && !isRunnerExpression(input.default))
    .map(([name, input]) => [name, String(input.default)])
)

function settingsFor(given: Record<string, string>) {
  const read = new Set<string>()
  const settings = readSettings(
    (name) => {
      read.add(name)
      return given[name] ?? ''
    },
    {},
    () => undefined
  )
  return { settings, read }
}

describe('action.yml and src/inputs.ts', () => {
  test('the parser applies exactly the defaults action.yml declares', () => {
    expect(INPUT_DEFAULTS).toEqual(declaredDefaults)
    const required = { 'api-token': 'token', app: 'turn' }
    const implicit = settingsFor(required).settings
    const explicit = settingsFor({ ...declaredDefaults, ...required }).settings
    expect(explicit).toEqual(implicit)
  })

  test('the parser reads every input action.yml declares, and no other but removed ones', () => {
    const { read } = settingsFor({ 'api-token': 'token', app: 'turn' })
    const removed: readonly string[] = REMOVED_INPUTS
    expect([...read].filter((name) => !removed.includes(name)).sort()).toEqual(
      Object.keys(inputs).sort()
    )
    expect(Object.keys(inputs).filter((name) => removed.includes(name))).toEqual([])
  })

  test('only github-token defaults to a runner expression', () => {
    const expressions = Object.entries(inputs)
      .filter(([, input]) => input.default !== undefined && isRunnerExpression(input.default))
      .map(([name]) => name)
    expect(expressions).toEqual(['github-token'])
  })
})
