/**
 * Step 12's content for `deploy`: the contract's outputs, the job summary and the preview
 * comment, computed from what the run did. Pure: main.ts writes them through @actions/core.
 */
import { exposesAnyPort } from '../config/index.js'
import type { Flyctl } from '../fly/flyctl.js'
import type { PreviewCommentData } from '../github/comment.js'
import type { ProbeSection, RunSummary } from '../github/summary.js'
import type { Settings } from '../inputs.js'
import type { Recovery } from '../pipeline/on-failure.js'
import type { PreparedConfig } from '../pipeline/prepare-config.js'
import { plannedTransports, probeScope, type ProbeRun } from '../pipeline/probe-plan.js'
import type { Rollout } from '../pipeline/rollout.js'
import type { Steps } from '../pipeline/steps.js'
import { timelineMermaid } from '../probe/index.js'
import { type FleetEntry, iceServersJson, iceUrls, probeOutputs } from './outputs.js'
import type { CommandResult } from './result.js'

export interface DeployFacts {
  settings: Settings
  region: string
  app: string
  hostname: string
  prepared: PreparedConfig
  rollout: Rollout
  probe?: ProbeRun
  recovery?: Recovery
  fly: Flyctl
  steps: Steps
}

/** What one app's deploy came to: the verdict, the URLs clients use, the release that runs. */
export function deployVerdict(f: DeployFacts) {
  const probe = f.probe?.report
  const rolledBack = f.recovery?.action === 'rolled-back' ? f.recovery : undefined
  return {
    ok: probe === undefined || probe.ok,
    probe,
    rolledBack,
    release: rolledBack?.deployed.release ?? f.rollout.deployed.release,
    urls: deployedIceUrls(f)
  }
}

export function deployOutputs(f: DeployFacts) {
  const { probe, release, urls } = deployVerdict(f)
  return {
    app: f.app,
    hostname: f.hostname,
    ipv4: f.rollout.address.ipv4,
    ipv6: f.rollout.address.ipv6,
    created: f.rollout.existing.created,
    'ipv4-allocated': f.rollout.address.allocated,
    'release-version': release.version,
    image: release.imageRef,
    ...probeOutputs(urls, probe),
    config: f.rollout.rendered.path
  }
}

export function deployReport(f: DeployFacts): CommandResult {
  const { ok, probe, rolledBack, release, urls } = deployVerdict(f)
  const outputs = {
    ...deployOutputs(f),
    fleet: JSON.stringify([fleetEntry(f)]),
    'ice-servers': iceServersJson([urls])
  }
  const summary = deploySummary(f, ok, urls)
  const comment: PreviewCommentData = {
    status: ok ? 'ready' : rolledBack?.probe?.report.ok ? 'rolled-back' : 'failed',
    app: f.app,
    hostname: f.hostname,
    ipv4: f.rollout.address.ipv4,
    stunUrl: urls[0],
    turnUrls: urls.slice(1),
    probe: probe ? { ok: probe.ok, verdict: probe.summary } : undefined,
    timelineMermaid: probe ? timelineMermaid(probe) : undefined,
    release: { version: release.version, image: release.imageRef },
    details: summary.error ? [summary.error] : undefined
  }
  return { outputs, summary, comment }
}

/** The app's line in the `fleet` output. */
export function fleetEntry(f: DeployFacts): FleetEntry {
  const { ok, probe, release } = deployVerdict(f)
  return {
    region: f.region,
    app: f.app,
    hostname: f.hostname,
    ipv4: f.rollout.address.ipv4 ?? null,
    'release-version': release.version,
    'ready-after-seconds':
      probe?.readyAfterMs === undefined ? null : Math.round(probe.readyAfterMs / 100) / 10,
    'probe-rtt-ms': probe?.rttMs ?? null,
    ok
  }
}

/** The URLs clients use: at the public address (or the probed host), when STUN/TURN is exposed. */
function deployedIceUrls(f: DeployFacts): string[] {
  const host = f.rollout.address.ipv4 ?? f.settings.probeHost
  const built = f.prepared.built
  if (host === undefined || !exposesAnyPort([...built.udpRanges, ...built.tcpRanges])) return []
  const options = f.probe?.options
  return iceUrls({
    host,
    port: f.settings.probePort,
    tlsPort: options?.tlsPort ?? built.tlsPorts[0],
    tlsHost: f.hostname,
    transports: options?.transports ?? plannedTransports(f.settings, built.tlsPorts)
  })
}

