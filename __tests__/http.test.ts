/**
 * src/http.ts goes through the proxy the runner is configured with, as @actions/tool-cache's
 * downloads do: HTTP_PROXY / HTTPS_PROXY are used, NO_PROXY is honoured. A proxy and a server on
 * loopback (test/http-proxy.ts explains the 0.0.0.0 naming).
 */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { headerValue, httpRequest } from '../src/http.js'
import { proxiedUrl, TestProxy } from '../test/http-proxy.js'

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
    received.push(`${req.method} ${req.url}`)
    res.writeHead(201, { 'content-type': 'text/plain', 'x-seen': 'yes', connection: 'close' })
    res.end(`answered ${req.method} ${req.url}`)
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

const get = (url: string) => httpRequest({ method: 'GET', url, timeoutMs: 5000 })

test('without proxy variables the request goes straight to the server', async () => {
  for (const name of PROXY_VARIABLES) delete process.env[name]
  const answer = await get(`${proxiedUrl(serverUrl)}/direct`)
  expect(answer).toMatchObject({ status: 201, body: 'answered GET /direct' })
  expect(headerValue(answer.headers, 'X-Seen')).toBe('yes')
  expect(proxy.seen).toEqual([])
})

test('HTTP_PROXY: the proxy carries the request, and the answer comes back through it', async () => {
  process.env.HTTP_PROXY = proxy.url
  const target = proxiedUrl(serverUrl)
  const answer = await httpRequest({
    method: 'POST',
    url: `${target}/items`,
    body: '{"a":1}',
    headers: { 'content-type': 'application/json' },
    timeoutMs: 5000
  })
  expect(answer).toMatchObject({ status: 201, body: 'answered POST /items' })
  expect(proxy.seen).toEqual([`CONNECT ${new URL(target).host}`])
  expect(received).toEqual(['POST /items'])
})

test('HTTPS_PROXY: an https URL is tunnelled through the proxy, never resolved by the client', async () => {
  process.env.HTTPS_PROXY = proxy.url
  // The proxy refuses anything but 0.0.0.0, so this ends at the proxy, as the assertions show.
  await expect(get('https://api.github.test/repos/acme/webrtc')).rejects.toThrow(/403/)
  expect(proxy.seen).toEqual(['CONNECT api.github.test:443'])
})

test('NO_PROXY naming the host: the proxy sees nothing, and the server answers directly', async () => {
  process.env.HTTP_PROXY = proxy.url
  process.env.NO_PROXY = 'github.example,0.0.0.0'
  const answer = await get(`${proxiedUrl(serverUrl)}/bypass`)
  expect(answer.body).toBe('answered GET /bypass')
  expect(proxy.seen).toEqual([])
  expect(received).toEqual(['GET /bypass'])
})

test('a silent server fails after the timeout instead of holding the run', async () => {
  const silent = createServer(() => undefined)
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  const started = Date.now()
  const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/slow`
  await expect(httpRequest({ method: 'GET', url, timeoutMs: 200 })).rejects.toThrow(/timeout/i)
  expect(Date.now() - started).toBeLessThan(3000)
  silent.closeAllConnections()
  await new Promise<void>((resolve) => silent.close(() => resolve()))
})
