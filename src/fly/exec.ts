/**
 * The one place that starts flyctl: an argv array (never a shell string), an optional stdin,
 * an environment, and an optional hard timeout after which the process group is killed.
 */
import { spawn } from 'node:child_process'

export interface ExecRequest {
  file: string
  args: readonly string[]
  env: NodeJS.ProcessEnv
  stdin?: string
  cwd?: string
  /** Kill the process group after this long; without it, no timer. */
  timeoutMs?: number
}

export interface ExecResult {
  exitCode: number | null
  /** The signal that ended the process (our own kill timer's, or anyone else's). */
  signal?: NodeJS.Signals | null
  stdout: string
  stderr: string
  timedOut: boolean
  durationMs: number
}

export type ExecFunction = (request: ExecRequest) => Promise<ExecResult>

export const execProcess: ExecFunction = (request) =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(request.file, request.args, {
      env: request.env,
      cwd: request.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own process group, so a timeout also stops anything flyctl started.
      detached: true
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let timedOut = false
    const timer =
      request.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            killGroup(child.pid)
          }, request.timeoutMs)
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({
        exitCode: code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut,
        durationMs: performance.now() - started
      })
    })
    // A child that exits before reading stdin makes the write fail with EPIPE; that is not our error.
    child.stdin.on('error', () => undefined)
    child.stdin.end(request.stdin ?? '')
  })

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}
