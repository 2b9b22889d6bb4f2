// @ts-check
// A line-for-line port of flyctl's `secrets import` stdin parser
// (superfly/flyctl internal/command/secrets/parser.go at ad0172f), quirks included.
// src/secrets.ts holds a second port on purpose (the action's own self-check): the two are written
// independently so that each checks the other; do not merge them.

export class SecretsParseError extends Error {}

/** Go panics on value[1:0] when the value is a lone quote; flyctl recovers and exits 3. */
export class GoPanic extends Error {}

const MAX_TOKEN = 64 * 1024 // bufio.Scanner default; a longer line silently ends the scan

/**
 * bufio.ScanLines: split on \n, drop one trailing \r, last line may lack a newline.
 * @param {string} text
 * @returns {string[]}
 */
function scanLines(text) {
  const lines = []
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    const last = end < 0
    if (last) end = text.length
    if (end - start > MAX_TOKEN) break
    let line = text.slice(start, end)
    if (line.endsWith('\r')) line = line.slice(0, -1)
    lines.push(line)
    start = end + 1
  }
  return lines
}

/** @param {string} s */
function countQuotes(s) {
  return s.split('"').length - 1
}

/**
 * Returns a Map name -> value in input order (later duplicates overwrite earlier ones).
 * @param {string} text
 * @returns {Map<string, string>}
 */
export function parseSecrets(text) {
  /** @type {Map<string, string>} */
  const secrets = new Map()
  let multiline = false
  let key = ''
  let value = ''
  for (const line of scanLines(text)) {
    if (!multiline) {
      if (line.startsWith('#') || line.trim() === '') continue
      const eq = line.indexOf('=')
      if (eq < 0) {
        throw new SecretsParseError(
          `Secrets must be provided as NAME=VALUE pairs (${line} is invalid)`
        )
      }
      const name = line.slice(0, eq).trim()
      let v = line.slice(eq + 1).replace(/^ +/, '')
      const hash = v.indexOf('#')
      if (hash >= 0 && countQuotes(v.slice(0, hash)) % 2 === 0)
        v = v.slice(0, hash).replace(/ +$/, '')
      if (v.startsWith('"""') && v.endsWith('"""') && v.length >= 6) {
        secrets.set(name, v.slice(3, -3))
      } else if (v.startsWith('"""')) {
        multiline = true
        key = name
        value = v.slice(3) + '\n'
      } else {
        const quoted =
          (v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))
        if (quoted && v.length < 2) {
          throw new GoPanic('runtime error: slice bounds out of range [1:0]')
        }
        secrets.set(name, quoted ? v.slice(1, -1) : v)
      }
    } else if (line.endsWith('"""')) {
      secrets.set(key, value + line.slice(0, -3))
      multiline = false
      key = ''
      value = ''
    } else {
      value += line + '\n'
    }
  }
  return secrets
}
