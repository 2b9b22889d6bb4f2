/** The pull-request comment of a preview: written when asked (default: for previews), never fatal. */
import type { Logger } from '../log.js'
import {
  type PreviewCommentData,
  renderPreviewComment,
  upsertPullRequestComment,
  workflowRunUrl
} from './comment.js'
import type { RunContext, Target } from './event.js'

export interface CommentRequest {
  /** The `comment` input, which defaults to `preview`. */
  wanted: boolean
  githubToken?: string
}

export async function reportToPullRequest(
  request: CommentRequest,
  target: Target,
  context: RunContext,
  comment: PreviewCommentData | undefined,
  logger: Logger
): Promise<void> {
  if (!request.wanted || !comment || !target.pr || !context.repository) return
  const runUrl = context.runId
    ? workflowRunUrl(context.serverUrl, context.repository, context.runId)
    : undefined
  const result = await upsertPullRequestComment({
    apiUrl: context.apiUrl,
    token: request.githubToken ?? '',
    repo: context.repository,
    prNumber: target.pr.number,
    app: target.app,
    body: renderPreviewComment({ ...comment, runUrl, commitSha: target.pr.headSha }),
    onRetry: (note) => logger.info(note)
  })
  if (result.warning) logger.warn(result.warning)
  else logger.info(`Pull-request comment ${result.action}${result.url ? `: ${result.url}` : ''}`)
}
