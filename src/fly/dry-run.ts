/**
 * The flyctl client `plan` runs the deploy's own steps against. Reads go to flyctl for real;
 * every call that would change something on Fly is recorded instead of run, and later reads
 * answer from what those calls would have changed (a created app, an allocated address, a new
 * release). So the calls a plan lists are the calls a deploy makes, by construction: there is no
 * second description of the pipeline to drift from the first.
 */
import { type Attempt, type CallOptions, Flyctl, subcommand } from './flyctl.js'
import { appHostname } from './app.js'

/** One call the deploy would make, in order; `mutating` calls were not run. */
export interface PlannedCall {
  args: readonly string[]
  mutating: boolean
  stdinLabel?: string
  env?: Record<string, string>
}

/**
 * Documentation addresses (RFC 5737, RFC 3849) stand in for addresses a deploy would allocate;
 * the plan's rendered fly.toml shows them where the real ones will go.
 */
export const STAND_IN_IPV4 = '192.0.2.1'
export const STAND_IN_IPV6 = '2001:db8::1'

interface RawIp {
  ID: string
  Address: string
  Type: string
  Region: string
  CreatedAt: string
}

export class DryRunFlyctl extends Flyctl {
  readonly planned: PlannedCall[] = []
  private readonly createdApps = new Set<string>()
  private readonly addedIps = new Map<string, RawIp[]>()
  private readonly deployedImages = new Map<string, string | undefined>()

  protected override async execute(args: readonly string[], call: CallOptions): Promise<Attempt> {
    this.planned.push({
      args: this.maskArgs(args),
      mutating: !call.readOnly,
      stdinLabel: call.stdinLabel,
      env: call.env
    })
    if (!call.readOnly) return answer(this.pretend(args))
    const app = valueOf(args, '--app')
    const command = subcommand(args)
    if (app !== undefined && command === 'ips list') return this.ipList(args, call, app)
    if (app !== undefined && command === 'status' && this.deployedImages.has(app)) {
      return this.statusAfterDeploy(args, call, app)
    }
    return super.execute(args, call)
  }

  /** What a mutating call would leave behind, and the little it would print. */
  private pretend(args: readonly string[]): string {
    const app = valueOf(args, '--app') ?? args[2]
    const command = subcommand(args)
    if (command === 'apps create') this.createdApps.add(app)
    if (command === 'ips allocate-v4' || command === 'ips allocate-v6') {
      const shared = args.includes('--shared')
      const ip: RawIp = {
        ID: `planned-${command.slice(-2)}`,
        Address: command.endsWith('v6') ? STAND_IN_IPV6 : STAND_IN_IPV4,
        Type: shared ? 'shared_v4' : command.slice(-2),
        Region: 'global',
        CreatedAt: new Date().toISOString()
      }
      this.addedIps.set(app, [...(this.addedIps.get(app) ?? []), ip])
      return `${ip.Type} ${ip.Address}`
    }
    if (command.startsWith('deploy')) this.deployedImages.set(app, valueOf(args, '--image'))
    return ''
  }

  /** The real list plus what this plan allocated; a failed real read is answered as it failed. */
  private async ipList(args: readonly string[], call: CallOptions, app: string): Promise<Attempt> {
    let existing: unknown[] = []
    if (!this.createdApps.has(app)) {
      const real = await super.execute(args, call)
      const parsed = readJson<unknown[]>(real)
      if (parsed === undefined) return real
      existing = parsed
    }
    return answer(JSON.stringify([...existing, ...(this.addedIps.get(app) ?? [])]))
  }

  /** The status a finished deploy leaves: every machine on the next release, at least one. */
  private async statusAfterDeploy(
    args: readonly string[],
    call: CallOptions,
    app: string
  ): Promise<Attempt> {
    let current: RawStatus = { Name: app, Hostname: appHostname(app), Version: 0, Machines: [] }
    if (!this.createdApps.has(app)) {
      const real = await super.execute(args, call)
      const parsed = readJson<RawStatus>(real)
      if (parsed === undefined) return real
      current = parsed
    }
    const version = String((current.Version ?? 0) + 1)
    const machines = current.Machines?.length ? current.Machines : [{ id: 'planned', region: '' }]
    const image = this.deployedImages.get(app)
    return answer(
      JSON.stringify({
        ...current,
        Version: Number(version),
        Machines: machines.map((m) => ({
          ...m,
          state: 'started',
          config: { ...m.config, image, metadata: { fly_release_version: version } }
        }))
      })
    )
  }
}

interface RawStatus {
  Version?: number
  Machines?: { id: string; config?: Record<string, unknown>; [key: string]: unknown }[]
  [key: string]: unknown
}

function valueOf(args: readonly string[], flag: string): string | undefined {
  const index = args.indexOf(flag)
  return index < 0 ? undefined : args[index + 1]
}

/** A real read's JSON; undefined when it failed or printed none, so the client reports it. */
function readJson<T>(attempt: Attempt): T | undefined {
  const { result } = attempt
  if (result.exitCode !== 0 || result.timedOut || result.signal) return undefined
  try {
    return JSON.parse(result.stdout) as T
  } catch {
    return undefined
  }
}

function answer(stdout: string): Attempt {
  return { result: { exitCode: 0, stdout, stderr: '', timedOut: false, durationMs: 0 } }
}
