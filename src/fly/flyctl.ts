/**
 * A typed client over one exec function: argv in, classified errors out. The token travels in
 * the environment (FLY_API_TOKEN), never in argv; secret values are masked in every message;
 * read-only calls are retried with backoff on transient errors; every call has a timeout.
 */
import { ActionError, type ErrorKind } from '../errors.js'
import { type Logger, silentLogger } from '../log.js'
import { maskSecretForms } from '../secret-forms.js'
import { type ExecFunction, type ExecResult, execProcess } from './exec.js'

export interface FlyctlOptions {
  binary: string
  token: string
  baseEnv: NodeJS.ProcessEnv
  exec?: ExecFunction
  logger?: Logger
  /** Values that must never appear in a message (token, secret values). */
  secretValues?: readonly string[]
  /** Default per-call timeout. */
  timeoutMs?: number
  /** Attempts for read-only calls that fail transiently (1 = no retry). */
  readAttempts?: number
  retryDelayMs?: number
  sleep?: (ms: number) => Promise<void>
}

export interface CallOptions {
  stdin?: string
  /** What stdin carries, for logs and plans (e.g. the secret names); never the content. */
  stdinLabel?: string
  timeoutMs?: number
  /** Safe to repeat: retried on transient errors. Only reads are. */
  readOnly?: boolean
  env?: Record<string, string>
  cwd?: string
}

export interface CallRecord {
  args: readonly string[]
  exitCode: number | null
  durationMs: number
  stdinLabel?: string
}

