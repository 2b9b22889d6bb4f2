/**
 * Step 1: every input read and validated into one typed Settings object before anything else
 * happens. Pure over a getInput function and an environment, except that each secret value is
 * handed to `mask` the moment it is read, so no later message can print it.
 */
import { InputError } from './errors.js'
import {
  MAX_TIMER_MS,
  type PortRange,
  parseBoolean,
  parseDuration,
  parseEnum,
  parseInteger,
  parseKeyValueLines,
  parsePort,
  parsePortList,
  splitList,
  splitShellWords
} from './parse.js'
import { parseSecretsInput, type SecretEntry, toFlyctlImport } from './secrets.js'

export const COMMANDS = ['deploy', 'destroy', 'plan', 'reap', 'probe'] as const
export const PRESET_NAMES = ['none', 'coturn', 'fishjam'] as const
export const IPV4_MODES = ['dedicated', 'shared', 'none'] as const
export const STRATEGIES = ['rolling', 'immediate', 'bluegreen', 'canary'] as const
export const ON_FAILURE = ['fail', 'rollback', 'destroy'] as const
export const CHECKS = ['stun', 'turn', 'relay', 'http'] as const
export const TRANSPORTS = ['udp', 'tcp', 'tls'] as const

export type Command = (typeof COMMANDS)[number]
export type PresetChoice = (typeof PRESET_NAMES)[number]
export type Ipv4Mode = (typeof IPV4_MODES)[number]
export type ProbeCheckName = (typeof CHECKS)[number]
export type ProbeTransportName = (typeof TRANSPORTS)[number]

export interface Settings {
  command: Command
  apiToken?: string
  app?: string
  org: string
  region: string
  preset: PresetChoice
  configPath?: string
  /** An image reference, `current` (the running release's image), or undefined (preset or build). */
  image?: string
  path: string
  env: Record<string, string>
  secrets: SecretEntry[]
  udpPorts?: PortRange[]
  tcpPorts?: PortRange[]
  httpPort?: number
  /** undefined = decided from the config: dedicated when UDP is exposed, else shared. */
  ipv4?: Ipv4Mode
  vm: { size?: string; memory?: string; cpus?: number; cpuKind?: 'shared' | 'performance' }
  ha: boolean
  strategy: (typeof STRATEGIES)[number]
  waitTimeoutMs: number
  deployArgs: string[]
  flyctlVersion?: string
  /** undefined = the preset's checks (`auto`); [] = no probe. */
  probeChecks?: ProbeCheckName[]
  probeHost?: string
  probePort: number
  probeTransports: ProbeTransportName[]
  turnUsername?: string
  turnPassword?: string
  turnSecret?: string
  turnRealm?: string
  healthUrl?: string
  healthToken?: string
  probeTimeoutMs: number
  probeIntervalMs: number
  onFailure: (typeof ON_FAILURE)[number]
  preview: boolean
  githubToken?: string
  /** undefined = true for previews, false otherwise. */
  comment?: boolean
  regions: string[]
  count?: number
  reapOlderThanMs: number
  dryRun: boolean
}

export type GetInput = (name: string) => string

/** The owned flag an argument sets: `--app`, `--app=x`, `-a`, or a short flag glued to its value (`-ax`). */
function ownedFlagOf(arg: string): string | undefined {
  const long = arg.split('=')[0]
  if (Object.hasOwn(FLAGS_OWNED_BY_INPUTS, long)) return long
  const short = arg.slice(0, 2)
  return !arg.startsWith('--') && Object.hasOwn(FLAGS_OWNED_BY_INPUTS, short) ? short : undefined
}

const APP_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const REGION = /^[a-z]{3}$/
const ORG_SLUG = /^[a-z0-9][a-z0-9-]*$/
const VM_SIZE = /^[a-z0-9][a-z0-9-]*$/
const VM_MEMORY = /^\d+(?:mb|gb)?$/i
const FLYCTL_VERSION = /^v?\d+\.\d+\.\d+$/
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$|^\[?[0-9A-Fa-f:.]+\]?$/

