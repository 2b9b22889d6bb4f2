/**
 * Every form in which a secret value can turn up in a log, so each form can be masked. The runner
 * masks exact matches, line by line: a multi-line value registered as one mask leaves each of its
 * lines visible when a tool echoes just that line (flyctl's secrets parser does, in its errors),
 * and a value that a tool prints encoded (base64 in a config dump, percent-encoding in a URL) is
 * a different string altogether.
 *
 * Short fragments are left out on purpose (toolchain.md pitfall P4): masking `}` or `ab` would
 * blank that text everywhere in the job's log, and the runner drops any output that contains a
 * masked value, so a line `1` of a secret would swallow `release-version: 1`. A fragment shorter
 * than MIN_FRAGMENT_LENGTH carries too little of the secret to matter and too often occurs in
 * ordinary text. The whole value is always masked, whatever its length (except '', which the
 * runner would apply to every character).
 */

/** Fragments (lines, trimmed lines, encodings) shorter than this are not masked. */
export const MIN_FRAGMENT_LENGTH = 4

/**
 * The value itself, each of its lines (CR, LF or CRLF) as written and trimmed, and its standard
 * and URL-safe base64 and percent-encoded forms; no duplicates, no empty string.
 */
export function secretForms(value: string): string[] {
  if (value === '') return []
  const fragments = [
    ...value.split(/\r\n|\r|\n/).flatMap((line) => [line, line.trim()]),
    value.trim(),
    ...encodings(value)
  ].filter((form) => form.length >= MIN_FRAGMENT_LENGTH)
  return [...new Set([value, ...fragments])]
}

function encodings(value: string): string[] {
  const base64 = Buffer.from(value, 'utf8').toString('base64')
  return [
    base64,
    base64.replace(/=+$/, ''),
    Buffer.from(value, 'utf8').toString('base64url'),
    ...percentEncodings(value)
  ]
}

/** encodeURIComponent, and form encoding as URLSearchParams writes it (spaces become '+'). */
function percentEncodings(value: string): string[] {
  try {
    return [encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)]
  } catch {
    // A lone surrogate has no percent-encoding: nothing can print the value that way.
    return []
  }
}

/** Replaces every form of every secret in `text` with `***`, longest forms first. */
export function maskSecretForms(text: string, secrets: readonly string[]): string {
  const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length)
  let masked = text
  for (const form of forms) masked = masked.split(form).join('***')
  return masked
}
