/**
 * The example workflows: actionlint-clean (through scripts/actionlint.sh), and what actionlint
 * cannot check because it does not know this action: every `with:` key is an input of the
 * contract (and of action.yml once it exists), secrets come only from `${{ secrets.X }}`, and
 * each example does what its name promises.
 */
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'

const ROOT = new URL('../', import.meta.url)
const EXAMPLES = new URL('examples/', ROOT)
const ACTION = 'org/fly-webrtc-deploy@v1'

/** DESIGN.md's interface table, plus `dry-run` (reap only). */
const CONTRACT_INPUTS = [
  'command',
  'api-token',
  'app',
  'org',
  'region',
  'preset',
  'config',
  'image',
  'path',
  'env',
  'secrets',
  'udp-ports',
  'tcp-ports',
  'http-port',
  'ipv4',
  'vm-size',
  'vm-memory',
  'vm-cpus',
  'vm-cpu-kind',
  'ha',
  'strategy',
  'wait-timeout',
  'deploy-args',
  'flyctl-version',
  'probe',
  'probe-host',
  'probe-port',
  'probe-transports',
  'turn-username',
  'turn-password',
  'turn-secret',
  'turn-realm',
  'health-url',
  'health-token',
  'probe-timeout',
  'probe-interval',
  'on-failure',
  'preview',
  'github-token',
  'comment',
  'regions',
  'reap-older-than',
  'dry-run'
]
const SECRET_INPUTS = ['api-token', 'turn-password', 'turn-secret', 'health-token']

function read(name: string): string {
  return readFileSync(new URL(name, EXAMPLES), 'utf8')
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length
}

/**
 * The `with:` entries of every step that uses this action, as [key, first line of value] pairs,
 * plus the raw lines of block values (`secrets: |`). Indentation-based: enough for these files.
 */
function actionSteps(yaml: string): Map<string, string>[] {
  const lines = yaml.split('\n')
  const steps: Map<string, string>[] = []
  lines.forEach((line, index) => {
    if (line.trim().replace(/^- /, '') !== `uses: ${ACTION}`) return
    const stepIndent = indentOf(line) + (line.trimStart().startsWith('- ') ? 2 : 0)
    const withIndex = lines.findIndex(
      (l, i) => i > index && indentOf(l) === stepIndent && l.trim() === 'with:'
    )
    const entries = new Map<string, string>()
    for (let i = withIndex + 1; i < lines.length; i++) {
      const current = lines[i]
      if (current.trim() === '' || current.trim().startsWith('#')) continue
      if (indentOf(current) <= stepIndent) break
      if (indentOf(current) === stepIndent + 2) {
        const [key, ...value] = current.trim().split(':')
        entries.set(key, value.join(':').trim())
      } else {
        const last = [...entries.keys()].pop() as string
        entries.set(last, `${entries.get(last)}\n${current.trim()}`)
      }
    }
    steps.push(entries)
  })
  return steps
}

/** Input names declared in action.yml (keys two spaces in under `inputs:`), when it exists. */
function actionYmlInputs(): string[] | undefined {
  const file = new URL('action.yml', ROOT)
  if (!existsSync(file)) return undefined
  const lines = readFileSync(file, 'utf8').split('\n')
  const start = lines.findIndex((line) => line === 'inputs:')
  if (start === -1) return undefined
  const names: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break
    const match = /^ {2}([a-z0-9-]+):\s*$/.exec(line)
    if (match) names.push(match[1])
  }
  return names
}

const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.yml'))

