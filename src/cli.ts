import { runCli } from './probe/cli.js'

process.exitCode = await runCli(process.argv.slice(2))
