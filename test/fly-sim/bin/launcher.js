// @ts-check
// Runs one deployed app's server, detached from the flyctl call that deployed it.
// Usage: node launcher.js <spec.json>. Waits spec.delayMs (slow UDP forwarding on Fly), then
// runs coturn as a child in this process group, or serves the Fishjam stand-in in-process
// (fishjam.js; its per-peer coturns are children in the same group).
// Exits by itself when the simulator's state directory or its owner process disappears, so a
// crashed test cannot leave servers behind.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { startEdge } from './edge.js'
import { startFishjam } from './fishjam.js'
import { isAlive } from './processes.js'
import { parseJson } from './store.js'

const spec = /** @type {import('./types.js').ServerSpec} */ (
  parseJson(fs.readFileSync(process.argv[2], 'utf8'))
)
const log = fs.openSync(spec.logFile, 'a')
/** @param {string} line */
const note = (line) => fs.writeSync(log, `[fly-sim] ${new Date().toISOString()} ${line}\n`)
/** @type {import('node:child_process').ChildProcess | null} */
let child = null
/** @type {import('./fishjam.js').FishjamNode | null} */
let fishjam = null

/** @param {number} code */
function shutdown(code) {
  if (child && child.exitCode === null) child.kill('SIGTERM')
  fishjam?.stopListeners()
  process.exit(code)
}
process.on('SIGTERM', () => shutdown(0))
process.on('SIGINT', () => shutdown(0))

setInterval(() => {
  const ownerGone = spec.ownerPid && !isAlive(spec.ownerPid)
  if (ownerGone || !fs.existsSync(spec.stateDir)) {
    note('simulator gone, stopping')
    shutdown(0)
  }
}, 500)

/** @param {import('./types.js').CoturnSpec} coturn */
function startCoturn(coturn) {
  if (coturn.binary !== 'turnserver') {
    // What `exec "${expanded[@]}"` does when the first word is not a program.
    note(`exec: ${coturn.binary}: not found`)
    process.exit(127)
  }
  note(`starting turnserver ${coturn.args.join(' ')}`)
  const server = spawn('turnserver', coturn.args, {
    stdio: ['ignore', log, log],
    env: { PATH: process.env.PATH }
  })
  child = server
  fs.writeFileSync(`${spec.logFile}.pid`, String(server.pid))
  server.on('exit', (code, signal) => {
    note(`turnserver exited (code ${code}, signal ${signal})`)
    process.exit(code ?? 1)
  })
}

// Fly's edge is up before the machine is: TLS handshakes work while nothing answers behind them.
void startEdge(spec.edge, note)
setTimeout(() => {
  if (spec.kind === 'coturn') startCoturn(spec)
  else fishjam = startFishjam(spec, note)
}, spec.delayMs ?? 0)
