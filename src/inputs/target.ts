/** Who and where: the command, the token, the app and its organisation and region. */
import { InputError } from '../errors.js'
import { parseBoolean, parseEnum } from '../parse.js'
import type { InputReader } from './reader.js'
import { COMMANDS, type Settings } from './settings.js'

const REGION = /^[a-z]{3}$/
const ORG_SLUG = /^[a-z0-9][a-z0-9-]*$/

export function readTarget(
  r: InputReader,
  env: NodeJS.ProcessEnv
): Pick<Settings, 'command' | 'apiToken' | 'preview' | 'app' | 'org' | 'region'> {
  const org = r.withDefault('org')
  if (!ORG_SLUG.test(org))
    throw new InputError('org', `'${org}' is not an organisation slug`, 'personal')
  const region = r.withDefault('region')
  if (!REGION.test(region))
    throw new InputError('region', `'${region}' is not a three-letter Fly region code`, 'iad')
  return {
    command: parseEnum('command', r.withDefault('command'), COMMANDS),
    apiToken: r.secret('api-token') ?? fromEnvironment(env.FLY_API_TOKEN, r.mask),
    preview: parseBoolean('preview', r.withDefault('preview')),
    app: r.text('app'),
    org,
    region
  }
}

export function isRegionCode(text: string): boolean {
  return REGION.test(text)
}

function fromEnvironment(
  value: string | undefined,
  mask: (secret: string) => void
): string | undefined {
  const trimmed = value?.trim()
  if (!trimmed) return undefined
  mask(trimmed)
  return trimmed
}
