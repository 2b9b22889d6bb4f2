/**
 * A fleet: one app per listed region, each with its own dedicated IPv4 and one machine, because
 * Fly routes all of an app's UDP to one instance at a time (fly-platform.md §1): more machines in
 * one app add no TURN capacity and no second region. Without `regions` the "fleet" is the one app.
 */
import { appHostname } from '../fly/app.js'
import type { Target } from '../github/event.js'
import type { Settings } from '../inputs.js'
import type { Logger } from '../log.js'
import { previewAppName } from '../preview/naming.js'
import { checkBuildContext } from './preflight.js'
import { type PreparedConfig, prepareConfig } from './prepare-config.js'
import { type ProbeTarget, validateProbePlan } from './probe-plan.js'

export interface Member {
  region: string
  app: string
}

/** How many members deploy (and probe) at once: enough for a handful of regions in one wave. */
export const FLEET_CONCURRENCY = 4

export function isFleet(settings: Pick<Settings, 'regions'>): boolean {
  return settings.regions.length > 0
}

/** `<app>-<region>` per region (for a preview `<app>-pr-<n>-<region>`), in the listed order. */
export function fleetMembers(settings: Settings, target: Target): Member[] {
  if (!isFleet(settings)) return [{ region: settings.region, app: target.app }]
  return settings.regions.map((region) => ({
    region,
    app: target.pr
      ? previewAppName(settings.app ?? '', target.pr.number, region)
      : `${target.app}-${region}`
  }))
}

/** A member with its config built and linted and its probe plan checked: ready for Fly. */
export interface PreparedMember {
  member: Member
  hostname: string
  prepared: PreparedConfig
  probeTarget: Omit<ProbeTarget, 'ipv4'>
}

/**
 * Steps 6 and 7 for every member, before anything changes on Fly: config, lint and the probe's
 * inputs fail here, for all members, or not at all.
 */
export async function prepareMembers(
  settings: Settings,
  target: Target,
  logger?: Logger
): Promise<PreparedMember[]> {
  const members: PreparedMember[] = []
  // Lint warnings are logged as lint finds them; the members of a fleet share most of them.
  const once = logger && warningsOnce(logger)
  for (const member of fleetMembers(settings, target)) {
    const hostname = appHostname(member.app)
    const prepared = await prepareConfig(settings, member.app, member.region, once)
    const { udpRanges, tlsPorts } = prepared.built
    const probeTarget = { app: member.app, hostname, udpRanges, tlsPorts }
    validateProbePlan(settings, probeTarget, prepared.ipv4Mode)
    // Last: the inputs' own problems read better than a missing Dockerfile they may explain.
    await checkBuildContext(settings, prepared.built)
    members.push({ member, hostname, prepared, probeTarget })
  }
  return members
}

/** The logger, except that a warning already logged is not logged again. */
function warningsOnce(logger: Logger): Logger {
  const seen = new Set<string>()
  return {
    ...logger,
    warn: (message) => {
      if (!seen.has(message)) logger.warn(message)
      seen.add(message)
    }
  }
}

/** Runs `work` for every item, at most `limit` at a time; results keep the items' order. */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index], index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** Every line of a member's log starts with its region, so concurrent members stay readable. */
export function memberLogger(logger: Logger, member: Member, fleet: boolean): Logger {
  if (!fleet) return logger
  const tag = `[${member.region}] `
  return {
    info: (message) => logger.info(tag + message),
    warn: (message) => logger.warn(tag + message),
    debug: (message) => logger.debug(tag + message)
  }
}
