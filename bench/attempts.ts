/**
 * Performance of an attempt over several transports and of consecutive successes (issue 11),
 * against real coturn on loopback with a TLS listener (a throwaway CA):
 *  4. one attempt over udp, tcp and tls runs the three concurrently: its time against the slowest
 *     single-transport attempt, interleaved runs, target at most 1.5x;
 *  5. with probe-successes 3 and a ready server, ready within 1 s of the first success.
 * Run through bench/probe.ts (`node .tmp/bench-probe/index.js attempts`). Ports 13520-13521,
 * relay range 41200-41299.
 */
import { makeCertificates } from '../test/certificates.js'
import { startCoturn } from '../test/coturn.js'
import { newContext } from '../src/probe/attempt.js'
import { runAttempt } from '../src/probe/readiness.js'
import { waitForReady, type ProbeOptions, type ProbeTransport } from '../src/probe/index.js'

const PORT = 13520
const TLS_PORT = 13521

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const median = (values: number[]): number => percentile(values, 50)
const ms = (value: number): string => value.toFixed(1)

async function oneAttempt(options: ProbeOptions): Promise<number> {
  const started = performance.now()
  const records = await runAttempt(newContext(options, Date.now() + options.timeoutMs))
  const elapsed = performance.now() - started
  const failed = records.filter((r) => r.outcome !== 'ok')
  if (failed.length > 0) throw new Error(`attempt failed: ${JSON.stringify(failed)}`)
  return elapsed
}

async function concurrency(lines: string[], base: ProbeOptions): Promise<void> {
  const sets: ProbeTransport[][] = [['udp'], ['tcp'], ['tls'], ['udp', 'tcp', 'tls']]
  const times = new Map<string, number[]>(sets.map((s) => [s.join(','), []]))
  for (let round = 0; round < 35; round++) {
    for (const transports of sets) {
      const elapsed = await oneAttempt({ ...base, transports })
      // The first 5 rounds warm up the JIT, TLS and the RTT estimators; they are not counted.
      if (round >= 5) times.get(transports.join(','))?.push(elapsed)
    }
  }
  const singles = ['udp', 'tcp', 'tls'].map((t) => median(times.get(t) ?? []))
  const slowest = Math.max(...singles)
  const all = times.get('udp,tcp,tls') ?? []
  const ratio = median(all) / slowest
  lines.push(
    '## 4. One attempt over udp, tcp and tls',
    '',
    'Each row is 30 runs of one attempt (`runAttempt`: stun, turn and relay on fresh sockets, each',
    'transport on its own channel) against one coturn (UDP and TCP on one port, TLS 1.2 on another),',
    'after 5 warm-up rounds; the four kinds of attempt take turns, so load hits them alike.',
    '',
    '| transports | runs | median ms | p90 ms | max ms |',
    '|---|---|---|---|---|',
    ...[...times].map(
      ([name, values]) =>
        `| ${name} | ${values.length} | ${ms(median(values))} | ${ms(percentile(values, 90))} | ${ms(Math.max(...values))} |`
    ),
    '',
    `Ratio of medians, all three / the slowest single (${ms(slowest)} ms): **${ratio.toFixed(2)}x** ` +
      `(target at most 1.5x: ${ratio <= 1.5 ? 'met' : 'MISSED'}).`,
    ''
  )
}

async function streak(lines: string[], base: ProbeOptions): Promise<void> {
  const afterFirst: number[] = []
  const ready: number[] = []
  for (let i = 0; i < 25; i++) {
    const report = await waitForReady({ ...base, successes: 3, startedAt: Date.now() })
    if (!report.ok || report.readyAfterMs === undefined) throw new Error(report.summary)
    const first = report.timeline.filter((e) => e.attempt === 1)
    const firstSuccess = Math.max(...first.map((e) => e.atMs + e.durationMs))
    if (i >= 5) {
      afterFirst.push(report.readyAfterMs - firstSuccess)
      ready.push(report.readyAfterMs)
    }
  }
  const worst = Math.max(...afterFirst)
  lines.push(
    '## 5. Ready after three successes in a row',
    '',
    '20 runs (after 5 warm-up runs) of `waitForReady({successes: 3, transports: [udp, tcp, tls],',
    'checks: [stun, turn, relay]})` against the ready coturn above. "after first" is `readyAfterMs`',
    "minus the end of attempt 1's last check: the time the two further attempts (fresh sockets,",
    '100 ms apart) add.',
    '',
    '| runs | ready median ms | after first: median ms | p90 ms | max ms | target | verdict |',
    '|---|---|---|---|---|---|---|',
    `| ${afterFirst.length} | ${ms(median(ready))} | ${ms(median(afterFirst))} | ${ms(percentile(afterFirst, 90))} | ${ms(worst)} | max < 1000 ms | ${worst < 1000 ? 'met' : 'MISSED'} |`,
    ''
  )
}

export async function attemptBenchmarks(lines: string[]): Promise<void> {
  const certs = makeCertificates()
  const server = await startCoturn({
    port: PORT,
    minPort: 41200,
    maxPort: 41299,
    flags: ['--lt-cred-mech', '--user=u:p', '--realm=r'],
    tls: { port: TLS_PORT, certFile: certs.certFile, keyFile: certs.keyFile }
  })
  const base: ProbeOptions = {
    host: '127.0.0.1',
    port: PORT,
    tlsPort: TLS_PORT,
    transports: ['udp', 'tcp', 'tls'],
    checks: ['stun', 'turn', 'relay'],
    credentials: { kind: 'long-term', username: 'u', password: 'p' },
    tls: { ca: certs.caPem, servername: 'localhost' },
    timeoutMs: 10_000,
    intervalMs: 2000
  }
  try {
    await concurrency(lines, base)
    await streak(lines, base)
  } finally {
    await server.stop()
    certs.cleanup()
  }
}
