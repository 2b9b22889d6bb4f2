/**
 * Performance of the readiness probe against real coturn on loopback (issue 3):
 *  1. full turn + relay check on a ready server: median, vs `turnutils_uclient -y -n 1` wall time;
 *  2. detection latency: the server starts T s after the probe, ready must follow within
 *     T + probe-interval + 50 ms (with ICMP "refused" and with a silent port, as over the internet);
 *  3. 30% datagram loss: 50 runs, each must succeed within 3 s;
 *  4, 5. (bench/attempts.ts) an attempt over three transports, and three successes in a row.
 * Build and run (Node 20 has no TypeScript stripping):
 *   npx ncc build bench/probe.ts -o .tmp/bench-probe && node .tmp/bench-probe/index.js > bench/results-probe.md
 * Ports 13500-13519, relay range 41000-41199.
 */
import { spawn } from 'node:child_process'
import { cpus } from 'node:os'
import { startCoturn, type Coturn } from '../test/coturn.js'
import { lossyUdpProxy, udpBlackHole } from '../test/net-fakes.js'
import { waitForReady, type ProbeOptions } from '../src/probe/index.js'
import { attemptBenchmarks } from './attempts.js'

const LT_FLAGS = ['--lt-cred-mech', '--user=u:p', '--realm=r']
const base: ProbeOptions = {
  host: '127.0.0.1',
  port: 13500,
  transports: ['udp'],
  checks: ['turn', 'relay'],
  credentials: { kind: 'long-term', username: 'u', password: 'p' },
  timeoutMs: 10_000,
  intervalMs: 2000
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const median = (values: number[]): number => percentile(values, 50)
const ms = (value: number): string => value.toFixed(1)

function wallTime(command: string, args: string[]): Promise<{ ms: number; status: number | null }> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore' })
    child.once('error', reject)
    child.once('exit', (status) => resolve({ ms: performance.now() - started, status }))
  })
}

async function fullCheck(lines: string[]): Promise<void> {
  const server = await startCoturn({ port: 13500, minPort: 41000, maxPort: 41099, flags: LT_FLAGS })
  try {
    for (let i = 0; i < 5; i++) await waitForReady(base) // warm-up (JIT, first sockets)
    const probe: number[] = []
    for (let i = 0; i < 50; i++) {
      const started = performance.now()
      const report = await waitForReady(base)
      if (!report.ok) throw new Error(`probe failed: ${report.summary}`)
      probe.push(performance.now() - started)
    }
    const uclient: number[] = []
    for (let i = 0; i < 3; i++) {
      const run = await wallTime('turnutils_uclient', [
        '-p',
        '13500',
        '-u',
        'u',
        '-w',
        'p',
        '-y',
        '-n',
        '1',
        '-L',
        '127.0.0.1',
        '127.0.0.1'
      ])
      if (run.status !== 0) throw new Error(`turnutils_uclient exited ${run.status}`)
      uclient.push(run.ms)
    }
    const ratio = median(probe) / median(uclient)
    lines.push(
      '## 1. Full `turn` + `relay` check against a ready loopback coturn',
      '',
      'Each run is one `waitForReady({checks: [turn, relay], transports: [udp]})` call, measured from the call to the',
      'report (fresh socket, 401 round, authenticated Allocate, CreatePermission, 3 relay echoes, Refresh 0).',
      '`turnutils_uclient -y -n 1` is spawned and timed the same way (3 runs; it takes seconds by design).',
      '',
      '| measure | runs | median ms | p90 ms | max ms | target | verdict |',
      '|---|---|---|---|---|---|---|',
      `| probe turn + relay | 50 | ${ms(median(probe))} | ${ms(percentile(probe, 90))} | ${ms(Math.max(...probe))} | median < 20 ms | ${median(probe) < 20 ? 'met' : 'MISSED'} |`,
      `| turnutils_uclient -y -n 1 | 3 | ${ms(median(uclient))} | | ${ms(Math.max(...uclient))} | | |`,
      `| ratio probe / uclient | | ${ratio.toFixed(4)} | | | < 0.1 | ${ratio < 0.1 ? 'met' : 'MISSED'} |`,
      ''
    )
  } finally {
    await server.stop()
  }
}

