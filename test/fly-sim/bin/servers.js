// @ts-check
// The real processes behind deployed apps. A deploy launches a detached launcher (its own
// process group); the launcher waits out the simulated UDP-forwarding delay and then runs the
// server (coturn, or the Fishjam stand-in) in the same group, so one kill(-pgid) ends both.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { groupMembers } from './processes.js'
import { sleepSync } from './store.js'
import { coturnEntrypoint } from './shell.js'

/** @typedef {import('./types.js').ServerKind} ServerKind */
/** @typedef {import('./types.js').ServerSpecBase} ServerSpecBase */
/** @typedef {import('./types.js').SimServer} SimServer */

const LAUNCHER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'launcher.js')

/** The coturn image's default CMD (coturn/coturn Dockerfile). */
const COTURN_DEFAULT_CMD = ['--log-file=stdout', '--external-ip=$(detect-external-ip)']

const BIND_ALL = new Set(['fly-global-services', '0.0.0.0', '::', '[::]'])
/** @type {Record<string, 'listening-ip' | 'relay-ip'>} */
const VALUE_OPTIONS = {
  '-L': 'listening-ip',
  '--listening-ip': 'listening-ip',
  '-E': 'relay-ip',
  '--relay-ip': 'relay-ip'
}

/**
 * Which server an image/command stands for: 'coturn', 'fishjam' or null (nothing to run).
 * @param {string} image
 * @param {string[] | null} cmd
 * @param {string} [dockerfileText]
 * @returns {ServerKind | null}
 */
export function serverKind(image, cmd, dockerfileText = '') {
  const source = `${image}\n${dockerfileText}`.toLowerCase()
  if (source.includes('fishjam')) return 'fishjam'
  if (source.includes('coturn')) return 'coturn'
  if (cmd?.length && (cmd[0].startsWith('-') || cmd[0] === 'turnserver')) return 'coturn'
  return null
}

/**
 * Rewrites coturn arguments for loopback: every listening/relay address that means "all
 * interfaces" on Fly (fly-global-services, 0.0.0.0) becomes the app's dedicated address,
 * duplicates are dropped, and a listening/relay address is added when none is given so that
 * coturn never binds every interface of the test machine.
 * @param {string[] | null} cmd
 * @param {Record<string, string>} env
 * @param {string} address
 * @param {string} egressAddress
 * @param {{ pidfile: string, userdb: string }} stateFiles
 * @returns {{ binary: string, args: string[] }}
 */
export function coturnArgv(cmd, env, address, egressAddress, stateFiles) {
  const expanded = coturnEntrypoint(cmd?.length ? cmd : COTURN_DEFAULT_CMD, env, {
    // On Fly, detect-external-ip reports the egress address, not the dedicated ingress one.
    'detect-external-ip': egressAddress
  })
  const [binary, ...rest] = expanded
  const out = []
  const seen = new Set()
  let hasListening = false
  let hasRelay = false
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]
    /** @type {'listening-ip' | 'relay-ip' | null} */
    let option = null
    /** @type {string | null} */
    let value = null
    const eq = arg.indexOf('=')
    if (arg.startsWith('--') && eq > 0 && VALUE_OPTIONS[arg.slice(0, eq)]) {
      option = VALUE_OPTIONS[arg.slice(0, eq)]
      value = arg.slice(eq + 1)
    } else if (VALUE_OPTIONS[arg] && i + 1 < rest.length) {
      option = VALUE_OPTIONS[arg]
      value = rest[++i]
    }
    if (!option) {
      out.push(arg)
      continue
    }
    const mapped = value !== null && BIND_ALL.has(value) ? address : value
    if (option === 'listening-ip') hasListening = true
    else hasRelay = true
    if (seen.has(`${option}=${mapped}`)) continue
    seen.add(`${option}=${mapped}`)
    out.push(`--${option}=${mapped}`)
  }
  if (!hasListening) out.push(`--listening-ip=${address}`)
  if (!hasRelay) out.push(`--relay-ip=${address}`)
  out.push(
    '-n',
    '--no-cli',
    '--allow-loopback-peers',
    `--pidfile=${stateFiles.pidfile}`,
    `--userdb=${stateFiles.userdb}`
  )
  return { binary, args: out }
}

/**
 * Starts the app's server in a new detached process group and returns its record
 * ({ pgid, kind, address, logFile, spec }). The caller stores it in the app state.
 * @param {string} stateDir
 * @param {string} appName
 * @param {ServerSpecBase} spec
 * @returns {SimServer}
 */
export function launchServer(stateDir, appName, spec) {
  const dir = path.join(stateDir, 'servers')
  fs.mkdirSync(dir, { recursive: true })
  const stamp = `${appName}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`
  const specFile = path.join(dir, `${stamp}.spec.json`)
  const logFile = path.join(dir, `${stamp}.log`)
  fs.writeFileSync(specFile, JSON.stringify({ ...spec, logFile, stateDir }, null, 2))
  const child = spawn(process.execPath, [LAUNCHER, specFile], {
    detached: true,
    stdio: 'ignore',
    cwd: dir
  })
  child.unref()
  // Spawning this very node binary does not fail, so the pid (= the new group's id) is known.
  const pgid = /** @type {number} */ (child.pid)
  fs.writeFileSync(path.join(dir, `${pgid}.pgid`), JSON.stringify({ app: appName, specFile }))
  return { pgid, kind: spec.kind, address: spec.address, logFile, specFile }
}

/**
 * SIGTERM the group, wait for it to be gone, SIGKILL what is left. Synchronous.
 * @param {string} stateDir
 * @param {number} pgid
 */
export function killGroup(stateDir, pgid) {
  /** @param {NodeJS.Signals} sig */
  const signal = (sig) => {
    try {
      process.kill(-pgid, sig)
    } catch {
      // the group is already gone
    }
  }
  const members = () => groupMembers(pgid)
  signal('SIGTERM')
  const deadline = Date.now() + 3000
  while (members().length && Date.now() < deadline) sleepSync(10)
  if (members().length) signal('SIGKILL')
  while (members().length && Date.now() < deadline + 2000) sleepSync(10)
  fs.rmSync(path.join(stateDir, 'servers', `${pgid}.pgid`), { force: true })
}
