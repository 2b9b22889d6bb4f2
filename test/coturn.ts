/**
 * Test harness: real coturn (`turnserver`) on loopback with given flags. Starts it, waits until a
 * Binding answers, and stops it by PID. When coturn is not installed it throws: the coturn tests
 * must fail loudly rather than skip (CI installs coturn with scripts/setup.sh).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import dgram from 'node:dgram'
import net from 'node:net'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decodeMessage, encodeMessage, StunMethod } from '../src/probe/stun/index.js'

/** Flags every test server shares: command line only, loopback only, no CLI, no DTLS. */
export const COMMON_FLAGS = [
  '-n',
  '--log-file=stdout',
  '--simple-log',
  '--no-cli',
  '--no-dtls',
  '--listening-ip=127.0.0.1',
  '--relay-ip=127.0.0.1',
  '--fingerprint'
]

export interface CoturnOptions {
  port: number
  /** Relay port range; disjoint per server. */
  minPort: number
  maxPort: number
  /** Auth and behaviour flags, e.g. ['--lt-cred-mech', '--user=u:p', '--realm=r']. */
  flags: string[]
  /** With a certificate: a TLS listener on this port. Without: --no-tls. */
  tls?: { port: number; certFile: string; keyFile: string }
  /** Allow relaying to loopback peers (the relay echo needs it). Default true. */
  loopbackPeers?: boolean
}

export interface Coturn {
  pid: number
  port: number
  tlsPort?: number
  /** What coturn printed so far (for failure messages). */
  output(): string
  stop(): Promise<void>
}

export function requireCoturn(): void {
  const probe = spawnSync('turnserver', ['--version'], { encoding: 'utf8' })
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'coturn (turnserver) is not installed or does not run: install it with `apt-get install coturn` ' +
        '(scripts/setup.sh does). These tests do not skip.'
    )
  }
}

/** Resolves when a STUN Binding sent to 127.0.0.1:port gets an answer; rejects after timeoutMs. */
export async function waitForBinding(
  port: number,
  timeoutMs = 3000,
  isDead = () => false
): Promise<void> {
  const socket = dgram.createSocket('udp4')
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve))
  socket.on('error', () => undefined)
  const transactionId = randomBytes(12)
  const request = encodeMessage({
    method: StunMethod.Binding,
    cls: 'request',
    transactionId,
    attributes: []
  })
  try {
    await new Promise<void>((resolve, reject) => {
      const started = Date.now()
      socket.on('message', (bytes) => {
        const decoded = decodeMessage(bytes)
        if (decoded.ok && decoded.message.transactionId.equals(transactionId)) resolve()
      })
      const tick = (): void => {
        if (isDead()) return reject(new Error('coturn exited before answering'))
        if (Date.now() - started > timeoutMs) {
          return reject(new Error(`no Binding answer on 127.0.0.1:${port} after ${timeoutMs} ms`))
        }
        socket.send(request, port, '127.0.0.1')
        timer = setTimeout(tick, 10)
      }
      let timer = setTimeout(tick, 0)
      socket.once('close', () => clearTimeout(timer))
    })
  } finally {
    socket.close()
  }
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true)
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })
}

/**
 * coturn binds with SO_REUSEPORT, so a second server on a busy port starts "fine" and the kernel
 * splits connections between the two. Binding without it here fails instead: loud, not flaky.
 */
async function assertPortFree(port: number, protocols: ('udp' | 'tcp')[]): Promise<void> {
  for (const protocol of protocols) {
    const problem = await new Promise<string | undefined>((resolve) => {
      if (protocol === 'udp') {
        const socket = dgram.createSocket('udp4')
        socket.once('error', (error) => resolve(error.message))
        socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(undefined)))
      } else {
        const server = net.createServer()
        server.once('error', (error) => resolve(error.message))
        server.listen(port, '127.0.0.1', () => server.close(() => resolve(undefined)))
      }
    })
    if (problem)
      throw new Error(
        `port ${port}/${protocol} on 127.0.0.1 is taken (${problem}): another server runs there`
      )
  }
}

export async function startCoturn(options: CoturnOptions): Promise<Coturn> {
  requireCoturn()
  await assertPortFree(options.port, ['udp', 'tcp'])
  if (options.tls) await assertPortFree(options.tls.port, ['tcp'])
  const dir = mkdtempSync(join(tmpdir(), 'probe-coturn-'))
  const args = [
    ...COMMON_FLAGS,
    `--listening-port=${options.port}`,
    `--min-port=${options.minPort}`,
    `--max-port=${options.maxPort}`,
    `--pidfile=${join(dir, 'turnserver.pid')}`,
    `--userdb=${join(dir, 'turndb')}`,
    ...(options.loopbackPeers === false ? [] : ['--allow-loopback-peers']),
    ...(options.tls
      ? [
          `--tls-listening-port=${options.tls.port}`,
          `--cert=${options.tls.certFile}`,
          `--pkey=${options.tls.keyFile}`
        ]
      : ['--no-tls']),
    ...options.flags
  ]
  const child = spawn('turnserver', args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  const keep = (chunk: Buffer): void => {
    log = (log + chunk.toString('utf8')).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  let exited = false
  child.once('exit', () => (exited = true))
  const pid = child.pid
  if (pid === undefined) throw new Error('turnserver did not start')
  const stop = async (): Promise<void> => {
    if (!exited) {
      process.kill(pid, 'SIGTERM')
      if (!(await waitForExit(child, 2000))) {
        process.kill(pid, 'SIGKILL')
        await waitForExit(child, 2000)
      }
    }
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitForBinding(options.port, 3000, () => exited)
  } catch (error) {
    await stop()
    throw new Error(
      `coturn on port ${options.port} did not come up: ${(error as Error).message}\n${log}`,
      { cause: error }
    )
  }
  return { pid, port: options.port, tlsPort: options.tls?.port, output: () => log, stop }
}

export interface TestCertificates {
  dir: string
  /** PEM of the CA that signed the server certificate (what a client pins). */
  caPem: string
  certFile: string
  keyFile: string
  cleanup(): void
}

function openssl(args: string[], cwd: string): void {
  const run = spawnSync('openssl', args, { cwd, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`openssl ${args.join(' ')} failed: ${run.stderr}`)
}

/** A throwaway CA and a server certificate it signs, for localhost and 127.0.0.1 (EC keys: fast). */
export function makeCertificates(): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'probe-certs-'))
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  openssl(
    [
      'req',
      '-x509',
      ...ec,
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '2',
      '-subj',
      '/CN=probe test CA'
    ],
    dir
  )
  openssl(
    ['req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost'],
    dir
  )
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n')
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.pem',
      '-days',
      '2',
      '-extfile',
      'san.ext'
    ],
    dir
  )
  return {
    dir,
    caPem: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    certFile: join(dir, 'server.pem'),
    keyFile: join(dir, 'server.key'),
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}
