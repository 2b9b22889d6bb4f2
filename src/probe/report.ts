/**
 * What the attempts add up to: the timeline, and the report at the end (a one-line verdict; on
 * failure the last outcome of every check and the hints).
 */
import type { CheckRecord } from './attempt.js'
import { effectiveChecks, isStunCheck } from './attempt.js'
import { hintsFor } from './hints.js'
import { formatAddress } from './ip.js'
import type { ProbeCheck, ProbeOptions, ProbeReport, TimelineEntry } from './types.js'

/** Relay echo, else Binding, else Allocate (fishjam's on the per-peer port), else HTTP: the RTT closest to what media sees. */
const RTT_PREFERENCE: readonly ProbeCheck[] = ['relay', 'stun', 'turn', 'fishjam', 'http']

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

/** "turn/udp": one check over one transport. */
export function label(record: { check: string; transport: string }): string {
  return `${record.check}/${record.transport}`
}

/** "fishjam/udp unreachable at TURN over UDP": a record's outcome, with the stage of a failure. */
export function outcomeText(
  record: Pick<CheckRecord, 'check' | 'transport' | 'outcome' | 'stage'>
): string {
  const at = record.stage !== undefined && record.outcome !== 'ok' ? ` at ${record.stage}` : ''
  return `${label(record)} ${record.outcome}${at}`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** Everything the attempts left: the timeline, the latest record of each check, the warnings. */
export class ProbeHistory {
  readonly timeline: TimelineEntry[] = []
  /** By label, in the order the checks first ran. */
  readonly latest = new Map<string, { record: CheckRecord; attempt: number }>()
  readonly warnings = new Set<string>()
  attempts = 0

  constructor(readonly startedAt: number) {}

  /** Adds one attempt's records; returns the attempt's number. */
  add(records: readonly CheckRecord[]): number {
    const attempt = ++this.attempts
    for (const record of records) {
      this.timeline.push(toEntry(record, attempt, this.startedAt))
      this.latest.set(label(record), { record, attempt })
      for (const warning of record.warnings ?? []) this.warnings.add(warning)
    }
    return attempt
  }
}

function toEntry(record: CheckRecord, attempt: number, startedAt: number): TimelineEntry {
  const entry: TimelineEntry = {
    atMs: record.startedAt - startedAt,
    durationMs: record.durationMs,
    attempt,
    check: record.check,
    transport: record.transport,
    outcome: record.outcome
  }
  if (record.stage !== undefined) entry.stage = record.stage
  if (record.rttMs !== undefined) entry.rttMs = record.rttMs
  if (record.detail !== undefined) entry.detail = record.detail
  return entry
}

/** "stun, turn over udp, tcp": what was probed. */
function probedChecks(o: ProbeOptions): string {
  const checks = effectiveChecks(o.checks)
  const over = checks.some(isStunCheck) ? ` over ${o.transports.join(', ')}` : ''
  return `${checks.join(', ')}${over}`
}

export function successReport(
  o: ProbeOptions,
  records: readonly CheckRecord[],
  history: ProbeHistory
): ProbeReport {
  const { attempts, startedAt } = history
  const warnings = [...history.warnings]
  // Ready when the last check passed; freeing the allocation afterwards does not count.
  const readyAfterMs = Math.max(...records.map((r) => r.startedAt + r.durationMs)) - startedAt
  const rttMs = RTT_PREFERENCE.map(
    (check) => records.find((r) => r.check === check && r.rttMs !== undefined)?.rttMs
  ).find((rtt) => rtt !== undefined)
  const report: ProbeReport = {
    ok: true,
    attempts,
    readyAfterMs,
    timeline: history.timeline,
    warnings,
    summary:
      `Ready after ${seconds(readyAfterMs)} (attempt ${attempts}): ${probedChecks(o)} passed` +
      (rttMs === undefined ? '' : `; RTT ${rttMs} ms`) +
      (warnings.length ? `; ${warnings.length} warning(s)` : '')
  }
  if (rttMs !== undefined) report.rttMs = rttMs
  // Addresses are structured until here; the report shows them as host:port.
  const mapped = records.find((r) => r.mapped)?.mapped
  const relayed = records.find((r) => r.relayed)?.relayed
  const tlsProtocol = records.find((r) => r.tlsProtocol)?.tlsProtocol
  if (mapped) report.mappedAddress = formatAddress(mapped)
  if (relayed) report.relayedAddress = formatAddress(relayed)
  if (tlsProtocol) report.tlsProtocol = tlsProtocol
  return report
}

/** Every check on every transport the options ask for, by label, in a stable order. */
function expectedLabels(o: ProbeOptions): string[] {
  const scheme = (url: string | undefined): string =>
    new URL(url ?? 'http://x').protocol.slice(0, -1)
  return effectiveChecks(o.checks).flatMap((check) => {
    if (check === 'http') return [label({ check, transport: scheme(o.healthUrl) })]
    // The signaling (HTTP API to offerData), then TURN over UDP on the per-peer port.
    if (check === 'fishjam') {
      return [label({ check, transport: scheme(o.fishjamUrl) }), label({ check, transport: 'udp' })]
    }
    return o.transports.map((transport) => label({ check, transport }))
  })
}

export function failureReport(
  o: ProbeOptions,
  history: ProbeHistory,
  elapsedMs: number,
  stoppedEarly: string | undefined
): ProbeReport {
  const { attempts } = history
  const lines = expectedLabels(o).map((name) => {
    const latest = history.latest.get(name)
    if (!latest) return `  ${name}: not reached (an earlier check or stage on the same path failed)`
    const { record, attempt } = latest
    return `  ${name}: ${record.outcome} (attempt ${attempt})${record.detail ? `: ${record.detail}` : ''}`
  })
  const failing = [...history.latest.values()]
    .map(({ record }) => record)
    .filter((record) => record.outcome !== 'ok')
  const verdict = failing.map(outcomeText).join(', ') || 'no check completed'
  const why = o.signal?.aborted
    ? 'Probe aborted'
    : stoppedEarly
      ? `Not ready: stopped after ${plural(attempts, 'attempt')} because ${stoppedEarly} (waiting will not fix it)`
      : `Not ready after ${seconds(elapsedMs)} (${plural(attempts, 'attempt')})`
  const hints = hintsFor(failing, o)
  const diagnostic = [
    `Probed ${o.host} (${probedChecks(o)}) ${plural(attempts, 'time')} in ${seconds(elapsedMs)}; the last outcome of each check:`,
    ...lines,
    ...(hints.length ? ['Hints:', ...hints.map((h) => `  - ${h}`)] : [])
  ].join('\n')
  return {
    ok: false,
    attempts,
    timeline: history.timeline,
    warnings: [...history.warnings],
    summary: `${why}: ${verdict}`,
    diagnostic
  }
}
