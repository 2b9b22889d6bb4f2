/**
 * Runs the bundled action (`node dist/index.js`) the way the runner does: inputs as INPUT_*
 * variables (hyphens kept, so launched without a shell), and the file protocol for outputs,
 * the job summary, the temp dir and the tool cache.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  runnerTemp: string
  durationMs: number
}

export interface ActionRunOptions {
  inputs: Record<string, string>
  env?: Record<string, string>
  /** A GitHub event payload; written to GITHUB_EVENT_PATH. */
  event?: { name: string; payload: unknown }
  timeoutMs?: number
  bundle?: string
  /** A command the bundle runs under, e.g. `unshare -m ...`: its argv, then node and the bundle. */
  launcher?: string[]
  /** The job's workspace: the action's working directory (default: a fresh empty directory). */
  workspace?: string
}

const ROOT = path.resolve(import.meta.dirname, '..')

export function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fwd-run-'))
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_PATH: path.join(dir, 'path'),
    GITHUB_STATE: path.join(dir, 'state')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    ...files,
    RUNNER_TEMP: path.join(dir, 'temp'),
    RUNNER_TOOL_CACHE: path.join(dir, 'toolcache'),
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/webrtc',
    GITHUB_RUN_ID: '42',
    ...options.env
  }
  if (options.event) {
    const eventPath = path.join(dir, 'event.json')
    writeFileSync(eventPath, JSON.stringify(options.event.payload))
    env.GITHUB_EVENT_NAME = options.event.name
    env.GITHUB_EVENT_PATH = eventPath
  }
  for (const [name, value] of Object.entries(options.inputs))
    env[`INPUT_${name.toUpperCase()}`] = value

  return new Promise((resolve, reject) => {
    const started = performance.now()
    const argv = [process.execPath, options.bundle ?? path.join(ROOT, 'dist/index.js')]
    const [command, ...args] = [...(options.launcher ?? []), ...argv]
    const child = spawn(command, args, { env, cwd: options.workspace ?? dir })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    child.on('error', reject)
    child.on('close', (exitCode) => {
      clearTimeout(timer)
      resolve({
        exitCode,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
        runnerTemp: env.RUNNER_TEMP,
        durationMs: performance.now() - started
      })
    })
  })
}

/** Reads `name<<delimiter\nvalue\ndelimiter` records as @actions/core writes them. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i])
    outputs[name] = value.join('\n')
  }
  return outputs
}
