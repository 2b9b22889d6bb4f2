/**
 * Checks a rendered fly.toml for the pitfalls that make a WebRTC/TURN deploy on Fly fail or
 * misbehave. Errors stop the run before anything is deployed; warnings say what to change.
 * Every message names the key and what to write instead.
 *
 * The rules: Fly's own in ./fly.ts; each server's beside its preset (presets/<server>-lint.ts),
 * because they check what that preset writes. A new rule goes into CHECKS, in report order.
 */
import { coturnRules } from '../presets/coturn-lint.js'
import { fishjamRules } from '../presets/fishjam-lint.js'
import type { FlyConfig, LintFinding } from '../types.js'
import {
  autoStop,
  commandShape,
  haWithUdp,
  rawTcpNeedsDedicatedIpv4,
  releaseCommand,
  secretsInEnv,
  servicePorts,
  servicesProcesses,
  udpNeedsDedicatedIpv4
} from './fly.js'
import type { Check, LintContext } from './rule.js'

export { decideIpv4Mode } from './fly.js'
export type { LintContext } from './rule.js'

const CHECKS: Check[] = [
  releaseCommand,
  servicePorts,
  servicesProcesses,
  udpNeedsDedicatedIpv4,
  rawTcpNeedsDedicatedIpv4,
  autoStop,
  haWithUdp,
  commandShape,
  coturnRules,
  fishjamRules,
  secretsInEnv
]

/** All findings, errors first; an empty list means the config is clean. */
export function lintConfig(config: FlyConfig, ctx: LintContext): LintFinding[] {
  const findings = CHECKS.flatMap((check) => check(config, ctx))
  return [
    ...findings.filter((f) => f.severity === 'error'),
    ...findings.filter((f) => f.severity === 'warning')
  ]
}

/** True when any finding must stop the run before deploying. */
export function hasLintErrors(findings: readonly LintFinding[]): boolean {
  return findings.some((f) => f.severity === 'error')
}
