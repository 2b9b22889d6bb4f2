// @ts-check
// Identifiers shaped like Fly's, so code that logs or matches them sees realistic values.
import crypto from 'node:crypto'

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'

/**
 * @param {string} alphabet
 * @param {number} length
 * @returns {string}
 */
function pick(alphabet, length) {
  const bytes = crypto.randomBytes(length)
  let out = ''
  for (const b of bytes) out += alphabet[b % alphabet.length]
  return out
}

/**
 * 26-character ULID: 48-bit millisecond time then 80 random bits, Crockford base32.
 * @returns {string}
 */
export function ulid(time = Date.now()) {
  let t = time
  let head = ''
  for (let i = 0; i < 10; i++) {
    head = CROCKFORD[t % 32] + head
    t = Math.floor(t / 32)
  }
  return head + pick(CROCKFORD, 16)
}

export const machineId = () => crypto.randomBytes(7).toString('hex')
export const ipId = () => `ip_${pick(ALNUM, 16)}`
export const releaseId = () =>
  pick('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 25)
export const digest = (/** @type {string} */ value) =>
  crypto.createHash('sha256').update(value).digest('hex').slice(0, 16)

const ADJECTIVES = ['young', 'quiet', 'bold', 'late', 'misty', 'polished', 'restless', 'wild']
const NOUNS = ['sun', 'river', 'meadow', 'forest', 'pine', 'wave', 'cloud', 'frost']
export function machineName() {
  const n = crypto.randomInt(1000, 9999)
  return `${ADJECTIVES[crypto.randomInt(ADJECTIVES.length)]}-${NOUNS[crypto.randomInt(NOUNS.length)]}-${n}`
}
