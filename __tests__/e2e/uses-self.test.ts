/**
 * CI's `test-action` job (.github/workflows/ci.yml), run step by step on this machine by
 * test/run-uses-self.mjs as the runner would run it: `uses: ./` deploy, probe, plan and destroy
 * against the simulator (sim-init.js) with its real coturn and TLS edge, and the job's own
 * assertions on the outputs. A change that would break the job on GitHub breaks this test.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { expect, test } from '@jest/globals'
import { claimSubnet } from '../../test/fly-sim/harness.js'

const RUNNER = path.resolve(import.meta.dirname, '../../test/run-uses-self.mjs')

function runJob(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [RUNNER], { env })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('close', (code) => resolve({ code, output }))
  })
}

test('every step of the uses: ./ job passes, the turns: URL among the outputs', async () => {
  // The job's simulator takes a block of addresses no other test's simulator holds.
  const subnet = claimSubnet()
  try {
    const { code, output } = await runJob({ ...process.env, FLY_SIM_BLOCK: String(subnet.n) })
    expect(code === 0 ? 0 : output).toBe(0)
    expect(output).toContain('every step of the test-action job passed')
    expect(output).toMatch(/"turn-urls":"[^"]*turns:ci-turn\.fly\.dev:443\?transport=tcp"/)
    expect(output).toMatch(/Ready after [\d.]+ s \(attempts \d+-\d+, 3 in a row/)
    expect(output).toContain(`Destroyed app ci-turn, and with it 127.77.${subnet.n}.`)
  } finally {
    subnet.release()
  }
}, 120_000)
