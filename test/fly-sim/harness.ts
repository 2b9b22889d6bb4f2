/**
 * Test harness for the Fly simulator: a stand-in `flyctl` (test/fly-sim/bin) that keeps Fly.io's
 * state in a temporary directory and starts real servers on loopback addresses. Put `binDir`
 * first on PATH (or merge `env` into the child's environment) and every flyctl call of the code
 * under test lands here. See test/fly-sim/README.md for the behaviour it imitates.
 */
import { execFile, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { makeEdgeCertificates } from './bin/certificates.js'
import { groupMembers, isAlive } from './bin/processes.js'
import { emptyState, writeJsonAtomic } from './bin/store.js'
import type {
  EdgeOptions,
  Fault,
  SeedAppOptions,
  SimApp,
  SimCall,
  SimFile,
  SimOptions,
  SimState
} from './bin/types.js'

// The shapes the simulator reads and writes are declared once, as JSDoc in bin/types.js.
export type {
  EdgeOptions,
  Fault,
  FaultMode,
  SeedAppOptions,
  SimApp,
  SimCall,
  SimIp,
  SimMachine,
  SimOptions,
  SimRelease,
  SimServer,
  SimState
} from './bin/types.js'

export interface RunOptions {
  /** Written to stdin (stdin is closed either way). */
  input?: string
  /** Merged over process.env and the sim's env (e.g. FLY_API_TOKEN). */
  env?: Record<string, string | undefined>
  cwd?: string
  /** Kill the call (SIGTERM) after this long; default 20 s. */
  timeoutMs?: number
}

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

export interface Sim {
  /** Directory holding `flyctl` and `fly`: put it first on PATH. */
  binDir: string
  stateDir: string
  /** FLY_SIM_STATE, FLY_SIM_BIN_DIR and a PATH with binDir first, to merge into a child's env. */
  env: Record<string, string>
  /** The /24 this sim hands dedicated IPv4s from, e.g. '127.77.5' (addresses .1 to .250). */
  ipv4Prefix: string
  /**
   * PEM file of the CA that signed the edge's `*.fly.dev` certificate: a client trusts the
   * simulated Fly edge with it (NODE_EXTRA_CA_CERTS), as real clients trust Fly's.
   */
  caFile: string
  /** `env` plus NODE_EXTRA_CA_CERTS: the environment of a runner that uses this simulated Fly. */
  runnerEnv: Record<string, string>
  calls(): SimCall[]
  state(): SimState
  /** Runs the stand-in flyctl with argv (no shell); resolves with exit code and output. */
  run(argv: string[], opts?: RunOptions): Promise<RunResult>
  seedApp(name: string, opts?: SeedAppOptions): SimApp
  setFaults(faults: Fault[]): void
  setStartDelay(ms: number): void
  /** Knobs of Fly's edge for the next deploys: broken TLS forwarding, UDP path faults. */
  setEdge(edge: EdgeOptions): void
  /** Servers that exit at once from the next deploy on (a crashing image), per app or app+image. */
  setBrokenServers(servers: NonNullable<SimOptions['brokenServers']>): void
  /** PIDs of every live server process (launchers and the servers they run). */
  serverPids(): number[]
  /** Log of an app's current server (coturn output or the stand-in's notes), '' if none. */
  serverLog(app: string): string
  /**
   * Every TURN credential an app's Fishjam stand-in handed out in offerData (passwords are
   * secrets: tests check that none leaks).
   */
  fishjamOffers(app: string): { port: number; username: string; password: string }[]
  /** Kills every server process the simulator started, by process group; removes the state. */
  stop(): Promise<void>
}

// FLY_SIM_BIN_DIR lets a bundled copy of this harness (the demo) find the simulator's bin/.
const BIN_DIR =
  process.env.FLY_SIM_BIN_DIR ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'bin')
const SUBNET_DIR = path.join(os.tmpdir(), 'fly-sim-subnets')

/**
 * Claims a 127.77.<n>.0/24 no other live simulator uses (a directory per block under the OS
 * temp dir, holding the owner's PID; a dead owner's block is taken over).
 */
export function claimSubnet(): { n: number; release: () => void } {
  fs.mkdirSync(SUBNET_DIR, { recursive: true })
  const start = process.pid % 256
  for (let i = 0; i < 256; i++) {
    const n = (start + i) % 256
    const dir = path.join(SUBNET_DIR, String(n))
    const tryClaim = (): boolean => {
      try {
        fs.mkdirSync(dir)
        fs.writeFileSync(path.join(dir, 'owner'), String(process.pid))
        return true
      } catch {
        return false
      }
    }
    if (!tryClaim()) {
      let owner: number
      try {
        owner = Number(fs.readFileSync(path.join(dir, 'owner'), 'utf8'))
      } catch {
        continue // being claimed right now
      }
      if (!owner || isAlive(owner)) continue
      fs.rmSync(dir, { recursive: true, force: true })
      if (!tryClaim()) continue
    }
    return { n, release: () => fs.rmSync(dir, { recursive: true, force: true }) }
  }
  throw new Error('fly-sim: all 256 loopback blocks 127.77.x.0/24 are in use')
}

