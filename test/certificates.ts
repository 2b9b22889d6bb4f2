/**
 * Throwaway certificates for TLS tests (a CA and a server certificate it signs), made with
 * openssl by the simulator's own module, which sim-init.js also runs outside Jest.
 */
export {
  makeCertificates,
  makeEdgeCertificates,
  type CertificateRequest,
  type TestCertificates
} from './fly-sim/bin/certificates.js'
