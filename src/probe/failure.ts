/** The one error a probe exchange fails with: named by the Outcome the timeline records. */
import type { Outcome } from './types.js'

/** A failed exchange, named by the outcome the timeline records. */
export class ProbeFailure extends Error {
  readonly outcome: Outcome
  /** Node's error code (ECONNREFUSED, ERR_TLS_CERT_ALTNAME_INVALID, ...) when there was one. */
  readonly code?: string

  constructor(outcome: Outcome, message: string, code?: string) {
    super(message)
    this.name = 'ProbeFailure'
    this.outcome = outcome
    this.code = code
  }
}