async function detection(lines: string[]): Promise<void> {
  lines.push(
    '## 2. Detection latency',
    '',
    'The probe starts against a port with no server; T s later coturn is spawned there. "up" is when the harness',
    "first got a Binding answer from the new server (it polls every 10 ms); the probe's `readyAfterMs` must be",
    'at most T + interval + 50 ms after the probe began. "refused": the closed port sends ICMP port unreachable',
    '(loopback does). "silent": a socket holds the port and drops everything until the server starts, as when',
    'ICMP is filtered on the internet, so the probe only sees retransmission timeouts.',
    '',
    '| mode | T s | interval ms | server up ms | ready ms | ready - T - interval ms | target | verdict |',
    '|---|---|---|---|---|---|---|---|'
  )
  let port = 13501
  let relay = 41100
  for (const mode of ['refused', 'silent'] as const) {
    for (const [seconds, interval] of [
      [1, 2000],
      [3, 2000],
      [2, 500]
    ] as const) {
      const began = Date.now()
      const hole = mode === 'silent' ? await udpBlackHole(port) : undefined
      const probing = waitForReady({
        ...base,
        port,
        intervalMs: interval,
        timeoutMs: 20_000,
        startedAt: began
      })
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000 - (Date.now() - began)))
      await hole?.close()
      let server: Coturn | undefined
      try {
        server = await startCoturn({ port, minPort: relay, maxPort: relay + 9, flags: LT_FLAGS })
        const upMs = Date.now() - began
        const report = await probing
        const ready = report.readyAfterMs ?? NaN
        const slack = ready - seconds * 1000 - interval
        lines.push(
          `| ${mode} | ${seconds} | ${interval} | ${upMs} | ${ready} | ${slack} | <= 50 | ${report.ok && slack <= 50 ? 'met' : 'MISSED'} |`
        )
      } finally {
        await server?.stop()
      }
      port++
      relay += 10
    }
  }
  lines.push('')
}

async function loss(lines: string[]): Promise<void> {
  const server = await startCoturn({ port: 13510, minPort: 41180, maxPort: 41199, flags: LT_FLAGS })
  const proxy = await lossyUdpProxy(13511, 13510, 0.3)
  try {
    const durations: number[] = []
    const ready: number[] = []
    let ok = 0
    let attempts = 0
    const failures: string[] = []
    for (let i = 0; i < 50; i++) {
      const started = performance.now()
      const report = await waitForReady({
        ...base,
        port: 13511,
        timeoutMs: 3000,
        startedAt: Date.now()
      })
      durations.push(performance.now() - started)
      if (report.ok) {
        ok++
        ready.push(report.readyAfterMs ?? Infinity)
      } else {
        failures.push(
          report.timeline
            .map((e) => `${e.check}/${e.transport} ${e.outcome}: ${e.detail ?? ''}`)
            .join('; ')
        )
      }
      attempts += report.attempts
    }
    const dropRate = proxy.dropped() / (proxy.received() * 2)
    const met = ok === 50 && Math.max(...ready) <= 3000
    lines.push(
      '## 3. 30% datagram loss',
      '',
      'A UDP proxy in front of coturn drops each datagram in either direction with probability 0.3 (so a request',
      'and its answer both pass with probability 0.49). 50 runs of `waitForReady({checks: [turn, relay]})` with',
      '`timeoutMs: 3000` through the proxy. "ready" is the report\'s `readyAfterMs` (call to last check passed);',
      '"wall" adds freeing the allocation (a best-effort Refresh 0 with up to 2 sends) after the verdict.',
      '',
      '| runs | succeeded | ready median ms | ready p90 ms | ready max ms | wall max ms | attempts (total) | observed drop rate | target | verdict |',
      '|---|---|---|---|---|---|---|---|---|---|',
      `| 50 | ${ok} | ${ms(median(ready))} | ${ms(percentile(ready, 90))} | ${ms(Math.max(...ready))} | ${ms(Math.max(...durations))} | ${attempts} | ~${(dropRate * 100).toFixed(0)}% | 50/50 ready within 3 s | ${met ? 'met' : 'MISSED'} |`,
      '',
      ...failures.map((f) => `- failed run: ${f}`),
      ''
    )
  } finally {
    await proxy.close()
    await server.stop()
  }
}

const lines = [
  '# Probe benchmarks (issue 3)',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version},`,
  'coturn on 127.0.0.1, all in one run of `bench/probe.ts` (see its header for the command).',
  ''
]
// `node .tmp/bench-probe/index.js loss` runs one section; no argument runs all of them.
const only = process.argv[2]
if (!only || only === 'full') await fullCheck(lines)
if (!only || only === 'detection') await detection(lines)
if (!only || only === 'loss') await loss(lines)
if (!only || only === 'attempts') await attemptBenchmarks(lines)
console.log(lines.join('\n'))