const ANSI = /\x1b\[[0-9;]*m/g // eslint-disable-line no-control-regex

const NOT_FOUND = /Could not (?:find|resolve) App\b/i
const UNAUTHORIZED =
  /no access token available|must be authenticated|unauthori[sz]ed|not authorized|authentication required|invalid token|token (?:is )?expired|\b401\b|permission denied|forbidden/i
const TRANSIENT =
  /\b5\d\d (?:[A-Z][a-z]|status)|status(?: code)? 5\d\d\b|service unavailable|bad gateway|gateway time-?out|timed out|deadline exceeded|connection (?:reset|refused)|unexpected EOF|i\/o timeout|TLS handshake|no such host|temporar|network is unreachable|rate limit|\b429\b|too many requests/i

export class Flyctl {
  readonly calls: CallRecord[] = []
  private readonly exec: ExecFunction
  private readonly logger: Logger
  private readonly sleep: (ms: number) => Promise<void>

  constructor(private readonly options: FlyctlOptions) {
    this.exec = options.exec ?? execProcess
    this.logger = options.logger ?? silentLogger
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
  }

  /**
   * A client of the same kind for one member of a fleet: the same flyctl, token and masks, its
   * own logger and its own record of calls.
   */
  forMember(logger: Logger): this {
    const Kind = this.constructor as new (options: FlyctlOptions) => this
    return new Kind({ ...this.options, logger })
  }

  /** Total wall time spent inside flyctl, for the self-time measurement. */
  get timeInFlyctlMs(): number {
    return this.calls.reduce((sum, call) => sum + call.durationMs, 0)
  }

  /** Runs flyctl; resolves with its output on exit 0, throws a classified ActionError otherwise. */
  async run(args: readonly string[], call: CallOptions = {}): Promise<ExecResult> {
    const attempts = call.readOnly ? (this.options.readAttempts ?? 3) : 1
    for (let attempt = 1; ; attempt++) {
      const result = await this.runOnce(args, call)
      if (result.exitCode === 0 && !result.timedOut) return result
      const error = this.classify(args, result, call.timeoutMs ?? this.timeoutMs)
      if (error.kind !== 'transient' || attempt >= attempts) throw error
      const delay = (this.options.retryDelayMs ?? 1000) * 2 ** (attempt - 1)
      this.logger.warn(
        `${error.message}; retrying in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${attempts})`
      )
      await this.sleep(delay)
    }
  }

  /** Runs a `--json` command and checks the output against the documented shape. */
  async json<T>(
    args: readonly string[],
    parse: (value: unknown) => T,
    call: CallOptions = {}
  ): Promise<T> {
    const result = await this.run(args, call)
    let value: unknown
    try {
      value = JSON.parse(result.stdout)
    } catch {
      throw this.badOutput(args, result.stdout, 'is not JSON')
    }
    try {
      return parse(value)
    } catch (error) {
      throw this.badOutput(
        args,
        result.stdout,
        `does not have the documented shape (${(error as Error).message})`
      )
    }
  }

  /**
   * Replaces every secret value in a text with ***: each value whole, each of its lines (flyctl
   * echoes single lines of its stdin in its errors) and its encoded forms (src/secret-forms.ts).
   * Values shorter than 3 characters are left alone: they would garble every message.
   */
  mask(text: string): string {
    return maskSecretForms(text, this.secrets)
  }

  /**
   * An argv fit to show: a word that is a secret value, or ends in `=` + one (`--build-secret
   * NAME=VALUE`), loses the value whatever its length; other words are masked like any text.
   */
  maskArgs(args: readonly string[]): string[] {
    return args.map((word) => {
      for (const secret of this.options.secretValues ?? []) {
        if (secret === '') continue
        if (word === secret) return '***'
        if (word.endsWith(`=${secret}`)) return `${word.slice(0, -secret.length)}***`
      }
      return this.mask(word)
    })
  }

  private get secrets(): string[] {
    return [this.options.token, ...(this.options.secretValues ?? [])].filter((s) => s.length >= 3)
  }

  private get timeoutMs(): number {
    return this.options.timeoutMs ?? 120_000
  }

  private async runOnce(args: readonly string[], call: CallOptions): Promise<ExecResult> {
    this.logger.debug(`flyctl ${this.maskArgs(args).join(' ')}`)
    const result = await this.exec({
      file: this.options.binary,
      args,
      env: this.environment(call.env),
      stdin: call.stdin,
      cwd: call.cwd,
      timeoutMs: call.timeoutMs ?? this.timeoutMs
    })
    this.calls.push({
      args: this.maskArgs(args),
      exitCode: result.exitCode,
      durationMs: result.durationMs,
      stdinLabel: call.stdinLabel
    })
    return result
  }

  private environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...this.options.baseEnv, ...extra }
    // FLY_ACCESS_TOKEN outranks FLY_API_TOKEN in flyctl, and FLY_APP could redirect a call:
    // the action states both explicitly.
    delete env.FLY_ACCESS_TOKEN
    delete env.FLY_APP
    env.FLY_API_TOKEN = this.options.token
    env.FLY_NO_UPDATE_CHECK = '1'
    env.NO_COLOR = '1'
    return env
  }

  private classify(args: readonly string[], result: ExecResult, timeoutMs: number): ActionError {
    const stderr = this.mask(result.stderr.replace(ANSI, '')).trim()
    const command = ['flyctl', ...this.maskArgs(args)]
    if (result.timedOut) {
      return new ActionError(
        'timeout',
        `flyctl ${subcommand(args)} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`,
        {
          command,
          stderr,
          exitCode: result.exitCode,
          hint: 'Fly.io may be slow or unreachable; run the job again, and check https://status.flyio.net'
        }
      )
    }
    // Classify by flyctl's own error text only: a deploy's stderr also carries the build log,
    // where "permission denied" or "timeout" say nothing about Fly's API.
    const errorText = errorLines(stderr)
    const kind: ErrorKind = NOT_FOUND.test(errorText)
      ? 'not-found'
      : UNAUTHORIZED.test(errorText)
        ? 'unauthorized'
        : result.exitCode === 126 || TRANSIENT.test(errorText)
          ? 'transient'
          : 'command-failed'
    const reason = firstErrorLine(stderr) ?? `exit code ${result.exitCode}`
    return new ActionError(kind, `flyctl ${subcommand(args)} failed: ${reason}`, {
      command,
      stderr,
      exitCode: result.exitCode,
      hint:
        kind === 'unauthorized'
          ? 'check that api-token holds a valid Fly.io token for this app or organisation'
          : undefined
    })
  }

  private badOutput(args: readonly string[], stdout: string, problem: string): ActionError {
    const excerpt = this.mask(stdout.replace(ANSI, '')).trim().slice(0, 200)
    return new ActionError(
      'bad-output',
      `flyctl ${subcommand(args)} printed output that ${problem}: ${excerpt || '(nothing)'}`,
      {
        command: ['flyctl', ...this.maskArgs(args)],
        hint: 'this flyctl version may print a different format; pin flyctl-version to the tested default'
      }
    )
  }
}

/** The command words of an argv (before the first flag), e.g. `ips list`. */
export function subcommand(args: readonly string[]): string {
  const words: string[] = []
  for (const arg of args) {
    if (arg.startsWith('-')) break
    words.push(arg)
    if (words.length === 2) break
  }
  return words.join(' ')
}

/**
 * flyctl's error: from the `Error:` line to the end (description and suggestion follow it), or
 * all of stderr when there is no such line.
 */
function errorLines(stderr: string): string {
  const start = stderr.search(/^Error:/m)
  return start < 0 ? stderr : stderr.slice(start)
}

/** flyctl prints `Error: <message>`; other lines are context. */
function firstErrorLine(stderr: string): string | undefined {
  const line = stderr.split('\n').find((l) => l.startsWith('Error:'))
  return (line ?? stderr.split('\n').find((l) => l.trim() !== ''))?.replace(/^Error:\s*/, '').trim()
}
