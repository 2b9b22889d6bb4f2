/**
 * Issue 2's performance items, measured against the Fly simulator in one process run so that
 * every number is a ratio or a difference taken under the same machine load:
 *  1. start-up of `node dist/index.js` to its first log line, against `node -e 0`;
 *  2. the flyctl calls of a first deploy and of a redeploy (count and sequence);
 *  3. the action's self-time: wall time minus the time spent inside flyctl calls;
 *  4. a three-region fleet's first deploy against a one-app first deploy (issue 10), interleaved,
 *     once with no API latency and once with FLEET_API_LATENCY_MS per flyctl call.
 * Build and run: `bash bench/run.sh action` (ncc bundles this file; Node 20 cannot run .ts);
 * `REFERENCE=<commit> bash bench/run.sh action` measures that commit's committed dist/ too, in
 * the same runs (interleaved), for ratios.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { createSim } from '../test/fly-sim/harness.js'
import { runAction } from '../test/run-action.js'

const bundle = path.resolve(process.argv[2] ?? '')
const RUNS = 21

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/**
 * Milliseconds from spawn to the first log line a person sees: a stdout line that is not a
 * workflow command such as `::add-mask::` (or to exit when there is none, as for `node -e 0`).
 */
function timeToFirstOutput(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'ignore'] })
    let measured: number | undefined
    let text = ''
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      if (
        measured === undefined &&
        text.split('\n').some((line) => line !== '' && !line.startsWith('::'))
      ) {
        measured = performance.now() - started
      }
    })
    child.on('error', reject)
    child.on('close', () => resolve(measured ?? performance.now() - started))
  })
}

async function startup(reference: string | undefined): Promise<void> {
  // Inputs that pass validation and reach the first log line (the token's mask), then stop early
  // on a missing config file: no flyctl is started.
  const env = {
    PATH: process.env.PATH,
    'INPUT_API-TOKEN': 'bench',
    INPUT_APP: 'bench',
    INPUT_CONFIG: '/nonexistent/fly.toml',
    GITHUB_STEP_SUMMARY: ''
  }
  const bare: number[] = []
  const action: number[] = []
  const referenced: number[] = []
  for (let i = 0; i < RUNS + 3; i++) {
    // Interleaved, so load on the shared machine hits all alike; the first 3 rounds warm the cache.
    const b = await timeToFirstOutput(['-e', '0'], env)
    const a = await timeToFirstOutput([bundle], env)
    const r = reference ? await timeToFirstOutput([reference], env) : undefined
    if (i >= 3) {
      bare.push(b)
      action.push(a)
      if (r !== undefined) referenced.push(r)
    }
  }
  const ratios = action.map((a, i) => a / bare[i])
  console.log(`## Start-up to the first log line (${RUNS} interleaved rounds)\n`)
  console.log('| | median ms |\n|---|---:|')
  console.log(`| \`node -e 0\` (spawn to exit) | ${median(bare).toFixed(1)} |`)
  console.log(
    `| \`node dist/index.js\` (spawn to its first log line) | ${median(action).toFixed(1)} |`
  )
  if (referenced.length > 0) {
    console.log(`| the reference bundle (same) | ${median(referenced).toFixed(1)} |`)
  }
  console.log(
    `\nRatio of medians: **${(median(action) / median(bare)).toFixed(2)}x**; median of per-pair ratios: ${median(ratios).toFixed(2)}x (target: at most 2.0x).`
  )
  if (referenced.length > 0) {
    console.log(
      `The reference bundle: ${(median(referenced) / median(bare)).toFixed(2)}x; this tree / reference: ${(median(action) / median(referenced)).toFixed(2)}x.`
    )
  }
  console.log('')
}

function timingRow(summary: string, name: string): number {
  const match = new RegExp(`\\| ${name} \\| ([0-9.]+) \\|`).exec(summary)
  if (!match) throw new Error(`no '${name}' row in the summary`)
  return Number(match[1]) * 1000
}

