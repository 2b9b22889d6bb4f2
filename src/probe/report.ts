/**
 * What the attempts add up to: the timeline, the run of consecutive successes, and the report at
 * the end (a one-line verdict; on failure the last outcome of every check and the hints).
 */
import type { CheckRecord } from './attempt.js'
import { effectiveChecks, isStunCheck } from './attempt.js'
import { hintsFor, intermittentHint } from './hints.js'
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

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** Everything the attempts left: the timeline, the latest record of each check, the streaks. */
export class ProbeHistory {
  readonly timeline: TimelineEntry[] = []
  /** By label, in the order the checks first ran. */
  readonly latest = new Map<string, { record: CheckRecord; attempt: number }>()
  /** The failed records of the most recent attempt that failed. */
  lastFailure: { records: CheckRecord[]; attempt: number } | undefined
  readonly warnings = new Set<string>()
  attempts = 0
  /** Attempts that passed: all in a row now, the longest such run, and in all. */
  streak = 0
  bestStreak = 0
  passedAttempts = 0

  constructor(
    readonly startedAt: number,
    /** Consecutive passing attempts that make the server ready. */
    readonly needed = 1
  ) {}

  /** Adds one attempt's records; returns whether every check of it passed. */
  add(records: readonly CheckRecord[]): boolean {
    const attempt = ++this.attempts
    this.record(records, attempt)
    const failed = records.filter((r) => r.outcome !== 'ok')
    const passed = records.length > 0 && failed.length === 0
    this.streak = passed ? this.streak + 1 : 0
    this.bestStreak = Math.max(this.bestStreak, this.streak)
    if (passed) this.passedAttempts++
    else this.lastFailure = { records: failed, attempt }
    return passed
  }

  /** Adds records that belong to no attempt of their own (the hold after ready). */
  record(records: readonly CheckRecord[], attempt = this.attempts): void {
    for (const record of records) {
      this.timeline.push(toEntry(record, attempt, this.startedAt))
      this.latest.set(label(record), { record, attempt })
      for (const warning of record.warnings ?? []) this.warnings.add(warning)
    }
  }

  /** The attempt numbers of the current run of successes. */
  get streakAttempts(): number[] {
    return Array.from({ length: this.streak }, (_, i) => this.attempts - this.streak + i + 1)
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
  if (record.sourcePort !== undefined) entry.sourcePort = record.sourcePort
  return entry
}

/** "stun, turn over udp, tcp": what was probed. */
export function probedChecks(o: ProbeOptions): string {
  const checks = effectiveChecks(o.checks)
  const over = checks.some(isStunCheck) ? ` over ${o.transports.join(', ')}` : ''
  return `${checks.join(', ')}${over}`
}

/** "attempt 4" or "attempts 2-4, 3 in a row from fresh source ports". */
function readyAttempts(attempts: number[]): string {
  if (attempts.length === 1) return `attempt ${attempts[0]}`
  return `attempts ${attempts[0]}-${attempts[attempts.length - 1]}, ${attempts.length} in a row from fresh source ports`
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
    readyAttempts: history.streakAttempts,
    timeline: history.timeline,
    warnings,
    summary:
      `Ready after ${seconds(readyAfterMs)} (${readyAttempts(history.streakAttempts)}): ${probedChecks(o)} passed` +
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

/** "stun/udp protocol-error (answers that are not valid STUN/TURN: 3 ignored)". */
function verdictOf(records: readonly CheckRecord[]): string {
  return records.map((r) => `${outcomeText(r)}${r.note ? ` (${r.note})` : ''}`).join(', ')
}

/** Why the run was not ready, in one line. */
function whyNotReady(
  o: ProbeOptions,
  history: ProbeHistory,
  elapsedMs: number,
  stoppedEarly: string | undefined
): string {
  const { attempts } = history
  if (o.signal?.aborted) return 'Probe aborted'
  if (stoppedEarly) {
    return `Not ready: stopped after ${plural(attempts, 'attempt')} because ${stoppedEarly} (waiting will not fix it)`
  }
  const base = `Not ready after ${seconds(elapsedMs)} (${plural(attempts, 'attempt')})`
  if (history.passedAttempts === 0 || history.needed === 1) return base
  return (
    `${base}: ${history.needed} passing attempts in a row needed, at most ${history.bestStreak} ` +
    `(${history.passedAttempts} of ${attempts} passed)`
  )
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
  // The last attempt may have passed (a streak too short): its failure is the last one seen.
  const failing = history.lastFailure?.records ?? []
  const verdict = verdictOf(failing) || 'no check completed'
  const hints = [...intermittentHint(history), ...hintsFor(failing, o)]
  const diagnostic = [
    `Probed ${o.host} (${probedChecks(o)}) ${plural(attempts, 'time')} in ${seconds(elapsedMs)}; the last outcome of each check:`,
    ...lines,
    ...(history.lastFailure && history.lastFailure.attempt !== attempts
      ? [`  (the last failed attempt was ${history.lastFailure.attempt}: ${verdict})`]
      : []),
    ...(hints.length ? ['Hints:', ...hints.map((h) => `  - ${h}`)] : [])
  ].join('\n')
  const why = whyNotReady(o, history, elapsedMs, stoppedEarly)
  return {
    ok: false,
    attempts,
    timeline: history.timeline,
    warnings: [...history.warnings],
    summary: `${why}: ${verdict}`,
    diagnostic
  }
}
