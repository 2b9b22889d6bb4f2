/**
 * Reading raw inputs: trimmed text, secrets masked the moment they are read, and the defaults of
 * action.yml, declared once here (a test holds this table and action.yml together).
 */
export type GetInput = (name: string) => string

/**
 * Every default action.yml declares, except `github-token`'s `${{ github.token }}`: an
 * expression the runner fills in, so here an empty value simply means "no token".
 */
export const INPUT_DEFAULTS = {
  command: 'deploy',
  org: 'personal',
  region: 'iad',
  preset: 'none',
  path: '.',
  ha: 'false',
  strategy: 'rolling',
  'wait-timeout': '5m',
  probe: 'auto',
  'probe-port': '3478',
  'probe-successes': '3',
  'probe-hold': '0',
  'probe-timeout': '5m',
  'probe-interval': '2s',
  'allow-open-relay': 'false',
  'fishjam-allow-live-peers': 'false',
  'on-failure': 'fail',
  preview: 'false',
  'reap-older-than': '72h',
  'dry-run': 'false'
} as const satisfies Record<string, string>

export type DefaultedInput = keyof typeof INPUT_DEFAULTS

export class InputReader {
  constructor(
    private readonly getInput: GetInput,
    readonly mask: (secret: string) => void
  ) {}

  /** The value as given (multi-line inputs keep their lines). */
  raw(name: string): string {
    return this.getInput(name)
  }

  /** Trimmed; undefined when empty. */
  text(name: string): string | undefined {
    const value = this.getInput(name).trim()
    return value === '' ? undefined : value
  }

  /** Like text, and masked before anything can print it. */
  secret(name: string): string | undefined {
    const value = this.text(name)
    if (value !== undefined) this.mask(value)
    return value
  }

  /** The value, or action.yml's default for it. */
  withDefault(name: DefaultedInput): string {
    return this.text(name) ?? INPUT_DEFAULTS[name]
  }
}

export function optional<T>(raw: string | undefined, parse: (raw: string) => T): T | undefined {
  return raw === undefined ? undefined : parse(raw)
}
