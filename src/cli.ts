#!/usr/bin/env node
// fly-webrtc-probe: the readiness probe from a terminal (see `--help`).
import { runCli } from './probe/cli.js'

process.exitCode = await runCli(process.argv.slice(2))
