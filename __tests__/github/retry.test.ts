/**
 * The pull-request comment survives GitHub's bad moments: server errors and rate limits are
 * retried with bounded waits, a create that was stored despite its 502 is not repeated, and what
 * a retry cannot fix (401, 404, a wait of an hour) is given up at once.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { GitHubHttpError } from '../../src/github/api.js'
import { upsertPullRequestComment } from '../../src/github/comment.js'
import { COMMENT_RETRY, retryDelayMs, withRetries } from '../../src/github/retry.js'
import { FakeGitHub } from '../../test/github-api.js'

const NOW = Date.parse('2026-12-03T10:00:00Z')
const error = (status: number, message = '', headers: Record<string, string> = {}) =>
  new GitHubHttpError(status, message, headers)

describe('retryDelayMs', () => {
  test.each([
    ['502, first retry: the base delay', error(502), 1, 1000],
    ['503, third retry: doubled twice', error(503), 3, 4000],
    ['429 with retry-after seconds', error(429, '', { 'retry-after': '7' }), 1, 7000],
    [
      '429 with retry-after as a date',
      error(429, '', { 'retry-after': 'Thu, 03 Dec 2026 10:00:05 GMT' }),
      1,
      5000
    ],
    [
      '403 primary rate limit: until x-ratelimit-reset',
      error(403, 'API rate limit exceeded', {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(NOW / 1000 + 12)
      }),
      1,
      12_000
    ],
    [
      '403 secondary rate limit named only by its message',
      error(403, 'You have exceeded a secondary rate limit'),
      2,
      2000
    ],
    [
      '403 without a rate limit: permissions, no retry',
      error(403, 'Resource not accessible'),
      1,
      undefined
    ],
    ['401: no retry', error(401, 'Bad credentials'), 1, undefined],
    ['404: no retry', error(404, 'Not Found'), 1, undefined],
    ['a network error: no retry', new Error('connect ECONNREFUSED'), 1, undefined]
  ])('%s', (_name, thrown, attempt, expected) => {
    expect(retryDelayMs(thrown, attempt, COMMENT_RETRY, NOW)).toBe(expected)
  })
})

describe('withRetries', () => {
  const policy = { attempts: 3, baseDelayMs: 100, maxWaitMs: 1000 }

  test('retries until success and reports each wait', async () => {
    const waits: number[] = []
    const heard: number[] = []
    let calls = 0
    const result = await withRetries(
      policy,
      () => (++calls < 3 ? Promise.reject(error(502)) : Promise.resolve('ok')),
      (_error, delay) => heard.push(delay),
      (ms) => Promise.resolve(void waits.push(ms))
    )
    expect(result).toBe('ok')
    expect(waits).toEqual([100, 200])
    expect(heard).toEqual(waits)
  })

  test('gives up after the last attempt, or at once when GitHub asks for too long a wait', async () => {
    const sleep = () => Promise.resolve()
    let calls = 0
    const always502 = () => (calls++, Promise.reject(error(502)))
    await expect(withRetries(policy, always502, undefined, sleep)).rejects.toThrow('HTTP 502')
    expect(calls).toBe(3)
    calls = 0
    const hourLong = () => (calls++, Promise.reject(error(429, '', { 'retry-after': '3600' })))
    await expect(withRetries(policy, hourLong, undefined, sleep)).rejects.toThrow('HTTP 429')
    expect(calls).toBe(1)
  })
})

describe('upsertPullRequestComment against a flaky GitHub', () => {
  let github: FakeGitHub
  const notes: string[] = []
  const upsert = (body: string) =>
    upsertPullRequestComment({
      apiUrl: github.url,
      token: 'ghs_test',
      repo: 'acme/webrtc',
      prNumber: 7,
      app: 'turn-pr-7',
      body,
      retry: { baseDelayMs: 20 },
      onRetry: (note) => notes.push(note)
    })

  beforeAll(async () => {
    github = await new FakeGitHub().start()
  })
  afterEach(() => {
    github.comments.clear()
    github.faults.length = 0
    github.requests.length = 0
    notes.length = 0
  })
  afterAll(() => github.close())

  test('a 502 and then a 429 are waited out, and the comment is written', async () => {
    github.faults.push(
      { status: 502, message: 'Server Error' },
      { status: 429, headers: { 'retry-after': '0' }, message: 'Too many requests' }
    )
    const result = await upsert('ready')
    expect(result).toMatchObject({ action: 'created' })
    expect(github.comments.get(7)?.map((c) => c.body)).toEqual([
      '<!-- fly-webrtc-deploy:turn-pr-7 -->\nready'
    ])
    expect(github.requests).toEqual([
      'GET /repos/acme/webrtc/issues/7/comments',
      'GET /repos/acme/webrtc/issues/7/comments',
      'GET /repos/acme/webrtc/issues/7/comments',
      'POST /repos/acme/webrtc/issues/7/comments'
    ])
    expect(notes).toEqual([
      'The pull-request comment got HTTP 502: Server Error; trying again in 0 s',
      'The pull-request comment got HTTP 429: Too many requests; trying again in 0 s'
    ])
  })

  test('a create that GitHub stored but answered 502 is updated on the retry, not repeated', async () => {
    github.faults.push({ status: 502, method: 'POST', afterHandling: true })
    const result = await upsert('ready')
    expect(result.action).toBe('updated')
    const [stored] = github.comments.get(7) ?? []
    expect(github.comments.get(7)).toHaveLength(1)
    expect(github.requests.filter((r) => !r.startsWith('GET'))).toEqual([
      'POST /repos/acme/webrtc/issues/7/comments',
      `PATCH /repos/acme/webrtc/issues/comments/${stored.id}`
    ])
  })

  test('a rate limit that outlasts the retries is a warning that says so', async () => {
    for (let i = 0; i < 4; i++) {
      github.faults.push({ status: 403, message: 'API rate limit exceeded for installation' })
    }
    const result = await upsert('ready')
    expect(result.action).toBe('skipped')
    expect(result.warning).toMatch(
      /rate limit \(HTTP 403: API rate limit exceeded.*outlasted the retries/
    )
    expect(github.requests).toHaveLength(COMMENT_RETRY.attempts)
  })

  test('a permission error is not retried', async () => {
    github.faults.push({ status: 403, message: 'Resource not accessible by integration' })
    const result = await upsert('ready')
    expect(result.warning).toMatch(/pull-requests: write/)
    expect(github.requests).toHaveLength(1)
  })
})
