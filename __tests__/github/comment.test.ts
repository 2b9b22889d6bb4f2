import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { isPullRequestClosed } from '../../src/github/api.js'
import {
  commentMarker,
  renderPreviewComment,
  upsertPullRequestComment,
  workflowRunUrl
} from '../../src/github/comment.js'

/**
 * A small stand-in for the GitHub REST API on 127.0.0.1: issue comments (list with per_page,
 * page and Link headers as GitHub sends them, create, update) and pull requests. It records
 * every request so tests can assert what the client sent.
 */
interface StoredComment {
  id: number
  body: string
  html_url: string
}

interface FakeGitHub {
  comments: Map<number, StoredComment[]>
  pullStates: Map<number, string>
  requests: { method: string; path: string; authorization?: string }[]
  /** GitHub allows 100 a page; a smaller cap makes pagination testable with a few comments. */
  pageSizeCap: number
  /** Answer every request with this status and message instead (permission tests). */
  failWith?: { status: number; message: string }
  /** Never answer (timeout tests). */
  hang: boolean
  /** Replace the origin of `rel="next"` links (token-leak guard test). */
  nextLinkOrigin?: string
  /** Path prefix, as on GitHub Enterprise Server (`/api/v3`). */
  prefix: string
}

const REPO = 'acme/turn-infra'
let server: Server
let origin: string
let gh: FakeGitHub
let nextId = 1000

function reset(): void {
  gh = {
    comments: new Map(),
    pullStates: new Map(),
    requests: [],
    pageSizeCap: 100,
    hang: false,
    prefix: ''
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  // `connection: close`: afterEach drops open sockets, and a pooled keep-alive socket would fail.
  res.writeHead(status, { 'content-type': 'application/json', connection: 'close', ...headers })
  res.end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', origin)
  gh.requests.push({
    method: req.method ?? '',
    path: url.pathname + url.search,
    authorization: req.headers.authorization
  })
  if (gh.hang) return
  if (gh.failWith) return send(res, gh.failWith.status, { message: gh.failWith.message })
  if (!url.pathname.startsWith(`${gh.prefix}/repos/${REPO}/`))
    return send(res, 404, { message: 'Not Found' })
  const rest = url.pathname.slice(`${gh.prefix}/repos/${REPO}/`.length)

  let match = /^issues\/(\d+)\/comments$/.exec(rest)
  if (match && req.method === 'GET') {
    const all = gh.comments.get(Number(match[1])) ?? []
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), gh.pageSizeCap)
    const page = Number(url.searchParams.get('page') ?? 1)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const links: string[] = []
    if (page < last) {
      const next = new URL(url.pathname, gh.nextLinkOrigin ?? origin)
      next.searchParams.set('per_page', String(perPage))
      next.searchParams.set('page', String(page + 1))
      links.push(`<${next.href}>; rel="next"`)
    }
    const headers = links.length > 0 ? { link: links.join(', ') } : {}
    return send(res, 200, all.slice((page - 1) * perPage, page * perPage), headers)
  }
  if (match && req.method === 'POST') {
    const prNumber = Number(match[1])
    const { body } = JSON.parse(await readBody(req)) as { body: string }
    const id = nextId++
    const comment = {
      id,
      body,
      html_url: `https://github.com/${REPO}/pull/${prNumber}#issuecomment-${id}`
    }
    gh.comments.set(prNumber, [...(gh.comments.get(prNumber) ?? []), comment])
    return send(res, 201, comment)
  }
  match = /^issues\/comments\/(\d+)$/.exec(rest)
  if (match && req.method === 'PATCH') {
    const id = Number(match[1])
    const comment = [...gh.comments.values()].flat().find((c) => c.id === id)
    if (!comment) return send(res, 404, { message: 'Not Found' })
    comment.body = (JSON.parse(await readBody(req)) as { body: string }).body
    return send(res, 200, comment)
  }
  match = /^pulls\/(\d+)$/.exec(rest)
  if (match && req.method === 'GET') {
    const state = gh.pullStates.get(Number(match[1]))
    return state
      ? send(res, 200, { number: Number(match[1]), state })
      : send(res, 404, { message: 'Not Found' })
  }
  send(res, 404, { message: 'Not Found' })
}

