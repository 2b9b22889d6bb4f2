/**
 * The readiness loop: attempts every check until all pass or the deadline comes, pausing between
 * attempts with a pause that doubles up to the probe interval. Every check of every attempt goes
 * into the timeline. It never throws for a probe failure; the report says what happened.
 */
import { silentLogger } from '../log.js'
import {
  effectiveChecks,
  runHttpCheck,
  runTransportChecks,
  type AttemptContext,
  type CheckRecord
} from './checks.js'
import { hintsFor } from './hints.js'
import { RttEstimator } from './transport/index.js'
import type { Outcome, ProbeOptions, ProbeReport, TimelineEntry } from './types.js'
import { validateProbeOptions } from './validate.js'

/** The first pause; later pauses double up to intervalMs. */
export const FIRST_PAUSE_MS = 250

/**
 * Outcomes that waiting does not fix (wrong credentials, certificate, configuration). Seen twice
 * in a row, they end the loop early instead of knocking until the deadline.
 */
const DEFINITIVE: ReadonlySet<Outcome> = new Set<Outcome>([
  'auth-failed',
  'realm-mismatch',
  'wrong-relayed-address',
  'open-relay'
])
const DEFINITIVE_TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|HOSTNAME/

function isDefinitive(record: CheckRecord): boolean {
  if (DEFINITIVE.has(record.outcome)) return true
  return record.outcome === 'tls-error' && DEFINITIVE_TLS_CODES.test(record.code ?? '')
}

