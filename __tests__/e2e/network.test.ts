/**
 * The bundled action's GitHub calls behave like the runner's: the preview's pull-request comment
 * goes through HTTPS_PROXY/HTTP_PROXY unless NO_PROXY names the API's host, and it survives a 502
 * and a rate limit. Against the simulator, a fake GitHub and a proxy, all on loopback
 * (test/http-proxy.ts explains why the fake GitHub is addressed as 0.0.0.0).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { runWithSim } from '../../test/e2e.js'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'
import { FakeGitHub } from '../../test/github-api.js'
import { proxiedUrl, TestProxy } from '../../test/http-proxy.js'

const EVENTS = path.resolve(import.meta.dirname, '../fixtures/events')
const opened = {
  name: 'pull_request',
  payload: JSON.parse(
    readFileSync(path.join(EVENTS, 'pull_request.opened.json'), 'utf8')
  ) as unknown
}

let sim: Sim
let github: FakeGitHub
let proxy: TestProxy

beforeAll(async () => {
  sim = createSim()
  github = await new FakeGitHub().start()
  proxy = await new TestProxy().start()
})
afterAll(async () => {
  await sim.stop()
  await github.close()
  await proxy.close()
})

function preview(env: Record<string, string>) {
  return runWithSim(
    sim,
    {
      app: 'turn',
      preview: 'true',
      preset: 'coturn',
      secrets: 'AUTH_SECRET=network-secret-55',
      'github-token': 'ghs_test',
      'probe-timeout': '15s'
    },
    { event: opened, env: { GITHUB_API_URL: proxiedUrl(github.url), ...env } }
  )
}

test('with HTTP_PROXY the comment goes through the proxy', async () => {
  proxy.seen.length = 0
  const run = await preview({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url })
  expect(run.exitCode).toBe(0)
  expect(github.comments.get(12)).toHaveLength(1)
  const host = new URL(proxiedUrl(github.url)).host
  // One tunnel per request: list the PR's comments, then create one.
  expect(proxy.seen).toEqual([`CONNECT ${host}`, `CONNECT ${host}`])
  expect(github.requests.slice(-2)).toEqual([
    'GET /repos/acme/webrtc/issues/12/comments',
    'POST /repos/acme/webrtc/issues/12/comments'
  ])
}, 60_000)

test('with NO_PROXY naming the API host the proxy sees nothing, and the comment is updated', async () => {
  proxy.seen.length = 0
  const run = await preview({ HTTP_PROXY: proxy.url, NO_PROXY: 'github.internal,0.0.0.0' })
  expect(run.exitCode).toBe(0)
  expect(proxy.seen).toEqual([])
  expect(github.comments.get(12)).toHaveLength(1)
  expect(github.requests.at(-1)).toMatch(/^PATCH \/repos\/acme\/webrtc\/issues\/comments\/\d+$/)
}, 60_000)

test('a 502 and a 429 are retried, and the comment is still written', async () => {
  github.faults.push(
    { status: 502, message: 'Server Error' },
    { status: 429, message: 'Too many requests', headers: { 'retry-after': '1' } }
  )
  const before = github.requests.length
  const run = await preview({})
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toContain(
    'The pull-request comment got HTTP 502: Server Error; trying again in 1 s'
  )
  expect(run.stdout).toContain(
    'The pull-request comment got HTTP 429: Too many requests; trying again in 1 s'
  )
  expect(run.stdout).toMatch(/Pull-request comment updated/)
  expect(github.requests.slice(before).map((r) => r.split(' ')[0])).toEqual([
    'GET',
    'GET',
    'GET',
    'PATCH'
  ])
  expect(github.comments.get(12)).toHaveLength(1)
}, 60_000)
