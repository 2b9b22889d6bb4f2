/**
 * The one reading of Node's TLS error codes. The stream channel, the HTTPS check, the readiness
 * loop (which failures waiting cannot fix) and the hints all ask it, so a certificate problem is
 * named the same way everywhere.
 */

/** A certificate that does not chain to a trusted CA, names another host, or is out of date; or a handshake that did not complete. */
export type TlsFailureKind = 'untrusted' | 'wrong-name' | 'expired' | 'handshake'

/** The code the stream channel gives a TLS handshake that does not finish in time (Node has none). */
export const HANDSHAKE_TIMEOUT = 'HANDSHAKE_TIMEOUT'

/**
 * What a TLS failure came from, by Node's error code: its own (ERR_TLS_*, ERR_SSL_*) or
 * OpenSSL's certificate verification codes (CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT, ...).
 * Undefined for codes that are not the TLS layer's: a socket error such as ECONNRESET or EPROTO
 * means a failed handshake only when it happens during one, which the caller knows.
 */
export function tlsFailureKind(code: string | undefined): TlsFailureKind | undefined {
  if (code === undefined) return undefined
  // Node's checkServerIdentity (ERR_TLS_CERT_ALTNAME_INVALID) or OpenSSL's HOSTNAME_MISMATCH.
  if (/ALTNAME|HOSTNAME/.test(code)) return 'wrong-name'
  // Alerts and protocol errors, including alerts the server sends about a certificate.
  if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || code === HANDSHAKE_TIMEOUT) {
    return 'handshake'
  }
  if (/EXPIRED|NOT_YET_VALID/.test(code)) return 'expired'
  // Every other verification failure: self-signed, unknown issuer, bad signature, revoked.
  if (/CERT|CRL|SELF_SIGNED|UNABLE_TO|INVALID_CA|PATH_LENGTH|INVALID_PURPOSE/.test(code)) {
    return 'untrusted'
  }
  return undefined
}

/** A certificate problem: waiting does not fix it, only a new certificate or other settings do. */
export function isCertificateFailure(code: string | undefined): boolean {
  const kind = tlsFailureKind(code)
  return kind !== undefined && kind !== 'handshake'
}
