/**
 * TURN credentials: the long-term key (RFC 8489 §9.2.2) and time-limited "TURN REST API"
 * credentials derived from a shared secret, as coturn's --use-auth-secret expects.
 */
import { createHash, createHmac } from 'node:crypto'

export type TurnCredentials =
  | { kind: 'long-term'; username: string; password: string }
  | { kind: 'rest'; secret: string; ttlSeconds?: number; user?: string }

export interface UsernamePassword {
  username: string
  password: string
}

/** coturn's and most deployments' default lifetime for REST credentials. */
export const DEFAULT_REST_TTL_SECONDS = 86_400
/** A user part for REST usernames that tells a server log who was knocking. */
export const DEFAULT_REST_USER = 'fly-webrtc-probe'

// RFC 3454 table B.1 ("commonly mapped to nothing") and C.1.2 (non-ASCII spaces), as code
// point ranges: several are combining marks, which a regex character class would misread.
const MAPPED_TO_NOTHING: [number, number][] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x1806, 0x1806],
  [0x180b, 0x180d],
  [0x200b, 0x200d],
  [0x2060, 0x2060],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff]
]
const NON_ASCII_SPACE: [number, number][] = [
  [0x00a0, 0x00a0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000]
]
const within = (ranges: [number, number][], code: number): boolean =>
  ranges.some(([low, high]) => code >= low && code <= high)

/**
 * SASLprep (RFC 4013) mapping and NFKC normalisation, which RFC 5389 applies to passwords.
 * The prohibited-output and bidi checks are left out: a probe only needs to reproduce the key
 * a conforming server derives from the same password, and plain ASCII passes through unchanged.
 */
export function saslPrep(text: string): string {
  let mapped = ''
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (within(MAPPED_TO_NOTHING, code)) continue
    mapped += within(NON_ASCII_SPACE, code) ? ' ' : char
  }
  return mapped.normalize('NFKC')
}

/** The long-term credential key: MD5(username ":" realm ":" SASLprep(password)). */
export function longTermKey(username: string, realm: string, password: string): Buffer {
  return createHash('md5')
    .update(`${username}:${realm}:${saslPrep(password)}`, 'utf8')
    .digest()
}

/** REST credentials: username "<expiry>:<user>", password base64(HMAC-SHA1(secret, username)). */
export function restCredentials(
  secret: string,
  options: { ttlSeconds?: number; user?: string; nowMs?: number } = {}
): UsernamePassword {
  const now = Math.floor((options.nowMs ?? Date.now()) / 1000)
  const expiry = now + (options.ttlSeconds ?? DEFAULT_REST_TTL_SECONDS)
  const user = options.user ?? DEFAULT_REST_USER
  const username = user === '' ? String(expiry) : `${expiry}:${user}`
  return { username, password: restPassword(secret, username) }
}

export function restPassword(secret: string, username: string): string {
  return createHmac('sha1', secret).update(username, 'utf8').digest('base64')
}

/** The username and password to present, computing REST credentials at the time of use. */
export function resolveCredentials(credentials: TurnCredentials, nowMs?: number): UsernamePassword {
  if (credentials.kind === 'long-term') {
    return { username: credentials.username, password: credentials.password }
  }
  return restCredentials(credentials.secret, {
    ttlSeconds: credentials.ttlSeconds,
    user: credentials.user,
    nowMs
  })
}
