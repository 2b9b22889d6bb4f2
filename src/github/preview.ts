/**
 * Pull-request preview environments: which pull request a run belongs to, and the app name of
 * its preview. Pure: it reads the event payload it is given (GITHUB_EVENT_PATH's JSON) and
 * nothing else, so every rule here is covered by table tests.
 *
 * The naming scheme `<base>-pr-<n>` is also how `reap` recognises previews, and the guard
 * `assertPreviewName` is what keeps a preview command from ever acting on a production app.
 */
import { createHash } from 'node:crypto'
import { InputError } from '../errors.js'

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

/** Fly app names: lowercase letters, digits and dashes, starting with a letter, at most 63. */
export const MAX_APP_NAME_LENGTH = 63
const HASH_LENGTH = 6
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

function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, HASH_LENGTH)
}

function assertPrNumber(prNumber: number): void {
  if (!Number.isSafeInteger(prNumber) || prNumber <= 0) {
    throw new InputError('preview', `pull request number '${prNumber}' is not a positive integer`)
  }
}

/**
 * Reduces a name to Fly's alphabet: accents dropped (é -> e), everything else outside
 * [a-z0-9] becomes a dash, dashes collapsed and trimmed, and a leading digit gets `app-`.
 */
function sanitizeBase(base: string): string {
  const ascii = base
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (ascii === '') {
    throw new InputError(
      'app',
      `'${base}' has no letters or digits left for a Fly app name (lowercase a-z, 0-9 and dashes)`,
      'turn'
    )
  }
  return /^[a-z]/.test(ascii) ? ascii : `app-${ascii}`
}

/**
 * `<base>-pr-<n>` in Fly's alphabet, at most 63 characters. A base too long for that is cut and
 * given a short hash of the original base, so two long bases that share a prefix stay apart and
 * the same base always maps to the same name. The PR number is never cut.
 */
export function previewAppName(base: string, prNumber: number): string {
  assertPrNumber(prNumber)
  const suffix = `-pr-${prNumber}`
  const clean = sanitizeBase(base)
  if (clean.length + suffix.length <= MAX_APP_NAME_LENGTH) return `${clean}${suffix}`
  const room = MAX_APP_NAME_LENGTH - suffix.length - HASH_LENGTH - 1
  const head = clean.slice(0, room).replace(/-+$/, '')
  return `${head}-${shortHash(base)}${suffix}`
}

/**
 * Refuses any name that is not a valid Fly name ending in `-pr-<n>`: every preview command
 * calls this right before acting, so a mistake upstream cannot reach a production app.
 */
export function assertPreviewName(name: string, prNumber: number): void {
  assertPrNumber(prNumber)
  const suffix = `-pr-${prNumber}`
  const valid = /^[a-z][a-z0-9-]*$/.test(name) && name.length <= MAX_APP_NAME_LENGTH
  if (!valid || !name.endsWith(suffix) || name.length === suffix.length) {
    throw new InputError(
      'app',
      `refusing to act on '${name}' as the preview of pull request #${prNumber}: a preview app ` +
        `name must be lowercase letters, digits and dashes ending in '${suffix}', so a preview ` +
        'command can never touch a production app',
      `turn${suffix}`
    )
  }
}

/**
 * The PR number when `appName` is exactly the preview name this action derives from `base`
 * (so `turn-2-pr-5` is not a preview of `turn`, and `turn-pr-012` is nobody's preview).
 */
export function isPreviewOf(appName: string, base: string): { prNumber: number } | undefined {
  const match = /-pr-([1-9][0-9]*)$/.exec(appName)
  if (!match) return undefined
  const prNumber = Number(match[1])
  if (!Number.isSafeInteger(prNumber)) return undefined
  return previewAppName(base, prNumber) === appName ? { prNumber } : undefined
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
