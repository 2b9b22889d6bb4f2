/**
 * A typed client over one exec function: argv in, classified errors out. The token travels in
 * the environment (FLY_API_TOKEN), never in argv, and flyctl sees only an allow-list of the
 * runner's environment; secret values are masked in every message; every call has a working
 * directory of the action's own (a ./fly.toml in the job's workspace is none of flyctl's
 * business). Read-only calls are retried with backoff on what passes: a transient error, a
 * timeout or deadline, a killed process, output cut short, and right after this run created an
 * app, the `not authorized` that org-limited tokens see for a moment.
 */
import { ActionError } from '../errors.js'
import { type Logger, silentLogger } from '../log.js'
import { maskSecretForms } from '../secret-forms.js'
import { badOutput, classifyFailure } from './classify.js'
import { flyctlEnvironment } from './environment.js'
import { type ExecFunction, type ExecResult, execProcess } from './exec.js'

export { subcommand } from './classify.js'

export interface FlyctlOptions {
  binary: string
  token: string
  baseEnv: NodeJS.ProcessEnv
  exec?: ExecFunction
  logger?: Logger
  /** Values that must never appear in a message (token, secret values). */
  secretValues?: readonly string[]
  /**
   * FLY_WEBRTC_CALL_TIMEOUT: caps every call, long ones included. Without it, a call is stopped
   * after DEFAULT_CALL_TIMEOUT_MS, and a long call (a deploy) only by flyctl's own deadlines.
   */
  timeoutMs?: number
  /** Attempts for read-only calls that fail in a way that passes (1 = no retry). */
  readAttempts?: number
  retryDelayMs?: number
  sleep?: (ms: number) => Promise<void>
  /** Working directory of every call (a directory without a fly.toml). */
  cwd?: string
  now?: () => number
}

export interface CallOptions {
  stdin?: string
  /** What stdin carries, for logs and plans (e.g. the secret names); never the content. */
  stdinLabel?: string
  timeoutMs?: number
  /**
   * A call that takes as long as Fly takes (a deploy waits for machines, checks and a build):
   * no kill timer unless FLY_WEBRTC_CALL_TIMEOUT is set; flyctl's own deadlines end it.
   */
  long?: boolean
  /** Safe to repeat: retried when its failure may pass. Only reads are. */
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

const DEFAULT_CALL_TIMEOUT_MS = 120_000
/** How long after this run created an app a read's `not authorized` is taken as passing. */
const AUTH_LAG_MS = 60_000

export class Flyctl {
  readonly calls: CallRecord[] = []
  private readonly exec: ExecFunction
  private readonly logger: Logger
  private readonly sleep: (ms: number) => Promise<void>
  private readonly now: () => number
  private authLagUntil = 0

  constructor(private readonly options: FlyctlOptions) {
    this.exec = options.exec ?? execProcess
    this.logger = options.logger ?? silentLogger
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
    this.now = options.now ?? Date.now
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

  /**
   * An app was just created (by this run, or by one it raced): for a while, an org-limited
   * token may be refused on it
   * (flyctl's own e2e harness retries this: test/preflight/testlib/test_env.go:315-340).
   */
  appCreated(): void {
    this.authLagUntil = this.now() + AUTH_LAG_MS
  }

  /** Runs flyctl; resolves with its output on exit 0, throws a classified ActionError otherwise. */
  run(args: readonly string[], call: CallOptions = {}): Promise<ExecResult> {
    return this.withRetries(args, call, (result) => result)
  }

  /** Runs a `--json` command and checks the output against the documented shape. */
  json<T>(
    args: readonly string[],
    parse: (value: unknown) => T,
    call: CallOptions = {}
  ): Promise<T> {
    return this.withRetries(args, call, (result) => {
      let value: unknown
      try {
        value = JSON.parse(result.stdout)
      } catch {
        throw new PassingError(
          badOutput(this.maskArgs(args), result.stdout, 'is not JSON', (t) => this.mask(t))
        )
      }
      try {
        return parse(value)
      } catch (error) {
        const problem = `does not have the documented shape (${(error as Error).message})`
        throw badOutput(this.maskArgs(args), result.stdout, problem, (t) => this.mask(t))
      }
    })
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

  private async withRetries<T>(
    args: readonly string[],
    call: CallOptions,
    read: (result: ExecResult) => T
  ): Promise<T> {
    const attempts = call.readOnly ? (this.options.readAttempts ?? 3) : 1
    for (let attempt = 1; ; attempt++) {
      const { result, timeoutMs } = await this.execute(args, call)
      let error: ActionError
      let passing: boolean
      if (result.exitCode === 0 && !result.timedOut && !result.signal) {
        try {
          return read(result)
        } catch (thrown) {
          if (!(thrown instanceof PassingError)) throw thrown
          error = thrown.error
          passing = true // output cut short, e.g. a dropped connection
        }
      } else {
        error = classifyFailure({
          args,
          shownArgs: this.maskArgs(args),
          result,
          timeoutMs,
          mask: (t) => this.mask(t)
        })
        passing = this.mayPass(error)
      }
      if (!passing || attempt >= attempts) throw error
      const delay = (this.options.retryDelayMs ?? 1000) * 2 ** (attempt - 1)
      this.logger.warn(
        `${error.message}; retrying in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${attempts})`
      )
      await this.sleep(delay)
    }
  }

  private mayPass(error: ActionError): boolean {
    if (error.kind === 'transient' || error.kind === 'timeout') return true
    return error.kind === 'unauthorized' && this.now() < this.authLagUntil
  }

  /** One attempt of a call: flyctl started once (the dry-run client answers some itself). */
  protected async execute(args: readonly string[], call: CallOptions): Promise<Attempt> {
    this.logger.debug(`flyctl ${this.maskArgs(args).join(' ')}`)
    const timeoutMs =
      call.timeoutMs ??
      this.options.timeoutMs ??
      (call.long === true ? undefined : DEFAULT_CALL_TIMEOUT_MS)
    const result = await this.exec({
      file: this.options.binary,
      args,
      env: flyctlEnvironment(this.options.baseEnv, this.options.token, call.env),
      stdin: call.stdin,
      cwd: call.cwd ?? this.options.cwd,
      timeoutMs
    })
    this.calls.push({
      args: this.maskArgs(args),
      exitCode: result.exitCode,
      durationMs: result.durationMs,
      stdinLabel: call.stdinLabel
    })
    return { result, timeoutMs }
  }
}

/** What one start of flyctl gave, with the kill timer that applied. */
export interface Attempt {
  result: ExecResult
  timeoutMs?: number
}

/** A failure of a read that may pass when the read is repeated. */
class PassingError extends Error {
  constructor(readonly error: ActionError) {
    super(error.message)
  }
}
