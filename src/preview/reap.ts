/**
 * Which preview apps a scheduled `reap` destroys. Pure: it gets the org's apps as
 * `flyctl apps list --json` prints them, the clock and the closed PR numbers, and returns a plan;
 * the reap command asks GitHub about the PRs and runs the destroys.
 *
 * Only previews of this action for this base app are ever selected: the name must be exactly
 * what `previewAppName(base, n)` derives, so `turn-2-pr-5` is not a preview of `turn` and a
 * production app can never be chosen.
 *
 * Age signal: `CurrentRelease.CreatedAt`, the time of the app's latest release. `apps list`
 * carries no app creation time, and the latest release is the better measure anyway: a preview
 * redeployed this morning is in use, one untouched for days is stale.
 */
import type { AppSummary } from '../fly/shapes.js'
import { isPreviewOf } from './naming.js'

export interface PreviewApp {
  app: string
  prNumber: number
  /** The region of a fleet member (`<preview>-<region>`). */
  region?: string
}

export type ReapReason = 'older-than' | 'pr-closed'

export interface ReapCandidate extends PreviewApp {
  reason: ReapReason
  /** CurrentRelease.CreatedAt, when the app has a release. */
  lastReleaseAt?: string
}

export interface KeptPreview extends PreviewApp {
  reason: string
}

export interface ReapSelection {
  destroy: ReapCandidate[]
  keep: KeptPreview[]
}

export interface ReapSelectionInput {
  apps: readonly AppSummary[]
  /** The `app` input: the base the previews were derived from. */
  base: string
  now: Date | number
  /** `reap-older-than` in milliseconds. */
  olderThanMs: number
  /** PRs GitHub reported closed; a PR missing here is treated as open (or unknown). */
  closedPrNumbers: ReadonlySet<number>
}

/** The previews of `base` among the org's apps, sorted by PR number: the PRs to ask GitHub about. */
export function previewsOf(apps: readonly AppSummary[], base: string): PreviewApp[] {
  const previews: PreviewApp[] = []
  for (const entry of apps) {
    if (typeof entry?.Name !== 'string') continue
    const match = isPreviewOf(entry.Name, base)
    if (match) previews.push({ app: entry.Name, ...match })
  }
  return previews.sort((a, b) => a.prNumber - b.prNumber || a.app.localeCompare(b.app))
}

/** Go's zero time (`0001-01-01T00:00:00Z`) and unparsable values mean "no release time". */
function releaseTime(entry: AppSummary): { iso: string; ms: number } | undefined {
  const iso = entry.CurrentRelease?.CreatedAt
  if (typeof iso !== 'string') return undefined
  const ms = Date.parse(iso)
  if (Number.isNaN(ms) || new Date(ms).getUTCFullYear() <= 1) return undefined
  return { iso, ms }
}

/** `3d 4h`, `5h 12m`, `42m`, `30s`: ages in the reap report. */
export function formatAge(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  const days = Math.floor(seconds / 86400)
  const hours = Math.floor((seconds % 86400) / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`
  if (hours > 0) return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`
  if (minutes > 0) return `${minutes}m`
  return `${seconds}s`
}

/**
 * Splits this base's previews into those to destroy (PR closed, or last release older than the
 * limit) and those to keep, each with the reason. A preview that never released has no age and
 * is kept unless its PR is closed: it may be a deploy that is running right now.
 */
export function selectPreviewsToReap(input: ReapSelectionInput): ReapSelection {
  if (!Number.isFinite(input.olderThanMs) || input.olderThanMs <= 0) {
    throw new RangeError(`olderThanMs must be a positive number, got ${input.olderThanMs}`)
  }
  const now = typeof input.now === 'number' ? input.now : input.now.getTime()
  const byName = new Map(input.apps.map((entry) => [entry.Name, entry]))
  const selection: ReapSelection = { destroy: [], keep: [] }
  const limit = formatAge(input.olderThanMs)

  for (const preview of previewsOf(input.apps, input.base)) {
    const entry = byName.get(preview.app) as AppSummary
    const released = releaseTime(entry)
    const lastReleaseAt = released?.iso
    if (input.closedPrNumbers.has(preview.prNumber)) {
      selection.destroy.push({ ...preview, reason: 'pr-closed', lastReleaseAt })
    } else if (!released) {
      selection.keep.push({ ...preview, reason: 'never released, so its age is unknown' })
    } else if (now - released.ms > input.olderThanMs) {
      selection.destroy.push({ ...preview, reason: 'older-than', lastReleaseAt })
    } else {
      const age = formatAge(now - released.ms)
      selection.keep.push({ ...preview, reason: `last release ${age} ago (limit ${limit})` })
    }
  }
  return selection
}
