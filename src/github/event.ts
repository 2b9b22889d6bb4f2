/** The workflow run's context as the runner provides it in the environment. */
import { readFileSync } from 'node:fs'
import { type PullRequestRef, resolvePreview } from './preview.js'

export interface RunContext {
  eventName: string
  payload: unknown
  repository?: string
  serverUrl: string
  apiUrl: string
  runId?: string
}

export function runContext(env: NodeJS.ProcessEnv): RunContext {
  let payload: unknown = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
    } catch {
      payload = {}
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repository: env.GITHUB_REPOSITORY,
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    runId: env.GITHUB_RUN_ID
  }
}

export interface Target {
  app: string
  pr?: PullRequestRef
  /** A preview whose pull request is closed: tear it down instead of deploying. */
  closing: boolean
}

/**
 * Step 2: the app this run acts on: the `app` input, or for a preview the name derived from the
 * PR. `reap` runs on a schedule, without a PR: for it `app` is the base of the previews it reaps.
 */
export function resolveTarget(
  app: string,
  preview: boolean,
  command: string,
  context: RunContext
): Target {
  if (!preview || command === 'reap') return { app, closing: false }
  return resolvePreview(context.eventName, context.payload, app)
}
