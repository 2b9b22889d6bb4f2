/**
 * Typed errors. Each carries what a person needs to act on it: what failed, the command that
 * failed (argv, never with secret values), flyctl's stderr with secrets masked, and a hint.
 */
export type ErrorKind =
  | 'invalid-input'
  | 'not-found'
  | 'unauthorized'
  | 'transient'
  | 'timeout'
  | 'bad-output'
  | 'command-failed'
  | 'config'
  | 'probe-failed'

export interface ErrorDetails {
  hint?: string
  command?: readonly string[]
  stderr?: string
  exitCode?: number | null
  cause?: unknown
}

export class ActionError extends Error {
  readonly kind: ErrorKind
  readonly hint?: string
  readonly command?: readonly string[]
  readonly stderr?: string
  readonly exitCode?: number | null

  constructor(kind: ErrorKind, message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause })
    this.name = 'ActionError'
    this.kind = kind
    this.hint = details.hint
    this.command = details.command
    this.stderr = details.stderr
    this.exitCode = details.exitCode
  }
}

/** An input that cannot be used: the message names the input, the problem and a good value. */
export class InputError extends ActionError {
  readonly input: string

  constructor(input: string, problem: string, example?: string) {
    const suffix = example === undefined ? '' : ` (for example: ${example})`
    super('invalid-input', `Input '${input}': ${problem}${suffix}`)
    this.name = 'InputError'
    this.input = input
  }
}

/** Formats any thrown value as the text a person reads in the log. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const lines = [error.message]
  if (error instanceof ActionError) {
    if (error.command) lines.push(`Command: ${error.command.join(' ')}`)
    if (error.stderr?.trim()) lines.push(`flyctl said:\n${error.stderr.trim()}`)
    if (error.hint) lines.push(`Hint: ${error.hint}`)
  }
  return lines.join('\n')
}
