/** `reap`: destroys the stale previews of `app` (PR closed, or no release for too long). */
import { listOrgApps } from '../fly/app.js'
import { destroyApp } from '../fly/destroy.js'
import type { AppSummary } from '../fly/shapes.js'
import { isPullRequestClosed } from '../github/api.js'
import type { Settings } from '../inputs.js'
import { openFlyctl } from '../pipeline/open-flyctl.js'
import { assertPreviewName } from '../preview/naming.js'
import { previewsOf, selectPreviewsToReap } from '../preview/reap.js'
import type { CommandContext, CommandResult } from './result.js'

export async function reapCommand(
  settings: Settings,
  context: CommandContext
): Promise<CommandResult> {
  const { env, logger } = context
  const base = settings.app ?? ''
  const fly = await openFlyctl(settings, env, logger)
  const apps = await listOrgApps(fly, settings.org)
  const selection = selectPreviewsToReap({
    apps,
    base,
    now: Date.now(),
    olderThanMs: settings.reapOlderThanMs,
    closedPrNumbers: await closedPullRequests(apps, base, settings, env)
  })
  const removed: string[] = []
  for (const candidate of selection.destroy) {
    if (settings.dryRun) {
      logger.info(`Would destroy ${candidate.app} (${candidate.reason})`)
      continue
    }
    assertPreviewName(candidate.app, candidate.prNumber, candidate.region)
    await destroyApp(fly, candidate.app, logger)
    removed.push(candidate.app)
  }
  const verb = settings.dryRun ? 'Would destroy' : 'Destroyed'
  const count = selection.destroy.length
  return {
    summary: {
      title: `${verb} ${count} preview${count === 1 ? '' : 's'} of ${base}`,
      verdict: 'reaped',
      rows: [
        [verb, selection.destroy.map((c) => `${c.app} (${c.reason})`).join(', ') || 'none'],
        ['Kept', selection.keep.map((k) => `${k.app} (${k.reason})`).join(', ') || 'none']
      ]
    },
    outputs: { app: removed.join(',') }
  }
}

/** The PRs GitHub says are closed, among this base's previews (none without a token). */
async function closedPullRequests(
  apps: readonly AppSummary[],
  base: string,
  settings: Settings,
  env: NodeJS.ProcessEnv
): Promise<Set<number>> {
  const closed = new Set<number>()
  const repo = env.GITHUB_REPOSITORY
  if (!repo || !settings.githubToken) return closed
  for (const preview of previewsOf(apps, base)) {
    const isClosed = await isPullRequestClosed({
      apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
      token: settings.githubToken,
      repo,
      prNumber: preview.prNumber
    })
    if (isClosed) closed.add(preview.prNumber)
  }
  return closed
}
