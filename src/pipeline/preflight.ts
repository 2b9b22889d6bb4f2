/**
 * Everything that can be checked from the inputs, the user's files and the built config, checked
 * before the first flyctl call, so that a mistake never leaves an app or a paid address behind:
 * secret values as the server will read them, placeholders (filled once with stand-ins for what
 * is not known yet), the machine size, the image reference, and the build context. Each error
 * names the input to change (`config` when the value comes from the user's fly.toml).
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import {
  checkSecretValues,
  imageReferenceProblem,
  machineProblem,
  PlaceholderError,
  presetFor,
  resolvePlaceholders
} from '../config/index.js'
import { asTable, tablesIn } from '../config/ports.js'
import type { BuiltConfig, Ipv4Mode } from '../config/types.js'
import { InputError } from '../errors.js'
import { parseDeployFlags } from '../fly/deploy-flags.js'
import { STAND_IN_IPV4 } from '../fly/dry-run.js'
import type { Settings } from '../inputs.js'

export function checkBeforeAnyCall(
  settings: Settings,
  built: BuiltConfig,
  ipv4Mode: Ipv4Mode,
  app: string
): void {
  checkSecretValues(built.config, presetFor(settings.preset), settings.secrets)
  fillWithStandIns(settings, built, ipv4Mode, app)
  checkMachines(settings, built)
  checkImage(settings, built)
}

/**
 * The placeholders filled as they will be once the address is known, with a documentation
 * address standing in for it (none when `ipv4: none` means there will be none).
 */
function fillWithStandIns(
  settings: Settings,
  built: BuiltConfig,
  ipv4Mode: Ipv4Mode,
  app: string
): void {
  const ipv4 = ipv4Mode === 'none' ? undefined : STAND_IN_IPV4
  try {
    resolvePlaceholders(built.config, { ipv4, app, hostname: `${app}.fly.dev` })
  } catch (error) {
    if (!(error instanceof PlaceholderError)) throw error
    const envName = /^\[env\] (.+)$/.exec(error.key)?.[1]
    const input = envName !== undefined && Object.hasOwn(settings.env, envName) ? 'env' : 'config'
    throw new InputError(input, `${error.message}. ${error.hint ?? ''}`.trim())
  }
}

const VM_INPUTS = {
  size: ['vm-size', 'shared-cpu-1x'],
  memory: ['vm-memory', '512mb'],
  cpus: ['vm-cpus', '1'],
  cpuKind: ['vm-cpu-kind', 'shared']
} as const

/**
 * Each [[vm]] as the machine Fly would create. Named: the input that set the faulty part, else
 * the vm-* input that changed the machine, else the user's fly.toml.
 */
function checkMachines(settings: Settings, built: BuiltConfig): void {
  for (const vm of tablesIn(built.config.vm)) {
    const found = machineProblem(vm)
    if (found === undefined) continue
    const [ownInput, example] = VM_INPUTS[found.field]
    const given = (Object.keys(VM_INPUTS) as (keyof typeof VM_INPUTS)[]).find(
      (field) => settings.vm[field] !== undefined
    )
    const input =
      settings.vm[found.field] !== undefined
        ? ownInput
        : given !== undefined
          ? VM_INPUTS[given][0]
          : settings.configPath !== undefined
            ? 'config'
            : ownInput
    throw new InputError(input, `Fly would refuse the machine: ${found.problem}`, example)
  }
}

function checkImage(settings: Settings, built: BuiltConfig): void {
  if (built.image === undefined || settings.image !== undefined) return
  const problem = imageReferenceProblem(built.image)
  if (problem)
    throw new InputError('config', `[build] image: ${problem}`, 'coturn/coturn:4.17.0-r0')
}

/**
 * When flyctl will build (no image): `path` is a directory, and the Dockerfile flyctl will look
 * for exists: `[build] dockerfile` (already made absolute from the user's fly.toml), else
 * `--dockerfile` in deploy-args (relative to `path`, where flyctl changes directory), else
 * `Dockerfile` or `dockerfile` in `path` (imgsrc.ResolveDockerfile). A `[build] builder` or
 * buildpacks build needs none.
 */
export async function checkBuildContext(settings: Settings, built: BuiltConfig): Promise<void> {
  if (built.image !== undefined || settings.image === 'current') return
  if (!(await isDirectory(settings.path))) {
    throw new InputError('path', `'${settings.path}' is not a directory (the build context)`, '.')
  }
  const build = asTable(built.config.build) ?? {}
  if (build.builder !== undefined || build.buildpacks !== undefined || build.builtin !== undefined)
    return
  const configured = typeof build.dockerfile === 'string' ? build.dockerfile : undefined
  if (configured !== undefined && /^https?:\/\//i.test(configured)) return
  const flagged = dockerfileFlag(settings.deployArgs)
  const candidates =
    configured !== undefined
      ? [configured]
      : flagged !== undefined
        ? [path.resolve(settings.path, flagged)]
        : ['Dockerfile', 'dockerfile'].map((name) => path.join(settings.path, name))
  for (const candidate of candidates) if (await isFile(candidate)) return
  throw new InputError(
    configured !== undefined ? 'config' : flagged !== undefined ? 'deploy-args' : 'path',
    `there is no Dockerfile to build: ${candidates.join(' or ')} does not exist, and no 'image' is given`,
    'image: coturn/coturn:4.17.0-r0'
  )
}

/** The last --dockerfile of deploy-args, as flyctl reads it. */
function dockerfileFlag(args: readonly string[]): string | undefined {
  return parseDeployFlags(args)
    .flags.filter((flag) => flag.spec.name === 'dockerfile')
    .at(-1)?.value
}

async function isDirectory(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isDirectory(),
    () => false
  )
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false
  )
}
