/**
 * fly-webrtc-probe: the action's readiness probe for a person's terminal.
 *   fly-webrtc-probe turn:203.0.113.7:3478?transport=udp --secret "$SECRET" --relay --timeout 2m
 * Exit status: 0 ready, 1 not ready, 2 bad usage.
 */
import { describeError } from '../errors.js'
import { silentLogger, type Logger } from '../log.js'
import { parseCli, USAGE, type CliRequest } from './cli-args.js'
import { waitForReady } from './readiness.js'
import { timelineMermaid } from './timeline.js'
import type { ProbeReport } from './types.js'
import { validateProbeOptions } from './validate.js'

export { USAGE } from './cli-args.js'

export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  env: Record<string, string | undefined>
}

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env
}

/** Progress on stdout, warnings and debug details on stderr. */
function ioLogger(io: CliIo, verbose: boolean): Logger {
  return {
    info: (message) => io.out(message),
    warn: (message) => io.err(`warning: ${message}`),
    debug: (message) => {
      if (verbose) io.err(`debug: ${message}`)
    }
  }
}

function printReport(io: CliIo, report: ProbeReport): void {
  io.out(report.summary)
  if (report.mappedAddress) io.out(`  mapped address:  ${report.mappedAddress}`)
  if (report.relayedAddress) io.out(`  relayed address: ${report.relayedAddress}`)
  if (report.tlsProtocol) io.out(`  TLS:             ${report.tlsProtocol}`)
  for (const warning of report.warnings) io.err(`warning: ${warning}`)
  if (report.diagnostic) io.err(report.diagnostic)
}

/** Runs the CLI; resolves with the exit status. */
export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  let request: CliRequest | 'help'
  try {
    request = parseCli(argv, io.env)
    // Bad values fail here, before any packet, with the flags' names (CLI_NAMES).
    if (request !== 'help') validateProbeOptions(request.options)
  } catch (error) {
    io.err(`fly-webrtc-probe: ${describeError(error)}`)
    io.err('Run fly-webrtc-probe --help for usage.')
    return 2
  }
  if (request === 'help') {
    io.out(USAGE)
    return 0
  }
  const logger = request.json ? silentLogger : ioLogger(io, request.verbose)
  const report = await waitForReady({ ...request.options, logger })
  if (request.json) io.out(JSON.stringify(report, null, 2))
  else printReport(io, report)
  if (request.mermaid) io.out(timelineMermaid(report))
  return report.ok ? 0 : 1
}
