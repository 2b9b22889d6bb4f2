/**
 * What a failed flyctl call was, from how it ended and what flyctl printed: the error's kind
 * (which decides whether a read is retried), a message with flyctl's own cause, and a hint. Only
 * flyctl's own error text counts: a deploy's stderr also carries the build log, where
 * "permission denied" or "timeout" say nothing about Fly's API.
 */
import { ActionError, type ErrorKind } from '../errors.js'
import type { ExecResult } from './exec.js'

const ANSI = /\x1b\[[0-9;]*m/g // eslint-disable-line no-control-regex

const NOT_FOUND = /Could not (?:find|resolve) App\b/i
const UNAUTHORIZED =
  /no access token available|must be authenticated|unauthori[sz]ed|not authorized|authentication required|invalid token|token (?:is )?expired|\b401\b|permission denied|forbidden/i
// flyctl's own 5xx wordings: GraphQL `server returned a non-200 status code: 502`, the Machines
// API `request returned non-2xx status: 503: <body>` (fly-platform.md §3); then the texts of
// proxies, networks and rate limits. Deadlines are not here: flyctl exits 126 on every one.
const TRANSIENT =
  /non-200 status code: (?:5\d\d|429)\b|non-2xx status: (?:5\d\d|429)\b|\b5\d\d (?:[A-Z][a-z]|status)|status(?: code)? 5\d\d\b|service unavailable|bad gateway|gateway time-?out|timed out|connection (?:reset|refused)|unexpected EOF|i\/o timeout|TLS handshake|no such host|temporar|network is unreachable|rate.?limit|throttl|\b429\b|too many requests|slow down/i

/** flyctl's exit code for any context deadline (flyctl:internal/cli/cli.go:107-110). */
const DEADLINE_EXIT = 126

/** How a call ended that did not succeed. */
export interface FailedCall {
  args: readonly string[]
  /** The argv as it may be shown: secret values masked (Flyctl.maskArgs). */
  shownArgs: readonly string[]
  result: ExecResult
  /** The kill timer that applied, if any. */
  timeoutMs?: number
  /** Masks secrets in a text. */
  mask: (text: string) => string
}

export function classifyFailure(failed: FailedCall): ActionError {
  const { args, result, timeoutMs, mask } = failed
  const stderr = mask(result.stderr.replace(ANSI, '')).trim()
  const details = { command: ['flyctl', ...failed.shownArgs], stderr, exitCode: result.exitCode }
  const what = `flyctl ${subcommand(args)}`
  if (result.timedOut) {
    return new ActionError(
      'timeout',
      `${what} did not finish within ${Math.round((timeoutMs ?? 0) / 1000)} s and was stopped`,
      {
        ...details,
        hint: 'Fly.io may be slow or unreachable; run the job again, and check https://status.flyio.net'
      }
    )
  }
  if (result.signal) {
    return new ActionError(
      'transient',
      `${what} was killed by ${result.signal} before it finished`,
      {
        ...details,
        hint: 'something outside the action stopped flyctl (the runner out of memory, or shutting down); run the job again'
      }
    )
  }
  const message = flyctlMessage(stderr) ?? `exit code ${result.exitCode}`
  if (result.exitCode === DEADLINE_EXIT) {
    return new ActionError('timeout', `${what} gave up at a deadline (exit 126): ${message}`, {
      ...details,
      hint: "flyctl exits 126 on any deadline. For a deploy that is usually machines that did not start or pass their checks within wait-timeout: see `fly logs` and the app's checks"
    })
  }
  const kind = kindOf(errorLines(stderr))
  return new ActionError(kind, `${what} failed: ${message}`, {
    ...details,
    hint:
      kind === 'unauthorized'
        ? 'check that api-token holds a valid Fly.io token for this app or organisation'
        : undefined
  })
}

function kindOf(errorText: string): ErrorKind {
  if (NOT_FOUND.test(errorText)) return 'not-found'
  if (UNAUTHORIZED.test(errorText)) return 'unauthorized'
  return TRANSIENT.test(errorText) ? 'transient' : 'command-failed'
}

/** Output flyctl printed that the action cannot read; `args` as they may be shown (masked). */
export function badOutput(
  args: readonly string[],
  stdout: string,
  problem: string,
  mask: (text: string) => string
): ActionError {
  const excerpt = mask(stdout.replace(ANSI, '')).trim().slice(0, 200)
  return new ActionError(
    'bad-output',
    `flyctl ${subcommand(args)} printed output that ${problem}: ${excerpt || '(nothing)'}`,
    {
      command: ['flyctl', ...args],
      hint: 'this flyctl version may print a different format; pin flyctl-version to the tested default'
    }
  )
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

/**
 * What flyctl says went wrong: its `Error:` line (or the first line when there is none). fly-go
 * wraps a GraphQL failure as `failed to run <the multi-line query>: <cause>` (fly-go:client.go:
 * 317), so the `Error:` line ends at `failed to run` and the server's message sits on the
 * query's last line, after its indentation: it is joined back on.
 */
export function flyctlMessage(stderr: string): string | undefined {
  const block = errorLines(stderr)
  const first = block.split('\n').find((line) => line.trim() !== '')
  if (first === undefined) return undefined
  const line = first.replace(/^Error:\s*/, '').trim()
  const query = /^(.*?)failed to run\s*$/.exec(line)
  const cause = query ? /\n[ \t]*:[ \t]+([^\n]+)/.exec(block) : null
  return cause ? `${query?.[1] ?? ''}${cause[1].trim()}` : line
}
