/**
 * The one pull-request comment a preview keeps up to date: found again by a hidden marker,
 * created or updated in place, and rendered from the run's result. Writing the comment is a
 * report, not part of the deploy: a missing permission or a read-only fork token comes back as a
 * warning with the fix, never as an exception that would fail a good deploy. Server errors and
 * rate limits are retried a few times (github/retry.ts).
 */
import {
  endpoint,
  GitHubHttpError,
  type GitHubTarget,
  nextPageUrl,
  repoPath,
  request
} from './api.js'
import { COMMENT_RETRY, isRateLimited, withRetries } from './retry.js'

export interface UpsertCommentOptions extends GitHubTarget {
  /** The preview app: one comment per app and PR, found again by a hidden marker. */
  app: string
  body: string
  /** Hears each retry (status and wait), for the log. */
  onRetry?: (note: string) => void
}

export interface UpsertCommentResult {
  action: 'created' | 'updated' | 'skipped'
  url?: string
  warning?: string
}

/** 100 comments a page: 50 pages is far beyond any real PR and stops a runaway Link chain. */
const MAX_COMMENT_PAGES = 50
/** GitHub rejects comment bodies over 65,536 characters. */
const MAX_BODY_LENGTH = 65_536

/** The hidden line that identifies this action's comment for `app` among a PR's comments. */
export function commentMarker(app: string): string {
  return `<!-- fly-webrtc-deploy:${app} -->`
}

interface IssueComment {
  id: number
  body?: string
  html_url?: string
}

async function findMarkedComment(
  target: GitHubTarget,
  marker: string
): Promise<IssueComment | undefined> {
  let url: string | undefined = endpoint(target, `issues/${target.prNumber}/comments?per_page=100`)
  for (let page = 0; url !== undefined && page < MAX_COMMENT_PAGES; page++) {
    const { json, link } = await request(target, 'GET', url)
    const comments = Array.isArray(json) ? (json as IssueComment[]) : []
    const found = comments.find((c) => typeof c.body === 'string' && c.body.includes(marker))
    if (found) return found
    url = nextPageUrl(link, target.apiUrl)
  }
  return undefined
}

function fitBody(body: string): string {
  if (body.length <= MAX_BODY_LENGTH) return body
  const note = '\n\n…(truncated: GitHub limits a comment to 65,536 characters)'
  return body.slice(0, MAX_BODY_LENGTH - note.length) + note
}

function warningFor(error: unknown): string {
  const prefix = 'Could not write the pull-request comment'
  const tail = 'The deploy itself is not affected.'
  if (error instanceof GitHubHttpError) {
    if (isRateLimited(error)) {
      const wait = error.header('retry-after')
      return `${prefix}: GitHub's rate limit (${error.message}${wait ? `; retry after ${wait} s` : ''}) outlasted the retries. ${tail}`
    }
    if (error.status === 401) {
      return `${prefix} (${error.message}): the github-token was rejected. Pass a valid token, e.g. github-token: \${{ github.token }}. ${tail}`
    }
    if (error.status === 403 || error.status === 404) {
      return (
        `${prefix} (${error.message}). Give the job \`permissions: pull-requests: write\`. ` +
        'On a pull request from a fork the token is read-only and secrets are absent: run ' +
        'previews from a same-repository branch, a label- or comment-gated pull_request_target ' +
        `job that does not check out the fork's code, or a workflow_run workflow, or set comment: false. ${tail}`
      )
    }
    return `${prefix}: the GitHub API answered ${error.message}. ${tail}`
  }
  const reason = error instanceof Error ? error.message : String(error)
  return `${prefix}: the GitHub API could not be reached (${reason}). ${tail}`
}

/**
 * Creates this app's comment on the PR, or updates it in place when a comment with the marker
 * exists (so a PR gets one comment, however many runs). Never throws for an HTTP or network
 * failure: it returns `skipped` with a warning that says what to change.
 */
export async function upsertPullRequestComment(
  options: UpsertCommentOptions
): Promise<UpsertCommentResult> {
  const marker = commentMarker(options.app)
  const body = fitBody(options.body.includes(marker) ? options.body : `${marker}\n${options.body}`)
  if (!options.token) {
    return {
      action: 'skipped',
      warning:
        'No github-token, so no pull-request comment. Pass github-token: ${{ github.token }} ' +
        'with `permissions: pull-requests: write`, or set comment: false.'
    }
  }
  // Validate before any request so a malformed GITHUB_REPOSITORY is a bug report, not a warning.
  repoPath(options.repo)
  const policy = { ...COMMENT_RETRY, ...options.retry }
  const onRetry = (error: unknown, delayMs: number) =>
    options.onRetry?.(
      `The pull-request comment got ${error instanceof Error ? error.message : String(error)}; trying again in ${Math.round(delayMs / 100) / 10} s`
    )
  try {
    // Each attempt looks for the comment again: a create that failed with a 502 may still have
    // been stored, and the retry then updates it instead of adding a second one.
    return await withRetries(policy, () => writeComment(options, marker, body), onRetry)
  } catch (error) {
    return { action: 'skipped', warning: warningFor(error) }
  }
}

async function writeComment(
  options: UpsertCommentOptions,
  marker: string,
  body: string
): Promise<UpsertCommentResult> {
  const existing = await findMarkedComment(options, marker)
  if (existing) {
    const url = endpoint(options, `issues/comments/${existing.id}`)
    const { json } = await request(options, 'PATCH', url, { body })
    return { action: 'updated', url: (json as IssueComment | undefined)?.html_url }
  }
  const url = endpoint(options, `issues/${options.prNumber}/comments`)
  const { json } = await request(options, 'POST', url, { body })
  return { action: 'created', url: (json as IssueComment | undefined)?.html_url }
}

