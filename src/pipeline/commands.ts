/**
 * The commands besides `deploy`: `destroy` (a preview on PR close), `plan` (render and print,
 * change nothing), `reap` (destroy stale previews) and `probe` (only the readiness probe).
 */
import { lookUpApp } from '../fly/app.js'
import { deployArgv } from '../fly/deploy.js'
import { destroyApp } from '../fly/destroy.js'
import { oldestOfType } from '../fly/ips.js'
import { currentImage } from '../fly/releases.js'
import { parseAppList } from '../fly/shapes.js'
import { isPullRequestClosed } from '../github/comment.js'
import { assertPreviewName } from '../github/preview.js'
import type { Target } from '../github/event.js'
import { type Ipv4Mode, missingTokenError, type Settings } from '../inputs.js'
import type { Logger } from '../log.js'
import { selectPreviewsToReap, previewsOf } from '../lifecycle/reap.js'
import { stunUrl, timelineMermaid, turnUrls } from '../probe/index.js'
import { deployRequestFor, prepareConfig, writeConfig } from './config.js'
import { openFlyctl } from './flyctl.js'
import type { CommandResult } from './result.js'
import { probeDeployment, validateProbePlan } from './verify.js'

/**
 * A preview without a Fly token: for a pull request from a fork that is GitHub withholding
 * secrets, so the run is skipped with a warning that says how to preview forks; otherwise the
 * token is simply missing.
 */
