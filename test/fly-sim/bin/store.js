// @ts-check
// The simulator's persistent world: one directory (env FLY_SIM_STATE) shared by every flyctl
// invocation of a test, so that several calls and several concurrent action runs see one Fly.io.
//
//   sim.json     options written by the harness (address block, faults, tokens, orgs, delay)
//   state.json   apps, addresses, secrets, releases, machines, fault hit counts (atomic rename)
//   calls.jsonl  one line per invocation: argv, mutating, exit code, times, stdin byte count
//   .lock/       mkdir-based mutex around every read-modify-write of state.json
//   servers/     one file per running server process group, so cleanup finds them all
import fs from 'node:fs'
import path from 'node:path'
import { isAlive } from './processes.js'

/** @typedef {import('./types.js').SimCall} SimCall */
/** @typedef {import('./types.js').SimFile} SimFile */
/** @typedef {import('./types.js').SimState} SimState */

const LOCK_STALE_MS = 15000

/**
 * Blocks the thread; the simulator is a short-lived synchronous CLI, so this is simplest.
 * @param {number} ms
 */
export function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/**
 * JSON.parse, typed `unknown` so that every caller says which shape it expects.
 * @param {string} text
 * @returns {unknown}
 */
export function parseJson(text) {
  return JSON.parse(text)
}

/**
 * The parsed document, or fallback when the file does not exist.
 * @template T
 * @param {string} file
 * @param {T} fallback
 * @returns {T}
 */
export function readJson(file, fallback) {
  try {
    return /** @type {T} */ (parseJson(fs.readFileSync(file, 'utf8')))
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return fallback
    throw err
  }
}

/**
 * Writes through a temporary file and rename, so readers never see half a document.
 * @param {string} file
 * @param {unknown} value
 */
export function writeJsonAtomic(file, value) {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  fs.writeFileSync(tmp, JSON.stringify(value, null, 2))
  fs.renameSync(tmp, file)
}

/**
 * Runs fn while holding the state directory's lock; a lock whose owner died is taken over.
 * @template T
 * @param {string} stateDir
 * @param {() => T} fn
 * @returns {T}
 */
export function withLock(stateDir, fn) {
  const lockDir = path.join(stateDir, '.lock')
  const deadline = Date.now() + 30000
  for (;;) {
    try {
      fs.mkdirSync(lockDir)
      fs.writeFileSync(path.join(lockDir, 'owner'), String(process.pid))
      break
    } catch (err) {
      if (!isErrno(err, 'EEXIST')) throw err
      if (lockIsStale(lockDir)) {
        fs.rmSync(lockDir, { recursive: true, force: true })
        continue
      }
      if (Date.now() > deadline) {
        throw new Error(`fly-sim: state lock ${lockDir} held too long`, { cause: err })
      }
      sleepSync(2 + Math.random() * 8)
    }
  }
  try {
    return fn()
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true })
  }
}

/** @param {string} lockDir */
function lockIsStale(lockDir) {
  try {
    const owner = Number(fs.readFileSync(path.join(lockDir, 'owner'), 'utf8'))
    if (owner && !isAlive(owner)) return true
    return Date.now() - fs.statSync(lockDir).mtimeMs > LOCK_STALE_MS
  } catch {
    return false // the owner file is being written or the lock just vanished: retry
  }
}

/**
 * @param {unknown} err
 * @param {string} code
 * @returns {boolean}
 */
function isErrno(err, code) {
  return /** @type {NodeJS.ErrnoException} */ (err)?.code === code
}

/** @returns {SimState} */
export function emptyState() {
  return { clock: 0, nextHost: 1, seq: 0, apps: {}, faultHits: {} }
}

/** @param {string} stateDir */
export function openStore(stateDir) {
  const stateFile = path.join(stateDir, 'state.json')
  return {
    stateDir,
    /** @returns {SimFile} sim.json, which the harness writes before any call. */
    options: () => readJson(path.join(stateDir, 'sim.json'), /** @type {SimFile} */ ({})),
    read: () => readJson(stateFile, emptyState()),
    /**
     * Read-modify-write under the lock; fn mutates the state and returns a result.
     * @template T
     * @param {(state: SimState) => T} fn
     * @returns {T}
     */
    update(fn) {
      return withLock(stateDir, () => {
        const state = readJson(stateFile, emptyState())
        const result = fn(state)
        writeJsonAtomic(stateFile, state)
        return result
      })
    },
    /** @param {SimCall} entry */
    appendCall(entry) {
      fs.appendFileSync(path.join(stateDir, 'calls.jsonl'), JSON.stringify(entry) + '\n')
    }
  }
}

/**
 * RFC 3339 timestamps that strictly increase across the whole simulator (one-second steps).
 * @param {SimState} state
 * @returns {string}
 */
export function nextTimestamp(state) {
  const now = Math.floor(Date.now() / 1000)
  state.clock = Math.max(now, (state.clock ?? 0) + 1)
  return new Date(state.clock * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** @returns {string} */
export function nowTimestamp() {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}