/** deploy-args flags the action sets itself: passing them twice would make the result ambiguous. */
const FLAGS_OWNED_BY_INPUTS: Record<string, string> = {
  '--config': 'config',
  '-c': 'config',
  '--app': 'app',
  '-a': 'app',
  '--image': 'image',
  '-i': 'image',
  '--strategy': 'strategy',
  '--wait-timeout': 'wait-timeout',
  '--ha': 'ha',
  '--access-token': 'api-token',
  '-t': 'api-token'
}

export function readSettings(
  getInput: GetInput,
  env: NodeJS.ProcessEnv,
  mask: (secret: string) => void
): Settings {
  const text = (name: string): string | undefined => {
    const value = getInput(name).trim()
    return value === '' ? undefined : value
  }
  const secretText = (name: string): string | undefined => {
    const value = text(name)
    if (value !== undefined) mask(value)
    return value
  }
  const withDefault = (name: string, fallback: string): string => text(name) ?? fallback

  const command = parseEnum('command', withDefault('command', 'deploy'), COMMANDS)
  const apiToken = secretText('api-token') ?? nonEmpty(env.FLY_API_TOKEN, mask)
  const preview = parseBoolean('preview', withDefault('preview', 'false'))

  const app = text('app')
  if (app !== undefined && !preview && !APP_NAME.test(app)) {
    throw new InputError(
      'app',
      `'${app}' is not a Fly app name: use lowercase letters, digits and dashes, at most 63, not starting or ending with a dash`,
      'my-turn-server'
    )
  }
  if (app !== undefined && preview && !/[a-z0-9]/i.test(app)) {
    throw new InputError(
      'app',
      `'${app}' has no letter or digit to build a preview name from`,
      'turn'
    )
  }

  const org = withDefault('org', 'personal')
  if (!ORG_SLUG.test(org))
    throw new InputError('org', `'${org}' is not an organisation slug`, 'personal')
  const region = withDefault('region', 'iad')
  if (!REGION.test(region))
    throw new InputError('region', `'${region}' is not a three-letter Fly region code`, 'iad')

  const preset = parseEnum('preset', withDefault('preset', 'none'), PRESET_NAMES)
  const envVars = parseKeyValueLines('env', getInput('env'))
  const secrets = parseSecretsInput(getInput('secrets'))
  for (const secret of secrets) if (secret.value !== '') mask(secret.value)
  // A value flyctl's stdin syntax cannot carry must fail here, before anything changes on Fly.
  toFlyctlImport(secrets)
  for (const secret of secrets) {
    if (Object.hasOwn(envVars, secret.name)) {
      throw new InputError(
        'env',
        `${secret.name} is also in 'secrets'; a name is either secret or not`
      )
    }
  }

  const udp = text('udp-ports')
  const tcp = text('tcp-ports')
  const http = text('http-port')
  const ipv4Text = text('ipv4')
  const udpPorts = udp === undefined ? undefined : parsePortList('udp-ports', udp)
  const ipv4 = ipv4Text === undefined ? undefined : parseEnum('ipv4', ipv4Text, IPV4_MODES)
  if (udpPorts && ipv4 !== undefined && ipv4 !== 'dedicated') {
    throw new InputError(
      'ipv4',
      `'${ipv4}' cannot carry the UDP ports in 'udp-ports': Fly routes UDP only to a dedicated IPv4`,
      'dedicated'
    )
  }

  const vmSize = text('vm-size')
  if (vmSize !== undefined && !VM_SIZE.test(vmSize))
    throw new InputError('vm-size', `'${vmSize}' is not a VM size name`, 'shared-cpu-1x')
  const vmMemory = text('vm-memory')
  if (vmMemory !== undefined && !VM_MEMORY.test(vmMemory))
    throw new InputError('vm-memory', `'${vmMemory}' is not a memory size`, '512mb')
  const vmCpus = optional(text('vm-cpus'), (raw) => parseInteger('vm-cpus', raw, 1, 64, '1'))
  const vmCpuKind = optional(text('vm-cpu-kind'), (raw) =>
    parseEnum('vm-cpu-kind', raw, ['shared', 'performance'] as const)
  )

  const deployArgs = splitShellWords('deploy-args', getInput('deploy-args'))
  for (const arg of deployArgs) {
    const flag = ownedFlagOf(arg)
    if (flag !== undefined) {
      throw new InputError(
        'deploy-args',
        `${flag} is set by the input '${FLAGS_OWNED_BY_INPUTS[flag]}'; use that input instead`
      )
    }
  }

  const flyctlVersion = text('flyctl-version')
  if (
    flyctlVersion !== undefined &&
    !['latest', 'system'].includes(flyctlVersion) &&
    !FLYCTL_VERSION.test(flyctlVersion)
  ) {
    throw new InputError(
      'flyctl-version',
      `'${flyctlVersion}' is not a version, 'latest' or 'system'`,
      '0.4.87'
    )
  }

  const probeChecks = parseProbeChecks(withDefault('probe', 'auto'))
  const probeHost = text('probe-host')
  if (probeHost !== undefined && !HOST.test(probeHost)) {
    throw new InputError(
      'probe-host',
      `'${probeHost}' is not a host name or IP address (no scheme, no port)`,
      '203.0.113.7'
    )
  }
  const probeTransports = splitList(withDefault('probe-transports', 'udp')).map((t) =>
    parseEnum('probe-transports', t, TRANSPORTS)
  )
  if (probeTransports.length === 0)
    throw new InputError('probe-transports', 'lists no transport', 'udp, tcp')

  const turnUsername = text('turn-username')
  const turnPassword = secretText('turn-password')
  const turnSecret = secretText('turn-secret')
  if ((turnUsername === undefined) !== (turnPassword === undefined)) {
    const missing = turnUsername === undefined ? 'turn-username' : 'turn-password'
    throw new InputError(
      missing,
      `is required together with '${missing === 'turn-username' ? 'turn-password' : 'turn-username'}'`
    )
  }
  if (turnPassword !== undefined && turnSecret !== undefined) {
    throw new InputError(
      'turn-secret',
      "cannot be combined with 'turn-username'/'turn-password': choose REST or long-term credentials"
    )
  }

  const healthUrl = text('health-url')
  if (healthUrl !== undefined) assertHttpUrl(healthUrl)

  const onFailure = parseEnum('on-failure', withDefault('on-failure', 'fail'), ON_FAILURE)
  if (onFailure === 'destroy' && !preview) {
    throw new InputError(
      'on-failure',
      "'destroy' is only allowed for previews (preview: true), so a failed probe can never destroy production",
      'rollback'
    )
  }

  const regions = splitList(getInput('regions'))
  for (const r of regions)
    if (!REGION.test(r))
      throw new InputError('regions', `'${r}' is not a three-letter Fly region code`, 'iad, fra')
  const count = optional(text('count'), (raw) => parseInteger('count', raw, 1, 100, '2'))
  if ((count === undefined) !== (regions.length === 0)) {
    throw new InputError(
      count === undefined ? 'count' : 'regions',
      "'regions' and 'count' go together",
      'regions: iad, fra and count: 1'
    )
  }

  const dryRun = parseBoolean('dry-run', withDefault('dry-run', 'false'))
  if (dryRun && command !== 'reap') {
    throw new InputError(
      'dry-run',
      "applies only to 'command: reap'; use 'command: plan' to preview a deploy",
      'false'
    )
  }

  const settings: Settings = {
    command,
    apiToken,
    app,
    org,
    region,
    preset,
    configPath: text('config'),
    image: text('image'),
    path: withDefault('path', '.'),
    env: envVars,
    secrets,
    udpPorts,
    tcpPorts: tcp === undefined ? undefined : parsePortList('tcp-ports', tcp),
    httpPort: http === undefined ? undefined : parsePort('http-port', http, '4000'),
    ipv4,
    vm: { size: vmSize, memory: vmMemory, cpus: vmCpus, cpuKind: vmCpuKind },
    ha: parseBoolean('ha', withDefault('ha', 'false')),
    strategy: parseEnum('strategy', withDefault('strategy', 'rolling'), STRATEGIES),
    waitTimeoutMs: parseDuration(
      'wait-timeout',
      withDefault('wait-timeout', '5m'),
      '5m',
      MAX_TIMER_MS
    ),
    deployArgs,
    flyctlVersion,
    probeChecks,
    probeHost,
    probePort: parsePort('probe-port', withDefault('probe-port', '3478')),
    probeTransports,
    turnUsername,
    turnPassword,
    turnSecret,
    turnRealm: text('turn-realm'),
    healthUrl,
    healthToken: secretText('health-token'),
    probeTimeoutMs: parseDuration(
      'probe-timeout',
      withDefault('probe-timeout', '5m'),
      '5m',
      MAX_TIMER_MS
    ),
    probeIntervalMs: parseDuration(
      'probe-interval',
      withDefault('probe-interval', '2s'),
      '2s',
      MAX_TIMER_MS
    ),
    onFailure,
    preview,
    githubToken: secretText('github-token'),
    comment: optional(text('comment'), (raw) => parseBoolean('comment', raw)),
    regions,
    count,
    reapOlderThanMs: parseDuration('reap-older-than', withDefault('reap-older-than', '72h'), '72h'),
    dryRun
  }
  checkCrossFields(settings)
  return settings
}

