/** Round-trip timing: the retransmission timer UDP channels share, and a precise stopwatch. */

/**
 * Retransmission timer for UDP (RFC 6298 style smoothing). A probe sends a handful of small
 * datagrams, so it starts far lower than RFC 8489's 500 ms, at 50 ms (on a lossy path the first
 * transaction, which has no RTT sample yet, decides how fast a probe succeeds) and grows by 1.5x
 * instead of 2x: that keeps a lossy path (30% drops) from stretching one transaction over
 * seconds. The estimate is shared across attempts so a fresh socket starts with a measured RTO.
 */
export class RttEstimator {
  private srtt?: number
  private rttvar?: number

  constructor(
    readonly initialRtoMs = 50,
    readonly minRtoMs = 25,
    readonly maxRtoMs = 2000
  ) {}

  /** Whether any round trip has been measured yet. */
  get measured(): boolean {
    return this.srtt !== undefined
  }

  get rtoMs(): number {
    if (this.srtt === undefined || this.rttvar === undefined) return this.initialRtoMs
    return clamp(this.srtt + 4 * this.rttvar, this.minRtoMs, this.maxRtoMs)
  }

  sample(rttMs: number): void {
    if (this.srtt === undefined || this.rttvar === undefined) {
      this.srtt = rttMs
      this.rttvar = rttMs / 2
      return
    }
    this.rttvar = 0.75 * this.rttvar + 0.25 * Math.abs(this.srtt - rttMs)
    this.srtt = 0.875 * this.srtt + 0.125 * rttMs
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value))
}

/** Milliseconds with two decimals: loopback round trips are well under one millisecond. */
export function elapsedMs(since: number): number {
  return Math.round((performance.now() - since) * 100) / 100
}
