/**
 * The readiness loop: attempts every check until enough attempts in a row pass or the deadline
 * comes, pausing between failed attempts with a pause that doubles up to the probe interval, and
 * SUCCESS_GAP_MS between passing ones. Every attempt runs on fresh sockets, and every check of
 * every attempt goes into the timeline. Once ready, an optional hold keeps one allocation open
 * and echoes through it. It never throws for a probe failure; the report says what happened.
 */
import { silentLogger, type Logger } from '../log.js'
import {
  effectiveChecks,
  isStunCheck,
  newContext,
  type AttemptContext,
  type CheckRecord
} from './attempt.js'
import { runTransportChecks } from './checks.js'
import { runFishjamCheck } from './fishjam/check.js'
import { holdAfterReady } from './hold.js'
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
import type { Outcome, ProbeOptions, ProbeReport } from './types.js'
import { validateProbeOptions } from './validate.js'

/** The first pause; later pauses double up to intervalMs. */
export const FIRST_PAUSE_MS = 250
/** The pause after a passing attempt, before the next one that must pass too. */
export const SUCCESS_GAP_MS = 100

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

function logAttempt(logger: Logger, history: ProbeHistory, records: CheckRecord[]): void {
  const streak = history.streak > 0 ? ` (success ${history.streak} of ${history.needed})` : ''
  logger.info(
    `Attempt ${history.attempts} at +${seconds(Date.now() - history.startedAt)}: ` +
      records
        .map((r) => `${outcomeText(r)}${r.rttMs === undefined ? '' : ` (${r.rttMs} ms)`}`)
        .join(', ') +
      streak
  )
  for (const record of records) {
    if (record.outcome !== 'ok')
      logger.debug(`${label(record)}: ${record.detail ?? record.outcome}`)
  }
}

interface LoopEnd {
  /** The records of the attempt that completed the streak; undefined when not ready. */
  ready?: CheckRecord[]
  /** The definitive failures that ended the loop early. */
  stoppedEarly?: string
}

/** Attempts until `history.needed` pass in a row, a definitive failure repeats, or the deadline. */
async function attemptUntilReady(
  context: AttemptContext,
  history: ProbeHistory,
  logger: Logger
): Promise<LoopEnd> {
  const o = context.options
  let pause = Math.min(FIRST_PAUSE_MS, o.intervalMs)
  let previousDefinitive = ''
  for (;;) {
    const records = await runAttempt(context)
    const passed = history.add(records)
    logAttempt(logger, history, records)
    if (passed && history.streak >= history.needed) return { ready: records }
    if (o.signal?.aborted) return {}
    const unsafe = records.find((r) => r.outcome === 'unsafe')
    if (unsafe) return { stoppedEarly: `${outcomeText(unsafe)} stops the check at once` }
    const definitive = records
      .filter((r) => r.outcome !== 'ok' && isDefinitive(r))
      .map((r) => `${label(r)} ${r.outcome}`)
      .join(', ')
    if (definitive !== '' && definitive === previousDefinitive) {
      return { stoppedEarly: `${definitive} repeated` }
    }
    previousDefinitive = definitive
    const wait = passed ? SUCCESS_GAP_MS : pause
    if (Date.now() + wait >= context.deadline) return {}
    await abortableSleep(wait, o.signal)
    if (o.signal?.aborted) return {}
    if (!passed) pause = Math.min(pause * 2, o.intervalMs)
  }
}

export async function waitForReady(o: ProbeOptions): Promise<ProbeReport> {
  validateProbeOptions(o)
  const logger = o.logger ?? silentLogger
  const began = Date.now()
  const context = newContext(o, began + o.timeoutMs)
  const history = new ProbeHistory(o.startedAt ?? began, o.successes ?? 1)
  const end = await attemptUntilReady(context, history, logger)
  if (!end.ready) return failureReport(o, history, Date.now() - began, end.stoppedEarly)
  const report = successReport(o, end.ready, history)
  if (!o.holdMs) return report
  logger.info(report.summary)
  return holdAfterReady(context, report, history, logger)
}
