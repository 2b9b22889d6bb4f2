import type { PreviewCommentData } from '../github/comment.js'
import type { RunSummary } from '../github/summary.js'

/** What every command hands back to main.ts for reporting: outputs, job summary, PR comment. */
export interface CommandResult {
  summary: RunSummary
  outputs: Record<string, string | number | boolean | undefined>
  comment?: PreviewCommentData
}
