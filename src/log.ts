/**
 * The small logger every module outside main.ts, inputs.ts and src/github/ takes as a
 * parameter, so the same code runs inside the action (backed by @actions/core) and from the
 * command line (backed by the console) without mocking the runtime.
 */
export interface Logger {
  info(message: string): void
  warn(message: string): void
  debug(message: string): void
}

/** A logger that drops everything: the default for library calls and unit tests. */
export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  debug: () => undefined
}

/** A logger for a person's terminal: info to stdout, warnings to stderr, debug only on request. */
export function consoleLogger(verbose = false): Logger {
  return {
    info: (message) => console.log(message),
    warn: (message) => console.error(`warning: ${message}`),
    debug: (message) => {
      if (verbose) console.error(`debug: ${message}`)
    }
  }
}
