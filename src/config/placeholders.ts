/**
 * {ipv4}, {app} and {hostname} in [env] values and command arguments, filled in once the
 * dedicated address is known. `${NAME}` is left alone: it is shell syntax that an image's
 * entrypoint expands at start (coturn's `--static-auth-secret=${AUTH_SECRET}`).
 */
import { ActionError } from '../errors.js'
import { asTable } from './ports.js'
import type { FlyConfig } from './types.js'

export interface PlaceholderValues {
  ipv4?: string
  app: string
  hostname: string
}

const PLACEHOLDER = /(?<!\$)\{([A-Za-z_][A-Za-z0-9_-]*)\}/g

/** A value that cannot be filled in; `key` says where it came from (`[env] NAME`, `health-url`). */
export class PlaceholderError extends ActionError {
  constructor(
    readonly key: string,
    readonly problem: string,
    hint: string
  ) {
    super('config', `${key} ${problem}`, { hint })
    this.name = 'PlaceholderError'
  }
}
const KNOWN = ['ipv4', 'app', 'hostname'] as const

/** Fills {ipv4} {app} {hostname} in one value; `key` names where it came from in errors. */
export function fillPlaceholders(text: string, values: PlaceholderValues, key: string): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => {
    if (name === 'app') return values.app
    if (name === 'hostname') return values.hostname
    if (name === 'ipv4') {
      if (values.ipv4 !== undefined) return values.ipv4
      throw new PlaceholderError(
        key,
        'uses {ipv4}, but the app has no dedicated IPv4',
        "Set the input 'ipv4: dedicated' (UDP needs it anyway), or remove {ipv4} from this value."
      )
    }
    throw new PlaceholderError(
      key,
      `uses the unknown placeholder {${name}}; known: ${KNOWN.map((k) => `{${k}}`).join(', ')}`,
      'Fix the spelling, or write the value literally.'
    )
  })
}

/** Fills a command: an argv array, or the single string flyctl would take (and lint rejects). */
function fillCommand(command: unknown, values: PlaceholderValues, key: string): unknown {
  if (typeof command === 'string') return fillPlaceholders(command, values, key)
  if (Array.isArray(command)) {
    return (command as unknown[]).map((arg, i) =>
      typeof arg === 'string' ? fillPlaceholders(arg, values, `${key}[${i}]`) : arg
    )
  }
  return command
}

/** Returns a copy; the input config is not changed. */
export function resolvePlaceholders(config: FlyConfig, values: PlaceholderValues): FlyConfig {
  const result: FlyConfig = structuredClone(config)

  const env = asTable(result.env)
  if (env) {
    for (const [name, value] of Object.entries(env)) {
      if (typeof value === 'string') env[name] = fillPlaceholders(value, values, `[env] ${name}`)
    }
  }

  const experimental = asTable(result.experimental)
  if (experimental) {
    for (const field of ['cmd', 'entrypoint', 'exec']) {
      if (field in experimental) {
        experimental[field] = fillCommand(experimental[field], values, `[experimental] ${field}`)
      }
    }
  }

  const processes = asTable(result.processes)
  if (processes) {
    for (const [name, command] of Object.entries(processes)) {
      processes[name] = fillCommand(command, values, `[processes] ${name}`)
    }
  }
  return result
}
