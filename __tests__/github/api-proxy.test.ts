/**
 * The GitHub REST calls go through the proxy the runner is configured with, as @actions/tool-cache's
 * downloads do: HTTP_PROXY / HTTPS_PROXY are used, NO_PROXY is honoured, a silent API times out.
 * A proxy and a server on loopback (test/http-proxy.ts explains the 0.0.0.0 naming).
 */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type GitHubTarget, GitHubHttpError, request } from '../../src/github/api.js'
import { proxiedUrl, TestProxy } from '../../test/http-proxy.js'

const PROXY_VARIABLES = [
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy'
]
const saved = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]))
let proxy: TestProxy
let server: Server
let serverUrl: string
const received: string[] = []

beforeAll(async () => {
  proxy = await new TestProxy().start()
  server = createServer((req, res) => {
    received.push(`${req.method} ${req.url} ${req.headers.authorization}`)
    const status = req.url?.includes('missing') ? 404 : 201
    res.writeHead(status, {
      'content-type': 'application/json',
      link: '<x>; rel="next"',
      connection: 'close'
    })
    res.end(JSON.stringify(status === 404 ? { message: 'Not Found' } : { id: 1 }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterEach(() => {
  for (const name of PROXY_VARIABLES) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
  proxy.seen.length = 0
  received.length = 0
})

afterAll(async () => {
  await proxy.close()
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const target = (apiUrl: string, timeoutMs = 5000): GitHubTarget => ({
  apiUrl,
  token: 'ghs_proxy_test',
  repo: 'acme/webrtc',
  prNumber: 3,
  timeoutMs
})

test('without proxy variables the request goes straight to the API', async () => {
  for (const name of PROXY_VARIABLES) delete process.env[name]
  const api = proxiedUrl(serverUrl)
  const answer = await request(target(api), 'GET', `${api}/direct`)
  expect(answer).toEqual({ json: { id: 1 }, link: '<x>; rel="next"' })
  expect(proxy.seen).toEqual([])
  expect(received).toEqual(['GET /direct Bearer ghs_proxy_test'])
})

test('HTTP_PROXY: the proxy carries the request, body and token, and the answer comes back', async () => {
  process.env.HTTP_PROXY = proxy.url
  const api = proxiedUrl(serverUrl)
  const answer = await request(target(api), 'POST', `${api}/issues/3/comments`, { body: 'hi' })
  expect(answer.json).toEqual({ id: 1 })
  expect(proxy.seen).toEqual([`CONNECT ${new URL(api).host}`])
  expect(received).toEqual(['POST /issues/3/comments Bearer ghs_proxy_test'])
})

test('an HTTP error through the proxy is a typed error with the status and GitHub message', async () => {
  process.env.HTTP_PROXY = proxy.url
  const api = proxiedUrl(serverUrl)
  const error = await request(target(api), 'GET', `${api}/missing`).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(GitHubHttpError)
  expect((error as GitHubHttpError).message).toBe('HTTP 404: Not Found')
  expect(proxy.seen).toHaveLength(1)
})

test('HTTPS_PROXY: an https API is tunnelled through the proxy, never resolved by the client', async () => {
  process.env.HTTPS_PROXY = proxy.url
  // The test proxy refuses every host but 0.0.0.0, so the request ends there, as asserted.
  const api = 'https://api.github.test'
  await expect(request(target(api), 'GET', `${api}/repos/acme/webrtc`)).rejects.toThrow(/403/)
  expect(proxy.seen).toEqual(['CONNECT api.github.test:443'])
})

test('NO_PROXY naming the host: the proxy sees nothing, and the API answers directly', async () => {
  process.env.HTTP_PROXY = proxy.url
  process.env.NO_PROXY = 'github.example, 0.0.0.0'
  const api = proxiedUrl(serverUrl)
  expect((await request(target(api), 'GET', `${api}/bypass`)).json).toEqual({ id: 1 })
  expect(proxy.seen).toEqual([])
  expect(received).toEqual(['GET /bypass Bearer ghs_proxy_test'])
})

test('a silent API fails after the timeout instead of holding the run', async () => {
  const silent = createServer(() => undefined)
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  const api = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
  const started = Date.now()
  await expect(request(target(api, 200), 'GET', `${api}/slow`)).rejects.toThrow(/timeout/i)
  expect(Date.now() - started).toBeLessThan(3000)
  silent.closeAllConnections()
  await new Promise<void>((resolve) => silent.close(() => resolve()))
})
