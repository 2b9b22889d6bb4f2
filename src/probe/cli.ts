/**
 * fly-webrtc-probe: the action's readiness probe for a person's terminal.
 *   fly-webrtc-probe turn:203.0.113.7:3478?transport=udp --secret "$SECRET" --relay --timeout 2m
 * Exit status: 0 ready, 1 not ready, 2 bad usage.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { describeError, InputError } from '../errors.js'
import { silentLogger, type Logger } from '../log.js'
import { parseDuration } from '../parse.js'
import type { TurnCredentials } from './credentials.js'
import { timelineMermaid } from './timeline.js'
import { PROBE_CHECKS, type ProbeCheck, type ProbeOptions, type ProbeTransport } from './types.js'
import { parseTurnUri } from './uri.js'
import { waitForReady } from './readiness.js'
import { validateProbeOptions } from './validate.js'

export const USAGE = `Usage: fly-webrtc-probe <uri>... [options]

Checks that a STUN/TURN server answers, the way the fly-webrtc-deploy action does after a deploy.

  <uri>   turn:host[:port][?transport=udp|tcp]   turns:host[:port]   stun:host[:port]
          Several URIs of the same host probe several transports. With --http only, no URI is needed.

Checks (default: stun for stun: URIs, turn for turn: URIs):
  --check LIST         comma list of stun, turn, relay, http
  --relay              add the relay echo check (implies turn)
  --http URL           add the HTTP health check against URL
Credentials (secrets are better passed by environment than on the command line):
  --user NAME          long-term username          --password PASS   (env TURN_PASSWORD)
  --secret SECRET      REST shared secret (env TURN_SECRET)   --ttl DURATION   --rest-user NAME
  --realm REALM        expected realm
  --health-token TOKEN bearer token for --http (env HEALTH_TOKEN)
Expectations and TLS:
  --expect-relay-ip IP the public IPv4 the relayed address must equal
  --fail-on-open-relay fail (instead of warn) when an Allocate without credentials succeeds
  --servername NAME    TLS server name   --ca FILE   CA certificate (PEM)   --insecure
Timing and output:
  --timeout DURATION   give up after (default 1m)   --interval DURATION  pause cap (default 2s)
  --json               print the report as JSON     --mermaid  also print the timeline chart
  --verbose            log every attempt's details  --help
`

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

function parseCli(
  argv: string[],
  io: CliIo
): { options: ProbeOptions; json: boolean; mermaid: boolean } | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      check: { type: 'string' },
      relay: { type: 'boolean' },
      http: { type: 'string' },
      user: { type: 'string' },
      password: { type: 'string' },
      secret: { type: 'string' },
      ttl: { type: 'string' },
      'rest-user': { type: 'string' },
      realm: { type: 'string' },
      'health-token': { type: 'string' },
      'expect-relay-ip': { type: 'string' },
      'fail-on-open-relay': { type: 'boolean' },
      servername: { type: 'string' },
      ca: { type: 'string' },
      insecure: { type: 'boolean' },
      timeout: { type: 'string' },
      interval: { type: 'string' },
      json: { type: 'boolean' },
      mermaid: { type: 'boolean' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) return 'help'
  const uris = positionals.map((text) => parseTurnUri(text, 'uri'))
  if (uris.length === 0 && !values.http) {
    throw new InputError(
      'uri',
      'is missing: give a turn:, turns: or stun: URI',
      'turn:203.0.113.7:3478'
    )
  }
  const hosts = new Set(uris.map((u) => u.host))
  if (hosts.size > 1)
    throw new InputError(
      'uri',
      `name one host, not ${[...hosts].join(' and ')}`,
      'turn:h:3478 turns:h:5349'
    )
  const plain = uris.filter((u) => u.transport !== 'tls')
  const secure = uris.filter((u) => u.transport === 'tls')
  if (new Set(plain.map((u) => u.port)).size > 1) {
    throw new InputError(
      'uri',
      'UDP and TCP URIs must share one port',
      'turn:h:3478 turn:h:3478?transport=tcp'
    )
  }
  const transports = [...new Set(uris.map((u) => u.transport ?? 'udp'))] as ProbeTransport[]

  let checks: ProbeCheck[]
  if (values.check !== undefined) {
    checks = values.check
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean) as ProbeCheck[]
    for (const check of checks) {
      if (!PROBE_CHECKS.includes(check)) {
        throw new InputError(
          'check',
          `'${check}' is not one of ${PROBE_CHECKS.join(', ')}`,
          'turn,relay'
        )
      }
    }
  } else {
    checks = uris.some((u) => u.scheme.startsWith('turn')) ? ['turn'] : uris.length ? ['stun'] : []
  }
  if (values.relay && !checks.includes('relay')) checks.push('relay')
  if (values.http && !checks.includes('http')) checks.push('http')

  const password = values.password ?? io.env.TURN_PASSWORD
  const secret = values.secret ?? io.env.TURN_SECRET
  let credentials: TurnCredentials | undefined
  if (values.user !== undefined && secret === undefined) {
    if (password === undefined)
      throw new InputError(
        'password',
        'is needed with --user (or set TURN_PASSWORD)',
        '--password p'
      )
    credentials = { kind: 'long-term', username: values.user, password }
  } else if (secret !== undefined) {
    credentials = {
      kind: 'rest',
      secret,
      ttlSeconds:
        values.ttl === undefined
          ? undefined
          : Math.round(parseDuration('ttl', values.ttl, '24h') / 1000),
      user: values['rest-user'] ?? values.user
    }
  }
  const tls =
    values.servername || values.ca || values.insecure
      ? {
          servername: values.servername,
          ca: values.ca === undefined ? undefined : readFileSync(values.ca, 'utf8'),
          insecure: values.insecure
        }
      : undefined
  const options: ProbeOptions = {
    host: uris[0]?.host ?? new URL(values.http ?? 'http://localhost').hostname,
    port: plain[0]?.port ?? 3478,
    tlsPort: secure[0]?.port,
    transports: transports.length ? transports : ['udp'],
    checks,
    credentials,
    realm: values.realm,
    expectedRelayIp: values['expect-relay-ip'],
    healthUrl: values.http,
    healthToken: values['health-token'] ?? io.env.HEALTH_TOKEN,
    tls,
    timeoutMs: parseDuration('timeout', values.timeout ?? '1m', '2m'),
    intervalMs: parseDuration('interval', values.interval ?? '2s', '2s'),
    failOnOpenRelay: values['fail-on-open-relay'],
    logger: values.json ? silentLogger : ioLogger(io, values.verbose ?? false)
  }
  return { options, json: values.json ?? false, mermaid: values.mermaid ?? false }
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

/** Runs the CLI; resolves with the exit status. */
export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  let parsed: ReturnType<typeof parseCli>
  try {
    parsed = parseCli(argv, io)
    if (parsed !== 'help') validateProbeOptions(parsed.options)
  } catch (error) {
    // Input names are the action's; on the command line they are the flags of the same name.
    io.err(`fly-webrtc-probe: ${describeError(error)}`)
    io.err('Run fly-webrtc-probe --help for usage.')
    return 2
  }
  if (parsed === 'help') {
    io.out(USAGE)
    return 0
  }
  const report = await waitForReady(parsed.options)
  if (parsed.json) {
    io.out(JSON.stringify(report, null, 2))
  } else {
    io.out(report.summary)
    if (report.mappedAddress) io.out(`  mapped address:  ${report.mappedAddress}`)
    if (report.relayedAddress) io.out(`  relayed address: ${report.relayedAddress}`)
    if (report.tlsProtocol) io.out(`  TLS:             ${report.tlsProtocol}`)
    for (const warning of report.warnings) io.err(`warning: ${warning}`)
    if (report.diagnostic) io.err(report.diagnostic)
  }
  if (parsed.mermaid) io.out(timelineMermaid(report))
  return report.ok ? 0 : 1
}