export type PreviewStatus = 'ready' | 'failed' | 'rolled-back' | 'destroyed'

/** One fleet member in the comment: where it runs and how its probe went. */
export interface RegionRow {
  region: string
  app: string
  ipv4?: string
  ok: boolean
  /** The probe's verdict in one line, or why the member failed. */
  verdict: string
  rttMs?: number
  readyAfterSeconds?: number
  release?: string
}

export interface PreviewCommentData {
  status: PreviewStatus
  app: string
  /** A fleet: one row per region instead of one address. */
  regions?: readonly RegionRow[]
  hostname?: string
  ipv4?: string
  stunUrl?: string
  turnUrls?: readonly string[]
  /** The probe's verdict in one line, e.g. `TURN allocate over udp answered in 23 ms after 41 s`. */
  probe?: { ok: boolean; verdict: string }
  /** A Mermaid diagram of the probe attempts: its source, or a complete ```mermaid block. */
  timelineMermaid?: string
  release?: { version?: number | string; image?: string }
  /** Link to the workflow run (see `workflowRunUrl`). */
  runUrl?: string
  commitSha?: string
  /** Extra lines: what a rollback did, what a destroy removed, why a deploy failed. */
  details?: readonly string[]
  /** When given, shown as "updated <time> UTC"; left out to keep the body deterministic. */
  updatedAt?: Date
}

const HEADLINES: Record<PreviewStatus, string> = {
  ready: '✅ Preview ready',
  failed: '❌ Preview failed',
  'rolled-back': '⚠️ Preview rolled back to the previous release',
  destroyed: '🧹 Preview destroyed'
}

/** Link to a run's page: `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`. */
export function workflowRunUrl(serverUrl: string, repo: string, runId: string | number): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repo}/actions/runs/${runId}`
}

function regionTable(regions: readonly RegionRow[]): string[] {
  const header = [
    '| Region | App | IPv4 | Probe | RTT | Ready after |',
    '|---|---|---|---|---|---|'
  ]
  return [
    ...header,
    ...regions
      .map((r) =>
        [
          r.region,
          code(r.app),
          r.ipv4 ? code(r.ipv4) : '',
          `${r.ok ? '✅' : '❌'} ${r.verdict}`,
          r.rttMs === undefined ? '' : `${r.rttMs} ms`,
          r.readyAfterSeconds === undefined ? '' : `${r.readyAfterSeconds} s`
        ]
          .map(cell)
          .join(' | ')
      )
      .map((row) => `| ${row} |`)
  ]
}

/** Text safe inside a Markdown table cell (a `|` would end the cell, a newline the row). */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``
}

function mermaidBlock(source: string): string {
  const trimmed = source.trim()
  return trimmed.startsWith('```') ? trimmed : '```mermaid\n' + trimmed + '\n```'
}

/**
 * The Markdown of the preview comment: a headline with the status, a table (app, address,
 * STUN/TURN URLs, probe verdict, release, commit), the probe timeline folded away, and a link to
 * the run. The hidden marker is added by `upsertPullRequestComment`.
 */
export function renderPreviewComment(data: PreviewCommentData): string {
  const rows: [string, string][] = [
    ['App', `[${code(data.app)}](https://fly.io/apps/${encodeURIComponent(data.app)})`]
  ]
  if (data.status !== 'destroyed') {
    const address = [data.ipv4 && code(data.ipv4), data.hostname && code(data.hostname)]
    const shown = address.filter((part): part is string => Boolean(part))
    if (shown.length > 0) rows.push(['Address', shown.join(' · ')])
    if (data.stunUrl) rows.push(['STUN', code(data.stunUrl)])
    if (data.turnUrls && data.turnUrls.length > 0) {
      rows.push(['TURN', data.turnUrls.map(code).join('<br>')])
    }
    if (data.probe) rows.push(['Probe', `${data.probe.ok ? '✅' : '❌'} ${data.probe.verdict}`])
    const release = [
      data.release?.version !== undefined ? `v${data.release.version}` : undefined,
      data.release?.image ? code(data.release.image) : undefined
    ].filter((part): part is string => part !== undefined)
    if (release.length > 0) rows.push(['Release', release.join(' · ')])
  }
  if (data.commitSha) rows.push(['Commit', code(data.commitSha.slice(0, 12))])

  const lines = [`### ${HEADLINES[data.status]}: ${code(data.app)}`, '', '| | |', '|---|---|']
  for (const [name, value] of rows) lines.push(`| ${name} | ${cell(value)} |`)
  if (data.regions && data.status !== 'destroyed') lines.push('', ...regionTable(data.regions))
  for (const detail of data.details ?? []) lines.push('', detail)
  if (data.timelineMermaid?.trim() && data.status !== 'destroyed') {
    lines.push('', '<details><summary>Probe timeline</summary>', '')
    lines.push(mermaidBlock(data.timelineMermaid), '', '</details>')
  }
  const footer: string[] = []
  if (data.runUrl) footer.push(`[Workflow run](${data.runUrl})`)
  if (data.updatedAt) {
    footer.push(`updated ${data.updatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`)
  }
  if (footer.length > 0) lines.push('', `<sub>${footer.join(' · ')}</sub>`)
  return lines.join('\n') + '\n'
}
