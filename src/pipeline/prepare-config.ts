/**
 * Steps 6 and 7: the config built from the preset, the inputs and the user's fly.toml before
 * anything changes on Fly (so a bad config or a fatal lint stops the run first), then resolved
 * with the address and written to a temporary file, never over the user's file.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  buildConfig,
  decideIpv4Mode,
  lintConfig,
  missingRequiredSecrets,
  type PlaceholderValues,
  relativeBuildPaths,
  renderToml,
  resolvePlaceholders
} from '../config/index.js'
import type { BuiltConfig, Ipv4Mode, LintFinding } from '../config/types.js'
import { ActionError, InputError } from '../errors.js'
import type { DeployRequest } from '../fly/argv.js'
import type { Settings } from '../inputs.js'
import { type Logger, silentLogger } from '../log.js'
import { checkBeforeAnyCall } from './preflight.js'
import { checkProbedPortsExposed } from './probe-plan.js'

export interface PreparedConfig {
  built: BuiltConfig
  ipv4Mode: Ipv4Mode
  warnings: LintFinding[]
  /**
   * Required secrets of the preset that the `secrets` input does not set: the deploy accepts
   * them only when they are stored on the app (pipeline/stored-secrets.ts).
   */
  unsetSecrets: string[]
}

/** The config of `app` in `region` (a fleet member's own region; else the `region` input). */
export async function prepareConfig(
  settings: Settings,
  app: string,
  region = settings.region,
  logger: Logger = silentLogger
): Promise<PreparedConfig> {
  const user =
    settings.configPath === undefined ? undefined : await readUserConfig(settings.configPath)
  const secretNames = settings.secrets.map((s) => s.name)
  const built = buildConfig({
    app,
    region,
    preset: settings.preset,
    baseToml: user?.text,
    baseTomlPath: user?.path,
    image: settings.image === 'current' ? undefined : settings.image,
    env: settings.env,
    udpPorts: settings.udpPorts,
    tcpPorts: settings.tcpPorts,
    tlsPorts: settings.tlsPorts,
    turnPort: settings.probePort,
    httpPort: settings.httpPort,
    vm: settings.vm,
    secretNames
  })
  const ipv4Mode = decideIpv4Mode(settings.ipv4, built)
  checkBeforeAnyCall(settings, built, ipv4Mode, app)
  const findings = lintConfig(built.config, {
    ipv4: ipv4Mode,
    ha: settings.ha,
    allowOpenRelay: settings.allowOpenRelay
  })
  const warnings = findings.filter((f) => f.severity === 'warning')
  // As annotations now: a run that fails later still shows them where people look first.
  for (const warning of warnings) logger.warn(warning.message)
  const errors = findings.filter((f) => f.severity === 'error')
  if (errors.length > 0) {
    throw new ActionError(
      'config',
      `The fly.toml would not work on Fly:\n${errors.map((f) => `- ${f.message}`).join('\n')}`,
      {
        hint: 'fix the keys named above in your config (or the inputs that set them); nothing was changed on Fly'
      }
    )
  }
  checkProbedPortsExposed(settings, built, ipv4Mode)
  return {
    built,
    ipv4Mode,
    warnings,
    unsetSecrets: missingRequiredSecrets(settings.preset, secretNames)
  }
}

export interface RenderedConfig {
  path: string
  toml: string
}

/**
 * The action's own directory in the runner's temp directory, never the workspace: flyctl runs
 * here, so a ./fly.toml of the job's workspace (broken or of another app) is not parsed by every
 * call (fly-platform.md §3), and it holds no fly.toml itself.
 */
export function workDirectory(env: NodeJS.ProcessEnv): string {
  return path.resolve(env.RUNNER_TEMP ?? '.', 'fly-webrtc-deploy')
}

/** Where the rendered fly.toml of an app goes (flyctl deploys from this directory). */
export function configDirectory(env: NodeJS.ProcessEnv, app: string): string {
  return path.join(workDirectory(env), app)
}

/**
 * Resolves {ipv4} {app} {hostname}, writes the image the deploy passes as `--image` into
 * `[build] image` (so the file shown and the release agree, `image: current` included), writes
 * `[build]` paths relative to the file's own directory (as flyctl reads them), and writes the
 * file flyctl deploys. Returns its path and text.
 */
export async function writeConfig(
  prepared: PreparedConfig,
  values: PlaceholderValues,
  image: string | undefined,
  directory: string
): Promise<RenderedConfig> {
  const config = resolvePlaceholders(prepared.built.config, values)
  if (image !== undefined) config.build = { ...(config.build as object | undefined), image }
  relativeBuildPaths(config, path.resolve(directory))
  const toml = renderToml(config)
  await mkdir(directory, { recursive: true })
  const file = path.join(directory, 'fly.toml')
  await writeFile(file, toml, 'utf8')
  return { path: file, toml }
}

/**
 * The user's fly.toml, read as flyctl reads `--config`: the path itself, or `fly.toml` inside it
 * when it is a directory.
 */
async function readUserConfig(file: string): Promise<{ path: string; text: string }> {
  const problem = (error: unknown): InputError =>
    new InputError(
      'config',
      `cannot read '${file}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      'fly.toml'
    )
  try {
    return { path: file, text: await readFile(file, 'utf8') }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EISDIR') throw problem(error)
  }
  const inside = path.join(file, 'fly.toml')
  try {
    return { path: inside, text: await readFile(inside, 'utf8') }
  } catch (error) {
    throw problem(error)
  }
}

/** The deploy the inputs ask for, with the rendered config and the image decided. */
export function deployRequestFor(
  settings: Settings,
  app: string,
  rendered: { path: string; ipv4Mode: Ipv4Mode },
  image: string | undefined
): DeployRequest {
  return {
    app,
    configPath: rendered.path,
    image,
    // Absolute: flyctl runs in the action's own directory, not in the workspace.
    buildPath: path.resolve(settings.path),
    strategy: settings.strategy,
    waitTimeoutMs: settings.waitTimeoutMs,
    ha: settings.ha,
    publicIps: rendered.ipv4Mode !== 'none',
    deployArgs: settings.deployArgs
  }
}
