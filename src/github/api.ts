/**
 * The GitHub REST API, the one module that calls it: requests with the run's token against
 * GITHUB_API_URL (so GHES works and tests can stand a local server in for GitHub), typed HTTP
 * errors, pagination, and the pull-request state `reap` asks for. Requests go through
 * @actions/http-client, the toolkit's client, which honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY
 * as self-hosted runners behind a proxy need (Node 20's global fetch ignores them).
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http'
import { HttpClient } from '@actions/http-client'
import { ActionError } from '../errors.js'
import type { RetryPolicy } from './retry.js'

export interface GitHubTarget {
  /** GITHUB_API_URL, e.g. `https://api.github.com` or `https://ghe.example/api/v3`. */
  apiUrl: string
  token: string
  /** `owner/name` (GITHUB_REPOSITORY). */
  repo: string
  prNumber: number
  /** Per request; default 15 s. */
  timeoutMs?: number
  /** Overrides of the comment's retry policy (github/retry.ts), e.g. shorter waits in tests. */
  retry?: Partial<RetryPolicy>
}

const DEFAULT_TIMEOUT_MS = 15_000

export class GitHubHttpError extends Error {
  constructor(
    readonly status: number,
    readonly apiMessage: string,
    /** The answer's headers: `retry-after` and `x-ratelimit-*` say when to try again. */
    readonly headers: IncomingHttpHeaders = {}
  ) {
    super(`HTTP ${status}${apiMessage ? `: ${apiMessage}` : ''}`)
  }

  header(name: string): string | undefined {
    return headerValue(this.headers, name)
  }
}

export interface GitHubResponse {
  json: unknown
  link: string | null
}

export function repoPath(repo: string): string {
  const parts = repo.split('/')
  if (parts.length !== 2 || parts.some((part) => !/^[A-Za-z0-9._-]+$/.test(part))) {
    throw new ActionError('invalid-input', `repository '${repo}' is not of the form owner/name`)
  }
  return `repos/${parts.map(encodeURIComponent).join('/')}`
}

export function endpoint(target: GitHubTarget, path: string): string {
  return `${target.apiUrl.replace(/\/+$/, '')}/${repoPath(target.repo)}/${path}`
}

export async function request(
  target: GitHubTarget,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  body?: unknown
): Promise<GitHubResponse> {
  const answer = await send({
    method,
    url,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${target.token}`,
      'x-github-api-version': '2022-11-28',
      ...(body === undefined ? {} : { 'content-type': 'application/json' })
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    timeoutMs: target.timeoutMs ?? DEFAULT_TIMEOUT_MS
  })
  let json: unknown
  try {
    json = answer.body === '' ? undefined : JSON.parse(answer.body)
  } catch {
    json = undefined
  }
  if (answer.status < 200 || answer.status > 299) {
    const message = (json as { message?: unknown } | undefined)?.message
    const apiMessage = typeof message === 'string' ? message : ''
    throw new GitHubHttpError(answer.status, apiMessage, answer.headers)
  }
  return { json, link: headerValue(answer.headers, 'link') ?? null }
}

interface Exchange {
  method: 'GET' | 'POST' | 'PATCH'
  url: string
  headers: OutgoingHttpHeaders
  body?: string
  timeoutMs: number
}

/** One request, whatever the status; rejects only when no answer came (network, proxy, timeout). */
async function send(
  exchange: Exchange
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  // A client per request, nothing kept alive: no socket outlives the run's last request.
  const client = new HttpClient('fly-webrtc-deploy', undefined, {
    socketTimeout: exchange.timeoutMs,
    allowRetries: false,
    keepAlive: false
  })
  try {
    const { method, url, body, headers } = exchange
    const response = await client.request(method, url, body ?? null, headers)
    const text = await response.readBody()
    return {
      status: response.message.statusCode ?? 0,
      headers: response.message.headers,
      body: text
    }
  } finally {
    client.dispose()
  }
}

/** One header's value (the first, when repeated). */
export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()]
  return Array.isArray(value) ? value[0] : value
}

/** The `rel="next"` URL of a Link header, only when it stays on the API's origin (it gets the token). */
export function nextPageUrl(link: string | null, apiUrl: string): string | undefined {
  if (!link) return undefined
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)
    if (match && new URL(match[1]).origin === new URL(apiUrl).origin) return match[1]
  }
  return undefined
}

/**
 * Whether the pull request is closed (merged PRs are closed too); undefined when GitHub cannot
 * tell us (no token, no permission, network error), so `reap` falls back to age alone.
 */
export async function isPullRequestClosed(target: GitHubTarget): Promise<boolean | undefined> {
  if (!target.token) return undefined
  try {
    const { json } = await request(target, 'GET', endpoint(target, `pulls/${target.prNumber}`))
    const state = (json as { state?: unknown } | undefined)?.state
    return state === 'closed' ? true : state === 'open' ? false : undefined
  } catch {
    return undefined
  }
}
