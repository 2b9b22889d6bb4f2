/**
 * HTTP for the flyctl installer's release lookups, made the way the runner makes requests:
 * through @actions/http-client, the toolkit's client that @actions/tool-cache downloads with,
 * which honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY as self-hosted runners behind a proxy need
 * (Node 20's global fetch ignores them).
 */
import { HttpClient } from '@actions/http-client'

const TIMEOUT_MS = 15_000

/** The body of a 200 answer; anything else, or no answer, throws. */
export async function getText(url: string, headers: Record<string, string>): Promise<string> {
  // A client per request, nothing kept alive: no socket outlives the lookup.
  const client = new HttpClient('fly-webrtc-deploy', undefined, {
    socketTimeout: TIMEOUT_MS,
    allowRetries: false,
    keepAlive: false
  })
  try {
    const response = await client.get(url, headers)
    const body = await response.readBody()
    if (response.message.statusCode !== 200) throw new Error(`HTTP ${response.message.statusCode}`)
    return body
  } finally {
    client.dispose()
  }
}

export function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}

/** An error as one line, with the reason some errors keep in their cause (ECONNREFUSED). */
export function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return `${error.message}${cause}`
}
