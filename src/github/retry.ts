/**
 * When a GitHub REST call is worth repeating, and after how long: server errors (5xx) and rate
 * limits (429, or 403 whose message, `retry-after` or `x-ratelimit-remaining: 0` says so), as
 * GitHub's REST guide asks: wait `retry-after` seconds when given, else until
 * `x-ratelimit-reset`, else back off exponentially. Bounded: a few attempts, and a wait longer
 * than `maxWaitMs` is not waited out at all (a report must not hold the job for an hour).
 */
import { GitHubHttpError } from './api.js'

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number
  /** First back-off when GitHub names no time; doubled for each later attempt. */
  baseDelayMs: number
  /** The longest single wait; GitHub asking for more ends the retries. */
  maxWaitMs: number
}

export const COMMENT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 1000, maxWaitMs: 20_000 }

export function isRateLimited(error: GitHubHttpError): boolean {
  if (error.status === 429) return true
  return (
    error.status === 403 &&
    (/rate limit/i.test(error.apiMessage) ||
      error.header('retry-after') !== undefined ||
      error.header('x-ratelimit-remaining') === '0')
  )
}

/** Milliseconds to wait before attempt `attempt + 1`, or undefined: not worth a retry. */
export function retryDelayMs(
  error: unknown,
  attempt: number,
  policy: RetryPolicy,
  now = Date.now()
): number | undefined {
  if (!(error instanceof GitHubHttpError)) return undefined
  if (error.status < 500 && !isRateLimited(error)) return undefined
  const retryAfter = error.header('retry-after')
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter)
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now
    if (!Number.isNaN(ms)) return Math.max(0, ms)
  }
  const reset = Number(error.header('x-ratelimit-reset'))
  if (error.header('x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) {
    return Math.max(0, reset * 1000 - now)
  }
  return policy.baseDelayMs * 2 ** (attempt - 1)
}

/**
 * Runs `attempt` until it succeeds, or fails for a reason a retry cannot fix, or the policy is
 * spent; then the last error is thrown. `onRetry` hears each wait (for the log).
 */
export async function withRetries<T>(
  policy: RetryPolicy,
  attempt: () => Promise<T>,
  onRetry: (error: unknown, delayMs: number) => void = () => undefined,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
): Promise<T> {
  for (let count = 1; ; count++) {
    try {
      return await attempt()
    } catch (error) {
      const delay = retryDelayMs(error, count, policy)
      if (delay === undefined || count >= policy.attempts || delay > policy.maxWaitMs) throw error
      onRetry(error, delay)
      await sleep(delay)
    }
  }
}
