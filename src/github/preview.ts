/**
 * Pull-request preview environments: which pull request a run belongs to (from the event
 * payload, GITHUB_EVENT_PATH's JSON) and so which preview app it acts on. Pure, covered by table
 * tests; the naming rule itself lives in src/preview/naming.ts.
 */
import { InputError } from '../errors.js'
import { assertPreviewName, previewAppName } from '../preview/naming.js'

export interface PullRequestRef {
  number: number
  /** The event's `action` (`opened`, `synchronize`, `closed`, `created` for a comment, ...). */
  action?: string
  /** Head commit; absent for `issue_comment`, whose payload does not carry it. */
  headSha?: string
  /** `owner/name` of the head repository; absent when the fork was deleted or for comments. */
  headRepo?: string
  baseRepo?: string
  /** Head and base repositories differ. Always false for `issue_comment` (the payload cannot tell). */
  isFork: boolean
  /** The pull request is closed (or merged), whatever the event's action. */
  closed: boolean
}

const PREVIEW_EVENTS = ['pull_request', 'pull_request_target', 'issue_comment'] as const

type JsonObject = Record<string, unknown>

function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function asPrNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined
}

function repoName(repo: unknown): string | undefined {
  return asString(asObject(repo)?.full_name)
}

/**
 * The pull request a run is about, or undefined when the event is not about one (push,
 * workflow_dispatch, schedule, a comment on a plain issue, or a payload without a PR number).
 */
export function pullRequestFromEvent(
  eventName: string,
  payload: unknown
): PullRequestRef | undefined {
  const event = asObject(payload)
  if (!event) return undefined
  const action = asString(event.action)

  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = asObject(event.pull_request)
    const number = asPrNumber(pr?.number) ?? asPrNumber(event.number)
    if (!pr || number === undefined) return undefined
    const head = asObject(pr.head)
    const headRepo = repoName(head?.repo)
    const baseRepo = repoName(asObject(pr.base)?.repo) ?? repoName(event.repository)
    return {
      number,
      action,
      headSha: asString(head?.sha),
      headRepo,
      baseRepo,
      // A deleted fork leaves `head.repo` null: still a fork, never the base repository.
      isFork: headRepo === undefined || headRepo !== baseRepo,
      closed: pr.state === 'closed' || action === 'closed'
    }
  }

  if (eventName === 'issue_comment') {
    const issue = asObject(event.issue)
    const number = asPrNumber(issue?.number)
    // Only comments on pull requests carry `issue.pull_request`; plain issues have no preview.
    if (!issue || number === undefined || !asObject(issue.pull_request)) return undefined
    return {
      number,
      action,
      baseRepo: repoName(event.repository),
      isFork: false,
      closed: issue.state === 'closed'
    }
  }

  return undefined
}

/**
 * The preview target of a run with `preview: true`: the app name, the pull request, and whether
 * this run should tear the preview down (the PR is closed) instead of deploying it.
 */
export function resolvePreview(
  eventName: string,
  payload: unknown,
  base: string
): { app: string; pr: PullRequestRef; closing: boolean } {
  const pr = pullRequestFromEvent(eventName, payload)
  if (!pr) {
    const why =
      eventName === 'issue_comment'
        ? 'this comment is on an issue, not on a pull request'
        : `this run was triggered by '${eventName}', which has no pull request`
    throw new InputError(
      'preview',
      `'true' needs a ${PREVIEW_EVENTS.join(', ')} (on a pull request) event, but ${why}. ` +
        'Deploy with preview: false (and a fixed app) on push, workflow_dispatch and schedule',
      "preview: ${{ github.event_name == 'pull_request' }}"
    )
  }
  const app = previewAppName(base, pr.number)
  assertPreviewName(app, pr.number)
  return { app, pr, closing: pr.closed }
}
