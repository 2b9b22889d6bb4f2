/** `probe`: only step 10, against `probe-host` or the app's dedicated IPv4. */
import { isIPv4 } from 'node:net'
import { PRESETS } from '../config/index.js'
import { appHostname, lookUpApp } from '../fly/app.js'
import { oldestOfType } from '../fly/ips.js'
import type { Target } from '../github/event.js'
import type { Settings } from '../inputs.js'
import { openFlyctl } from '../pipeline/open-flyctl.js'
import { probeDeployment, validateProbePlan } from '../pipeline/probe-plan.js'
import { timelineMermaid } from '../probe/index.js'
import { iceUrls, probedEndpoint, probeOutputs } from './outputs.js'
import type { CommandContext, CommandResult } from './result.js'

export async function probeCommand(
  settings: Settings,
  target: Target,
  context: CommandContext
): Promise<CommandResult> {
  const { env, logger } = context
  const app = target.app
  const hostname = app ? appHostname(app) : (settings.probeHost ?? '')
  // A probe-host that is a name is no IPv4: nothing to compare a relayed address with.
  let ipv4 =
    settings.probeHost !== undefined && isIPv4(settings.probeHost) ? settings.probeHost : undefined
  if (settings.probeHost === undefined) {
    const fly = await openFlyctl(settings, env, logger)
    ipv4 = oldestOfType((await lookUpApp(fly, app)).ips, 'v4')?.address
  }
  const probeTarget = {
    app,
    hostname,
    ipv4,
    udpRanges: [{ start: settings.probePort, end: settings.probePort }],
    // No config is built here: the TLS ports are the input's, else the preset's.
    tlsPorts:
      settings.tlsPorts ?? (settings.preset === 'none' ? [] : PRESETS[settings.preset].tlsPorts)
  }
  validateProbePlan(settings, probeTarget, 'dedicated')
  const run = await probeDeployment(settings, probeTarget, logger)
  if (!run) throw new Error('nothing to probe')
  const { report, options } = run
  const urls = iceUrls(probedEndpoint(run))
  return {
    summary: {
      title: report.ok ? `${options.host} answers` : `${options.host} did not answer`,
      verdict: report.ok ? 'probed' : 'failed',
      error: report.ok ? undefined : (report.diagnostic ?? report.summary),
      rows: [['Host', `${options.host}:${options.port}`]],
      urls,
      probes: [{ label: 'Probe', probe: { ...report, timeline: timelineMermaid(report) } }]
    },
    outputs: { app: app || undefined, ipv4, ...probeOutputs(urls, report) }
  }
}
