/**
 * `[processes]` in a user's fly.toml. Once it has an entry, flyctl requires every service to
 * name the process groups it runs on, and fails the deploy otherwise ("App configuration is not
 * valid": fly-platform.md §3, flyctl:internal/appconfig/validation.go:149-175). The services the
 * action adds belong to the group that runs the server.
 */
import { InputError } from '../errors.js'
import { asTable, isHttpService, servicesOf, type Table } from './ports.js'
import type { FlyConfig } from './types.js'

/** The [processes] group names; none when the file has no (or an empty) [processes]. */
export function processGroupsOf(config: FlyConfig): string[] {
  return Object.keys(asTable(config.processes) ?? {})
}

/** The groups a service names in its `processes` (flyctl reads an array of strings). */
export function groupsOfService(service: Table): string[] {
  return Array.isArray(service.processes) ? service.processes.map(String) : []
}

/**
 * The group that runs the server, for the services the action adds: the only group, else the
 * one group that the file's own UDP and raw TCP services name. Several groups and nothing that
 * says which is an error naming the fix, raised before anything changes on Fly. Undefined when
 * the file has no [processes] (then services need no `processes`).
 */
export function serverProcessGroup(config: FlyConfig, source: string): string | undefined {
  const groups = processGroupsOf(config)
  if (groups.length <= 1) return groups[0]
  const named = new Set(
    servicesOf(config)
      .filter((service) => !isHttpService(service))
      .flatMap(groupsOfService)
      .filter((group) => groups.includes(group))
  )
  if (named.size === 1) return [...named][0]
  const which =
    named.size === 0
      ? 'none of its UDP or TCP services says which of them runs the server'
      : `its UDP and TCP services name several of them (${[...named].join(', ')})`
  throw new InputError(
    'config',
    `${source} defines the process groups ${groups.join(', ')}, and ${which}; Fly requires every service to name its group, so the action cannot attach the services it adds. Name the server's group on one of your [[services]], or keep one [processes] entry`,
    `processes = ["${groups[0]}"] in the [[services]] of your TURN server`
  )
}

/** Attaches services to a group (what flyctl requires once [processes] has an entry). */
export function attachToGroup(services: Table[], group: string | undefined): void {
  if (group === undefined) return
  for (const service of services) service.processes = [group]
}
