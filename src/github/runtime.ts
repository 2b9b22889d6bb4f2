/**
 * The bridge to the Actions runtime: a Logger backed by @actions/core, log groups, and outputs.
 * Everything outside main.ts, inputs.ts and src/github/ receives these as plain parameters.
 */
import * as core from '@actions/core'
import type { Logger } from '../log.js'

export const coreLogger: Logger = {
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  debug: (message) => core.debug(message)
}

/** coreLogger that also appends every warning to `kept` (for the summary of a failed run). */
export function keepingWarnings(kept: string[]): Logger {
  return {
    ...coreLogger,
    warn: (message) => {
      kept.push(message)
      coreLogger.warn(message)
    }
  }
}

/** Runs one pipeline step inside a collapsible log group named after it. */
export function step<T>(name: string, body: () => Promise<T>): Promise<T> {
  return core.group(name, body)
}

/** Sets outputs, skipping undefined ones so a later step can test `!= ''`. */
export function setOutputs(outputs: Record<string, string | number | boolean | undefined>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined) core.setOutput(name, String(value))
  }
}
