/**
 * Issue 12 items 7 and 10 through the bundled action. runWithSim's scan (test/e2e.ts) fails any
 * run that shows a secret's value, one of its lines, or its base64 or percent-encoded form, in the
 * log, outputs, summary, rendered fly.toml, flyctl argv or the pull-request comment; these
 * scenarios make flyctl print such forms, and check where the masks and warnings end up.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'
import { callLines, runWithSim, scannedForms } from '../../test/e2e.js'
import { FakeGitHub } from '../../test/github-api.js'

const PEM_BODY = 'MIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEA'
const PEM = `-----BEGIN PRIVATE KEY-----\n${PEM_BODY}\n  indented-line-of-the-key  \n-----END PRIVATE KEY-----`
const COTURN = {
  preset: 'coturn',
  secrets: `AUTH_SECRET=leak-test-secret-value\nTLS_KEY="""${PEM}"""`,
  'probe-timeout': '20s'
}
const PR = path.resolve(import.meta.dirname, '../fixtures/events/pull_request.opened.json')

describe('item 7: flyctl printing one line, or an encoding, of a secret', () => {
  let sim: Sim
  let github: FakeGitHub

  beforeAll(async () => {
    github = await new FakeGitHub().start()
    // flyctl's secrets parser echoes the line it cannot read; a tool may print base64.
    const echoed = `Secrets must be provided as NAME=VALUE pairs (${PEM_BODY} is invalid) or (  indented-line-of-the-key  ) ${Buffer.from(PEM).toString('base64')} ${encodeURIComponent('leak-test-secret-value')}`
    sim = createSim({ faults: [{ match: 'secrets import', mode: 'fail-always', message: echoed }] })
  })
  afterAll(async () => {
    await sim.stop()
    await github.close()
  })

  test('the run fails showing *** in the log, summary and PR comment, never a form', async () => {
    const run = await runWithSim(
      sim,
      { ...COTURN, app: 'turn', preview: 'true', 'github-token': 'ghs_test' },
      {
        event: { name: 'pull_request', payload: JSON.parse(readFileSync(PR, 'utf8')) as unknown },
        env: { GITHUB_API_URL: github.url },
        github
      }
    )
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/\(\*\*\* is invalid\) or \(\*\*\*\) \*\*\* \*\*\*/)
    expect(run.summary).toContain('*** is invalid')
    const comment = [...github.comments.values()].flat()[0]?.body ?? ''
    expect(comment).toContain('*** is invalid')
  }, 60_000)

  test('each line of a multi-line secret is registered with the runner, as written and trimmed', async () => {
    const run = await runWithSim(sim, { ...COTURN, app: 'turn-masks', command: 'plan' })
    const masks = run.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'))
    for (const form of [PEM_BODY, '  indented-line-of-the-key  ', 'indented-line-of-the-key'])
      expect(masks).toContain(`::add-mask::${form}`)
    expect(masks).toContain(`::add-mask::${Buffer.from(PEM).toString('base64')}`)
  })

  test('the scan itself covers lines and encodings', () => {
    const kinds = scannedForms(PEM).map(([kind]) => kind)
    expect(kinds).toEqual(
      expect.arrayContaining(['value', 'line 2', 'line 3 trimmed', 'base64', 'percent-encoded'])
    )
  })
})

describe('item 10: build secrets and lint warnings', () => {
  let sim: Sim
  beforeAll(() => {
    sim = createSim({ startDelayMs: 0 })
  })
  afterAll(() => sim.stop())

  test('a --build-secret value reaches flyctl and no summary, log or output', async () => {
    const run = await runWithSim(sim, {
      ...COTURN,
      app: 'turn-build-secret',
      'deploy-args': '--build-secret NPM_TOKEN=npm-build-secret-42 --no-cache'
    })
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain('--build-secret NPM_TOKEN=***')
    const log = run.stdout.replace(/^::add-mask::.*$/gm, '')
    expect(`${log}${run.summary}`).not.toContain('npm-build-secret-42')
    expect(run.stdout).toContain('::add-mask::npm-build-secret-42')
    expect(callLines(sim).some((line) => line.includes('NPM_TOKEN=npm-build-secret-42'))).toBe(true)
  }, 60_000)

  test('lint warnings are annotations at once, and stay in the summary of a failed run', async () => {
    sim.setFaults([{ match: 'deploy', mode: 'fail-always', message: 'deploy broke' }])
    const run = await runWithSim(sim, {
      ...COTURN,
      app: 'turn-warned',
      env: 'DB_PASSWORD=not-really-a-password'
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::warning::\[env\] DB_PASSWORD looks like a secret/)
    expect(run.summary).toContain('deploy broke')
    expect(run.summary).toMatch(/⚠️ \[env\] DB_PASSWORD looks like a secret/)
  }, 60_000)
})