export function skipPreviewWithoutToken(target: Target, logger: Logger): CommandResult {
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

export function runOtherCommand(
  settings: Settings,
  target: Target,
  env: NodeJS.ProcessEnv,
  logger: Logger
): Promise<CommandResult> {
  // A closed pull request turns a preview's deploy into its teardown; plan and probe stay what they are.
  if (settings.command === 'destroy' || (settings.command === 'deploy' && target.closing))
    return destroyCommand(settings, target, env, logger)
  if (settings.command === 'plan') return planCommand(settings, target, env, logger)
  if (settings.command === 'reap') return reapCommand(settings, env, logger)
  return probeCommand(settings, target, env, logger)
}

async function destroyCommand(
  settings: Settings,
  target: Target,
  env: NodeJS.ProcessEnv,
  logger: Logger
): Promise<CommandResult> {
  // A preview destroy can only ever touch `<base>-pr-<n>`: the guard against destroying production.
  if (target.pr) assertPreviewName(target.app, target.pr.number)
  const fly = await openFlyctl(settings, env, logger)
  const result = await destroyApp(fly, target.app, logger)
  const what = result.existed
    ? `Destroyed ${target.app}${result.releasedAddresses.length > 0 ? ` and released ${result.releasedAddresses.join(', ')}` : ''}`
    : `${target.app} was already gone`
  return {
    summary: {
      title: what,
      verdict: 'destroyed',
      rows: [
        ['App', target.app],
        ['Released addresses', result.releasedAddresses.join(', ')]
      ]
    },
    outputs: { app: target.app },
    comment: { status: 'destroyed', app: target.app, details: [what] }
  }
}

async function planCommand(
  settings: Settings,
  target: Target,
  env: NodeJS.ProcessEnv,
  logger: Logger
): Promise<CommandResult> {
  const app = target.app
  const hostname = `${app}.fly.dev`
  const prepared = await prepareConfig(settings, app)
  validateProbePlan(
    settings,
    { app, hostname, udpPorts: prepared.built.udpPorts },
    prepared.ipv4Mode
  )
  const fly = await openFlyctl(settings, env, logger)
  const found = await lookUpApp(fly, app)
  const reused =
    prepared.ipv4Mode === 'dedicated'
      ? oldestOfType(found.ips, 'v4')
      : found.ips.find((ip) => ip.type === 'shared_v4')
  const ipv4 = reused?.address
  const image =
    settings.image === 'current' ? await currentImage(fly, app, found.exists) : prepared.built.image
  const rendered = await writeConfig(
    prepared,
    {
      ipv4: ipv4 ?? (prepared.ipv4Mode === 'none' ? undefined : '<allocated at deploy>'),
      app,
      hostname
    },
    `${env.RUNNER_TEMP ?? '.'}/fly-webrtc-deploy/${app}`
  )
  const argv = deployArgv(deployRequestFor(settings, app, rendered.path, image))
  const calls = plannedCalls(
    settings,
    app,
    found.exists,
    reused !== undefined,
    prepared.ipv4Mode,
    argv
  )
  const ipv4Decision =
    prepared.ipv4Mode === 'none'
      ? 'none'
      : reused
        ? `reuse ${reused.address}`
        : `allocate a ${prepared.ipv4Mode} IPv4`
  for (const line of [
    `App: ${app} (${found.exists ? 'exists' : 'would be created'})`,
    `IPv4: ${ipv4Decision}`,
    'Calls that would run:',
    ...calls.map((c) => `  ${c}`)
  ])
    logger.info(line)
  logger.info(`Rendered fly.toml (${rendered.path}):\n${rendered.toml}`)
  return {
    summary: {
      title: `Plan for ${app}: nothing was changed`,
      verdict: 'planned',
      rows: [
        ['App', found.exists ? `${app} (exists)` : `${app} (would be created in ${settings.org})`],
        ['IPv4', ipv4Decision],
        ['Image', image ?? `remote build of ${settings.path}`],
        ['Secrets', settings.secrets.map((s) => s.name).join(', ')],
        ['Config', `\`${rendered.path}\``]
      ],
      warnings: prepared.warnings.map((w) => w.message),
      blocks: [
        { title: 'Rendered fly.toml', language: 'toml', text: rendered.toml },
        { title: 'flyctl calls a deploy would make', language: 'sh', text: calls.join('\n') }
      ],
      flyctlCalls: fly.calls.map((c) => `flyctl ${c.args.join(' ')}  # exit ${c.exitCode}`)
    },
    outputs: { app, hostname, ipv4, config: rendered.path, image }
  }
}

async function reapCommand(
  settings: Settings,
  env: NodeJS.ProcessEnv,
  logger: Logger
): Promise<CommandResult> {
  const base = settings.app ?? ''
  const fly = await openFlyctl(settings, env, logger)
  const apps = await fly.json(['apps', 'list', '--org', settings.org, '--json'], parseAppList, {
    readOnly: true
  })
  const closed = new Set<number>()
  const repo = env.GITHUB_REPOSITORY
  if (repo && settings.githubToken) {
    for (const preview of previewsOf(apps, base)) {
      const isClosed = await isPullRequestClosed({
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        token: settings.githubToken,
        repo,
        prNumber: preview.prNumber
      })
      if (isClosed) closed.add(preview.prNumber)
    }
  }
  const selection = selectPreviewsToReap({
    apps,
    base,
    now: Date.now(),
    olderThanMs: settings.reapOlderThanMs,
    closedPrNumbers: closed
  })
  const removed: string[] = []
  for (const candidate of selection.destroy) {
    if (settings.dryRun) {
      logger.info(`Would destroy ${candidate.app} (${candidate.reason})`)
      continue
    }
    assertPreviewName(candidate.app, candidate.prNumber)
    await destroyApp(fly, candidate.app, logger)
    removed.push(candidate.app)
  }
  const verb = settings.dryRun ? 'Would destroy' : 'Destroyed'
  return {
    summary: {
      title: `${verb} ${selection.destroy.length} preview${selection.destroy.length === 1 ? '' : 's'} of ${base}`,
      verdict: 'reaped',
      rows: [
        [verb, selection.destroy.map((c) => `${c.app} (${c.reason})`).join(', ') || 'none'],
        ['Kept', selection.keep.map((k) => `${k.app} (${k.reason})`).join(', ') || 'none']
      ]
    },
    outputs: { app: removed.join(',') }
  }
}

async function probeCommand(
  settings: Settings,
  target: Target,
  env: NodeJS.ProcessEnv,
  logger: Logger
): Promise<CommandResult> {
  const app = target.app
  const hostname = app ? `${app}.fly.dev` : (settings.probeHost ?? '')
  let ipv4 = settings.probeHost
  if (ipv4 === undefined) {
    const fly = await openFlyctl(settings, env, logger)
    ipv4 = oldestOfType((await lookUpApp(fly, app)).ips, 'v4')?.address
  }
  const probeTarget = { app, hostname, ipv4, udpPorts: [settings.probePort] }
  validateProbePlan(settings, probeTarget, 'dedicated')
  const run = await probeDeployment(settings, probeTarget, logger)
  if (!run) throw new Error('nothing to probe')
  const report = run.report
  const urls = [
    stunUrl(run.options.host, run.options.port),
    ...turnUrls(
      run.options.host,
      run.options.port,
      run.options.tlsPort ?? 5349,
      run.options.transports
    )
  ]
  return {
    summary: {
      title: report.ok ? `${run.options.host} answers` : `${run.options.host} did not answer`,
      verdict: report.ok ? 'probed' : 'failed',
      error: report.ok ? undefined : (report.diagnostic ?? report.summary),
      rows: [['Host', `${run.options.host}:${run.options.port}`]],
      urls,
      probes: [{ label: 'Probe', probe: { ...report, timeline: timelineMermaid(report) } }]
    },
    outputs: {
      app: app || undefined,
      ipv4,
      'stun-url': urls[0],
      'turn-urls': urls.slice(1).join(','),
      'probe-rtt-ms': report.rttMs?.toFixed(1),
      'ready-after-seconds':
        report.readyAfterMs === undefined ? undefined : (report.readyAfterMs / 1000).toFixed(1)
    }
  }
}

/** The flyctl calls a deploy with these inputs would make, in order, for the plan's report. */
function plannedCalls(
  settings: Settings,
  app: string,
  appExists: boolean,
  addressExists: boolean,
  ipv4Mode: Ipv4Mode,
  deployArgs: string[]
): string[] {
  const calls = [`flyctl ips list --app ${app} --json`]
  if (!appExists) calls.push(`flyctl apps create ${app} --org ${settings.org}`)
  if (!addressExists && ipv4Mode === 'dedicated') {
    calls.push(`flyctl ips allocate-v4 --yes --app ${app}`, `flyctl ips list --app ${app} --json`)
  }
  if (!addressExists && ipv4Mode === 'shared')
    calls.push(`flyctl ips allocate-v4 --shared --app ${app}`)
  if (settings.secrets.length > 0) {
    const names = settings.secrets.map((s) => s.name).join(', ')
    calls.push(`flyctl secrets import --app ${app} --stage  # stdin: ${names}`)
  }
  calls.push(
    `FLY_EMIT_RELEASE_JSON=1 flyctl ${deployArgs.join(' ')}`,
    `flyctl status --app ${app} --json`
  )
  if (settings.count !== undefined) {
    calls.push(
      `flyctl scale count ${settings.count} --region ${settings.regions.join(',')} --yes --app ${app}`
    )
  }
  return calls
}
