/**
 * The probe timeline as a Mermaid Gantt chart, which GitHub renders in job summaries. One row per
 * check and transport; consecutive attempts with the same outcome (and stage, for a check made of
 * stages) merge into one bar, so a five-minute wait stays a readable picture. Times are milliseconds since the deploy finished,
 * drawn on an axis in seconds (epoch 0 = the deploy).
 */
import type { ProbeReport, TimelineEntry } from './types.js'

interface Bar {
  row: string
  outcome: string
  stage?: string
  firstAttempt: number
  lastAttempt: number
  count: number
  start: number
  end: number
  rttMs?: number
}

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
    // Repeats merge, successes too: a row that stays green while another waits is one bar.
    if (last && last.outcome === entry.outcome && last.stage === entry.stage) {
      last.lastAttempt = entry.attempt
      last.count++
      last.end = Math.max(last.end, end)
      continue
    }
    bars.push({
      row,
      outcome: entry.outcome,
      stage: entry.stage,
      firstAttempt: entry.attempt,
      lastAttempt: entry.attempt,
      count: 1,
      start: Math.max(0, entry.atMs),
      end: Math.max(1, end),
      rttMs: entry.rttMs
    })
  }
  return [...rows.values()].flat()
}

function barLine(bar: Bar): string {
  const attempts =
    bar.count === 1
      ? `(attempt ${bar.firstAttempt})`
      : `(attempts ${bar.firstAttempt}-${bar.lastAttempt})`
  const rtt = bar.outcome === 'ok' && bar.rttMs !== undefined ? ` ${bar.rttMs} ms` : ''
  const tag = bar.outcome === 'ok' ? 'done' : 'crit'
  const at = bar.stage !== undefined && bar.outcome !== 'ok' ? ` at ${bar.stage}` : ''
  return `    ${clean(`${bar.outcome}${at}${rtt} ${attempts}`)} :${tag}, ${Math.round(bar.start)}, ${Math.round(bar.end)}`
}

/** A ```mermaid block for the GitHub job summary. */
export function timelineMermaid(report: ProbeReport): string {
  const bars = mergeBars(report.timeline)
  const lines = [
    '```mermaid',
    'gantt',
    `    title ${clean(report.ok ? `Ready after ${((report.readyAfterMs ?? 0) / 1000).toFixed(1)} s` : 'Not ready')} (seconds since deploy)`,
    '    dateFormat x',
    '    axisFormat %s',
    '    todayMarker off'
  ]
  let row = ''
  for (const bar of bars) {
    if (bar.row !== row) {
      row = bar.row
      lines.push(`    section ${clean(row)}`)
    }
    lines.push(barLine(bar))
  }
  lines.push('```')
  return lines.join('\n')
}
