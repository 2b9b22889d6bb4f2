/**
 * The http check: GET the health URL; healthy is a 2xx answer, and when the body is Fishjam's
 * JSON, data.status "UP". The bearer token is sent, never logged.
 */
import http from 'node:http'
import https from 'node:https'
import { failureRecord, type AttemptContext, type CheckRecord } from './attempt.js'
import { ProbeFailure } from './failure.js'
import { optionName } from './option-names.js'
import { tlsFailureKind } from './tls-failure.js'
import { elapsedMs } from './transport/index.js'
import type { ProbeOptions } from './types.js'

const HTTP_TIMEOUT_MS = 10_000
const MAX_BODY_BYTES = 64 * 1024

interface HttpAnswer {
  status: number
  body: string
  rttMs: number
}

export async function runHttpCheck(context: AttemptContext): Promise<CheckRecord> {
  const { options } = context
  const url = new URL(options.healthUrl ?? '')
  const transport: CheckRecord['transport'] = url.protocol === 'https:' ? 'https' : 'http'
  const where = `${url.origin}${url.pathname}`
  const startedAt = Date.now()
  const timeoutMs = Math.max(0, Math.min(HTTP_TIMEOUT_MS, context.deadline - startedAt))
  try {
    const { status, body, rttMs } = await httpGet(url, options, timeoutMs)
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

function httpGet(url: URL, options: ProbeOptions, timeoutMs: number): Promise<HttpAnswer> {
  const started = performance.now()
  const headers: Record<string, string> = { 'user-agent': 'fly-webrtc-probe' }
  if (options.healthToken) headers.authorization = `Bearer ${options.healthToken}`
  const where = `${url.origin}${url.pathname}`
  return new Promise((resolve, reject) => {
    const onResponse = (response: http.IncomingMessage): void => {
      const rttMs = elapsedMs(started)
      readBody(response).then((body) => {
        resolve({ status: response.statusCode ?? 0, body, rttMs })
      }, reject)
    }
    const common = { headers, timeout: timeoutMs, signal: options.signal }
    const request =
      url.protocol === 'https:'
        ? https.get(
            url,
            {
              ...common,
              ca: options.tls?.ca,
              servername: options.tls?.servername,
              rejectUnauthorized: !options.tls?.insecure
            },
            onResponse
          )
        : http.get(url, common, onResponse)
    request.on('timeout', () => {
      request.destroy(new ProbeFailure('unreachable', `${where} did not answer in ${timeoutMs} ms`))
    })
    request.on('error', (error: NodeJS.ErrnoException) => reject(httpFailure(error, url)))
  })
}

/** The body, up to MAX_BODY_BYTES (the rest is read and dropped). */
function readBody(response: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    response.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    response.on('error', reject)
  })
}

/** A request error, named for the timeline. */
function httpFailure(error: NodeJS.ErrnoException, url: URL): ProbeFailure {
  if (error instanceof ProbeFailure) return error
  const where = `${url.origin}${url.pathname}`
  const code = error.code
  if (code === 'ECONNREFUSED') {
    return new ProbeFailure('refused', `${where} refused the connection`, code)
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new ProbeFailure('dns-error', `cannot resolve ${url.hostname} (${code})`, code)
  }
  if (code === 'ABORT_ERR') return new ProbeFailure('aborted', 'aborted', code)
  if (tlsFailureKind(code)) {
    return new ProbeFailure('tls-error', `${where}: ${error.message} (${code})`, code)
  }
  return new ProbeFailure('unreachable', `${where}: ${error.message}`, code)
}
