/**
 * What a lint rule is, and the readers several rules share. A rule reads the rendered config and
 * returns findings; it never throws, so one run reports every pitfall at once.
 */
import { asTable, type Table } from '../ports.js'
import type { FlyConfig, Ipv4Mode, LintFinding, PortRange } from '../types.js'

export interface LintContext {
  ipv4: Ipv4Mode
  /** The `ha` input: a second machine when a process group gets its first one. */
  ha?: boolean
  /** allow-open-relay: a TURN server without authentication is a warning, not an error. */
  allowOpenRelay?: boolean
}

export type Check = (config: FlyConfig, ctx: LintContext) => LintFinding[]

/** One command of the config as argv, with the key that holds it. */
export interface Command {
  key: string
  args: string[]
}

export const FLY_GLOBAL_SERVICES = 'fly-global-services'

export const error = (key: string, message: string): LintFinding => ({
  severity: 'error',
  key,
  message
})

export const warning = (key: string, message: string): LintFinding => ({
  severity: 'warning',
  key,
  message
})

/** Every command in the config as argv; [processes] strings are split as flyctl does (shlex). */
export function commandsOf(config: FlyConfig): Command[] {
  const commands: Command[] = []
  const experimental = asTable(config.experimental)
  for (const field of ['cmd', 'entrypoint', 'exec']) {
    const value = experimental?.[field]
    if (Array.isArray(value))
      commands.push({ key: `experimental.${field}`, args: value.map(String) })
    else if (typeof value === 'string')
      commands.push({ key: `experimental.${field}`, args: [value] })
  }
  for (const [name, value] of Object.entries(asTable(config.processes) ?? {})) {
    const args = Array.isArray(value) ? value.map(String) : String(value).trim().split(/\s+/)
    commands.push({ key: `processes.${name}`, args })
  }
  return commands
}

/** A TOML value as a person reads it: strings bare, anything else as TOML/JSON would show it. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** The [build] image, lowercased, or '' when the config builds from source. */
export function imageOf(config: FlyConfig): string {
  const image = asTable(config.build)?.image
  return typeof image === 'string' ? image.toLowerCase() : ''
}

export function envOf(config: FlyConfig): Table {
  return asTable(config.env) ?? {}
}

/** Whether the ranges together cover every port of `wanted`. */
export function coveredBy(ranges: PortRange[], wanted: PortRange): boolean {
  // Merge adjacent exposed ranges so 50000-50049 + 50050-50099 covers 50000-50099.
  let next = wanted.start
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start <= next && r.end >= next) next = r.end + 1
    if (next > wanted.end) return true
  }
  return false
}
