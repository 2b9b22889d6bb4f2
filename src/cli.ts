#!/usr/bin/env node
// fly-webrtc-probe: the readiness probe from a terminal (see `--help`).
import { runCli } from './probe/cli.js'

const status = await runCli(process.argv.slice(2))
// Exit now, once the output is flushed: a name lookup the probe gave up on at its deadline (the
// system resolver cannot be cancelled) would otherwise keep the process alive until it returns.
process.stdout.write('', () => process.stderr.write('', () => process.exit(status)))
