/**
 * The job summary's probe timeline, rendered as GitHub renders it: mermaid 11 in headless
 * Chromium (test/mermaid-render.ts). For the demo's real run (the bundled action against the
 * simulator, coturn answering 2 s late) and for a five-minute wait, the chart must parse, draw one
 * bar per task line, label the axis with distinct ticks, and draw no success as a sliver.
 * Screenshots go to .tmp/; with UPDATE_DOCS_SCREENSHOTS=1 also to docs/ (linked from the README).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { timelineMermaid } from '../../src/probe/timeline.js'
import type { ProbeReport, TimelineEntry } from '../../src/probe/types.js'
import { runWithSim } from '../../test/e2e.js'
import { createSim } from '../../test/fly-sim/harness.js'
import {
  CHROMIUM,
  type DrawnChart,
  MermaidRenderer,
  mermaidSource
} from '../../test/mermaid-render.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const SHOTS = path.join(ROOT, '.tmp')
const MIN_BAR_PX = 12

let renderer: MermaidRenderer

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: run scripts/setup.sh (apt chromium)`)
  mkdirSync(SHOTS, { recursive: true })
  renderer = await MermaidRenderer.start()
}, 60_000)
afterAll(() => renderer?.stop())

async function drawAndShoot(source: string, name: string): Promise<DrawnChart> {
  const drawn = await renderer.draw(source)
  if (drawn.svg) {
    const file = path.join(SHOTS, `${name}.png`)
    await renderer.screenshot(file)
    if (process.env.UPDATE_DOCS_SCREENSHOTS === '1')
      copyFileSync(file, path.join(ROOT, 'docs', `${name}.png`))
  }
  return drawn
}

function expectReadable(source: string, drawn: DrawnChart): void {
  expect(drawn.error).toBeUndefined()
  expect(drawn.svg).toBe(true)
  const taskLines = source
    .split('\n')
    .filter((line) => /:(done|crit|milestone), \d+, \d+$/.test(line))
  expect(drawn.bars).toHaveLength(taskLines.length)
  expect(drawn.ticks.length).toBeGreaterThanOrEqual(3)
  expect(new Set(drawn.ticks).size).toBe(drawn.ticks.length)
  const successes = drawn.bars.filter((bar) => bar.label.startsWith('ok '))
  expect(successes.length).toBeGreaterThan(0)
  for (const bar of drawn.bars) expect(bar.widthPx).toBeGreaterThanOrEqual(MIN_BAR_PX)
}

/** A five-minute wait: UDP silent, TCP refused, TLS closed, until all answer at 300 s. */
function fiveMinuteRun(): ProbeReport {
  const timeline: TimelineEntry[] = []
  const transports = [
    ['udp', 'unreachable', 1500],
    ['tcp', 'refused', 3],
    ['tls', 'closed', 40]
  ] as const
  let attempt = 0
  let at = 0
  for (let pause = 250; at < 300_000; pause = Math.min(pause * 2, 2000)) {
    attempt++
    for (const check of ['stun', 'turn', 'relay'] as const) {
      for (const [transport, outcome, durationMs] of transports) {
        timeline.push({ atMs: at, durationMs, attempt, check, transport, outcome })
      }
    }
    at += 1500 + pause
  }
  for (let i = 0; i < 3; i++, at += 250) {
    attempt++
    for (const check of ['stun', 'turn', 'relay'] as const) {
      for (const [transport] of transports) {
        timeline.push({
          atMs: at,
          durationMs: 6,
          attempt,
          check,
          transport,
          outcome: 'ok',
          rttMs: 4 + i
        })
      }
    }
  }
  return { ok: true, attempts: attempt, readyAfterMs: at, timeline, warnings: [], summary: 'Ready' }
}

describe('the probe timeline in Chromium with mermaid 11', () => {
  test('the demo run: parses, one bar per attempt group, axis 0 1 2 …, no slivers', async () => {
    const sim = createSim({ startDelayMs: 2000 })
    try {
      // The demo's inputs (demo/demo.ts).
      const run = await runWithSim(sim, {
        app: 'demo-turn',
        region: 'fra',
        preset: 'coturn',
        secrets: 'AUTH_SECRET=demo-shared-secret',
        probe: 'turn, relay',
        'probe-timeout': '30s',
        'probe-interval': '250ms'
      })
      expect(run.exitCode).toBe(0)
      const source = mermaidSource(run.summary)
      const drawn = await drawAndShoot(source, 'timeline-demo')
      expectReadable(source, drawn)
      expect(drawn.title).toMatch(/^Ready after [23]\.\d s \(seconds since deploy\)$/)
      expect(drawn.ticks.slice(0, 3)).toEqual(['0', '1', '2'])
    } finally {
      await sim.stop()
    }
  }, 90_000)

  test('a five-minute run: a tick a minute, 0 to 300 s, and the success bars visible', async () => {
    const source = mermaidSource(timelineMermaid(fiveMinuteRun()))
    const drawn = await drawAndShoot(source, 'timeline-5min')
    expectReadable(source, drawn)
    expect(drawn.ticks).toEqual(['0', '60', '120', '180', '240', '300'])
    // The deploy milestone, then per check and transport one failing bar and one success bar.
    expect(drawn.bars).toHaveLength(1 + 9 * 2)
  }, 60_000)

  test('the check catches the old chart: %s without a tick interval repeats labels, slivers', async () => {
    const old = [
      'gantt',
      '    dateFormat x',
      '    axisFormat %s',
      '    section stun udp',
      '    refused (attempts 1-8) :crit, 0, 1900',
      '    ok 0.4 ms (attempt 9) :done, 2000, 2003'
    ].join('\n')
    const drawn = await renderer.draw(old)
    expect(drawn.svg).toBe(true)
    expect(new Set(drawn.ticks).size).toBeLessThan(drawn.ticks.length)
    expect(Math.min(...drawn.bars.map((bar) => bar.widthPx))).toBeLessThan(MIN_BAR_PX)
  }, 60_000)
})
