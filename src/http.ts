/**
 * HTTP requests made the way the runner makes them: through @actions/http-client, the toolkit's
 * client (already bundled for @actions/tool-cache's downloads), which honours HTTPS_PROXY,
 * HTTP_PROXY and NO_PROXY as self-hosted runners behind a proxy need. Node 20's global fetch
 * ignores those variables. No retries here: the callers decide what is worth repeating.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http'
import { HttpClient } from '@actions/http-client'

const USER_AGENT = 'fly-webrtc-deploy'

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PATCH'
  url: string
  headers?: OutgoingHttpHeaders
  body?: string
  /** The connection may stay silent this long before the request fails. */
  timeoutMs: number
}

export interface HttpAnswer {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/** Resolves with any HTTP status; rejects only when no answer came (network, proxy, timeout). */
export async function httpRequest(request: HttpRequest): Promise<HttpAnswer> {
  // A client per request: nothing is kept alive, so no socket outlives the run's last request.
  const client = new HttpClient(USER_AGENT, undefined, {
    socketTimeout: request.timeoutMs,
    allowRetries: false,
    keepAlive: false
  })
  try {
    const response = await client.request(
      request.method,
      request.url,
      request.body ?? null,
      request.headers ?? {}
    )
    const body = await response.readBody()
    return { status: response.message.statusCode ?? 0, headers: response.message.headers, body }
  } finally {
    client.dispose()
  }
}

/** One header's value (the first, when repeated). */
export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()]
  return Array.isArray(value) ? value[0] : value
}
