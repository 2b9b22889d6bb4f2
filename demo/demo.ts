/**
 * The demo: the bundled action deploys the coturn preset to the Fly simulator, which starts a
 * real coturn at the dedicated IPv4 it handed out; the action's probe allocates a relay on that
 * coturn and echoes datagrams through it. Then the same action destroys the app again.
 * Run with `npm run demo` (scripts/demo.sh builds this file and sets up coturn first).
 */
import path from 'node:path'
import { createSim } from '../test/fly-sim/harness.js'
import { runAction, type ActionRun } from '../test/run-action.js'

// The action's bundle, passed by scripts/demo.sh (a literal path here would be rewritten by ncc).
const bundle = path.resolve(process.argv[2] ?? '')

function show(title: string, run: ActionRun): void {
  console.log(
    `\n===== ${title}: exit code ${run.exitCode}, ${(run.durationMs / 1000).toFixed(1)} s =====`
  )
  console.log('--- log (workflow commands hidden) ---')
  for (const line of run.stdout.split('\n')) {
    if (line && !line.startsWith('::')) console.log(`  ${line}`)
    if (line.startsWith('::error::') || line.startsWith('::warning::'))
      console.log(`  ${line.replace(/%0A/g, '\n  ')}`)
  }
  console.log('--- outputs ---')
  for (const [name, value] of Object.entries(run.outputs)) console.log(`  ${name} = ${value}`)
  console.log('--- job summary (markdown) ---')
  console.log(run.summary)
}

// The server starts 2 s after the deploy returns, as UDP forwarding on Fly often lags a deploy:
// the probe's timeline shows the wait.
const sim = createSim({ startDelayMs: 2000 })
try {
  const env = sim.runnerEnv
  const common = {
    'api-token': 'FlyV1 fm2_demo-token',
    'flyctl-version': 'system',
    app: 'demo-turn',
    region: 'fra'
  }
  const deploy = await runAction({
    bundle,
    env,
    inputs: {
      ...common,
      preset: 'coturn',
      secrets: 'AUTH_SECRET=demo-shared-secret',
      probe: 'turn, relay',
      'probe-timeout': '30s',
      'probe-interval': '250ms'
    }
  })
  show('deploy (coturn preset)', deploy)
  console.log(
    `coturn log at the simulated Fly app (first lines):\n${sim.serverLog('demo-turn').split('\n').slice(0, 6).join('\n')}`
  )
  const destroy = await runAction({ bundle, env, inputs: { ...common, command: 'destroy' } })
  show('destroy', destroy)
  process.exitCode = deploy.exitCode === 0 && destroy.exitCode === 0 ? 0 : 1
} finally {
  await sim.stop()
}
