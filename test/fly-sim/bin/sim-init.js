#!/usr/bin/env node
// @ts-check
// Prepares a simulator state directory for a process that is not a Jest test (CI's `uses: ./`
// job, a person at a terminal) and prints the environment lines that point flyctl at it and make
// Node trust the simulated edge's certificate, for `>> "$GITHUB_ENV"` or `export`:
//
//   node test/fly-sim/bin/sim-init.js [STATE_DIR] [--block N] [--start-delay MS]
//   (N defaults to $FLY_SIM_BLOCK, else 250)
//
// Unlike the Jest harness (harness.ts) it names no owner process, so the servers a deploy starts
// outlive this script and every later step; `command: destroy` stops them, and removing the
// state directory stops any that are left. Dedicated IPv4s come from 127.77.<N>.0/24 (default
// N = 250, a block the harness, which starts from its PID modulo 256, rarely picks first).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeEdgeCertificates } from './certificates.js'

/**
 * Takes `name <whole number>` out of args, or gives the fallback.
 * @param {string[]} args
 * @param {string} name
 * @param {number} fallback
 * @returns {number}
 */
function option(args, name, fallback) {
  const index = args.indexOf(name)
  if (index < 0) return fallback
  const value = Number(args[index + 1])
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} needs a whole number`)
  args.splice(index, 2)
  return value
}

const args = process.argv.slice(2)
// FLY_SIM_BLOCK: a block the caller claimed (the Jest test of CI's job claims one as the harness does).
const block = option(args, '--block', Number(process.env.FLY_SIM_BLOCK ?? 250))
const startDelayMs = option(args, '--start-delay', 0)
if (block > 255) throw new Error('--block must be 0 to 255')
const stateDir = path.resolve(
  args[0] ?? fs.mkdtempSync(path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'fly-sim-'))
)
fs.mkdirSync(stateDir, { recursive: true })
// The edge's *.fly.dev certificate (TLS on the `handlers = ["tls"]` ports): the runner trusts
// its CA through NODE_EXTRA_CA_CERTS, as it trusts Fly's real one through the system store.
const edgeDir = path.join(stateDir, 'edge-tls')
fs.mkdirSync(edgeDir, { recursive: true })
const edgeTls = makeEdgeCertificates(edgeDir)
const options = {
  startDelayMs,
  edgeTls,
  ipv4Prefix: `127.77.${block}`,
  ipv6Prefix: `2001:db8:77:${block.toString(16)}`,
  faultsGeneration: 0
}
fs.writeFileSync(path.join(stateDir, 'sim.json'), JSON.stringify(options, null, 2))
const binDir = path.dirname(fileURLToPath(import.meta.url))
process.stdout.write(
  `FLY_SIM_STATE=${stateDir}\nFLY_SIM_BIN_DIR=${binDir}\nFLY_NO_UPDATE_CHECK=1\n` +
    `NODE_EXTRA_CA_CERTS=${edgeTls.caFile}\n`
)
