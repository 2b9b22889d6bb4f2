/**
 * One HTTP(S) request with a deadline for the whole exchange, for the http check and Fishjam's REST API: the TLS
 * settings of the probe apply, the bearer token is sent and never logged, and every failure is a
 * ProbeFailure naming an Outcome.
 */
import http from 'node:http'
import https from 'node:https'
import { ProbeFailure } from './failure.js'
import { tlsFailureKind, tlsFailureText } from './tls-failure.js'
import { elapsedMs, lookupBy, type TlsSettings } from './transport/index.js'

const MAX_BODY_BYTES = 64 * 1024

export interface HttpRequest {
  method: 'GET' | 'POST' | 'DELETE'
  url: URL
  /** Sent as `Authorization: Bearer <token>`; a secret. */
  token?: string
  /** Sent as JSON with `Content-Type: application/json`. */
  json?: unknown
  timeoutMs: number
  tls?: TlsSettings
  signal?: AbortSignal
}

export interface HttpAnswer {
  status: number
  body: string
  /** From sending the request to the response head. */
  rttMs: number
}

/** "https://host/path": where a request went, without query or credentials. */
export function whereOf(url: URL): string {
  return `${url.origin}${url.pathname}`
}

/**
 * One request, bounded as a whole: name resolution, connect, TLS handshake, headers and body all
 * end by `timeoutMs`, so a server that trickles its body (or its headers) cannot hold the probe
 * past its deadline. Node's own `timeout` option is an idle timer, which a trickle keeps resetting.
 */
export function httpRequest(r: HttpRequest): Promise<HttpAnswer> {
  const started = performance.now()
  const body = r.json === undefined ? undefined : Buffer.from(JSON.stringify(r.json), 'utf8')
  const headers: Record<string, string> = { 'user-agent': 'fly-webrtc-probe' }
  if (r.token) headers.authorization = `Bearer ${r.token}`
  if (body) {
    headers['content-type'] = 'application/json'
    headers['content-length'] = String(body.length)
  }
  const stop = new AbortController()
  const signal = r.signal ? AbortSignal.any([r.signal, stop.signal]) : stop.signal
  const lookup = lookupBy(Date.now() + r.timeoutMs, r.signal)
  return new Promise((resolve, reject) => {
    let answered = false
    const timer = setTimeout(() => {
      const what = answered ? 'sent its headers but not its whole body' : 'did not answer'
      reject(new ProbeFailure('unreachable', `${whereOf(r.url)} ${what} in ${r.timeoutMs} ms`))
      stop.abort()
    }, r.timeoutMs)
    const fail = (error: NodeJS.ErrnoException): void => {
      clearTimeout(timer)
      reject(httpFailure(error, r.url))
    }
    const onResponse = (response: http.IncomingMessage): void => {
      const rttMs = elapsedMs(started)
      answered = true
      readBody(response).then((text) => {
        clearTimeout(timer)
        resolve({ status: response.statusCode ?? 0, body: text, rttMs })
      }, fail)
    }
    // A promise settles once: whatever comes after the first outcome (the abort's error) is moot.
    const common = { method: r.method, headers, signal, lookup }
    const request =
      r.url.protocol === 'https:'
        ? https.request(
            r.url,
            {
              ...common,
              ca: r.tls?.ca,
              servername: r.tls?.servername,
              rejectUnauthorized: !r.tls?.insecure
            },
            onResponse
          )
        : http.request(r.url, common, onResponse)
    request.on('error', fail)
    request.end(body)
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
    response.on('aborted', () => reject(new Error('the connection closed before the body ended')))
  })
}

/** A request error, named for the timeline. */
export function httpFailure(error: NodeJS.ErrnoException, url: URL): ProbeFailure {
  if (error instanceof ProbeFailure) return error
  const where = whereOf(url)
  const code = error.code
  if (code === 'ECONNREFUSED') {
    return new ProbeFailure('refused', `${where} refused the connection`, code)
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new ProbeFailure('dns-error', `cannot resolve ${url.hostname} (${code})`, code)
  }
  if (code === 'ABORT_ERR') return new ProbeFailure('aborted', 'aborted', code)
  if (tlsFailureKind(code)) {
    return new ProbeFailure('tls-error', `${where}: ${tlsFailureText(code, error.message)}`, code)
  }
  return new ProbeFailure('unreachable', `${where}: ${error.message}`, code)
}
