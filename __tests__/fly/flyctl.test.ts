import { describe, expect, test } from '@jest/globals'
import { ActionError } from '../../src/errors.js'
import type { ExecRequest, ExecResult } from '../../src/fly/exec.js'
import { Flyctl, subcommand } from '../../src/fly/flyctl.js'
import { previousRelease } from '../../src/fly/releases.js'
import { findDeployedRelease, parseIpList, parseStatus } from '../../src/fly/shapes.js'

function scripted(results: Partial<ExecResult>[]) {
  const requests: ExecRequest[] = []
  const exec = (request: ExecRequest): Promise<ExecResult> => {
    requests.push(request)
    const next = results.shift() ?? {}
    return Promise.resolve({
      exitCode: 0,
      stdout: '',
      stderr: '',
      timedOut: false,
      durationMs: 5,
      ...next
    })
  }
  const fly = new Flyctl({
    binary: '/bin/flyctl',
    token: 'FlyV1 tok-secret-123',
    baseEnv: { PATH: '/bin', FLY_ACCESS_TOKEN: 'other', FLY_APP: 'prod' },
    exec,
    secretValues: ['hunter2'],
    retryDelayMs: 1,
    sleep: () => Promise.resolve()
  })
  return { fly, requests }
}

async function failure(promise: Promise<unknown>): Promise<ActionError> {
  try {
    await promise
  } catch (error) {
    return error as ActionError
  }
  throw new Error('expected a failure')
}

describe('Flyctl client', () => {
  test('passes the token in the environment only, and clears variables that would override it', async () => {
    const { fly, requests } = scripted([{ stdout: '[]' }])
    await fly.json(['ips', 'list', '--app', 'a', '--json'], parseIpList)
    expect(requests[0].args).toEqual(['ips', 'list', '--app', 'a', '--json'])
    expect(requests[0].args.join(' ')).not.toContain('tok-secret')
    expect(requests[0].env.FLY_API_TOKEN).toBe('FlyV1 tok-secret-123')
    expect(requests[0].env.FLY_ACCESS_TOKEN).toBeUndefined()
    expect(requests[0].env.FLY_APP).toBeUndefined()
  })

  test.each([
    ['Error: failed to get app: failed to run query: Could not find App "a"', 'not-found'],
    ["Error: no access token available. Please login with 'flyctl auth login'", 'unauthorized'],
    ['Error: Not authorized to access this app', 'unauthorized'],
    ['Error: You must be authenticated to view this.', 'unauthorized'],
    ['Error: 503 Service Unavailable', 'transient'],
    // flyctl's own 5xx wordings (fly-platform.md §3: graphql.go:137, fly-go:flaps/flaps.go:316)
    [
      'Error: failed to run \n\t\tquery {\n\t\t}\n\t: server returned a non-200 status code: 502',
      'transient'
    ],
    ['Error: request returned non-2xx status: 503: <html>upstream</html>', 'transient'],
    ['Error: Post "https://api.fly.io/graphql": read tcp: connection reset by peer', 'transient'],
    ['Error: unknown flag: --json', 'command-failed'],
    // Only flyctl's own error counts, not the build log before it.
    [
      '#7 RUN make\npermission denied\ntimeout waiting\nError: release command failed - aborting deployment',
      'command-failed'
    ],
    ['Error: timeout reached waiting for health checks to pass for machine 1234', 'command-failed'],
    ['Error: could not bind port 5349', 'command-failed']
  ])('classifies %j as %s', async (stderr, kind) => {
    const { fly } = scripted([{ exitCode: 1, stderr }])
    const error = await failure(fly.run(['deploy']))
    expect(error.kind).toBe(kind)
    expect(error.command).toEqual(['flyctl', 'deploy'])
  })

  test('retries a read that fails transiently, and not a write', async () => {
    const read = scripted([{ exitCode: 1, stderr: 'Error: 502 Bad Gateway' }, { stdout: '[]' }])
    await expect(
      read.fly.json(['ips', 'list', '--json'], parseIpList, { readOnly: true })
    ).resolves.toEqual([])
    expect(read.requests).toHaveLength(2)

    const write = scripted([{ exitCode: 1, stderr: 'Error: 502 Bad Gateway' }, {}])
    await expect(write.fly.run(['ips', 'allocate-v4', '--yes'])).rejects.toThrow(/502/)
    expect(write.requests).toHaveLength(1)
  })

  test('gives up after three transient failures of a read', async () => {
    const { fly, requests } = scripted(
      Array.from({ length: 5 }, () => ({ exitCode: 1, stderr: 'Error: 503 Service Unavailable' }))
    )
    await expect(fly.run(['status'], { readOnly: true })).rejects.toThrow(/503/)
    expect(requests).toHaveLength(3)
  })

  test('a timed-out call says so; a read is retried, a write is not', async () => {
    const read = scripted([{ exitCode: null, timedOut: true }, { stdout: '[]' }])
    await expect(
      read.fly.run(['ips', 'list'], { readOnly: true, timeoutMs: 2000 })
    ).resolves.toBeDefined()
    expect(read.requests).toHaveLength(2)
    const write = scripted([{ exitCode: null, timedOut: true }])
    const error = await failure(write.fly.run(['ips', 'allocate-v4'], { timeoutMs: 2000 }))
    expect(error.kind).toBe('timeout')
    expect(error.message).toMatch(/ips allocate-v4 did not finish within 2 s/)
    expect(write.requests).toHaveLength(1)
  })

  test('masks the token and secret values in errors', async () => {
    const { fly } = scripted([
      { exitCode: 1, stderr: 'Error: bad value hunter2 with FlyV1 tok-secret-123' }
    ])
    const error = await failure(fly.run(['secrets', 'import']))
    expect(error.message).not.toContain('hunter2')
    expect(error.stderr).not.toContain('tok-secret-123')
    expect(error.stderr).toContain('***')
  })

  test('reports output that is not JSON, or not the documented shape', async () => {
    const bad = scripted([{ stdout: '<html>oops' }])
    const error = await failure(bad.fly.json(['ips', 'list', '--json'], parseIpList))
    expect(error.kind).toBe('bad-output')
    expect(error.message).toMatch(/ips list printed output that is not JSON/)

    const shape = scripted([{ stdout: '[{"Address": 5}]' }])
    expect((await failure(shape.fly.json(['ips', 'list', '--json'], parseIpList))).message).toMatch(
      /documented shape/
    )
  })

  test('subcommand names the command words', () => {
    expect(subcommand(['ips', 'list', '--app', 'x'])).toBe('ips list')
    expect(subcommand(['deploy', '.', '--config', 'f'])).toBe('deploy .')
  })
})

