/** Which command a run executes, once the inputs are valid and the target app is known. */
import type { Target } from '../github/event.js'
import { missingTokenError, needsToken, type Settings } from '../inputs.js'
import type { Logger } from '../log.js'
import { deployCommand } from './deploy.js'
import { destroyCommand } from './destroy.js'
import { planCommand } from './plan.js'
import { probeCommand } from './probe.js'
import { reapCommand } from './reap.js'
import type { CommandContext, CommandResult } from './result.js'

export type { CommandContext, CommandResult } from './result.js'

export function runCommand(
  settings: Settings,
  target: Target,
  context: CommandContext
): Promise<CommandResult> {
  if (settings.apiToken === undefined && needsToken(settings)) {
    return Promise.resolve(skipPreviewWithoutToken(target, context.logger))
  }
  switch (settings.command) {
    case 'deploy':
      // A closed pull request turns a preview's deploy into its teardown.
      return target.closing
        ? destroyCommand(settings, target, context)
        : deployCommand(settings, target, context)
    case 'destroy':
      return destroyCommand(settings, target, context)
    case 'plan':
      return planCommand(settings, target, context)
    case 'reap':
      return reapCommand(settings, context)
    case 'probe':
      return probeCommand(settings, target, context)
  }
}

/**
 * A preview without a Fly token: for a pull request from a fork that is GitHub withholding
 * secrets, so the run is skipped with a warning that says how to preview forks; otherwise the
 * token is simply missing.
 */
function skipPreviewWithoutToken(target: Target, logger: Logger): CommandResult {
  if (!target.pr?.isFork) throw missingTokenError()
  const why =
    `Pull request #${target.pr.number} comes from a fork, and GitHub gives such runs no secrets, so there is no Fly token: the preview ${target.app} was skipped. ` +
    "To preview forks, run a separate workflow a maintainer triggers (a label or a comment) that never checks out and runs the fork's code with the token."
  logger.warn(why)
  return {
    summary: {
      title: `Preview ${target.app} skipped`,
      verdict: 'skipped',
      rows: [['App', target.app]],
      warnings: [why]
    },
    outputs: {}
  }
}
