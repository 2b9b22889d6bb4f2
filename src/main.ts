/**
 * run(): one run of the action. Inputs (validated by the entry point before this module loaded),
 * then the target app, then the command, then the report: outputs, job summary, PR comment.
 */
import * as core from '@actions/core'
import { type CommandResult, runCommand } from './commands/index.js'
import { describeError } from './errors.js'
import { type Target, resolveTarget, runContext } from './github/event.js'
import { reportToPullRequest } from './github/report-comment.js'
import { keepingWarnings, setOutputs, step } from './github/runtime.js'
import { renderSummary, writeSummary } from './github/summary.js'
import type { Settings } from './inputs.js'

/** Step 1, done by the entry point before this module loaded: its settings, or why it failed. */
export type EarlyInputs = { settings: Settings } | { error: unknown }

export async function run(env: NodeJS.ProcessEnv, early: EarlyInputs): Promise<void> {
  const context = runContext(env)
  let settings: Settings | undefined
  let target: Target | undefined
  let result: CommandResult
  // Every warning of the run (lint's first), kept for the summary of a run that fails.
  const warnings: string[] = []
  const logger = keepingWarnings(warnings)
  try {
    if ('error' in early) throw early.error
    settings = early.settings
    target = resolveTarget(settings.app ?? '', settings.preview, settings.command, context) // 2
    result = await runCommand(settings, target, { env, logger, group: step })
    setOutputs(result.outputs)
    if (result.summary.verdict === 'failed')
      core.setFailed(result.summary.error ?? result.summary.title)
  } catch (error) {
    result = failedRun(error, target, warnings)
  }
  await writeSummary(renderSummary(result.summary)) // 12
  if (settings && target) {
    const wanted = settings.comment ?? settings.preview
    const request = { wanted, githubToken: settings.githubToken }
    await reportToPullRequest(request, target, context, result.comment, logger)
  }
}

function failedRun(error: unknown, target: Target | undefined, warnings: string[]): CommandResult {
  const message = describeError(error)
  core.setFailed(message)
  return {
    summary: {
      title: 'fly-webrtc-deploy failed',
      verdict: 'failed',
      rows: [],
      error: message,
      warnings
    },
    outputs: {},
    // A preview's comment must not go on saying "ready" after a failed run.
    comment: target?.pr ? { status: 'failed', app: target.app, details: [message] } : undefined
  }
}
