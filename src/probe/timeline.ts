/**
 * The probe timeline as a Mermaid Gantt chart, which GitHub renders in job summaries. One row per
 * check and transport; consecutive attempts with the same outcome (and stage, for a check made of
 * stages) merge into one bar (successes too), so a five-minute wait stays a readable picture. Times are milliseconds since the deploy
 * finished (epoch 0 = the deploy).
 *
 * Read at a glance, whatever the run's length (checked by rendering with mermaid 11 in Chromium,
 * __tests__/probe/timeline-render.test.ts):
 * - The axis starts at 0, the deploy (a milestone), and is labelled in whole seconds (`%s`, seconds since the epoch, i.e. since the deploy:
 *   unlike minutes, it does not depend on the reader's time zone), with a tick interval chosen
 *   from the span so that there are at most about ten distinct labels: 0 1 2 for a 2 s run,
 *   0 30 60 … 300 for a five-minute one.
 * - A bar is at least a fortieth of the axis wide: a 5 ms success would otherwise be a sliver.
 *   Only the drawn length is stretched; the start and the labels (outcome, RTT, attempts) are
 *   the measured values.
 */
import type { ProbeReport, TimelineEntry } from './types.js'

interface Bar {
  row: string
  outcome: string
  firstAttempt: number
  lastAttempt: number
  count: number
  start: number
  end: number
  rtts: number[]
  /** The stage a multi-stage check (fishjam) reached, when it failed there. */
  stage?: string
}

/** Tick intervals (ms) in the units mermaid's `tickInterval` knows, shortest first. */
const TICKS: [ms: number, spec: string][] = [
  ...[1, 2, 5, 10, 15, 30].map((n): [number, string] => [n * 1000, `${n}second`]),
  ...[1, 2, 5, 10, 15, 30, 60].map((n): [number, string] => [n * 60_000, `${n}minute`])
]
const MAX_TICKS = 10
/** The shortest bar drawn, as a fraction of the axis. */
const MIN_BAR_FRACTION = 1 / 40

/** Mermaid task names end at ':' and lines at ';' or '#'; keep them out of labels. */
function clean(text: string): string {
  return text.replace(/[:;#]/g, ' ').replace(/\s+/g, ' ').trim()
}

function mergeBars(timeline: TimelineEntry[]): Bar[] {
  const rows = new Map<string, Bar[]>()
  for (const entry of [...timeline].sort((a, b) => a.atMs - b.atMs)) {
    const row = `${entry.check} ${entry.transport}`
    const bars = rows.get(row) ?? []
    rows.set(row, bars)
    const last = bars[bars.length - 1]
    const end = entry.atMs + Math.max(entry.durationMs, 1)
    const rtts = entry.rttMs === undefined ? [] : [entry.rttMs]
    if (last && last.outcome === entry.outcome && last.stage === entry.stage) {
      last.lastAttempt = entry.attempt
      last.count++
      last.end = Math.max(last.end, end)
      last.rtts.push(...rtts)
      continue
    }
    bars.push({
      row,
      outcome: entry.outcome,
      firstAttempt: entry.attempt,
      lastAttempt: entry.attempt,
      count: 1,
      start: Math.max(0, entry.atMs),
      end: Math.max(1, end),
      rtts,
      stage: entry.stage
    })
  }
  return [...rows.values()].flat()
}

/** The tick interval that gives at most MAX_TICKS labels over `spanMs` (the longest, beyond). */
export function tickIntervalFor(spanMs: number): { ms: number; spec: string } {
  const [ms, spec] = TICKS.find(([step]) => spanMs / step <= MAX_TICKS) ?? TICKS[TICKS.length - 1]
  return { ms, spec }
}

function rttLabel(rtts: readonly number[]): string {
  if (rtts.length === 0) return ''
  const low = Math.min(...rtts)
  const high = Math.max(...rtts)
  return low === high ? ` ${low} ms` : ` ${low}-${high} ms`
}

function barLine(bar: Bar, minBarMs: number): string {
  const attempts =
    bar.count === 1
      ? `(attempt ${bar.firstAttempt})`
      : `(attempts ${bar.firstAttempt}-${bar.lastAttempt})`
  const rtt = bar.outcome === 'ok' ? rttLabel(bar.rtts) : ''
  const tag = bar.outcome === 'ok' ? 'done' : 'crit'
  const at = bar.stage !== undefined && bar.outcome !== 'ok' ? ` at ${bar.stage}` : ''
  const start = Math.round(bar.start)
  const end = Math.max(Math.round(bar.end), start + minBarMs)
  return `    ${clean(`${bar.outcome}${at}${rtt} ${attempts}`)} :${tag}, ${start}, ${end}`
}

/** A ```mermaid block for the GitHub job summary. */
export function timelineMermaid(report: ProbeReport): string {
  const bars = mergeBars(report.timeline)
  const spanMs = Math.max(1000, ...bars.map((bar) => bar.end))
  const minBarMs = Math.ceil(spanMs * MIN_BAR_FRACTION)
  const verdict = report.ok
    ? `Ready after ${((report.readyAfterMs ?? 0) / 1000).toFixed(1)} s`
    : 'Not ready'
  const lines = [
    '```mermaid',
    'gantt',
    `    title ${clean(verdict)} (seconds since deploy)`,
    '    dateFormat x',
    '    axisFormat %s',
    `    tickInterval ${tickIntervalFor(spanMs + minBarMs).spec}`,
    '    todayMarker off',
    // Mermaid starts the axis at the earliest task: this milestone puts 0 (the deploy) on it.
    '    section deploy',
    '    deploy finished :milestone, 0, 0'
  ]
  let row = ''
  for (const bar of bars) {
    if (bar.row !== row) {
      row = bar.row
      lines.push(`    section ${clean(row)}`)
    }
    lines.push(barLine(bar, minBarMs))
  }
  lines.push('```')
  return lines.join('\n')
}
