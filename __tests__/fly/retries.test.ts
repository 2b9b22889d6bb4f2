/**
 * Issue 12 item 9 and issue 8 items 6, 7 and 10: what a failed flyctl call was, and which reads
 * are worth repeating. A read is repeated after whatever may pass (a timeout or deadline, a
 * killed process, output cut short, a 5xx, a rate limit, and right after an app was created, a
 * `not authorized`); a write never is; what cannot pass fails at once.
 */
import { describe, expect, test } from '@jest/globals'
import { ActionError } from '../../src/errors.js'
import type { ExecRequest, ExecResult } from '../../src/fly/exec.js'
import { flyctlMessage } from '../../src/fly/classify.js'
import { Flyctl } from '../../src/fly/flyctl.js'
import { parseIpList } from '../../src/fly/shapes.js'

function scripted(results: Partial<ExecResult>[], clock = { now: 0 }) {
  const requests: ExecRequest[] = []
  const warnings: string[] = []
  const exec = (request: ExecRequest): Promise<ExecResult> => {
    requests.push(request)
    const next = results.shift() ?? {}
    return Promise.resolve({
      exitCode: 0,
      stdout: '[]',
      stderr: '',
      timedOut: false,
      durationMs: 5,
      ...next
    })
  }
  const logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: (message: string) => warnings.push(message)
  }
  const fly = new Flyctl({
    binary: '/bin/flyctl',
    token: 'tok-secret-123',
    baseEnv: {},
    exec,
    logger,
    retryDelayMs: 1,
    sleep: () => Promise.resolve(),
    now: () => clock.now
  })
  return { fly, requests, warnings }
}

async function failure(promise: Promise<unknown>): Promise<ActionError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ActionError) return error
    throw error
  }
  throw new Error('expected a failure')
}

const IPS = ['ips', 'list', '--app', 'a', '--json']

describe('reads that may pass are repeated, with backoff', () => {
  test.each([
    ['a timeout of our own', { exitCode: null, timedOut: true, signal: 'SIGKILL' as const }],
    ['a process killed by someone else', { exitCode: null, signal: 'SIGKILL' as const }],
    ['a deadline (exit 126)', { exitCode: 126, stderr: 'Error: context deadline exceeded\n' }],
    ['a GraphQL 502', { exitCode: 1, stderr: 'Error: server returned a non-200 status code: 502' }],
    [
      'a Machines API 503',
      { exitCode: 1, stderr: 'Error: request returned non-2xx status: 503: x' }
    ],
    ['a throttled request', { exitCode: 1, stderr: 'Error: request throttled, try again later' }],
    ['a rate limit', { exitCode: 1, stderr: 'Error: Rate limit exceeded' }],
    ['a 429', { exitCode: 1, stderr: 'Error: server returned a non-200 status code: 429' }],
    ['JSON cut short', { stdout: '[\n    {\n        "ID": "ip_1",' }],
    ['no output at all', { stdout: '' }]
  ])('%s', async (_name, first) => {
    const { fly, requests, warnings } = scripted([first, { stdout: '[]' }])
    await expect(fly.json(IPS, parseIpList, { readOnly: true })).resolves.toEqual([])
    expect(requests).toHaveLength(2)
    expect(warnings).toEqual([expect.stringMatching(/retrying in 1 ms \(attempt 2 of 3\)$/)])
  })

  test('three failures in a row fail the read with the last one', async () => {
    const cut = { stdout: '[{"ID": ' }
    const { fly, requests } = scripted([cut, cut, cut, {}])
    const error = await failure(fly.json(IPS, parseIpList, { readOnly: true }))
    expect(error.kind).toBe('bad-output')
    expect(error.message).toMatch(/ips list printed output that is not JSON/)
    expect(requests).toHaveLength(3)
  })

  test('a write is never repeated, whatever happened to it', async () => {
    const { fly, requests } = scripted([{ exitCode: null, signal: 'SIGKILL' }])
    await expect(fly.run(['ips', 'allocate-v4', '--yes'])).rejects.toThrow(/killed by SIGKILL/)
    expect(requests).toHaveLength(1)
  })

  test('what cannot pass fails at once: not found, a format change, a bad flag', async () => {
    const notFound = scripted([{ exitCode: 1, stderr: 'Error: Could not find App "a"' }])
    expect((await failure(notFound.fly.run(IPS, { readOnly: true }))).kind).toBe('not-found')
    const shape = scripted([{ stdout: '[{"Address": 5}]' }])
    expect((await failure(shape.fly.json(IPS, parseIpList, { readOnly: true }))).kind).toBe(
      'bad-output'
    )
    const flag = scripted([{ exitCode: 1, stderr: 'Error: unknown flag: --json' }])
    await failure(flag.fly.run(IPS, { readOnly: true }))
    expect([notFound, shape, flag].map((s) => s.requests.length)).toEqual([1, 1, 1])
  })
})

describe('how a failure reads (issue 8 item 10, issue 12 item 9)', () => {
  test('a killed flyctl is reported by its signal, not "exit code null"', async () => {
    const { fly } = scripted([{ exitCode: null, signal: 'SIGTERM' }])
    const error = await failure(fly.run(['status', '--app', 'a', '--json']))
    expect(error.message).toBe('flyctl status was killed by SIGTERM before it finished')
    expect(error.message).not.toContain('null')
  })

  test('exit 126 is a deadline, not a transient error', async () => {
    const stderr =
      'Error: timeout reached waiting for health checks to pass for machine 1234: context deadline exceeded'
    const { fly } = scripted([{ exitCode: 126, stderr }])
    const error = await failure(fly.run(['deploy', '--config', 'f']))
    expect(error.kind).toBe('timeout')
    expect(error.message).toBe(
      'flyctl deploy gave up at a deadline (exit 126): timeout reached waiting for health checks to pass for machine 1234: context deadline exceeded'
    )
    expect(error.hint).toMatch(/wait-timeout/)
  })

  test("a GraphQL failure shows the server's message, which fly-go puts after the query", () => {
    // fly-go:client.go:317 `failed to run %s: %w` with the raw query of resource_apps.go:409-435
    const stderr =
      'Error: failed to get app: failed to run \n\t\tquery ($appName: String!) {\n\t\t\tappcompact:app(name: $appName) {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t: Could not find App "ghost"\n'
    expect(flyctlMessage(stderr)).toBe('failed to get app: Could not find App "ghost"')
    expect(flyctlMessage('Error: failed to run query: Could not find App "x"')).toBe(
      'failed to run query: Could not find App "x"'
    )
    expect(flyctlMessage('Error: unknown flag: --json\n')).toBe('unknown flag: --json')
    expect(flyctlMessage('')).toBeUndefined()
  })
})

describe('`not authorized` right after an app was created (issue 8 item 6)', () => {
  const refused = { exitCode: 1, stderr: 'Error: Not authorized to access this app' }

  test('is repeated for a minute after appCreated()', async () => {
    const clock = { now: 1_000 }
    const { fly, requests } = scripted([refused, { stdout: '[]' }], clock)
    fly.appCreated()
    clock.now += 59_000
    await expect(fly.json(IPS, parseIpList, { readOnly: true })).resolves.toEqual([])
    expect(requests).toHaveLength(2)
  })

  test('is an error at once otherwise, and for writes', async () => {
    const clock = { now: 1_000 }
    const { fly, requests } = scripted([refused, refused], clock)
    expect((await failure(fly.run(IPS, { readOnly: true }))).kind).toBe('unauthorized')
    fly.appCreated()
    await failure(fly.run(['secrets', 'import', '--app', 'a', '--stage']))
    expect(requests).toHaveLength(2)
  })
})