beforeAll(async () => {
  reset()
  server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterEach(() => {
  // Drop sockets a hanging test left open, then start the next test with an empty API.
  server.closeAllConnections()
  reset()
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

function seed(prNumber: number, bodies: string[]): void {
  gh.comments.set(
    prNumber,
    bodies.map((body) => ({
      id: nextId++,
      body,
      html_url: `https://github.com/${REPO}/pull/${prNumber}`
    }))
  )
}

function target(overrides: Partial<Parameters<typeof upsertPullRequestComment>[0]> = {}) {
  return {
    apiUrl: origin,
    token: 'ghs_test_token',
    repo: REPO,
    prNumber: 12,
    app: 'turn-pr-12',
    body: 'first',
    ...overrides
  }
}

describe('upsertPullRequestComment', () => {
  test('creates one comment, then updates it in place on later runs', async () => {
    seed(12, ['LGTM', 'please add a preview'])
    const first = await upsertPullRequestComment(target({ body: 'run 1' }))
    expect(first.action).toBe('created')
    expect(first.url).toMatch(/#issuecomment-\d+$/)
    expect(first.warning).toBeUndefined()

    const second = await upsertPullRequestComment(target({ body: 'run 2' }))
    const third = await upsertPullRequestComment(target({ body: 'run 3' }))
    expect(second).toEqual({ action: 'updated', url: first.url })
    expect(third.action).toBe('updated')

    const comments = gh.comments.get(12) ?? []
    expect(comments).toHaveLength(3)
    expect(comments.map((c) => c.body)).toEqual([
      'LGTM',
      'please add a preview',
      `${commentMarker('turn-pr-12')}\nrun 3`
    ])
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
    expect(gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2)
    expect(gh.requests.every((r) => r.authorization === 'Bearer ghs_test_token')).toBe(true)
  })

  test('finds its comment on a later page by following Link headers', async () => {
    gh.pageSizeCap = 2
    const marked = `${commentMarker('turn-pr-12')}\nold result`
    seed(12, ['a', 'b', 'c', 'd', marked, 'f'])
    const result = await upsertPullRequestComment(target({ body: 'new result' }))
    expect(result.action).toBe('updated')
    const lists = gh.requests.filter((r) => r.method === 'GET')
    expect(lists.map((r) => r.path)).toEqual([
      `/repos/${REPO}/issues/12/comments?per_page=100`,
      `/repos/${REPO}/issues/12/comments?per_page=2&page=2`,
      `/repos/${REPO}/issues/12/comments?per_page=2&page=3`
    ])
    expect(gh.comments.get(12)?.map((c) => c.body)).toEqual([
      'a',
      'b',
      'c',
      'd',
      `${commentMarker('turn-pr-12')}\nnew result`,
      'f'
    ])
  })

  test('reads every page before deciding to create', async () => {
    gh.pageSizeCap = 2
    seed(12, ['a', 'b', 'c', 'd', 'e'])
    const result = await upsertPullRequestComment(target())
    expect(result.action).toBe('created')
    expect(gh.requests.filter((r) => r.method === 'GET')).toHaveLength(3)
    expect(gh.comments.get(12)).toHaveLength(6)
  })

  test('keeps one comment per app: another preview in the same PR gets its own', async () => {
    await upsertPullRequestComment(target({ app: 'turn-pr-12', body: 'turn' }))
    await upsertPullRequestComment(target({ app: 'media-pr-12', body: 'media' }))
    await upsertPullRequestComment(target({ app: 'turn-pr-12', body: 'turn again' }))
    expect(gh.comments.get(12)?.map((c) => c.body)).toEqual([
      `${commentMarker('turn-pr-12')}\nturn again`,
      `${commentMarker('media-pr-12')}\nmedia`
    ])
  })

  test('does not add the marker twice when the body already has it', async () => {
    const body = `${commentMarker('turn-pr-12')}\nhello`
    await upsertPullRequestComment(target({ body }))
    expect(gh.comments.get(12)?.[0].body).toBe(body)
  })

  test('works under a GitHub Enterprise Server API prefix', async () => {
    gh.prefix = '/api/v3'
    const result = await upsertPullRequestComment(target({ apiUrl: `${origin}/api/v3/` }))
    expect(result.action).toBe('created')
    expect(gh.requests[0].path).toBe(`/api/v3/repos/${REPO}/issues/12/comments?per_page=100`)
  })

  test('never follows a next link to another origin (it would receive the token)', async () => {
    gh.pageSizeCap = 1
    gh.nextLinkOrigin = 'http://127.0.0.2:9'
    seed(12, ['a', `${commentMarker('turn-pr-12')}\nold`])
    const result = await upsertPullRequestComment(target())
    // Pagination stops at the foreign link, so the marked comment on page 2 is not seen.
    expect(result.action).toBe('created')
    expect(gh.requests.filter((r) => r.method === 'GET')).toHaveLength(1)
  })

  test.each([
    [403, 'Resource not accessible by integration'],
    [404, 'Not Found']
  ])('HTTP %p is a warning with the permission fix, not an exception', async (status, message) => {
    gh.failWith = { status, message }
    const result = await upsertPullRequestComment(target())
    expect(result.action).toBe('skipped')
    expect(result.url).toBeUndefined()
    expect(result.warning).toContain(`HTTP ${status}: ${message}`)
    expect(result.warning).toContain('permissions: pull-requests: write')
    expect(result.warning).toMatch(/fork/)
    expect(result.warning).toContain('deploy itself is not affected')
    expect(result.warning).not.toContain('ghs_test_token')
  })

  test('HTTP 401 says the token was rejected', async () => {
    gh.failWith = { status: 401, message: 'Bad credentials' }
    const result = await upsertPullRequestComment(target())
    expect(result).toMatchObject({ action: 'skipped' })
    expect(result.warning).toMatch(/HTTP 401: Bad credentials\): the github-token was rejected/)
  })

  test('a server error is a warning too', async () => {
    gh.failWith = { status: 502, message: 'Server Error' }
    // Retried first (github/retry.ts); short waits keep the test fast.
    const result = await upsertPullRequestComment(target({ retry: { baseDelayMs: 1 } }))
    expect(result.action).toBe('skipped')
    expect(result.warning).toMatch(/answered HTTP 502: Server Error/)
    expect(gh.requests).toHaveLength(4)
  })

  test('an API that never answers gives up after the timeout with a warning', async () => {
    gh.hang = true
    const started = Date.now()
    const result = await upsertPullRequestComment(target({ timeoutMs: 300 }))
    expect(Date.now() - started).toBeLessThan(5000)
    expect(result.action).toBe('skipped')
    expect(result.warning).toMatch(/could not be reached/)
  })

  test('no token: skipped with a warning, and no request made', async () => {
    const result = await upsertPullRequestComment(target({ token: '' }))
    expect(result.action).toBe('skipped')
    expect(result.warning).toMatch(/No github-token/)
    expect(gh.requests).toHaveLength(0)
  })

  test('a malformed repository is a programming error, thrown before any request', async () => {
    await expect(upsertPullRequestComment(target({ repo: 'acme' }))).rejects.toThrow(
      /not of the form owner\/name/
    )
    expect(gh.requests).toHaveLength(0)
  })

  test('a body over GitHub’s 65,536-character limit is cut, not rejected', async () => {
    const result = await upsertPullRequestComment(target({ body: 'x'.repeat(100_000) }))
    expect(result.action).toBe('created')
    const stored = gh.comments.get(12)?.[0].body ?? ''
    expect(stored.length).toBeLessThanOrEqual(65_536)
    expect(stored.startsWith(commentMarker('turn-pr-12'))).toBe(true)
    expect(stored).toMatch(/truncated/)
  })
})

describe('isPullRequestClosed', () => {
  test.each([
    ['closed', true],
    ['open', false]
  ])('state %p -> %p', async (state, expected) => {
    gh.pullStates.set(12, state)
    await expect(isPullRequestClosed(target())).resolves.toBe(expected)
    expect(gh.requests[0].path).toBe(`/repos/${REPO}/pulls/12`)
  })

  test('unknown PR, forbidden, unreachable or no token -> undefined', async () => {
    await expect(isPullRequestClosed(target({ prNumber: 404 }))).resolves.toBeUndefined()
    gh.failWith = { status: 403, message: 'Forbidden' }
    await expect(isPullRequestClosed(target())).resolves.toBeUndefined()
    await expect(
      isPullRequestClosed(target({ apiUrl: 'http://127.0.0.1:9' }))
    ).resolves.toBeUndefined()
    await expect(isPullRequestClosed(target({ token: '' }))).resolves.toBeUndefined()
  })
})

describe('renderPreviewComment', () => {
  const ready = {
    status: 'ready' as const,
    app: 'turn-pr-12',
    hostname: 'turn-pr-12.fly.dev',
    ipv4: '137.66.1.2',
    stunUrl: 'stun:137.66.1.2:3478',
    turnUrls: ['turn:137.66.1.2:3478?transport=udp', 'turn:137.66.1.2:3478?transport=tcp'],
    probe: { ok: true, verdict: 'TURN allocate over udp answered in 23 ms after 41 s' },
    timelineMermaid: 'gantt\n  title Probe\n  attempt 1 :crit, 0, 2s',
    release: { version: 4, image: 'coturn/coturn:4.6.3' },
    runUrl: workflowRunUrl('https://github.com/', REPO, 987654),
    commitSha: '0beec7b5ea3f0fdbc95d0dd47f3c5bc275da8a33',
    updatedAt: new Date('2026-11-20T10:05:33Z')
  }

  test('a ready preview shows everything a reviewer needs', () => {
    const body = renderPreviewComment(ready)
    expect(body).toContain('### ✅ Preview ready: `turn-pr-12`')
    expect(body).toContain('| App | [`turn-pr-12`](https://fly.io/apps/turn-pr-12) |')
    expect(body).toContain('| Address | `137.66.1.2` · `turn-pr-12.fly.dev` |')
    expect(body).toContain('| STUN | `stun:137.66.1.2:3478` |')
    expect(body).toContain(
      '| TURN | `turn:137.66.1.2:3478?transport=udp`<br>`turn:137.66.1.2:3478?transport=tcp` |'
    )
    expect(body).toContain('| Probe | ✅ TURN allocate over udp answered in 23 ms after 41 s |')
    expect(body).toContain('| Release | v4 · `coturn/coturn:4.6.3` |')
    expect(body).toContain('| Commit | `0beec7b5ea3f` |')
    expect(body).toContain('```mermaid\ngantt\n  title Probe\n  attempt 1 :crit, 0, 2s\n```')
    expect(body).toContain(`[Workflow run](https://github.com/${REPO}/actions/runs/987654)`)
    expect(body).toContain('updated 2026-11-20 10:05 UTC')
  })

  test('a mermaid block that already has its fence is used as it is', () => {
    const body = renderPreviewComment({ ...ready, timelineMermaid: '```mermaid\ngantt\n```' })
    expect(body).toContain('```mermaid\ngantt\n```')
    expect(body).not.toContain('```mermaid\n```mermaid')
  })

  test('a failed probe shows a cross, and table breakers are escaped', () => {
    const body = renderPreviewComment({
      ...ready,
      status: 'failed',
      probe: { ok: false, verdict: 'no answer | 12 attempts\nlast: timeout' },
      details: ['The server never answered on udp/3478.']
    })
    expect(body).toContain('### ❌ Preview failed')
    expect(body).toContain('| Probe | ❌ no answer \\| 12 attempts<br>last: timeout |')
    expect(body).toContain('\nThe server never answered on udp/3478.\n')
  })

  test('a destroyed preview lists only what is left to say', () => {
    const body = renderPreviewComment({
      ...ready,
      status: 'destroyed',
      details: ['Released 137.66.1.2 and destroyed turn-pr-12.']
    })
    expect(body).toContain('### 🧹 Preview destroyed: `turn-pr-12`')
    expect(body).toContain('Released 137.66.1.2 and destroyed turn-pr-12.')
    expect(body).not.toContain('STUN')
    expect(body).not.toContain('mermaid')
  })

  test('optional parts are left out rather than shown empty', () => {
    const body = renderPreviewComment({ status: 'rolled-back', app: 'turn-pr-12' })
    expect(body).toBe(
      '### ⚠️ Preview rolled back to the previous release: `turn-pr-12`\n\n| | |\n|---|---|\n' +
        '| App | [`turn-pr-12`](https://fly.io/apps/turn-pr-12) |\n'
    )
  })
})
