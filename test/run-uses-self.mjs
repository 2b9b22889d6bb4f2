#!/usr/bin/env node
// Runs the steps of CI's `test-action` job (.github/workflows/ci.yml) on this machine, the way
// the runner would: `run:` steps through `bash -eo pipefail` with the job's env and the
// GITHUB_ENV / GITHUB_PATH / GITHUB_OUTPUT files, and each `uses: ./` step as the runner runs a
// JavaScript action, `node dist/index.js` with INPUT_* variables (hyphens kept, so no shell in
// between) and action.yml's plain defaults. `${{ steps.<id>.outputs.<name> }}` in a step's env
// is filled in from the outputs recorded so far. `actions/*` steps (checkout, setup-node) are the
// runner's own set-up and are skipped. Usage: node test/run-uses-self.mjs
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'

const ROOT = path.resolve(import.meta.dirname, '..')
const job = parse(readFileSync(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8')).jobs[
  'test-action'
]
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))
const temp = mkdtempSync(path.join(tmpdir(), 'uses-self-'))
const files = Object.fromEntries(
  ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'].map((name) => [name, path.join(temp, name)])
)
for (const file of Object.values(files)) writeFileSync(file, '')
/** @type {Record<string, Record<string, string>>} */
const outputs = {}
let env = {
  ...process.env,
  ...job.env,
  ...files,
  CI: 'true',
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: ROOT,
  GITHUB_REPOSITORY: 'acme/fly-webrtc-deploy',
  RUNNER_TEMP: path.join(temp, 'runner-temp'),
  RUNNER_TOOL_CACHE: path.join(temp, 'tool-cache')
}
/** @type {string[]} */
const extraPath = []

/**
 * `name<<delimiter` blocks and `name=value` lines, as GITHUB_OUTPUT and GITHUB_ENV hold them.
 * @param {string} text
 * @returns {Record<string, string>}
 */
function readKeyValues(text) {
  /** @type {Record<string, string>} */
  const values = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    const plain = /^([^=]+)=(.*)$/.exec(lines[i])
    if (heredoc) {
      const value = []
      while (++i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i])
      values[heredoc[1]] = value.join('\n')
    } else if (plain) values[plain[1]] = plain[2]
  }
  return values
}

/** @param {unknown} text */
function fillExpressions(text) {
  return String(text).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression) => {
    const match = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression)
    if (!match) throw new Error(`this local runner does not evaluate \${{ ${expression} }}`)
    return outputs[match[1]]?.[match[2]] ?? ''
  })
}

/**
 * @typedef {{ name?: string, id?: string, uses?: string, run?: string,
 *   with?: Record<string, unknown>, env?: Record<string, unknown> }} Step
 */

/**
 * @param {Step} step
 * @param {NodeJS.ProcessEnv} stepEnv
 * @param {string} outputFile
 */
function runStep(step, stepEnv, outputFile) {
  if (step.run) {
    return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
      cwd: ROOT,
      env: { ...stepEnv, GITHUB_OUTPUT: outputFile },
      stdio: 'inherit'
    })
  }
  /** @type {Record<string, string>} */
  const inputs = {}
  /** @type {Record<string, { default?: unknown }>} */
  const declared = action.inputs
  for (const [name, spec] of Object.entries(declared)) {
    const fallback = spec.default === undefined ? undefined : String(spec.default)
    if (fallback !== undefined && !fallback.includes('${{')) inputs[name] = fallback
  }
  for (const [name, value] of Object.entries(step.with ?? {})) inputs[name] = fillExpressions(value)
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
  )
  return spawnSync(process.execPath, [path.join(ROOT, 'dist/index.js')], {
    cwd: ROOT,
    env: { ...stepEnv, ...inputEnv, GITHUB_OUTPUT: outputFile },
    stdio: 'inherit'
  })
}

let failed = false
try {
  for (const [index, step] of job.steps.entries()) {
    const name = step.name ?? step.id ?? step.uses ?? step.run.split('\n')[0]
    if (step.uses?.startsWith('actions/')) {
      console.log(`\n--- step ${index + 1}: ${name}: skipped (the runner's own set-up)`)
      continue
    }
    console.log(`\n--- step ${index + 1}: ${name}`)
    const stepEnv = { ...env, PATH: [...extraPath, env.PATH].join(path.delimiter) }
    for (const [key, value] of Object.entries(step.env ?? {})) stepEnv[key] = fillExpressions(value)
    const outputFile = path.join(temp, `output-${index}`)
    writeFileSync(outputFile, '')
    const started = Date.now()
    const result = runStep(step, stepEnv, outputFile)
    if (step.id) outputs[step.id] = readKeyValues(readFileSync(outputFile, 'utf8'))
    env = { ...env, ...readKeyValues(readFileSync(files.GITHUB_ENV, 'utf8')) }
    extraPath.splice(
      0,
      extraPath.length,
      ...readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean).reverse()
    )
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    console.log(`--- step ${index + 1}: exit ${result.status} in ${seconds} s`)
    if (step.id) console.log(`--- outputs of ${step.id}: ${JSON.stringify(outputs[step.id])}`)
    if (result.status !== 0) {
      failed = true
      break
    }
  }
} finally {
  rmSync(temp, { recursive: true, force: true })
}
console.log(failed ? '\nthe test-action job FAILED' : '\nevery step of the test-action job passed')
process.exitCode = failed ? 1 : 0
