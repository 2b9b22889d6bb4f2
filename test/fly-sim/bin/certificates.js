// @ts-check
// Throwaway certificates for TLS: a CA and a server certificate it signs (EC keys, fast), made
// with openssl. The simulator's edge serves one for `*.fly.dev` (the harness and sim-init.js
// make it); coturn tests use one for localhost; an expired one shows the probe naming that cause.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * @typedef {object} TestCertificates
 * @property {string} dir
 * @property {string} caPem PEM of the CA that signed the server certificate (what a client pins).
 * @property {string} caFile
 * @property {string} certFile
 * @property {string} keyFile
 * @property {() => void} cleanup
 */

/**
 * @typedef {object} CertificateRequest
 * @property {string[]} [dnsNames] DNS names (wildcards allowed) the certificate covers.
 * @property {string[]} [ips] IP addresses it covers.
 * @property {boolean} [expired] A certificate whose validity ended before it began: every check
 *   calls it expired.
 * @property {string} [dir] Where to write the files (default: a new temporary directory).
 */

/**
 * @param {string[]} args
 * @param {string} cwd
 */
function openssl(args, cwd) {
  const run = spawnSync('openssl', args, { cwd, encoding: 'utf8' })
  if (run.error || run.status !== 0) {
    throw new Error(`openssl ${args.join(' ')} failed: ${run.stderr ?? run.error?.message}`)
  }
}

/**
 * A CA and a server certificate it signs; by default for localhost and 127.0.0.1.
 * @param {CertificateRequest} [request]
 * @returns {TestCertificates}
 */
export function makeCertificates(request = {}) {
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
  const sign = ['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key']
  openssl(
    [...sign, '-CAcreateserial', '-out', 'server.pem', '-days', days, '-extfile', 'san.ext'],
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

/**
 * Fly's edge serves its wildcard certificate for <app>.fly.dev (fly-platform.md §2): the
 * simulator's, in `dir`, for sim.json's `edgeTls`.
 * @param {string} dir
 */
export function makeEdgeCertificates(dir) {
  const made = makeCertificates({ dnsNames: ['*.fly.dev', 'fly.dev'], dir })
  return { certFile: made.certFile, keyFile: made.keyFile, caFile: made.caFile }
}