function checkCrossFields(s: Settings): void {
  const needsApp = s.command !== 'probe' || s.probeHost === undefined
  if (needsApp && s.app === undefined) {
    const why = s.command === 'probe' ? " (or 'probe-host')" : ''
    throw new InputError('app', `is required for 'command: ${s.command}'${why}`, 'my-turn-server')
  }
  // A preview may lack the token for a reason that is not a mistake (a pull request from a fork
  // gets no secrets): main.ts decides once it knows the event. `probe` needs it only to look up
  // the app's address.
  if (needsToken(s) && s.apiToken === undefined && !s.preview) throw missingTokenError()
  if (s.command === 'reap' && !s.preview) {
    throw new InputError(
      'preview',
      "'command: reap' destroys preview apps only; set 'preview: true' and 'app' to the preview base name",
      'true'
    )
  }
  if (s.command === 'probe' && s.probeChecks?.length === 0) {
    throw new InputError(
      'probe',
      "'command: probe' with 'probe: none' would check nothing",
      'turn, relay'
    )
  }
  if (s.probeChecks?.includes('http') && s.healthUrl === undefined && s.preset !== 'fishjam') {
    throw new InputError(
      'health-url',
      "is required for the 'http' check (only the fishjam preset has a default)",
      'https://{hostname}/health'
    )
  }
}

