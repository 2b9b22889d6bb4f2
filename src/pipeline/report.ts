/**
 * Step 12's content: the contract's outputs and the job summary, computed from what the run did.
 * Pure: main.ts writes them through @actions/core.
 */
import type { EnsuredApp } from '../fly/app.js'
import type { DeployOutcome } from '../fly/deploy.js'
import type { Flyctl } from '../fly/flyctl.js'
import type { AddressResult } from '../fly/ips.js'
import type { PreviewCommentData } from '../github/comment.js'
import type { ProbeSection, RunSummary } from '../github/summary.js'
import type { Settings } from '../inputs.js'
import { stunUrl, timelineMermaid, turnUrls } from '../probe/index.js'
import type { PreparedConfig } from './config.js'
import type { Recovery } from './on-failure.js'
import type { CommandResult } from './result.js'
import type { Stopwatch } from './stopwatch.js'
import type { ProbeRun } from './verify.js'

export interface DeployFacts {
  settings: Settings
  app: string
  hostname: string
  existing: EnsuredApp
  address: AddressResult
  deployed: DeployOutcome
  rendered: { path: string; toml: string }
  probe?: ProbeRun
  recovery?: Recovery
  scaled?: { regions: string[]; count: number }
  prepared: PreparedConfig
  fly: Flyctl
  clock: Stopwatch
}

export function deployReport(f: DeployFacts): CommandResult {
  const probe = f.probe?.report
  const recovered = f.recovery?.action === 'rolled-back' ? f.recovery : undefined
  const firstProbeFailed = probe !== undefined && !probe.ok
  const release = recovered?.deployed.release ?? f.deployed.release
  const urlHost = f.address.ipv4 ?? f.settings.probeHost
  const tlsPort = f.probe?.options.tlsPort ?? 5349
  const transports = f.probe?.options.transports ?? f.settings.probeTransports
  const iceUrls =
    urlHost === undefined ||
    f.prepared.built.udpPorts.length + f.prepared.built.tcpPorts.length === 0
      ? []
      : [
          stunUrl(urlHost, f.settings.probePort),
          ...turnUrls(urlHost, f.settings.probePort, tlsPort, transports)
        ]
  const ok = !firstProbeFailed

  const outputs = {
    app: f.app,
    hostname: f.hostname,
    ipv4: f.address.ipv4,
    ipv6: f.address.ipv6,
    created: f.existing.created,
    'ipv4-allocated': f.address.allocated,
    'release-version': release.version,
    image: release.imageRef,
    'stun-url': iceUrls[0],
    'turn-urls': iceUrls.slice(1).join(','),
    'probe-rtt-ms': probe?.rttMs === undefined ? undefined : probe.rttMs.toFixed(1),
    'ready-after-seconds':
      probe?.readyAfterMs === undefined ? undefined : (probe.readyAfterMs / 1000).toFixed(1),
    config: f.rendered.path
  }

  const probes: { label: string; probe: ProbeSection }[] = []
  if (f.probe)
    probes.push({
      label: `Probe of release v${f.deployed.release.version}`,
      probe: section(f.probe, f.settings)
    })
  if (recovered?.probe)
    probes.push({
      label: `Probe after rollback to v${recovered.deployed.release.version}`,
      probe: section(recovered.probe, f.settings)
    })

  const flyctlMs = f.fly.timeInFlyctlMs
  const summary: RunSummary = {
    title: ok
      ? `${f.app} is ${probe ? 'ready' : 'deployed'}`
      : `${f.app}: the server did not become ready`,
    verdict: ok ? (probe ? 'ready' : 'deployed') : 'failed',
    error: ok ? undefined : failureText(f),
    rows: [
      [
        'App',
        `[${f.app}](https://fly.io/apps/${f.app}/monitoring)${f.existing.created ? ' (created by this run)' : ''}`
      ],
      [
        'Region',
        f.scaled
          ? `${f.settings.region}; scaled to ${f.scaled.count} per region in ${f.scaled.regions.join(', ')}`
          : f.settings.region
      ],
      ['Hostname', f.hostname],
      [
        'IPv4',
        f.address.ipv4 === undefined
          ? undefined
          : `${f.address.ipv4}${f.address.allocated ? ' (allocated by this run)' : ''}`
      ],
      ['IPv6', f.address.ipv6],
      [
        'Release',
        `v${release.version}${recovered ? ` (rolled back from v${f.deployed.release.version})` : ''}`
      ],
      ['Image', release.imageRef ? `\`${release.imageRef}\`` : undefined],
      ['Config', `\`${f.rendered.path}\``]
    ],
    urls: iceUrls,
    probes,
    warnings: [
      ...f.prepared.warnings.map((w) => w.message),
      ...(f.address.released.length > 0
        ? [`Released duplicate IPv4 ${f.address.released.join(', ')} allocated by a concurrent run`]
        : []),
      ...(f.recovery?.action === 'no-previous-release'
        ? ['on-failure: rollback found no earlier release to roll back to']
        : []),
      ...(f.recovery?.action === 'destroyed' ? [`on-failure: destroy removed ${f.app}`] : [])
    ],
    blocks: [{ title: 'Rendered fly.toml', language: 'toml', text: f.rendered.toml }],
    flyctlCalls: f.fly.calls.map(
      (c) =>
        `flyctl ${c.args.join(' ')}  # exit ${c.exitCode}, ${(c.durationMs / 1000).toFixed(2)} s`
    ),
    timings: [...f.clock.steps, ['inside flyctl', flyctlMs], ['total', f.clock.totalMs]]
  }
  const comment: PreviewCommentData = {
    status: !ok ? (recovered?.probe?.report.ok ? 'rolled-back' : 'failed') : 'ready',
    app: f.app,
    hostname: f.hostname,
    ipv4: f.address.ipv4,
    stunUrl: iceUrls[0],
    turnUrls: iceUrls.slice(1),
    probe: probe ? { ok: probe.ok, verdict: probe.summary } : undefined,
    timelineMermaid: probe ? timelineMermaid(probe) : undefined,
    release: { version: release.version, image: release.imageRef },
    details: summary.error ? [summary.error] : undefined
  }
  return { outputs, summary, comment }
}

function section(run: ProbeRun, settings: Settings): ProbeSection {
  const o = run.options
  return {
    ...run.report,
    timeline: timelineMermaid(run.report),
    scope:
      `Checks ${o.checks.join(', ')} at ${o.host}:${o.port} over ${o.transports.join(', ')} from the runner.` +
      (settings.regions.length > 0
        ? ` Fly's anycast address reaches the region nearest to the runner, so only that region was probed; ${settings.regions.join(', ')} were not probed individually.`
        : '')
  }
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
