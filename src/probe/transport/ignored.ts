/**
 * Answers a channel could not use, counted by kind: a probe that hears only these has reached
 * something on that port that is not a working STUN/TURN server (or a reflector, or a broken
 * middlebox), which is a different problem from hearing nothing at all.
 */
import { HEADER_LENGTH, MAGIC_COOKIE } from '../stun/index.js'

export type IgnoredKind = 'notStun' | 'malformed' | 'unknownTransaction' | 'echo'

const KIND_WORDS: Record<IgnoredKind, string> = {
  notStun: 'not STUN',
  malformed: 'truncated or length-lying STUN',
  unknownTransaction: 'unknown transaction ID',
  echo: 'echoes of our own request'
}

export class IgnoredAnswers {
  private readonly counts: Record<IgnoredKind, number> = {
    notStun: 0,
    malformed: 0,
    unknownTransaction: 0,
    echo: 0
  }

  /** Bytes the STUN decoder refused: STUN-shaped but broken, or not STUN at all. */
  static kindOfUndecodable(bytes: Buffer): IgnoredKind {
    const stunShaped =
      bytes.length >= 8 && (bytes[0] & 0xc0) === 0 && bytes.readUInt32BE(4) === MAGIC_COOKIE
    return stunShaped || (bytes.length < HEADER_LENGTH && bytes.length > 0 && bytes[0] < 4)
      ? 'malformed'
      : 'notStun'
  }

  add(kind: IgnoredKind): void {
    this.counts[kind]++
  }

  get total(): number {
    return Object.values(this.counts).reduce((sum, count) => sum + count, 0)
  }

  /** "answers that are not valid STUN/TURN: 6 ignored (3 not STUN, 3 echoes of our own request)". */
  describe(): string {
    const kinds = (Object.keys(this.counts) as IgnoredKind[])
      .filter((kind) => this.counts[kind] > 0)
      .map((kind) => `${this.counts[kind]} ${KIND_WORDS[kind]}`)
    return `answers that are not valid STUN/TURN: ${this.total} ignored (${kinds.join(', ')})`
  }
}