describe('example workflows', () => {
  test('the six examples are there', () => {
    expect(files.sort()).toEqual([
      'deploy-coturn-on-push.yml',
      'deploy-fishjam-on-push.yml',
      'fleet-regions.yml',
      'pr-preview.yml',
      'reap-nightly.yml',
      'redeploy-dispatch.yml'
    ])
  })

  test.each(files)('%s passes only inputs of the contract, secrets only from secrets', (file) => {
    const steps = actionSteps(read(file))
    expect(steps.length).toBeGreaterThan(0)
    const declared = actionYmlInputs()
    for (const step of steps) {
      for (const [key, value] of step) {
        expect(CONTRACT_INPUTS).toContain(key)
        if (declared) expect(declared).toContain(key)
        if (SECRET_INPUTS.includes(key)) expect(value).toMatch(/^\$\{\{ secrets\.[A-Z0-9_]+ \}\}$/)
      }
      expect(step.get('api-token')).toBe('${{ secrets.FLY_API_TOKEN }}')
      const secretLines = (step.get('secrets') ?? '').split('\n').slice(1)
      for (const line of secretLines) {
        expect(line).toMatch(/^[A-Z][A-Z0-9_]*=\$\{\{ secrets\.[A-Z0-9_]+ \}\}$/)
      }
    }
  })

  test('pr-preview deploys on open/synchronize/reopen, destroys on close, one run per PR', () => {
    const yaml = read('pr-preview.yml')
    expect(yaml).toContain('types: [opened, synchronize, reopened, closed]')
    expect(yaml).toContain('group: preview-${{ github.event.pull_request.number }}')
    expect(yaml).toMatch(/permissions:\n(?: {2}.*\n)*? {2}pull-requests: write/)
    const [deploy, destroy] = actionSteps(yaml)
    expect(deploy.get('preview')).toBe('true')
    expect(deploy.get('command')).toBeUndefined()
    expect(destroy.get('preview')).toBe('true')
    expect(destroy.get('command')).toBe('destroy')
    expect(yaml).toMatch(/destroy:\n {4}if: github\.event\.action == 'closed'/)
    expect(yaml).toMatch(/deploy:\n {4}if: github\.event\.action != 'closed'/)
  })

  test('reap-nightly runs on a schedule and by hand with dry-run', () => {
    const yaml = read('reap-nightly.yml')
    expect(yaml).toMatch(/schedule:\n\s+- cron: /)
    expect(yaml).toContain('workflow_dispatch:')
    const [reap] = actionSteps(yaml)
    expect(reap.get('command')).toBe('reap')
    expect(reap.get('app')).toBe('acme-turn')
    // reap acts only on previews of the base: no `preview: true` ceremony.
    expect(reap.get('preview')).toBeUndefined()
    expect(reap.get('reap-older-than')).toBeDefined()
    expect(reap.get('dry-run')).toBeDefined()
  })

  test('redeploy-dispatch passes its inputs through, with image: current by default', () => {
    const yaml = read('redeploy-dispatch.yml')
    expect(yaml).toMatch(/image:\n(?: {8}.*\n)*? {8}default: current/)
    const [step] = actionSteps(yaml)
    for (const name of ['command', 'image', 'region', 'strategy', 'on-failure', 'probe-timeout']) {
      expect(step.get(name)).toBe(`\${{ inputs.${name} }}`)
    }
  })

  test.each([
    ['deploy-coturn-on-push.yml', 'coturn'],
    ['deploy-fishjam-on-push.yml', 'fishjam']
  ])('%s deploys the %s preset on push to main', (file, preset) => {
    const yaml = read(file)
    expect(yaml).toMatch(/on:\n {2}push:\n {4}branches: \[main\]/)
    expect(actionSteps(yaml)[0].get('preset')).toBe(preset)
  })
})

test('fleet-regions deploys one app per region and hands ice-servers to the next step', () => {
  const yaml = read('fleet-regions.yml')
  const [step] = actionSteps(yaml)
  expect(step.get('regions')).toBe('fra, iad, sin')
  expect(step.get('region')).toBeUndefined()
  expect(yaml).toContain('${{ steps.turn.outputs.ice-servers }}')
  expect(yaml).toContain('${{ steps.turn.outputs.fleet }}')
})

describe('scripts/actionlint.sh', () => {
  test('the project workflows and every example pass actionlint', async () => {
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile('bash', ['scripts/actionlint.sh'], { cwd: ROOT }, (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr })
      })
    })
    expect(result.output).toContain('examples/pr-preview.yml')
    expect(result.output).toContain('All workflow files passed lint checks')
    expect(result.code).toBe(0)
  })
})
