/**
 * Throwaway certificates for TLS tests: a CA and a server certificate it signs (EC keys, fast),
 * made with openssl. The Fly simulator's edge uses one for `*.fly.dev`; coturn tests one for
 * localhost; an expired one shows the probe naming that cause.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TestCertificates {
  dir: string
  /** PEM of the CA that signed the server certificate (what a client pins). */
  caPem: string
  caFile: string
  certFile: string
  keyFile: string
  cleanup(): void
}

export interface CertificateRequest {
  /** DNS names (wildcards allowed) and IP addresses the certificate covers. */
  dnsNames?: string[]
  ips?: string[]
  /** A certificate whose validity ended before it began: every check calls it expired. */
  expired?: boolean
  /** Where to write the files (default: a new temporary directory). */
  dir?: string
}

function openssl(args: string[], cwd: string): void {
  const run = spawnSync('openssl', args, { cwd, encoding: 'utf8' })
  if (run.error || run.status !== 0) {
    throw new Error(`openssl ${args.join(' ')} failed: ${run.stderr ?? run.error?.message}`)
  }
}

/** A CA and a server certificate it signs; by default for localhost and 127.0.0.1. */
export function makeCertificates(request: CertificateRequest = {}): TestCertificates {
  const dnsNames = request.dnsNames ?? ['localhost']
  const ips = request.ips ?? (request.dnsNames ? [] : ['127.0.0.1'])
  const dir = request.dir ?? mkdtempSync(join(tmpdir(), 'probe-certs-'))
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  const subject = ['-subj', '/CN=probe test CA']
  openssl(
    ['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', ...subject],
    dir
  )
  openssl(
    ['req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', `/CN=${dnsNames[0]}`],
    dir
  )
  const names = [...dnsNames.map((n) => `DNS:${n}`), ...ips.map((ip) => `IP:${ip}`)]
  writeFileSync(join(dir, 'san.ext'), `subjectAltName=${names.join(',')}\n`)
  // `-days -1` ends the validity a day before it begins: OpenSSL 3.0 has no -not_after.
  const days = request.expired ? '-1' : '2'
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
      days,
      '-extfile',
      'san.ext'
    ],
    dir
  )
  return {
    dir,
    caPem: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    caFile: join(dir, 'ca.pem'),
    certFile: join(dir, 'server.pem'),
    keyFile: join(dir, 'server.key'),
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}