async function killGroups(pgids: number[]): Promise<void> {
  const live = (): number[] => pgids.flatMap(groupMembers)
  const signal = (sig: NodeJS.Signals): void => {
    for (const pgid of pgids) {
      try {
        process.kill(-pgid, sig)
      } catch {
        // already gone
      }
    }
  }
  signal('SIGTERM')
  const deadline = Date.now() + 3000
  while (live().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
  if (live().length) signal('SIGKILL')
  while (live().length && Date.now() < deadline + 2000) await new Promise((r) => setTimeout(r, 20))
}

export function createSim(opts: SimOptions = {}): Sim {
  const subnet = claimSubnet()
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fly-sim-'))
  const simFile = path.join(stateDir, 'sim.json')
  const edgeDir = path.join(stateDir, 'edge-tls')
  fs.mkdirSync(edgeDir)
  const edgeTls = makeEdgeCertificates(edgeDir)
  const settings: SimFile = {
    ...opts,
    ipv4Prefix: `127.77.${subnet.n}`,
    ipv6Prefix: `2001:db8:77:${subnet.n.toString(16)}`,
    ownerPid: process.pid,
    faultsGeneration: 0,
    edgeTls
  }
  writeJsonAtomic(simFile, settings)
  const env = {
    FLY_SIM_STATE: stateDir,
    PATH: `${BIN_DIR}${path.delimiter}${process.env.PATH ?? ''}`,
    FLY_SIM_BIN_DIR: BIN_DIR,
    FLY_NO_UPDATE_CHECK: '1'
  }
  const readState = (): SimState => {
    try {
      return JSON.parse(fs.readFileSync(path.join(stateDir, 'state.json'), 'utf8')) as SimState
    } catch {
      return emptyState()
    }
  }
  const serverGroups = (): number[] => {
    const dir = path.join(stateDir, 'servers')
    if (!fs.existsSync(dir)) return []
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.pgid'))
      .map((f) => Number(f.slice(0, -'.pgid'.length)))
  }
  let stopped = false

  return {
    binDir: BIN_DIR,
    stateDir,
    env,
    ipv4Prefix: settings.ipv4Prefix,
    caFile: edgeTls.caFile,
    runnerEnv: { ...env, NODE_EXTRA_CA_CERTS: edgeTls.caFile },
    calls() {
      const file = path.join(stateDir, 'calls.jsonl')
      if (!fs.existsSync(file)) return []
      return fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as SimCall)
    },
    state: readState,
    run(argv, runOpts = {}) {
      const childEnv: Record<string, string> = {}
      for (const [k, v] of Object.entries({ ...process.env, ...env, ...runOpts.env })) {
        if (v !== undefined) childEnv[k] = v // an undefined value removes the variable
      }
      return new Promise((resolve) => {
        const child = execFile(
          path.join(BIN_DIR, 'flyctl'),
          argv,
          {
            env: childEnv,
            cwd: runOpts.cwd,
            timeout: runOpts.timeoutMs ?? 20000,
            killSignal: 'SIGTERM'
          },
          (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : 128 + 15) : 0
            resolve({ code, stdout, stderr })
          }
        )
        child.stdin?.end(runOpts.input ?? '')
      })
    },
    seedApp(name, seedOpts = {}) {
      const out = execFileSync(path.join(BIN_DIR, 'flyctl'), ['__sim-seed'], {
        input: JSON.stringify({ name, ...seedOpts }),
        env: { ...process.env, ...env }
      })
      return JSON.parse(out.toString('utf8')) as SimApp
    },
    setFaults(faults) {
      settings.faults = faults
      settings.faultsGeneration += 1
      writeJsonAtomic(simFile, settings)
    },
    setStartDelay(ms) {
      settings.startDelayMs = ms
      writeJsonAtomic(simFile, settings)
    },
    setEdge(edge) {
      settings.edge = edge
      writeJsonAtomic(simFile, settings)
    },
    setBrokenServers(servers) {
      settings.brokenServers = servers
      writeJsonAtomic(simFile, settings)
    },
    serverPids() {
      return serverGroups().flatMap(groupMembers)
    },
    serverLog(app) {
      const server = readState().apps[app]?.server
      if (!server || !fs.existsSync(server.logFile)) return ''
      return fs.readFileSync(server.logFile, 'utf8')
    },
    fishjamOffers(app) {
      const server = readState().apps[app]?.server
      const file = server && `${server.logFile}.offers`
      if (!file || !fs.existsSync(file)) return []
      return fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { port: number; username: string; password: string })
    },
    async stop() {
      if (stopped) return
      stopped = true
      await killGroups(serverGroups())
      const hangs = path.join(stateDir, 'hangs')
      if (fs.existsSync(hangs)) {
        for (const pid of fs.readdirSync(hangs).map(Number)) {
          try {
            process.kill(pid, 'SIGTERM')
          } catch {
            // already gone
          }
        }
      }
      fs.rmSync(stateDir, { recursive: true, force: true })
      subnet.release()
    }
  }
}
