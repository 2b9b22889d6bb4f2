/**
 * Every flyctl command line the action runs, one builder per call: the grammar of flyctl v0.4.87
 * as the action uses it (shared/reference/flyctl.md §3, corrected by fly-platform.md §3). The
 * steps in this folder call these builders; `plan` runs the same steps against a dry-run client,
 * so what it lists is what a deploy runs. To add a flyctl call, add its builder here.
 *
 * Reads are marked `readOnly` where they are run (retried on transient errors, answered for real
 * during a plan); everything else changes something on Fly.
 */
import { goDuration } from '../parse.js'

export function ipsListArgv(app: string): string[] {
  return ['ips', 'list', '--app', app, '--json']
}

export function appsCreateArgv(app: string, org: string): string[] {
  return ['apps', 'create', app, '--org', org]
}

export function appsDestroyArgv(app: string): string[] {
  return ['apps', 'destroy', app, '--yes']
}

export function appsListArgv(org: string): string[] {
  return ['apps', 'list', '--org', org, '--json']
}

/** A dedicated (paid) IPv4; `--yes` because flyctl asks for confirmation otherwise. */
export function allocateDedicatedIpv4Argv(app: string): string[] {
  return ['ips', 'allocate-v4', '--yes', '--app', app]
}

/**
 * A dedicated public IPv6 (free; TCP, HTTP and TLS work over it, UDP does not). No `--yes`:
 * allocate-v6 has no such flag and never asks (flyctl.md §3.6).
 */
export function allocateIpv6Argv(app: string): string[] {
  return ['ips', 'allocate-v6', '--app', app]
}

/** The free shared IPv4 (HTTP and TLS only). */
export function allocateSharedIpv4Argv(app: string): string[] {
  return ['ips', 'allocate-v4', '--shared', '--app', app]
}

export function releaseIpsArgv(app: string, addresses: readonly string[]): string[] {
  return ['ips', 'release', ...addresses, '--app', app]
}

/** Values travel on stdin, never in argv. */
export function secretsImportArgv(app: string): string[] {
  return ['secrets', 'import', '--app', app, '--stage']
}

/** The regions where new machines can run (flyctl drops deprecated ones). */
export function platformRegionsArgv(): string[] {
  return ['platform', 'regions', '--json']
}

/** Names and digests only: flyctl never prints a stored value (flyctl.md §3.7). */
export function secretsListArgv(app: string): string[] {
  return ['secrets', 'list', '--app', app, '--json']
}

export function statusArgv(app: string): string[] {
  return ['status', '--app', app, '--json']
}

export function releasesArgv(app: string): string[] {
  return ['releases', '--app', app, '--json']
}

/** N is the total across the listed regions (fly-platform.md §3). */
export function scaleCountArgv(app: string, count: number, regions: readonly string[]): string[] {
  return ['scale', 'count', String(count), '--region', regions.join(','), '--yes', '--app', app]
}

export interface DeployRequest {
  app: string
  configPath: string
  /** A prebuilt image; without it flyctl builds `buildPath` on a remote builder. */
  image?: string
  buildPath: string
  strategy: string
  waitTimeoutMs: number
  ha: boolean
  /**
   * false for `ipv4: none`: a first deploy would otherwise allocate addresses itself (a shared
   * IPv4 and an IPv6 for an HTTP-only app: fly-platform.md §3, deploy_first.go:29-105).
   */
  publicIps: boolean
  deployArgs: readonly string[]
}

export function deployArgv(request: DeployRequest): string[] {
  const args = ['deploy']
  if (request.image === undefined) args.push(request.buildPath)
  args.push('--config', request.configPath, '--app', request.app)
  if (request.image === undefined) args.push('--remote-only')
  else args.push('--image', request.image)
  args.push(
    '--strategy',
    request.strategy,
    '--wait-timeout',
    goDuration(request.waitTimeoutMs),
    `--ha=${request.ha}`
  )
  if (!request.publicIps) args.push('--no-public-ips')
  args.push(...request.deployArgs)
  return args
}
