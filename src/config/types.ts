/**
 * The config vocabulary and the shapes shared by the config modules: what the pipeline asks for
 * (ConfigRequest), what a preset contributes (Preset), and what comes back (BuiltConfig).
 * Everything here is plain data. The word lists are `as const` arrays so the input parser
 * validates against the same list the types are derived from.
 */
import type { ProbeCheck, ProbeTransport } from '../probe/types.js'

export const PRESET_NAMES = ['none', 'coturn', 'fishjam'] as const
export type PresetName = (typeof PRESET_NAMES)[number]
/** A preset that brings a server; 'none' means the user's own image and config. */
export type ServerPresetName = Exclude<PresetName, 'none'>

/** How the app is reachable over IPv4; UDP works only on a dedicated address. */
export const IPV4_MODES = ['dedicated', 'shared', 'none'] as const
export type Ipv4Mode = (typeof IPV4_MODES)[number]

export const CPU_KINDS = ['shared', 'performance'] as const
export type CpuKind = (typeof CPU_KINDS)[number]

/** An inclusive port range; `start === end` for a single port. */
export interface PortRange {
  start: number
  end: number
}

/** The one way config shows a range to a person: `3478` or `50000-50099`. */
export function formatPortRange(range: PortRange): string {
  return range.start === range.end ? String(range.start) : `${range.start}-${range.end}`
}

export interface VmSettings {
  size?: string
  memory?: string
  cpus?: number
  cpuKind?: CpuKind
}

/** The ports a config exposes, after inputs, the user's file and the preset have been layered. */
export interface EffectivePorts {
  udp: PortRange[]
  tcp: PortRange[]
  http?: number
}

/** A parsed fly.toml: the plain object smol-toml produces (and renders back). */
export type FlyConfig = Record<string, unknown>

export interface Preset {
  name: ServerPresetName
  /** A pinned tag, so a redeploy of the same workflow deploys the same server. */
  image: string
  udpPorts: PortRange[]
  tcpPorts: PortRange[]
  /** Ports where Fly's edge terminates TLS for the TURN port's TCP service (tls-ports). */
  tlsPorts: number[]
  httpPort?: number
  vm: VmSettings
  /**
   * Secrets the server cannot start without: given in `secrets`, or already stored on the app
   * (config/secrets.ts checks, before anything changes on Fly).
   */
  requiredSecrets: string[]
  /** Whether generated (non-HTTP) TCP services get a Fly tcp_check (only for always-on listeners). */
  tcpChecks: boolean
  probe: {
    checks: ProbeCheck[]
    /** The transports probed (and given to clients) by default; 'tls' only while TLS ports exist. */
    transports: ProbeTransport[]
    turnSecretName?: string
    /** May hold {hostname}. */
    healthUrl?: string
    healthTokenSecret?: string
    /** Base URL of Fishjam's API for the fishjam check; may hold {hostname}. */
    fishjamUrl?: string
  }
  /**
   * The preset's own part of fly.toml (command, env, kill signal, ...), derived from the ports
   * that will really be exposed so the server and the services can never disagree. Services,
   * [[vm]] and [build] are generated generically and are not part of this fragment. `given` is
   * the config so far (the user's file and the env input): what it already sets is not derived,
   * so a user's own command or port range is neither overridden nor second-guessed here.
   */
  fragment(ports: EffectivePorts, given: FlyConfig): FlyConfig
}

export interface ConfigRequest {
  app: string
  region: string
  preset: PresetName
  /** The user's own fly.toml (contents); never modified. */
  baseToml?: string
  /** Where baseToml came from: named in errors, and relative [build] paths are resolved from it. */
  baseTomlPath?: string
  /** Explicit image input; else the preset's; else the user's [build] image; else a remote build. */
  image?: string
  /** Non-secret env; values may hold {ipv4} {app} {hostname}. */
  env: Record<string, string>
  /** undefined = the user's file's services of that protocol, else the preset's. */
  udpPorts?: PortRange[]
  tcpPorts?: PortRange[]
  /** undefined = the preset's (none without one: the user's file decides); [] = none. */
  tlsPorts?: number[]
  /** The TURN port, whose TCP service gets the TLS ports; default 3478. */
  turnPort?: number
  httpPort?: number
  vm: VmSettings
  /** Names from the `secrets` input (never values). */
  secretNames: string[]
}

export interface BuiltConfig {
  config: FlyConfig
  image?: string
  /** Public UDP port ranges, as the services declare them. */
  udpRanges: PortRange[]
  /** Public TCP port ranges, except the HTTP service's 80/443. */
  tcpRanges: PortRange[]
  /**
   * Every public UDP port (ranges expanded), sorted. Kept for existing callers; prefer
   * udpRanges with exposesPort, which do not spell out a wide relay range port by port.
   */
  udpPorts: number[]
  /** Every public TCP port except the HTTP service's 80/443, sorted (see udpPorts). */
  tcpPorts: number[]
  /** Public ports where Fly terminates TLS and forwards to the TURN port, in config order. */
  tlsPorts: number[]
  /** Internal port of the HTTP service, when there is one. */
  httpPort?: number
}

export interface LintFinding {
  severity: 'error' | 'warning'
  /** The fly.toml key, e.g. `deploy.release_command`, `services[1].internal_port`, `env.FJ_PORT`. */
  key: string
  /** Names the key and says what to write instead. */
  message: string
}
