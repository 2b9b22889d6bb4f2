/**
 * The `deploy-args` input: extra `flyctl deploy` flags, read exactly as flyctl will read them
 * (pflag's grammar: shorthand clusters, `=` forms, `--`), so that no spelling can slip a flag past
 * these checks: `-ya other-app` is `-y -a other-app` to flyctl, and so it is here.
 *
 * Refused before anything happens: a flag flyctl does not know, a value flyctl would refuse, a
 * flag the action sets itself (it would make the deploy ambiguous, or point it at another app,
 * config or token), a flag that turns the deploy into something else (help, build only,
 * manifests), and a positional word (flyctl would take it as the build directory).
 */
import { InputError } from '../errors.js'
import { deployFlagValueProblem, parseDeployFlags } from '../fly/deploy-flags.js'
import { goBool, type ParsedFlag, PflagError } from '../fly/pflag.js'
import { splitShellWords } from '../parse.js'

const INPUT = 'deploy-args'
const EXAMPLE = '--build-arg VERSION=2 --no-cache'

/** Flags the action passes itself, by flyctl's canonical name: the input that sets each one. */
const OWNED_BY_INPUTS: Record<string, string> = {
  config: 'config',
  app: 'app',
  image: 'image',
  strategy: 'strategy',
  'wait-timeout': 'wait-timeout',
  ha: 'ha',
  'access-token': 'api-token',
  'primary-region': 'region',
  'vm-size': 'vm-size',
  'vm-memory': 'vm-memory',
  'vm-cpus': 'vm-cpus',
  'vm-cpu-kind': 'vm-cpu-kind'
}

/** Flags that change what the deploy is; why each is refused. */
const REFUSED: Record<string, string> = {
  'remote-only':
    "the action passes it itself when it builds (no 'image'), and with an image nothing is built",
  'local-only':
    "the action builds on Fly's remote builder (it passes --remote-only); flyctl refuses both together",
  'build-only': 'it builds the image and deploys nothing, so the run would probe the old release',
  'export-manifest': 'it writes a deploy manifest instead of deploying',
  'from-manifest': "it deploys a manifest instead of the fly.toml the action renders ('config')",
  'vm-max-memory': "set the machine's memory with 'vm-memory'"
}

/** The argv words of `deploy-args`, checked; throws InputError naming the input. */
export function readDeployArgs(raw: string): string[] {
  const args = splitShellWords(INPUT, raw)
  let parsed
  try {
    parsed = parseDeployFlags(args)
  } catch (error) {
    if (!(error instanceof PflagError)) throw error
    throw new InputError(INPUT, `flyctl deploy would refuse it: ${error.message}`, EXAMPLE)
  }
  if (parsed.positionals.length > 0) {
    throw new InputError(
      INPUT,
      `'${parsed.positionals[0]}' is not a flag: flyctl deploy would take it as the build directory; use the input 'path'`,
      EXAMPLE
    )
  }
  for (const flag of parsed.flags) checkFlag(flag)
  return args
}

function checkFlag(flag: ParsedFlag): void {
  const { spec, spelling } = flag
  const name = spec.name
  const as = spelling === `--${name}` ? `--${name}` : `${spelling} (--${name})`
  if (Object.hasOwn(OWNED_BY_INPUTS, name)) {
    throw new InputError(
      INPUT,
      `${as} is set by the input '${OWNED_BY_INPUTS[name]}'; use that input instead`,
      EXAMPLE
    )
  }
  if (Object.hasOwn(REFUSED, name)) throw new InputError(INPUT, `${as}: ${REFUSED[name]}`, EXAMPLE)
  if (name === 'help' && goBool(flag.value)) {
    throw new InputError(INPUT, `${as} prints flyctl's usage and deploys nothing`, EXAMPLE)
  }
  const problem = deployFlagValueProblem(flag)
  if (problem !== undefined) throw new InputError(INPUT, `${as} ${problem}`, EXAMPLE)
}

/** The values of every --build-secret NAME=VALUE: secrets, masked like the `secrets` input. */
export function buildSecretValues(args: readonly string[]): string[] {
  return flagValues(args, 'build-secret')
    .map((pair) => pair.slice(pair.indexOf('=') + 1))
    .filter((value) => value !== '')
}

/** The NAMEs of every -e/--env NAME=VALUE. */
export function deployEnvNames(args: readonly string[]): string[] {
  return flagValues(args, 'env').map((pair) => pair.slice(0, pair.indexOf('=')))
}

function flagValues(args: readonly string[], name: string): string[] {
  return parseDeployFlags(args)
    .flags.filter((flag) => flag.spec.name === name)
    .map((flag) => flag.value)
}
