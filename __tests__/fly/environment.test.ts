/**
 * Issue 12 item 10: flyctl gets an allow-list of the runner's environment, never the action's
 * inputs (INPUT_SECRETS, INPUT_API-TOKEN, INPUT_GITHUB-TOKEN) or the runner's own tokens.
 */
import { expect, test } from '@jest/globals'
import { flyctlEnvironment, passedToFlyctl } from '../../src/fly/environment.js'
import type { ExecRequest, ExecResult } from '../../src/fly/exec.js'
import { Flyctl } from '../../src/fly/flyctl.js'

const RUNNER = {
  PATH: '/usr/bin',
  HOME: '/home/runner',
  TMPDIR: '/tmp',
  LANG: 'C.UTF-8',
  LC_CTYPE: 'C.UTF-8',
  https_proxy: 'http://proxy:3128',
  NO_PROXY: 'localhost',
  SSL_CERT_FILE: '/etc/ssl/corp.pem',
  CI: 'true',
  GITHUB_ACTIONS: 'true',
  GITHUB_SHA: 'abc',
  SystemRoot: 'C:\\Windows',
  FLY_API_BASE_URL: 'https://api.example',
  FLY_SIM_STATE: '/tmp/sim',
  FLYCTL_INSTALL: '/opt/fly',
  // never passed:
  INPUT_SECRETS: 'AUTH_SECRET=s3cret',
  'INPUT_API-TOKEN': 'FlyV1 input-token',
  'INPUT_GITHUB-TOKEN': 'ghs_input',
  GITHUB_TOKEN: 'ghs_env',
  ACTIONS_RUNTIME_TOKEN: 'runtime',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
  RUNNER_TEMP: '/runner/temp',
  GITHUB_OUTPUT: '/runner/output',
  FLY_APP: 'production',
  FLY_ACCESS_TOKEN: 'other-token',
  FLY_JSON: '1',
  LOG_LEVEL: 'debug'
}

test('the allow-list: system, proxy, CA, locale, CI facts, Windows basics and flyctl own names', () => {
  const env = flyctlEnvironment(RUNNER, 'FlyV1 the-token', { FLY_EMIT_RELEASE_JSON: '1' })
  expect(Object.keys(env).sort()).toEqual(
    [
      'CI',
      'FLYCTL_INSTALL',
      'FLY_API_BASE_URL',
      'FLY_API_TOKEN',
      'FLY_EMIT_RELEASE_JSON',
      'FLY_NO_UPDATE_CHECK',
      'FLY_SIM_STATE',
      'GITHUB_ACTIONS',
      'GITHUB_SHA',
      'HOME',
      'LANG',
      'LC_CTYPE',
      'NO_COLOR',
      'NO_PROXY',
      'PATH',
      'SSL_CERT_FILE',
      'SystemRoot',
      'TMPDIR',
      'https_proxy'
    ].sort()
  )
  expect(env.FLY_API_TOKEN).toBe('FlyV1 the-token')
  expect(JSON.stringify(env)).not.toMatch(/s3cret|input-token|ghs_|runtime|oidc|other-token/)
})

test.each([
  'INPUT_SECRETS',
  'input_secrets',
  'ACTIONS_RUNTIME_URL',
  'RUNNER_DEBUG',
  'GITHUB_TOKEN'
])('%s is not passed', (name) => expect(passedToFlyctl(name)).toBe(false))

test('every call of the client runs with that environment, in its working directory', async () => {
  const requests: ExecRequest[] = []
  const exec = (request: ExecRequest): Promise<ExecResult> => {
    requests.push(request)
    return Promise.resolve({ exitCode: 0, stdout: '', stderr: '', timedOut: false, durationMs: 1 })
  }
  const fly = new Flyctl({ binary: 'flyctl', token: 't0k', baseEnv: RUNNER, exec, cwd: '/work' })
  await fly.run(['status', '--app', 'a', '--json'], { readOnly: true })
  await fly.run(['deploy', '--config', '/cfg/fly.toml'], { long: true, cwd: '/cfg' })
  expect(requests.map((r) => [r.cwd, r.timeoutMs])).toEqual([
    ['/work', 120_000],
    ['/cfg', undefined] // a deploy ends by flyctl's own deadlines (issue 8 item 10)
  ])
  for (const request of requests) expect(request.env['INPUT_API-TOKEN']).toBeUndefined()
})
