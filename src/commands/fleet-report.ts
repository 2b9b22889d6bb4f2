/**
 * Step 12 for a fleet: one line per region in the outputs (`fleet`, `ice-servers`), the job
 * summary and the preview comment. The scalar outputs describe the first listed region's member.
 * Pure: main.ts writes them.
 */
import { describeError } from '../errors.js'
import type { Flyctl } from '../fly/flyctl.js'
import type { RegionRow } from '../github/comment.js'
import type { Target } from '../github/event.js'
import type { RunSummary } from '../github/summary.js'
import type { PreparedMember } from '../pipeline/fleet.js'
import {
  type DeployFacts,
  deployOutputs,
  deployVerdict,
  fleetEntry,
  section
} from './deploy-report.js'
import { type FleetEntry, iceServersJson } from './outputs.js'
import type { CommandResult } from './result.js'

export type MemberOutcome =
  | { member: PreparedMember; facts: DeployFacts }
  | { member: PreparedMember; error: unknown; fly: Flyctl }

export function fleetDeployReport(
  target: Target,
  outcomes: readonly MemberOutcome[]
): CommandResult {
  const entries = outcomes.map(entryOf)
  const failed = outcomes.filter((o, i) => !entries[i].ok)
  const first = outcomes[0]
  const outputs = {
    ...('facts' in first
      ? deployOutputs(first.facts)
      : { app: first.member.member.app, hostname: first.member.hostname }),
    fleet: JSON.stringify(entries),
    'ice-servers': iceServersJson(
      outcomes.map((o) => ('facts' in o ? deployVerdict(o.facts).urls : []))
    )
  }
  const regions = outcomes.map((o, i) => regionRow(o, entries[i]))
  const error = failed.length > 0 ? failed.map(failureLine).join('\n\n') : undefined
  const summary = fleetSummary(target, outcomes, regions, failed, error)
  return {
    outputs,
    summary,
    comment: {
      status: failed.length === 0 ? 'ready' : 'failed',
      app: target.app,
      regions,
      details: error ? [error] : undefined
    }
  }
}

function fleetSummary(
  target: Target,
  outcomes: readonly MemberOutcome[],
  regions: RegionRow[],
  failed: readonly MemberOutcome[],
  error: string | undefined
): RunSummary {
  const probed = outcomes.some((o) => 'facts' in o && o.facts.probe !== undefined)
  const count = `${outcomes.length} region${outcomes.length === 1 ? '' : 's'}`
  return {
    title:
      failed.length === 0
        ? `Fleet ${target.app}: ${count} ${probed ? 'ready' : 'deployed'}`
        : `Fleet ${target.app}: ${failed.map((o) => o.member.member.region).join(', ')} not ready`,
    verdict: failed.length > 0 ? 'failed' : probed ? 'ready' : 'deployed',
    error,
    rows: [],
    table: {
      columns: ['Region', 'App', 'IPv4', 'Verdict', 'RTT', 'Ready after', 'Release'],
      rows: regions.map((r) => [
        r.region,
        `[${r.app}](https://fly.io/apps/${r.app}/monitoring)`,
        r.ipv4 ?? '',
        r.ok ? '✅ ready' : '❌ not ready',
        r.rttMs === undefined ? '' : `${r.rttMs} ms`,
        r.readyAfterSeconds === undefined ? '' : `${r.readyAfterSeconds} s`,
        r.release ?? ''
      ])
    },
    urls: outcomes.flatMap((o) => ('facts' in o ? deployVerdict(o.facts).urls : [])),
    probes: outcomes.flatMap(probeSectionsOf),
    warnings: [...new Set(outcomes.flatMap(warningsOf))],
    blocks: outcomes.flatMap((o) =>
      'facts' in o
        ? [
            {
              title: `Rendered fly.toml of ${o.facts.app}`,
              language: 'toml',
              text: o.facts.rollout.rendered.toml
            }
          ]
        : []
    ),
    flyctlCalls: outcomes.flatMap((o) =>
      flyOf(o).calls.map(
        (c) => `[${o.member.member.region}] flyctl ${c.args.join(' ')}  # exit ${c.exitCode}`
      )
    )
  }
}

function entryOf(outcome: MemberOutcome): FleetEntry {
  if ('facts' in outcome) return fleetEntry(outcome.facts)
  const { member, hostname } = outcome.member
  return {
    region: member.region,
    app: member.app,
    hostname,
    ipv4: null,
    'release-version': null,
    'ready-after-seconds': null,
    'probe-rtt-ms': null,
    ok: false
  }
}

function regionRow(outcome: MemberOutcome, entry: FleetEntry): RegionRow {
  return {
    region: entry.region,
    app: entry.app,
    ipv4: entry.ipv4 ?? undefined,
    ok: entry.ok,
    rttMs: entry['probe-rtt-ms'] ?? undefined,
    readyAfterSeconds: entry['ready-after-seconds'] ?? undefined,
    release: entry['release-version'] === null ? undefined : `v${entry['release-version']}`,
    verdict:
      'facts' in outcome
        ? (outcome.facts.probe?.report.summary ?? 'deployed, not probed')
        : describeError(outcome.error).split('\n')[0]
  }
}

function failureLine(outcome: MemberOutcome): string {
  const { region, app } = outcome.member.member
  if (!('facts' in outcome)) return `${region} (${app}): ${describeError(outcome.error)}`
  const report = outcome.facts.probe?.report
  const why = report?.diagnostic ?? report?.summary ?? 'the probe failed'
  return `${region} (${app}): the server did not become ready\n${why}`
}

function probeSectionsOf(outcome: MemberOutcome): NonNullable<RunSummary['probes']> {
  if (!('facts' in outcome) || !outcome.facts.probe) return []
  const f = outcome.facts
  const sections = [
    {
      label: `${f.region}: probe of ${f.app} v${f.rollout.deployed.release.version}`,
      probe: section(outcome.facts.probe)
    }
  ]
  if (f.recovery?.action === 'rolled-back' && f.recovery.probe) {
    sections.push({
      label: `${f.region}: probe after rollback to v${f.recovery.deployed.release.version}`,
      probe: section(f.recovery.probe)
    })
  }
  return sections
}

function warningsOf(outcome: MemberOutcome): string[] {
  if (!('facts' in outcome)) return []
  const f = outcome.facts
  const recovered =
    f.recovery?.action === 'rolled-back'
      ? [`on-failure: rolled ${f.app} back to ${f.recovery.image}`]
      : f.recovery?.action === 'destroyed'
        ? [`on-failure: destroy removed ${f.app}`]
        : []
  // The members share one config, so its lint warnings are told once, without a region.
  return [
    ...f.prepared.warnings.map((w) => w.message),
    ...recovered.map((t) => `${f.region}: ${t}`)
  ]
}

function flyOf(outcome: MemberOutcome): Flyctl {
  return 'facts' in outcome ? outcome.facts.fly : outcome.fly
}
