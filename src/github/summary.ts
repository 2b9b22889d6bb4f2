/**
 * The job summary a person reads in five seconds: verdict, where it runs, the TURN/STUN URLs,
 * the probe result with its timeline, and the flyctl calls made. Rendering is pure markdown;
 * writing goes through @actions/core only when the runner provides a summary file.
 */
import * as core from '@actions/core'

export interface ProbeSection {
  ok: boolean
  summary: string
  attempts: number
  readyAfterMs?: number
  rttMs?: number
  diagnostic?: string
  warnings: string[]
  /** A ```mermaid block with the timeline, rendered by GitHub. */
  timeline?: string
  /** Which host, checks and transports were probed, and what was not probed and why. */
  scope?: string
}

export interface RunSummary {
  title: string
  verdict:
    'ready' | 'deployed' | 'failed' | 'planned' | 'destroyed' | 'reaped' | 'probed' | 'skipped'
  rows: [string, string | undefined][]
  /** A table with a header, e.g. one row per region of a fleet. */
  table?: { columns: string[]; rows: string[][] }
  urls?: string[]
  probes?: { label: string; probe: ProbeSection }[]
  warnings?: string[]
  error?: string
  /** Code blocks to show, e.g. the rendered fly.toml in plan mode. */
  blocks?: { title: string; language: string; text: string }[]
  flyctlCalls?: string[]
  timings?: [string, number][]
}

const VERDICT_ICON: Record<RunSummary['verdict'], string> = {
  ready: '✅',
  deployed: '✅',
  probed: '✅',
  planned: '📝',
  destroyed: '🗑️',
  reaped: '🧹',
  failed: '❌',
  skipped: '⏭️'
}

export function renderSummary(s: RunSummary): string {
  const out: string[] = [`## ${VERDICT_ICON[s.verdict]} ${s.title}`, '']
  if (s.error) out.push('```text', s.error, '```', '')
  out.push(...tables(s))
  if (s.urls && s.urls.length > 0) out.push('**ICE servers**', '', '```text', ...s.urls, '```', '')
  for (const { label, probe } of s.probes ?? []) out.push(...probeSection(label, probe))
  for (const w of s.warnings ?? []) out.push(`> ⚠️ ${w}`, '')
  for (const b of s.blocks ?? []) out.push(...details(b.title, b.language, b.text.trimEnd()))
  if (s.flyctlCalls && s.flyctlCalls.length > 0) {
    const title = `flyctl calls (${s.flyctlCalls.length})`
    out.push(...details(title, 'text', s.flyctlCalls.join('\n')))
  }
  if (s.timings && s.timings.length > 0) {
    out.push(
      '| step | seconds |',
      '|---|---:|',
      ...s.timings.map(([name, ms]) => `| ${name} | ${(ms / 1000).toFixed(2)} |`),
      ''
    )
  }
  return out.join('\n')
}

/** The key/value rows, then the table with a header (a fleet's regions). */
function tables(s: RunSummary): string[] {
  const out: string[] = []
  const rows = s.rows.filter(
    (row): row is [string, string] => row[1] !== undefined && row[1] !== ''
  )
  if (rows.length > 0) {
    out.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${escapeCell(v)} |`), '')
  }
  if (s.table && s.table.rows.length > 0) {
    const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`
    out.push(line(s.table.columns), `|${s.table.columns.map(() => '---').join('|')}|`)
    out.push(...s.table.rows.map(line), '')
  }
  return out
}

function probeSection(label: string, probe: ProbeSection): string[] {
  const out = [`### ${probe.ok ? '✅' : '❌'} ${label}: ${probe.summary}`, '']
  const facts = [
    `${probe.attempts} attempt${probe.attempts === 1 ? '' : 's'}`,
    probe.readyAfterMs === undefined
      ? undefined
      : `ready ${(probe.readyAfterMs / 1000).toFixed(1)} s after the deploy`,
    probe.rttMs === undefined ? undefined : `RTT ${probe.rttMs.toFixed(1)} ms`
  ].filter(Boolean)
  out.push(facts.join(' · '), '')
  if (probe.scope) out.push(probe.scope, '')
  if (probe.diagnostic) out.push('```text', probe.diagnostic, '```', '')
  for (const w of probe.warnings) out.push(`> ⚠️ ${w}`, '')
  if (probe.timeline) out.push(probe.timeline, '')
  return out
}

/** A folded block: a title a person clicks to see the text. */
function details(title: string, language: string, text: string): string[] {
  return [
    `<details><summary>${title}</summary>`,
    '',
    '```' + language,
    text,
    '```',
    '',
    '</details>',
    ''
  ]
}

/** Appends to the job summary; outside a runner (no GITHUB_STEP_SUMMARY) it prints to the log. */
export async function writeSummary(markdown: string): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(markdown, true).write()
  } else {
    core.info(markdown)
  }
}

function escapeCell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\n/g, '<br>')
}
