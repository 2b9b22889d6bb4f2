/**
 * `probe`: only step 10, against `probe-host` or the app's dedicated IPv4; for a fleet, against
 * every member's own IPv4.
 */
import { isIPv4 } from 'node:net'
import { presetFor } from '../config/index.js'
import { appHostname, lookUpApp } from '../fly/app.js'
import type { Flyctl } from '../fly/flyctl.js'
import { oldestOfType } from '../fly/ips.js'
import type { Target } from '../github/event.js'
import type { Settings } from '../inputs.js'
import {
  FLEET_CONCURRENCY,
  fleetMembers,
  isFleet,
  mapConcurrently,
  type Member,
  memberLogger
} from '../pipeline/fleet.js'
import { openFlyctl } from '../pipeline/open-flyctl.js'
import { type ProbeRun, probeDeployment, validateProbePlan } from '../pipeline/probe-plan.js'
import { timelineMermaid } from '../probe/index.js'
import {
  type FleetEntry,
  iceServersJson,
  iceUrls,
  probedEndpoint,
  probeOutputs
} from './outputs.js'
import type { CommandContext, CommandResult } from './result.js'

interface MemberProbe {
  member: Member
  ipv4?: string
  run: ProbeRun
  urls: string[]
}

export async function probeCommand(
  settings: Settings,
  target: Target,
  context: CommandContext
): Promise<CommandResult> {
  const fleet = isFleet(settings)
  const fly =
    settings.probeHost === undefined
      ? await openFlyctl(settings, context.env, context.logger)
      : undefined
  const members = target.app ? fleetMembers(settings, target) : [{ region: '', app: '' }]
  const probes = await mapConcurrently(members, FLEET_CONCURRENCY, (member) =>
    probeMember(member, settings, fly, memberLogger(context.logger, member, fleet))
  )
  const failed = probes.filter((p) => !p.run.report.ok)
  const first = probes[0]
  const { report, options } = first.run
  return {
    summary: {
      title:
        failed.length === 0
          ? `${probes.map((p) => p.run.options.host).join(', ')} answer${probes.length === 1 ? 's' : ''}`
          : `${failed.map((p) => p.run.options.host).join(', ')} did not answer`,
      verdict: failed.length === 0 ? 'probed' : 'failed',
      error:
        failed.length === 0
          ? undefined
          : failed.map((p) => p.run.report.diagnostic ?? p.run.report.summary).join('\n\n'),
      rows: fleet ? [] : [['Host', `${options.host}:${options.port}`]],
      table: fleet
        ? {
            columns: ['Region', 'App', 'Host', 'Verdict'],
            rows: probes.map((p) => [
              p.member.region,
              p.member.app,
              `${p.run.options.host}:${p.run.options.port}`,
              `${p.run.report.ok ? '✅' : '❌'} ${p.run.report.summary}`
            ])
          }
        : undefined,
      urls: probes.flatMap((p) => p.urls),
      probes: probes.map((p) => ({
        label: fleet ? `${p.member.region}: probe of ${p.member.app}` : 'Probe',
        probe: { ...p.run.report, timeline: timelineMermaid(p.run.report) }
      }))
    },
    outputs: {
      app: first.member.app || undefined,
      ipv4: first.ipv4,
      ...probeOutputs(first.urls, report),
      fleet: JSON.stringify(probes.map(fleetEntryOf)),
      'ice-servers': iceServersJson(probes.map((p) => p.urls))
    }
  }
}

async function probeMember(
  member: Member,
  settings: Settings,
  fly: Flyctl | undefined,
  logger: CommandContext['logger']
): Promise<MemberProbe> {
  const { app } = member
  const hostname = app ? appHostname(app) : (settings.probeHost ?? '')
  // A probe-host that is a name is no IPv4: nothing to compare a relayed address with.
  const { probeHost } = settings
  const ipv4 =
    probeHost !== undefined
      ? isIPv4(probeHost)
        ? probeHost
        : undefined
      : fly
        ? oldestOfType((await lookUpApp(fly.forMember(logger), app)).ips, 'v4')?.address
        : undefined
  const port = settings.probePort
  const probeTarget = {
    app,
    hostname,
    ipv4,
    udpRanges: [{ start: port, end: port }],
    // No config is built here: the TLS ports are the input's, else the preset's.
    tlsPorts: settings.tlsPorts ?? presetFor(settings.preset)?.tlsPorts ?? []
  }
  validateProbePlan(settings, probeTarget, 'dedicated')
  const run = await probeDeployment(settings, probeTarget, logger)
  if (!run) throw new Error('nothing to probe')
  return { member, ipv4, run, urls: iceUrls(probedEndpoint(run)) }
}

function fleetEntryOf(p: MemberProbe): FleetEntry {
  const { report } = p.run
  return {
    region: p.member.region,
    app: p.member.app,
    hostname: p.member.app ? appHostname(p.member.app) : p.run.options.host,
    ipv4: p.ipv4 ?? null,
    'release-version': null,
    'ready-after-seconds':
      report.readyAfterMs === undefined ? null : Math.round(report.readyAfterMs / 100) / 10,
    'probe-rtt-ms': report.rttMs ?? null,
    ok: report.ok
  }
}
