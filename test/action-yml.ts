/** action.yml read as YAML, for tests that hold the code and the metadata together. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

export interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}

const ROOT = path.resolve(import.meta.dirname, '..')

export function readActionYml(): ActionMetadata {
  return parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionMetadata
}
