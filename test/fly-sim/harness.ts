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

export type FaultMode =
  | 'fail-once' // exit 1 with `Error: <message>` once, then behave
  | 'fail-always' // exit 1 with `Error: <message>` every time
  | 'transient-once' // exit 1 with a 503/timeout text once, then behave
  | 'hang' // never answer (until killed); SIGTERM still leaves a call-log entry
  | 'bad-json' // run normally but cut the JSON output (or the release JSON line) in half
  | 'stale-release' // status/machine list show the machines still on the previous release

export interface Fault {
  /** Command path: 'ips list', 'deploy', 'releases', 'status', 'secrets import', or '*'.
   *  A fault on 'ips' matches every `ips ...` command. Aliases are normalised (ls -> list). */
  match: string
  mode: FaultMode
  /** The error text for fail-once/fail-always/transient-once (printed after `Error: `). */
  message?: string
  /** How many matching calls the fault applies to (default 1 for *-once, unlimited otherwise). */
  times?: number
}

export interface SimOptions {
  /** Delay between deploy and the server answering (imitates slow UDP forwarding). */
  startDelayMs?: number
  faults?: Fault[]
  /** Organisations slug -> name. Default { personal: 'Sim User' } (auto-selected by apps create). */
  orgs?: Record<string, string>
  /**
   * Token rules (after stripping `FlyV1 `/`Bearer `). Without `valid`, any non-empty token works.
   * valid: the only accepted tokens (plus readOnly and deploy ones); invalid: rejected with
   * flyctl's "You must be authenticated to view this."; readOnly: mutating commands fail with
   * `unauthorized`; deploy: app-scoped, so apps create/list/destroy and orgs list are refused.
   */
  tokens?: { valid?: string[]; invalid?: string[]; readOnly?: string[]; deploy?: string[] }
  /** App names held by someone else (apps create fails with `Name has already been taken`). */
  takenNames?: string[]
  /** Version reported by `flyctl version`. Default 0.4.87. */
  version?: string
}

export interface SimCall {
  argv: string[]
  /** The command changes state (apps create/destroy, ips allocate/release, secrets, deploy, scale). */
  mutating: boolean
  exitCode: number
  startedAt: number
  endedAt: number
  /** Bytes read from stdin (the content is never recorded). */
  stdinBytes: number
}

export interface SimIp {
  id: string
  address: string
  type: 'v4' | 'v6' | 'private_v6'
  region: string
  createdAt: string
}

export interface SimRelease {
  id: string
  version: number
  status: string
  imageRef: string
  strategy: string
  reason: string
  description: string
  createdAt: string
}

export interface SimMachine {
  id: string
  name: string
  group: string
  region: string
  state: string
  releaseVersion: number
  releaseId: string
  image: string
  cmd: string[] | null
  env: Record<string, string>
  guest: { cpu_kind: string; cpus: number; memory_mb: number }
  services: unknown[]
  createdAt: string
  updatedAt: string
  /** The machine as it was before its last update (what the stale-release fault shows). */
  previous: Partial<SimMachine> | null
}

export interface SimServer {
  /** Process group id of the launcher (and of the server it runs). */
  pgid: number
  kind: 'coturn' | 'fishjam'
  address: string
  logFile: string
  specFile: string
}

export interface SimApp {
  name: string
  org: string
  createdAt: string
  status: string
  deployed: boolean
  ips: SimIp[]
  sharedIpv4: string | null
  /** name -> value exactly as flyctl would store it. */
  secrets: Record<string, string>
  deployedSecretDigests: Record<string, string>
  releases: SimRelease[]
  machines: SimMachine[]
  server: SimServer | null
  runtime?: {
    image: string
    cmd: string[] | null
    env: Record<string, string>
    kind: string | null
  }
}

export interface SimState {
  apps: Record<string, SimApp>
}

export interface SeedAppOptions {
  org?: string
  /** Number of dedicated IPv4s to allocate (oldest first). */
  dedicatedIpv4?: number
  ipv6?: boolean
  sharedIpv4?: boolean
  secrets?: Record<string, string>
  /** Leave the seeded secrets staged instead of deployed. */
  stagedSecrets?: boolean
  /** Image of each complete release, oldest first; any release makes the app deployed. */
  releases?: string[]
  /** RFC 3339 time of every seeded release (default: the sim clock), e.g. to make a preview stale. */
  releasedAt?: string
  /** Machines on the latest release (default 1 when there are releases). No server is started. */
  machines?: number
  region?: string
}

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
  calls(): SimCall[]
  state(): SimState
  /** Runs the stand-in flyctl with argv (no shell); resolves with exit code and output. */
  run(argv: string[], opts?: RunOptions): Promise<RunResult>
  seedApp(name: string, opts?: SeedAppOptions): SimApp
  setFaults(faults: Fault[]): void
  setStartDelay(ms: number): void
  /** PIDs of every live server process (launchers and the servers they run). */
  serverPids(): number[]
  /** Log of an app's current server (coturn output or the stand-in's notes), '' if none. */
  serverLog(app: string): string
  /** Kills every server process the simulator started, by process group; removes the state. */
  stop(): Promise<void>
}

interface SimFile extends SimOptions {
  ipv4Prefix: string
  ipv6Prefix: string
  ownerPid: number
  faultsGeneration: number
}

// FLY_SIM_BIN_DIR lets a bundled copy of this harness (the demo) find the simulator's bin/.
const BIN_DIR =
  process.env.FLY_SIM_BIN_DIR ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'bin')
const SUBNET_DIR = path.join(os.tmpdir(), 'fly-sim-subnets')

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return true
  }
}

/** Live, non-zombie processes in a process group, from /proc. */
function groupMembers(pgid: number): number[] {
  const members: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (fields[0] !== 'Z' && Number(fields[2]) === pgid) members.push(Number(entry))
    } catch {
      // exited while we looked
    }
  }
  return members
}

/**
 * Claims a 127.77.<n>.0/24 no other live simulator uses (a directory per block under the OS
 * temp dir, holding the owner's PID; a dead owner's block is taken over).
 */
function claimSubnet(): { n: number; release: () => void } {
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
      if (!owner || processAlive(owner)) continue
      fs.rmSync(dir, { recursive: true, force: true })
      if (!tryClaim()) continue
    }
    return { n, release: () => fs.rmSync(dir, { recursive: true, force: true }) }
  }
  throw new Error('fly-sim: all 256 loopback blocks 127.77.x.0/24 are in use')
}

function writeAtomic(file: string, value: unknown): void {
  const tmp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(tmp, JSON.stringify(value, null, 2))
  fs.renameSync(tmp, file)
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
  const settings: SimFile = {
    ...opts,
    ipv4Prefix: `127.77.${subnet.n}`,
    ipv6Prefix: `2001:db8:77:${subnet.n.toString(16)}`,
    ownerPid: process.pid,
    faultsGeneration: 0
  }
  writeAtomic(simFile, settings)
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
      return { apps: {} }
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
      writeAtomic(simFile, settings)
    },
    setStartDelay(ms) {
      settings.startDelayMs = ms
      writeAtomic(simFile, settings)
    },
    serverPids() {
      return serverGroups().flatMap(groupMembers)
    },
    serverLog(app) {
      const server = readState().apps[app]?.server
      if (!server || !fs.existsSync(server.logFile)) return ''
      return fs.readFileSync(server.logFile, 'utf8')
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
