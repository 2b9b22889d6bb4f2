/**
 * run(): one run of the action. Inputs first (nothing happens before they are all valid), then
 * the command: `deploy` reads as the pipeline in DESIGN.md, step by step.
 */
import * as core from '@actions/core'
import { describeError } from './errors.js'
import { ensureApp, lookUpApp } from './fly/app.js'
import { deployRelease } from './fly/deploy.js'
import { currentImage } from './fly/releases.js'
import { stageSecrets } from './fly/secrets.js'
import { type Target, resolveTarget, runContext } from './github/event.js'
import { reportToPullRequest } from './github/report-comment.js'
import { coreLogger as log, setOutputs, step } from './github/runtime.js'
import { renderSummary, writeSummary } from './github/summary.js'
import { type Settings, needsToken, readSettings } from './inputs.js'
import { ensureAddress } from './pipeline/address.js'
import { runOtherCommand, skipPreviewWithoutToken } from './pipeline/commands.js'
import { deployRequestFor, prepareConfig, writeConfig } from './pipeline/config.js'
import { callTimeoutOverride, openFlyctl } from './pipeline/flyctl.js'
import { handleProbeFailure } from './pipeline/on-failure.js'
import { deployReport } from './pipeline/report.js'
import type { CommandResult } from './pipeline/result.js'
import { scaleOut } from './pipeline/scale.js'
import { Stopwatch } from './pipeline/stopwatch.js'
import { probeDeployment, validateProbePlan } from './pipeline/verify.js'

/** Step 1 done by the entry point before this module loaded: its settings, or why it failed. */
export type EarlyInputs = { settings: Settings } | { error: unknown }

export async function run(
  env: NodeJS.ProcessEnv = process.env,
  early?: EarlyInputs
): Promise<void> {
  let result: CommandResult | undefined
  let target: Target | undefined
  let settings: Settings | undefined
  const context = runContext(env)
  try {
    if (early && 'error' in early) throw early.error
    settings =
      early?.settings ??
      readSettings(
        (name) => core.getInput(name),
        env,
        (secret) => core.setSecret(secret)
      ) // 1
    target = resolveTarget(settings.app ?? '', settings.preview, settings.command, context) // 2
    result =
      settings.apiToken === undefined && needsToken(settings)
        ? skipPreviewWithoutToken(target, log)
        : settings.command === 'deploy' && !target.closing
          ? await deploy(settings, target, env)
          : await runOtherCommand(settings, target, env, log)
    setOutputs(result.outputs)
    if (result.summary.verdict === 'failed')
      core.setFailed(result.summary.error ?? result.summary.title)
  } catch (error) {
    const message = describeError(error)
    core.setFailed(message)
    result = {
      summary: { title: 'fly-webrtc-deploy failed', verdict: 'failed', rows: [], error: message },
      outputs: {},
      // A preview's comment must not go on saying "ready" after a failed run.
      comment: target?.pr ? { status: 'failed', app: target.app, details: [message] } : undefined
    }
  }
  await writeSummary(renderSummary(result.summary))
  if (settings && target) await reportToPullRequest(settings, target, context, result.comment, log)
}

async function deploy(
  settings: Settings,
  target: Target,
  env: NodeJS.ProcessEnv
): Promise<CommandResult> {
  const app = target.app
  const hostname = `${app}.fly.dev`
  const clock = new Stopwatch()
  const deployTimeoutMs = callTimeoutOverride(env)
  // One timed, log-grouped step of the pipeline.
  const stage = <T>(name: string, title: string, body: () => Promise<T>): Promise<T> =>
    clock.time(name, () => step(title, body))

  // 6-7 come first: config and lint need no address, and must fail before anything changes on Fly.
  const prepared = await stage('config', 'Config and lint', () => prepareConfig(settings, app))
  const probeTarget = { app, hostname, udpPorts: prepared.built.udpPorts }
  validateProbePlan(settings, probeTarget, prepared.ipv4Mode)
  const fly = await stage('flyctl', 'flyctl', () => openFlyctl(settings, env, log)) // 3
  const found = await stage('app', `App ${app}`, () => lookUpApp(fly, app)) // 4
  // `image: current` is resolved before anything is created or bought.
  const image =
    settings.image === 'current' ? await currentImage(fly, app, found.exists) : prepared.built.image
  const existing = await stage(
    'app',
    found.exists ? `App ${app} exists` : `Create app ${app}`,
    () => ensureApp(fly, app, settings.org, found, log)
  )
  const address = await stage('address', 'Dedicated IPv4', () =>
    ensureAddress(fly, app, existing.ips, prepared.ipv4Mode, log)
  ) // 5
  const rendered = await stage('config', 'Rendered fly.toml', () =>
    writeConfig(
      prepared,
      { ipv4: address.ipv4, app, hostname },
      `${env.RUNNER_TEMP ?? '.'}/fly-webrtc-deploy/${app}`
    )
  ) // 6
  await stage('secrets', 'Secrets', () => stageSecrets(fly, app, settings.secrets, log)) // 8
  const request = deployRequestFor(settings, app, rendered.path, image)
  const deployed = await stage('deploy', 'Deploy', () =>
    deployRelease(fly, request, log, deployTimeoutMs)
  ) // 9
  const scaled =
    settings.count === undefined
      ? undefined
      : await stage('scale', 'Scale out', () => scaleOut(fly, settings, app, log))
  const verified = { ...probeTarget, ipv4: address.ipv4 }
  const probe = await stage('probe', 'Probe', () => probeDeployment(settings, verified, log)) // 10
  const recovery =
    probe?.report.ok === false
      ? await stage('on-failure', `On failure: ${settings.onFailure}`, () =>
          handleProbeFailure(fly, settings, request, deployed, verified, log, deployTimeoutMs)
        ) // 11
      : undefined
  // 12: outputs, summary and PR comment are written by run().
  return deployReport({
    settings,
    app,
    hostname,
    existing,
    address,
    deployed,
    rendered,
    probe,
    recovery,
    scaled,
    prepared,
    fly,
    clock
  })
}