export async function runAttempt(context: AttemptContext): Promise<CheckRecord[]> {
  const { options } = context
  const checks = effectiveChecks(options.checks)
  const work: Promise<CheckRecord[]>[] = []
  if (checks.some((c) => c !== 'http')) {
    for (const transport of options.transports) work.push(runTransportChecks(context, transport))
  }
  if (checks.includes('http')) work.push(runHttpCheck(context).then((record) => [record]))
  const records = (await Promise.all(work)).flat()
  return records.sort((a, b) => a.startedAt - b.startedAt)
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

function label(record: { check: string; transport: string }): string {
  return `${record.check}/${record.transport}`
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    function done(): void {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}

export async function waitForReady(o: ProbeOptions): Promise<ProbeReport> {
  validateProbeOptions(o)
  const logger = o.logger ?? silentLogger
  const began = Date.now()
  const startedAt = o.startedAt ?? began
  const context: AttemptContext = {
    options: o,
    deadline: began + o.timeoutMs,
    rtt: { udp: new RttEstimator(), tcp: new RttEstimator(), tls: new RttEstimator() }
  }
  const timeline: TimelineEntry[] = []
  const warnings = new Set<string>()
  let pause = Math.min(FIRST_PAUSE_MS, o.intervalMs)
  let previousDefinitive = ''
  let stoppedEarly: string | undefined
  let attempt = 0
  for (;;) {
    attempt++
    const records = await runAttempt(context)
    for (const record of records) {
      timeline.push(toEntry(record, attempt, startedAt))
      for (const warning of record.warnings ?? []) warnings.add(warning)
    }
    const failed = records.filter((r) => r.outcome !== 'ok')
    logger.info(
      `Attempt ${attempt} at +${seconds(Date.now() - startedAt)}: ` +
        records
          .map((r) => `${label(r)} ${r.outcome}${r.rttMs === undefined ? '' : ` (${r.rttMs} ms)`}`)
          .join(', ')
    )
    for (const record of failed)
      logger.debug(`${label(record)}: ${record.detail ?? record.outcome}`)
    if (failed.length === 0 && records.length > 0) {
      return successReport(o, records, timeline, attempt, startedAt, [...warnings])
    }
    if (o.signal?.aborted) break
    const definitive = failed
      .filter(isDefinitive)
      .map((r) => `${label(r)} ${r.outcome}`)
      .join(', ')
    if (definitive !== '' && definitive === previousDefinitive) {
      stoppedEarly = definitive
      break
    }
    previousDefinitive = definitive
    if (Date.now() + pause >= context.deadline) break
    await abortableSleep(pause, o.signal)
    if (o.signal?.aborted) break
    pause = Math.min(pause * 2, o.intervalMs)
  }
  return failureReport(o, timeline, attempt, startedAt, began, [...warnings], stoppedEarly)
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
  if (record.rttMs !== undefined) entry.rttMs = record.rttMs
  if (record.detail !== undefined) entry.detail = record.detail
  return entry
}

/** Relay echo, else Binding, else Allocate, else HTTP: the RTT closest to what media sees. */
function representativeRtt(records: CheckRecord[]): number | undefined {
  for (const check of ['relay', 'stun', 'turn', 'http'] as const) {
    const found = records.find((r) => r.check === check && r.rttMs !== undefined)
    if (found) return found.rttMs
  }
  return undefined
}

function successReport(
  o: ProbeOptions,
  records: CheckRecord[],
  timeline: TimelineEntry[],
  attempts: number,
  startedAt: number,
  warnings: string[]
): ProbeReport {
  // Ready when the last check passed; freeing the allocation afterwards does not count.
  const readyAfterMs = Math.max(...records.map((r) => r.startedAt + r.durationMs)) - startedAt
  const rttMs = representativeRtt(records)
  const checks = effectiveChecks(o.checks)
  const over = checks.some((c) => c !== 'http') ? ` over ${o.transports.join(', ')}` : ''
  const report: ProbeReport = {
    ok: true,
    attempts,
    readyAfterMs,
    timeline,
    warnings,
    summary:
      `Ready after ${seconds(readyAfterMs)} (attempt ${attempts}): ${checks.join(', ')}${over} passed` +
      (rttMs === undefined ? '' : `; RTT ${rttMs} ms`) +
      (warnings.length ? `; ${warnings.length} warning(s)` : '')
  }
  if (rttMs !== undefined) report.rttMs = rttMs
  const mapped = records.find((r) => r.mappedAddress)?.mappedAddress
  const relayed = records.find((r) => r.relayedAddress)?.relayedAddress
  const tlsProtocol = records.find((r) => r.tlsProtocol)?.tlsProtocol
  if (mapped) report.mappedAddress = mapped
  if (relayed) report.relayedAddress = relayed
  if (tlsProtocol) report.tlsProtocol = tlsProtocol
  return report
}

function failureReport(
  o: ProbeOptions,
  timeline: TimelineEntry[],
  attempts: number,
  startedAt: number,
  began: number,
  warnings: string[],
  stoppedEarly: string | undefined
): ProbeReport {
  const elapsed = Date.now() - began
  const checks = effectiveChecks(o.checks)
  // The last outcome of every check on every transport, in a stable order.
  const last = new Map<string, TimelineEntry>()
  for (const entry of timeline) last.set(label(entry), entry)
  const expected: string[] = []
  for (const check of checks) {
    if (check === 'http')
      expected.push(
        label({ check, transport: new URL(o.healthUrl ?? 'http://x').protocol.slice(0, -1) })
      )
    else for (const transport of o.transports) expected.push(label({ check, transport }))
  }
  const lines = expected.map((name) => {
    const entry = last.get(name)
    if (!entry) return `  ${name}: not reached (an earlier check on the same transport failed)`
    return `  ${name}: ${entry.outcome} (attempt ${entry.attempt})${entry.detail ? `: ${entry.detail}` : ''}`
  })
  const failing = [...last.values()].filter((e) => e.outcome !== 'ok')
  const verdict = failing.map((e) => `${label(e)} ${e.outcome}`).join(', ') || 'no check completed'
  const aborted = o.signal?.aborted
  const why = aborted
    ? 'Probe aborted'
    : stoppedEarly
      ? `Not ready: stopped after ${attempts} attempts because ${stoppedEarly} repeated (waiting will not fix it)`
      : `Not ready after ${seconds(elapsed)} (${attempts} attempt${attempts === 1 ? '' : 's'})`
  const hints = hintsFor(failing, o)
  const diagnostic = [
    `Probed ${o.host} (${checks.join(', ')}${checks.some((c) => c !== 'http') ? ` over ${o.transports.join(', ')}` : ''}) ` +
      `${attempts} time${attempts === 1 ? '' : 's'} in ${seconds(elapsed)}; the last outcome of each check:`,
    ...lines,
    ...(hints.length ? ['Hints:', ...hints.map((h) => `  - ${h}`)] : [])
  ].join('\n')
  return {
    ok: false,
    attempts,
    timeline,
    warnings,
    summary: `${why}: ${verdict}`,
    diagnostic
  }
}