describe('shapes', () => {
  test('status: machines and their release versions', () => {
    const status = parseStatus({
      Name: 'a',
      Hostname: 'a.fly.dev',
      Version: 4,
      Machines: [
        {
          id: 'm1',
          state: 'started',
          region: 'iad',
          config: { metadata: { fly_release_version: '4' }, image: 'img' }
        }
      ]
    })
    expect(status.machines[0]).toEqual({
      id: 'm1',
      state: 'started',
      region: 'iad',
      releaseVersion: 4,
      image: 'img'
    })
  })
  test('the release line flyctl prints with FLY_EMIT_RELEASE_JSON=1', () => {
    const stdout =
      'Watch your deployment at https://fly.io/apps/a/monitoring\n{"id":"rel_1","version":7,"image_ref":"registry.fly.io/a:deployment-1"}\n'
    expect(findDeployedRelease(stdout)).toEqual({
      id: 'rel_1',
      version: 7,
      imageRef: 'registry.fly.io/a:deployment-1'
    })
    expect(findDeployedRelease('no json here')).toBeUndefined()
  })
})

describe('previousRelease', () => {
  const release = (version: number, imageRef: string, status = 'complete') => ({
    version,
    imageRef,
    status,
    createdAt: ''
  })
  test('skips releases with the failed image, failed ones, and newer ones', () => {
    const releases = [
      release(5, 'img:b'),
      release(4, 'img:b'),
      release(3, 'img:x', 'failed'),
      release(2, 'img:a'),
      release(1, 'img:0')
    ]
    expect(previousRelease(releases, { version: 5, imageRef: 'img:b' })?.version).toBe(2)
    expect(
      previousRelease([release(1, 'img:b')], { version: 2, imageRef: 'img:b' })
    ).toBeUndefined()
  })
})
