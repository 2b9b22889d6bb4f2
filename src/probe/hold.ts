/**
 * The hold after ready. Fly's UDP has been seen to work for exactly five minutes and then carry
 * nothing (fly-platform.md §1): a probe that only ever opens fresh sockets cannot notice, a call
 * would. So one allocation is kept open, refreshed and echoed through every
 * HOLD_ECHO_INTERVAL_MS for the hold's length; the first exchange that fails ends the hold, fails
 * the run and says when UDP stopped.
 */
import type { Logger } from '../log.js'
import { channelOptions, failureRecord, type AttemptContext, type CheckRecord } from './attempt.js'
import { resolveCredentials } from './credentials.js'
import { hintsFor } from './hints.js'
import { relayEcho } from './relay.js'
import { label, type ProbeHistory, seconds } from './report.js'
import { openChannel } from './transport/index.js'
import { TurnClient, type Allocation } from './turn.js'
import { portFor, type HoldReport, type ProbeReport, type ProbeTransport } from './types.js'

export { MAX_HOLD_MS } from './types.js'

export const HOLD_ECHO_INTERVAL_MS = 10_000
/** Allowed for the exchange at the hold's end, after its nominal length. */
const LAST_EXCHANGE_MS = 5_000
/** The held allocation's lifetime: it outlives two missed refreshes, and expires soon if the run dies. */
const HOLD_LIFETIME_SECONDS = (3 * HOLD_ECHO_INTERVAL_MS) / 1000

/** When, in ms since the hold began, its exchanges run: every interval, and once at the end. */
export function holdSchedule(holdMs: number): number[] {
  const ticks: number[] = []
  for (let at = 0; at < holdMs; at += HOLD_ECHO_INTERVAL_MS) ticks.push(at)
  ticks.push(holdMs)
  return ticks
}

function sleepUntil(at: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, Math.max(0, at - Date.now()))
    function done(): void {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}

/** One exchange: a Refresh (not at the start) and an echo through the held allocation. */
async function exchange(
  context: AttemptContext,
  client: TurnClient,
  allocation: Allocation,
  refresh: boolean
): Promise<CheckRecord> {
  const transport = client.channel.transport
  const startedAt = Date.now()
  try {
    if (refresh) await client.refresh(HOLD_LIFETIME_SECONDS)
    const echo = await relayEcho(context, client, transport, allocation)
    return { ...echo, check: 'hold', startedAt, durationMs: Date.now() - startedAt }
  } catch (error) {
    return failureRecord('hold', transport, startedAt, error)
  }
}

interface HoldRun {
  records: CheckRecord[]
  passedAt: number[]
  failedAt?: number
}

/** Allocates once, then runs the schedule until it ends or an exchange fails. */
async function runHold(
  context: AttemptContext,
  transport: ProbeTransport,
  holdMs: number,
  began: number
): Promise<HoldRun> {
  const o = context.options
  const run: HoldRun = { records: [], passedAt: [] }
  const startedAt = Date.now()
  let client: TurnClient | undefined
  try {
    const channel = await openChannel(
      { host: o.host, port: portFor(o, transport), transport, tls: o.tls },
      channelOptions(context, transport)
    )
    client = new TurnClient(channel, {
      credentials: o.credentials && resolveCredentials(o.credentials),
      expectedRealm: o.realm
    })
    const allocation = await client.allocate(HOLD_LIFETIME_SECONDS)
    for (const at of holdSchedule(holdMs)) {
      await sleepUntil(began + at, o.signal)
      if (o.signal?.aborted) break
      const record = await exchange(context, client, allocation, at > 0)
      run.records.push(record)
      if (record.outcome !== 'ok') {
        run.failedAt = at
        break
      }
      run.passedAt.push(at)
    }
  } catch (error) {
    run.records.push(failureRecord('hold', transport, startedAt, error))
    run.failedAt = 0
  } finally {
    await client?.refresh(0, 2).catch(() => undefined)
    client?.channel.close()
  }
  return run
}

function holdReport(run: HoldRun, transport: ProbeTransport, wantedMs: number): HoldReport {
  const lastGoodAtMs = run.passedAt.at(-1)
  const heldMs = run.failedAt ?? lastGoodAtMs ?? 0
  const base = { transport, wantedMs, heldMs, passed: run.passedAt.length, lastGoodAtMs }
  if (run.failedAt === undefined) {
    return {
      ...base,
      ok: true,
      summary: `held one allocation over ${transport} for ${seconds(wantedMs)}: ${run.passedAt.length} refresh-and-echo exchanges passed`
    }
  }
  const failed = run.records.at(-1)
  const since = lastGoodAtMs === undefined ? 'its start' : seconds(lastGoodAtMs)
  return {
    ...base,
    ok: false,
    failedAtMs: run.failedAt,
    summary:
      `${transport.toUpperCase()} stopped ${seconds(run.failedAt)} into the ${seconds(wantedMs)} hold ` +
      `(the last good exchange was at ${since}): ${failed ? `${label(failed)} ${failed.outcome}` : 'failed'}`
  }
}

const CUTOFF_HINT =
  "Fly's UDP forwarding has been reported to carry a flow for exactly five minutes and then nothing " +
  '(fly-platform.md §1, community thread 24997). Calls longer than the hold would lose their media: ' +
  'report it to Fly with this timeline; clients recover only by an ICE restart.'

/** Runs the hold after a ready report and folds its outcome into the report. */
export async function holdAfterReady(
  context: AttemptContext,
  ready: ProbeReport,
  history: ProbeHistory,
  logger: Logger
): Promise<ProbeReport> {
  const o = context.options
  const wantedMs = o.holdMs ?? 0
  const transport: ProbeTransport = o.transports.includes('udp') ? 'udp' : o.transports[0]
  logger.info(`Holding one allocation over ${transport} for ${seconds(wantedMs)}`)
  const began = Date.now()
  const holdContext = { ...context, deadline: began + wantedMs + LAST_EXCHANGE_MS }
  const run = await runHold(holdContext, transport, wantedMs, began)
  history.record(run.records)
  const hold = holdReport(run, transport, wantedMs)
  logger.info(`Hold: ${hold.summary}`)
  if (hold.ok)
    return {
      ...ready,
      hold,
      timeline: history.timeline,
      summary: `${ready.summary}; ${hold.summary}`
    }
  const failing = run.records.filter((r) => r.outcome !== 'ok')
  const hints = [...new Set([CUTOFF_HINT, ...hintsFor(failing, o)])]
  return {
    ...ready,
    ok: false,
    hold,
    timeline: history.timeline,
    summary: `${ready.summary.replace(/;.*$/, '')}, but ${hold.summary}`,
    diagnostic: [
      `The hold after ready failed: ${hold.summary}`,
      ...run.records.map((r) => `  ${label(r)} ${r.outcome}: ${r.detail ?? ''}`),
      'Hints:',
      ...hints.map((h) => `  - ${h}`)
    ].join('\n')
  }
}
