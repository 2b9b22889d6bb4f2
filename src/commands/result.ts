/** What every command gets from main.ts, and what it hands back for reporting. */
import type { PreviewCommentData } from '../github/comment.js'
import type { RunSummary } from '../github/summary.js'
import type { Logger } from '../log.js'
import type { Group } from '../pipeline/steps.js'

export interface CommandContext {
  env: NodeJS.ProcessEnv
  logger: Logger
  /** Wraps a step in a collapsible log group (core.group in the action). */
  group: Group
}

/** Outputs, job summary and pull-request comment: main.ts writes them. */
export interface CommandResult {
  summary: RunSummary
  outputs: Record<string, string | number | boolean | undefined>
  comment?: PreviewCommentData
}
