#!/usr/bin/env node
// fly-webrtc-probe: the readiness probe from a terminal (see `--help`).
import { exitOnceFlushed } from './exit.js'
import { runCli } from './probe/cli.js'

exitOnceFlushed(await runCli(process.argv.slice(2)))
