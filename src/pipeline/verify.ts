/** Step 10: the readiness probe against the deployed server, planned from inputs and preset. */
import { type Logger, silentLogger } from '../log.js'
import type { Ipv4Mode, Settings } from '../inputs.js'
import { validateProbeOptions, waitForReady } from '../probe/index.js'
import type { ProbeOptions, ProbeReport } from '../probe/types.js'
import { planProbe, type ProbeTarget } from './probe.js'

export interface ProbeRun {
  options: ProbeOptions
  report: ProbeReport
}

/** A stand-in address for checking the probe plan before the real one is known. */
const DOCUMENTATION_IPV4 = '192.0.2.1'

/**
 * Checks the probe's inputs before any side effect, with a stand-in for the address that is not
 * known yet (none at all when `ipv4: none` means there will be none).
 */
export function validateProbePlan(
  settings: Settings,
  target: Omit<ProbeTarget, 'ipv4'>,
  ipv4Mode: Ipv4Mode
): void {
  const ipv4 = ipv4Mode === 'none' ? undefined : DOCUMENTATION_IPV4
  const options = planProbe(settings, { ...target, ipv4 }, silentLogger, Date.now())
  if (options) validateProbeOptions(options)
}

export async function probeDeployment(
  settings: Settings,
  target: ProbeTarget,
  logger: Logger
): Promise<ProbeRun | undefined> {
  const options = planProbe(settings, target, logger, Date.now())
  if (!options) {
    logger.info('No readiness probe (probe: none, or nothing to check for this preset)')
    return undefined
  }
  logger.info(
    `Probing ${options.checks.join(', ')} at ${options.host}:${options.port} over ${options.transports.join(', ')} ` +
      `for up to ${Math.round(options.timeoutMs / 1000)} s`
  )
  const report = await waitForReady(options)
  logger.info(report.summary)
  if (report.diagnostic) logger.warn(report.diagnostic)
  for (const warning of report.warnings) logger.warn(warning)
  return { options, report }
}
