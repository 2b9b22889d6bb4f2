/** The one error a probe exchange fails with: named by the Outcome the timeline records. */
import type { Outcome } from './types.js'

/** A failed exchange, named by the outcome the timeline records. */
export class ProbeFailure extends Error {
  readonly outcome: Outcome
  /** Node's error code (ECONNREFUSED, ERR_TLS_CERT_ALTNAME_INVALID, ...) when there was one. */
  readonly code?: string
  /** A few words the one-line verdict adds after the outcome, e.g. how many answers were junk. */
  readonly note?: string

  constructor(outcome: Outcome, message: string, code?: string, note?: string) {
    super(message)
    this.name = 'ProbeFailure'
    this.outcome = outcome
    this.code = code
    this.note = note
  }
}
