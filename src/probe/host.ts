/**
 * The one rule for a host a probe may talk to: a DNS name or an IP literal. Light on purpose
 * (only node:net), so every front end can validate a host before it loads anything else.
 */
import { isIP } from 'node:net'

/** A DNS label: letters, digits, hyphens and (for names such as docker compose's) underscores inside. */
const LABEL = /^[a-z0-9]([a-z0-9_-]{0,61}[a-z0-9])?$/i

/** A DNS name of at most 253 characters, with or without the trailing dot of a fully qualified name. */
export function isHostName(text: string): boolean {
  if (text.length === 0 || text.length > 253) return false
  const labels = (text.endsWith('.') ? text.slice(0, -1) : text).split('.')
  // RFC 3696 §2: a top-level label is never all digits, so 203.0.113.700 is a typo, not a name.
  if (/^\d+$/.test(labels[labels.length - 1])) return false
  return labels.every((label) => LABEL.test(label))
}

/** A host name, an IPv4 literal, or an IPv6 literal with or without brackets. */
export function isHostOrIp(text: string): boolean {
  if (text.startsWith('[') || text.endsWith(']')) {
    return text.startsWith('[') && text.endsWith(']') && isIP(text.slice(1, -1)) === 6
  }
  return isIP(text) !== 0 || isHostName(text)
}