interface Bundle {
  label: string
  path: string
}

interface Measured {
  /** The flyctl commands of the first run of each kind, in order. */
  sequences: Record<string, string[]>
  selfTimes: Record<string, number[]>
}

/**
 * One run of the action against the simulator: its flyctl commands (from the simulator's log)
 * and its self-time: wall time of the whole process minus what it measured inside flyctl.
 */
async function measuredRun(
  sim: ReturnType<typeof createSim>,
  bundle: Bundle,
  app: string
): Promise<{ calls: string[]; selfTimeMs: number }> {
  const env = sim.runnerEnv
  const inputs = {
    'api-token': 'bench',
    'flyctl-version': 'system',
    app,
    preset: 'coturn',
    secrets: 'AUTH_SECRET=bench-secret',
    probe: 'none'
  }
  const before = sim.calls().length
  const run = await runAction({ bundle: bundle.path, env, inputs })
  if (run.exitCode !== 0) throw new Error(`${bundle.label} ${app} failed:\n${run.stdout}`)
  const calls = sim
    .calls()
    .slice(before)
    .map((c) => c.argv.slice(0, 2).join(' '))
  return { calls, selfTimeMs: run.durationMs - timingRow(run.summary, 'inside flyctl') }
}

const FIRST_DEPLOYS = 5
const REDEPLOYS = 10

/**
 * First deploys (each of a new app) and redeploys, the bundles interleaved run by run so that
 * load on the machine hits them alike.
 */
async function measure(sim: ReturnType<typeof createSim>, bundles: Bundle[]): Promise<Measured[]> {
  const results = bundles.map((): Measured => ({ sequences: {}, selfTimes: {} }))
  const record = (i: number, kind: string, run: { calls: string[]; selfTimeMs: number }) => {
    results[i].sequences[kind] ??= run.calls
    ;(results[i].selfTimes[kind] ??= []).push(run.selfTimeMs)
  }
  for (let n = 0; n < FIRST_DEPLOYS; n++) {
    for (const [i, bundle] of bundles.entries()) {
      record(i, 'first deploy', await measuredRun(sim, bundle, `bench-${i}-${n}`))
    }
  }
  for (let n = 0; n < REDEPLOYS; n++) {
    for (const [i, bundle] of bundles.entries()) {
      record(i, 'redeploy', await measuredRun(sim, bundle, `bench-${i}-0`))
    }
  }
  return results
}

async function callsAndSelfTime(bundles: Bundle[]): Promise<void> {
  const sim = createSim()
  try {
    const results = await measure(sim, bundles)
    console.log('## flyctl calls per run (coturn preset, simulator)\n')
    for (const [i, bundle] of bundles.entries()) {
      for (const [kind, calls] of Object.entries(results[i].sequences)) {
        console.log(`- ${bundle.label}, ${kind}: ${calls.length} calls: ${calls.join(' → ')}`)
      }
    }
    console.log(
      '\n## Action self-time: wall time of `node dist/index.js` minus time inside flyctl (probe: none)\n'
    )
    console.log('| bundle | run | n | median ms | max ms |\n|---|---|---:|---:|---:|')
    for (const [i, bundle] of bundles.entries()) {
      for (const [kind, times] of Object.entries(results[i].selfTimes)) {
        console.log(
          `| ${bundle.label} | ${kind} | ${times.length} | ${median(times).toFixed(0)} | ${Math.max(...times).toFixed(0)} |`
        )
      }
    }
    if (bundles.length > 1) {
      for (const kind of Object.keys(results[0].selfTimes)) {
        const ratio = median(results[0].selfTimes[kind]) / median(results[1].selfTimes[kind])
        console.log(
          `\n${kind}: ratio of medians ${bundles[0].label} / ${bundles[1].label}: **${ratio.toFixed(2)}x**`
        )
      }
    }
    console.log(
      '\nTarget: under 300 ms. The wall time includes Node start-up and loading the bundle.\n'
    )
  } finally {
    await sim.stop()
  }
}

