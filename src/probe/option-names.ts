/**
 * How the probe names its options to a person. The probe speaks of its own option fields; each
 * front end says what it calls them (the action its inputs, such as `turn-username`; the CLI its
 * flags, such as `--user`), and validation errors and hints use those names.
 */
import { ActionError } from '../errors.js'

/** The options a person can get wrong: ProbeOptions' fields, and the URI the CLI reads them from. */
export type ProbeOptionField =
  | 'uri'
  | 'host'
  | 'port'
  | 'tlsPort'
  | 'transports'
  | 'checks'
  | 'credentials'
  | 'username'
  | 'password'
  | 'secret'
  | 'ttl'
  | 'realm'
  | 'expectedRelayIp'
  | 'healthUrl'
  | 'healthToken'
  | 'fishjamUrl'
  | 'fishjamAllowLivePeers'
  | 'servername'
  | 'ca'
  | 'timeout'
  | 'interval'
  | 'successes'
  | 'hold'

/** How a front end calls each field; a field it leaves out gets its neutral name. */
export type OptionNames = Partial<Record<ProbeOptionField, string>>

/** Names for a caller that gave none: plain words that fit into a sentence. */
export const NEUTRAL_NAMES: Readonly<Record<ProbeOptionField, string>> = {
  uri: 'the URI',
  host: 'the host',
  port: 'the port',
  tlsPort: 'the TLS port',
  transports: 'the transports',
  checks: 'the checks',
  credentials: 'the credentials',
  username: 'the username',
  password: 'the password',
  secret: 'the shared secret',
  ttl: 'the credential TTL',
  realm: 'the expected realm',
  expectedRelayIp: 'the expected relay IP',
  healthUrl: 'the health URL',
  healthToken: 'the health token',
  fishjamUrl: "the Fishjam API's URL",
  fishjamAllowLivePeers: 'the live-peers opt-in',
  servername: 'the TLS servername',
  ca: 'the CA certificate',
  timeout: 'the timeout',
  interval: 'the interval',
  successes: 'the successes needed in a row',
  hold: 'the hold'
}

export function optionName(field: ProbeOptionField, names: OptionNames = {}): string {
  return names[field] ?? NEUTRAL_NAMES[field]
}

/**
 * An option the probe cannot use. The message names it as the front end does, says what is
 * wrong and shows a good value: "<name>: <problem> (for example: <example>)". A front end that
 * words errors its own way reads `field`, `problem` and `example`.
 */
export class ProbeOptionError extends ActionError {
  readonly field: ProbeOptionField
  readonly problem: string
  readonly example?: string

  constructor(field: ProbeOptionField, problem: string, example?: string, names?: OptionNames) {
    const suffix = example === undefined ? '' : ` (for example: ${example})`
    super('invalid-input', `${optionName(field, names)}: ${problem}${suffix}`)
    this.name = 'ProbeOptionError'
    this.field = field
    this.problem = problem
    this.example = example
  }
}