function deploySummary(f: DeployFacts, ok: boolean, urls: string[]): RunSummary {
  const probed = f.probe !== undefined
  return {
    title: ok
      ? `${f.app} is ${probed ? 'ready' : 'deployed'}`
      : `${f.app}: the server did not become ready`,
    verdict: ok ? (probed ? 'ready' : 'deployed') : 'failed',
    error: ok ? undefined : failureText(f),
    rows: summaryRows(f),
    urls,
    probes: probeSections(f),
    warnings: warnings(f),
    blocks: [{ title: 'Rendered fly.toml', language: 'toml', text: f.rollout.rendered.toml }],
    flyctlCalls: f.fly.calls.map(
      (c) =>
        `flyctl ${c.args.join(' ')}  # exit ${c.exitCode}, ${(c.durationMs / 1000).toFixed(2)} s`
    ),
    timings: [
      ...f.steps.timings,
      ['inside flyctl', f.fly.timeInFlyctlMs],
      ['total', f.steps.totalMs]
    ]
  }
}

function summaryRows(f: DeployFacts): RunSummary['rows'] {
  const { existing, address, rendered } = f.rollout
  const deployedVersion = f.rollout.deployed.release.version
  const rolledBack = f.recovery?.action === 'rolled-back' ? f.recovery : undefined
  const release = rolledBack?.deployed.release ?? f.rollout.deployed.release
  return [
    [
      'App',
      `[${f.app}](https://fly.io/apps/${f.app}/monitoring)${existing.created ? ' (created by this run)' : ''}`
    ],
    ['Region', f.region],
    ['Hostname', f.hostname],
    [
      'IPv4',
      address.ipv4 === undefined
        ? undefined
        : `${address.ipv4}${address.allocated ? ' (allocated by this run)' : ''}`
    ],
    ['IPv6', address.ipv6],
    [
      'Release',
      `v${release.version}${rolledBack ? ` (rolled back from v${deployedVersion})` : ''}`
    ],
    ['Image', release.imageRef ? `\`${release.imageRef}\`` : undefined],
    ['Config', `\`${rendered.path}\``]
  ]
}

function probeSections(f: DeployFacts): NonNullable<RunSummary['probes']> {
  const sections: NonNullable<RunSummary['probes']> = []
  if (f.probe) {
    const label = `Probe of release v${f.rollout.deployed.release.version}`
    sections.push({ label, probe: section(f.probe) })
  }
  if (f.recovery?.action === 'rolled-back' && f.recovery.probe) {
    const label = `Probe after rollback to v${f.recovery.deployed.release.version}`
    sections.push({ label, probe: section(f.recovery.probe) })
  }
  return sections
}

export function section(run: ProbeRun): ProbeSection {
  const o = run.options
  return {
    ...run.report,
    timeline: timelineMermaid(run.report),
    scope: `Checks ${probeScope(o)} from the runner.`
  }
}

function warnings(f: DeployFacts): string[] {
  const released = f.rollout.address.released
  return [
    ...f.prepared.warnings.map((w) => w.message),
    ...(released.length > 0
      ? [`Released duplicate IPv4 ${released.join(', ')} allocated by a concurrent run`]
      : []),
    ...(f.recovery?.action === 'no-previous-release'
      ? ['on-failure: rollback found no earlier release to roll back to']
      : []),
    ...(f.recovery?.action === 'destroyed' ? [`on-failure: destroy removed ${f.app}`] : [])
  ]
}

function failureText(f: DeployFacts): string {
  const lines = [f.probe?.report.diagnostic ?? f.probe?.report.summary ?? 'the probe failed']
  if (f.recovery?.action === 'rolled-back') {
    const after = f.recovery.probe?.report
    lines.push(
      after?.ok
        ? `Rolled back to ${f.recovery.image} (with this run's config): that release answers. The job fails because the new release did not.`
        : `Rolled back to ${f.recovery.image} (with this run's config), and that release does not answer either.`
    )
  }
  return lines.join('\n')
}