function parseProbeChecks(raw: string): ProbeCheckName[] | undefined {
  if (raw === 'auto') return undefined
  if (raw === 'none') return []
  const checks = splitList(raw).map((c) =>
    parseEnum('probe', c, [...CHECKS, 'auto', 'none'] as const)
  )
  if (checks.some((c) => c === 'auto' || c === 'none')) {
    throw new InputError(
      'probe',
      "'auto' and 'none' stand alone; otherwise list checks",
      'turn, relay'
    )
  }
  return [...new Set(checks as ProbeCheckName[])]
}

function assertHttpUrl(raw: string): void {
  const filled = raw.replace(/\{(ipv4|app|hostname)\}/g, (_, name: string) =>
    name === 'ipv4' ? '192.0.2.1' : 'placeholder.example'
  )
  let url: URL | undefined
  try {
    url = new URL(filled)
  } catch {
    url = undefined
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    throw new InputError(
      'health-url',
      `'${raw}' is not an http(s) URL`,
      'https://{hostname}/health'
    )
  }
}

function optional<T>(raw: string | undefined, parse: (raw: string) => T): T | undefined {
  return raw === undefined ? undefined : parse(raw)
}

function nonEmpty(value: string | undefined, mask: (secret: string) => void): string | undefined {
  const trimmed = value?.trim()
  if (!trimmed) return undefined
  mask(trimmed)
  return trimmed
}

export function missingTokenError(): InputError {
  return new InputError(
    'api-token',
    "is required (or the FLY_API_TOKEN environment variable): create one with 'fly tokens create org' and store it as a repository secret",
    '${{ secrets.FLY_API_TOKEN }}'
  )
}

/** Every command talks to Fly, except a probe of a host given directly. */
export function needsToken(s: Pick<Settings, 'command' | 'probeHost'>): boolean {
  return s.command !== 'probe' || s.probeHost === undefined
}