const FLEET_PAIRS = 5
/**
 * A second fleet run gives every flyctl call this latency. Assumed, not measured here (Fly is
 * unreachable from this machine): one HTTPS round trip from a GitHub runner to api.fly.io, and
 * most flyctl commands make more than one.
 */
const FLEET_API_LATENCY_MS = 250

/**
 * Wall time of a first deploy of one app against a first deploy of a three-region fleet (fresh
 * names every time, the coturn preset with its probe), in interleaved pairs; and the flyctl calls
 * each fleet member made.
 */
async function fleetAgainstOneApp(apiLatencyMs: number): Promise<void> {
  // Each call waits apiLatencyMs before it answers (the simulator's `slow` fault on every
  // command): the HTTPS round trips a real flyctl call makes to Fly's API, which the
  // zero-latency simulator replaces with local CPU work (a Node process per call).
  const sim = createSim(
    apiLatencyMs > 0 ? { faults: [{ match: '*', mode: 'slow', delayMs: apiLatencyMs }] } : {}
  )
  try {
    const env = sim.runnerEnv
    const base = {
      'api-token': 'bench',
      'flyctl-version': 'system',
      preset: 'coturn',
      secrets: 'AUTH_SECRET=bench-secret',
      'probe-interval': '200ms'
    }
    const one: number[] = []
    const fleet: number[] = []
    let perMember = ''
    for (let i = 0; i < FLEET_PAIRS + 1; i++) {
      const single = await runAction({ bundle, env, inputs: { ...base, app: `solo-${i}` } })
      const before = sim.calls().length
      const three = await runAction({
        bundle,
        env,
        inputs: { ...base, app: `fleet-${i}`, regions: 'fra, iad, sin' }
      })
      if (single.exitCode !== 0 || three.exitCode !== 0) {
        throw new Error(`deploy failed:\n${single.stdout}\n${three.stdout}`)
      }
      if (i === 0) {
        perMember = ['fra', 'iad', 'sin']
          .map((region) => {
            const calls = sim
              .calls()
              .slice(before)
              .filter((c) => c.argv.includes(`fleet-${i}-${region}`))
            return `${region} ${calls.length}`
          })
          .join(', ')
        continue // the first pair warms caches
      }
      one.push(single.durationMs)
      fleet.push(three.durationMs)
    }
    const ratios = fleet.map((f, i) => f / one[i])
    const latency =
      apiLatencyMs > 0 ? `, ${apiLatencyMs} ms API latency per flyctl call` : ', no API latency'
    console.log(
      `## A three-region fleet against one app, first deploys (${FLEET_PAIRS} pairs${latency})\n`
    )
    console.log('| | median ms |\n|---|---:|')
    console.log(`| one app | ${median(one).toFixed(0)} |`)
    console.log(`| fleet of fra, iad, sin | ${median(fleet).toFixed(0)} |`)
    console.log(
      `\nRatio of medians: **${(median(fleet) / median(one)).toFixed(2)}x**; per-pair ratios ${ratios.map((r) => r.toFixed(2)).join(', ')} (target: at most 1.5x).`
    )
    console.log(`flyctl calls per member in the first fleet deploy: ${perMember}.\n`)
  } finally {
    await sim.stop()
  }
}

const only = process.argv[3] || undefined
// A reference bundle (e.g. the last release's dist/), measured in the same runs, interleaved.
const reference = process.argv[4]
const bundles: Bundle[] = [
  { label: 'this tree', path: bundle },
  ...(reference ? [{ label: 'reference', path: path.resolve(reference) }] : [])
]
if (!only || only === 'startup') await startup(reference && path.resolve(reference))
if (!only || only === 'calls') await callsAndSelfTime(bundles)
if (!only || only === 'fleet') {
  await fleetAgainstOneApp(0)
  await fleetAgainstOneApp(FLEET_API_LATENCY_MS)
}
