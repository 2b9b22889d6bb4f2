/** The pull-request comment of a preview: written when asked (default: for previews), never fatal. */
// eslint-disable-next-line no-restricted-imports -- removed by the restructure (issue 7 item 5)
import type { Settings } from '../inputs.js'
import type { Logger } from '../log.js'
import {
  type PreviewCommentData,
  renderPreviewComment,
  upsertPullRequestComment,
  workflowRunUrl
} from './comment.js'
import type { RunContext, Target } from './event.js'

export async function reportToPullRequest(
  settings: Settings,
  target: Target,
  context: RunContext,
  comment: PreviewCommentData | undefined,
  logger: Logger
): Promise<void> {
  const wanted = settings.comment ?? settings.preview
  if (!wanted || !comment || !target.pr || !context.repository) return
  const runUrl = context.runId
    ? workflowRunUrl(context.serverUrl, context.repository, context.runId)
    : undefined
  const result = await upsertPullRequestComment({
    apiUrl: context.apiUrl,
    token: settings.githubToken ?? '',
    repo: context.repository,
    prNumber: target.pr.number,
    app: target.app,
    body: renderPreviewComment({ ...comment, runUrl, commitSha: target.pr.headSha })
  })
  if (result.warning) logger.warn(result.warning)
  else logger.info(`Pull-request comment ${result.action}${result.url ? `: ${result.url}` : ''}`)
}
