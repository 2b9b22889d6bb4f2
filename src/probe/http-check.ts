/**
 * The http check: GET the health URL; healthy is a 2xx answer, and when the body is Fishjam's
 * JSON, data.status "UP". The bearer token is sent, never logged.
 */
import { failureRecord, type AttemptContext, type CheckRecord } from './attempt.js'
import { httpRequest, whereOf } from './http-request.js'
import { optionName } from './option-names.js'

const HTTP_TIMEOUT_MS = 10_000

export async function runHttpCheck(context: AttemptContext): Promise<CheckRecord> {
  const { options } = context
  const url = new URL(options.healthUrl ?? '')
  const transport: CheckRecord['transport'] = url.protocol === 'https:' ? 'https' : 'http'
  const where = whereOf(url)
  const startedAt = Date.now()
  const timeoutMs = Math.max(0, Math.min(HTTP_TIMEOUT_MS, context.deadline - startedAt))
  try {
    const { status, body, rttMs } = await httpRequest({
      method: 'GET',
      url,
      token: options.healthToken,
      timeoutMs,
      tls: options.tls,
      signal: options.signal
    })
    const done = (outcome: CheckRecord['outcome'], detail: string): CheckRecord => ({
      check: 'http',
      transport,
      startedAt,
      rttMs,
      outcome,
      detail,
      durationMs: Date.now() - startedAt
    })
    if (status === 401 || status === 403) {
      const token = optionName('healthToken', options.names)
      return done('auth-failed', `${where} answered ${status}: check ${token}`)
    }
    if (status < 200 || status > 299) return done('http-error', `${where} answered ${status}`)
    const reported = healthStatus(body)
    if (reported !== undefined && reported !== 'UP') {
      return done('http-error', `${where} reports status ${reported}`)
    }
    return done('ok', `${where} answered ${status}${reported ? ' UP' : ''}`)
  } catch (error) {
    return failureRecord('http', transport, startedAt, error)
  }
}

/** Fishjam's /health body is {"data":{"status":"UP",...}}; undefined for any other body. */
export function healthStatus(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { data?: { status?: unknown } }
    const status = parsed?.data?.status
    return typeof status === 'string' ? status : undefined
  } catch {
    return undefined
  }
}
