/**
 * The readiness loop: attempts every check until all pass or the deadline comes, pausing between
 * attempts with a pause that doubles up to the probe interval. Every check of every attempt goes
 * into the timeline. It never throws for a probe failure; the report says what happened.
 */
import { silentLogger, type Logger } from '../log.js'
import { effectiveChecks, isStunCheck, type AttemptContext, type CheckRecord } from './attempt.js'
import { runTransportChecks } from './checks.js'
import { runFishjamCheck } from './fishjam/check.js'
import { runHttpCheck } from './http-check.js'
import {
  failureReport,
  label,
  outcomeText,
  ProbeHistory,
  seconds,
  successReport
} from './report.js'
import { isCertificateFailure } from './tls-failure.js'
import { RttEstimator } from './transport/index.js'
import type { Outcome, ProbeOptions, ProbeReport } from './types.js'
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

function isDefinitive(record: CheckRecord): boolean {
  if (DEFINITIVE.has(record.outcome)) return true
  return record.outcome === 'tls-error' && isCertificateFailure(record.code)
}

/** All checks once, transports in parallel, records in the order the checks began. */
export async function runAttempt(context: AttemptContext): Promise<CheckRecord[]> {
  const { options } = context
  const checks = effectiveChecks(options.checks)
  const work: Promise<CheckRecord[]>[] = []
  if (checks.some(isStunCheck)) {
    for (const transport of options.transports) work.push(runTransportChecks(context, transport))
  }
  if (checks.includes('http')) work.push(runHttpCheck(context).then((record) => [record]))
  if (checks.includes('fishjam')) work.push(runFishjamCheck(context))
  const records = (await Promise.all(work)).flat()
  return records.sort((a, b) => a.startedAt - b.startedAt)
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

function logAttempt(logger: Logger, attempt: number, records: CheckRecord[], startedAt: number) {
  logger.info(
    `Attempt ${attempt} at +${seconds(Date.now() - startedAt)}: ` +
      records
        .map((r) => `${outcomeText(r)}${r.rttMs === undefined ? '' : ` (${r.rttMs} ms)`}`)
        .join(', ')
  )
  for (const record of records) {
    if (record.outcome !== 'ok')
      logger.debug(`${label(record)}: ${record.detail ?? record.outcome}`)
  }
}

export async function waitForReady(o: ProbeOptions): Promise<ProbeReport> {
  validateProbeOptions(o)
  const logger = o.logger ?? silentLogger
  const began = Date.now()
  const context: AttemptContext = {
    options: o,
    deadline: began + o.timeoutMs,
    rtt: { udp: new RttEstimator(), tcp: new RttEstimator(), tls: new RttEstimator() }
  }
  const history = new ProbeHistory(o.startedAt ?? began)
  let pause = Math.min(FIRST_PAUSE_MS, o.intervalMs)
  let previousDefinitive = ''
  let stoppedEarly: string | undefined
  for (;;) {
    const records = await runAttempt(context)
    const attempt = history.add(records)
    logAttempt(logger, attempt, records, history.startedAt)
    const failed = records.filter((r) => r.outcome !== 'ok')
    if (failed.length === 0 && records.length > 0) return successReport(o, records, history)
    if (o.signal?.aborted) break
    const unsafe = failed.find((r) => r.outcome === 'unsafe')
    if (unsafe) {
      stoppedEarly = `${outcomeText(unsafe)} stops the check at once`
      break
    }
    const definitive = failed
      .filter(isDefinitive)
      .map((r) => `${label(r)} ${r.outcome}`)
      .join(', ')
    if (definitive !== '' && definitive === previousDefinitive) {
      stoppedEarly = `${definitive} repeated`
      break
    }
    previousDefinitive = definitive
    if (Date.now() + pause >= context.deadline) break
    await abortableSleep(pause, o.signal)
    if (o.signal?.aborted) break
    pause = Math.min(pause * 2, o.intervalMs)
  }
  return failureReport(o, history, Date.now() - began, stoppedEarly)
}
