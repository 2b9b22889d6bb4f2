/** The typed result of step 1: every input, parsed, defaulted and checked. */
import type { Ipv4Mode, PortRange, PresetName, VmSettings } from '../config/types.js'
import type { ProbeCheck, ProbeTransport } from '../probe/types.js'
import type { SecretEntry } from '../secrets.js'

export { CPU_KINDS, IPV4_MODES, PRESET_NAMES } from '../config/types.js'
export type { Ipv4Mode, PresetName } from '../config/types.js'

export const COMMANDS = ['deploy', 'destroy', 'plan', 'reap', 'probe'] as const
export const STRATEGIES = ['rolling', 'immediate', 'bluegreen', 'canary'] as const
export const ON_FAILURE = ['fail', 'rollback', 'destroy'] as const

export type Command = (typeof COMMANDS)[number]

export interface Settings {
  command: Command
  apiToken?: string
  app?: string
  org: string
  region: string
  preset: PresetName
  configPath?: string
  /** An image reference, `current` (the running release's image), or undefined (preset or build). */
  image?: string
  path: string
  env: Record<string, string>
  secrets: SecretEntry[]
  udpPorts?: PortRange[]
  tcpPorts?: PortRange[]
  /** TLS ports on Fly's edge for the TURN port; undefined = the preset's, [] = none. */
  tlsPorts?: number[]
  httpPort?: number
  /** undefined = decided from the config: dedicated when UDP is exposed, else shared. */
  ipv4?: Ipv4Mode
  vm: VmSettings
  ha: boolean
  strategy: (typeof STRATEGIES)[number]
  waitTimeoutMs: number
  deployArgs: string[]
  /** An exact version without its `v`, `latest` or `system`; undefined = the pinned version. */
  flyctlVersion?: string
  /** undefined = the preset's checks (`auto`); [] = no probe. */
  probeChecks?: ProbeCheck[]
  probeHost?: string
  probePort: number
  /** undefined = the preset's (coturn: udp, tcp, tls), else udp. */
  probeTransports?: ProbeTransport[]
  /** Consecutive successful attempts before ready. */
  probeSuccesses: number
  /** After ready, hold one allocation this long; 0 = no hold. */
  probeHoldMs: number
  turnUsername?: string
  turnPassword?: string
  turnSecret?: string
  turnRealm?: string
  healthUrl?: string
  healthToken?: string
  /** May hold {hostname}, {ipv4}, {app}; undefined = the preset's (fishjam: https://{hostname}). */
  fishjamUrl?: string
  /** `command: probe` runs the fishjam check's UDP step even when the server has live peers. */
  fishjamAllowLivePeers: boolean
  probeTimeoutMs: number
  probeIntervalMs: number
  /** An open relay (TURN without credentials) is deployed and reported ready instead of failing. */
  allowOpenRelay: boolean
  onFailure: (typeof ON_FAILURE)[number]
  preview: boolean
  githubToken?: string
  /** undefined = true for previews, false otherwise. */
  comment?: boolean
  /** A fleet: one app `<app>-<region>` per listed region; [] = one app in `region`. */
  regions: string[]
  reapOlderThanMs: number
  dryRun: boolean
}
