/** How to deploy: machines, strategy, timeouts, extra flyctl flags, flyctl itself, on failure. */
import { InputError } from '../errors.js'
import { normalizeFlyctlVersion } from '../fly/version.js'
import { MAX_TIMER_MS, parseBoolean, parseDuration, parseEnum, splitShellWords } from '../parse.js'
import { type InputReader, optional } from './reader.js'
import { ON_FAILURE, type Settings, STRATEGIES } from './settings.js'

/** deploy-args flags the action sets itself: passing them twice would make the result ambiguous. */
const FLAGS_OWNED_BY_INPUTS: Record<string, string> = {
  '--config': 'config',
  '-c': 'config',
  '--app': 'app',
  '-a': 'app',
  '--image': 'image',
  '-i': 'image',
  '--strategy': 'strategy',
  '--wait-timeout': 'wait-timeout',
  '--ha': 'ha',
  '--access-token': 'api-token',
  '-t': 'api-token'
}

export function readDeployInputs(
  r: InputReader
): Pick<
  Settings,
  'ha' | 'strategy' | 'waitTimeoutMs' | 'deployArgs' | 'flyctlVersion' | 'onFailure'
> {
  return {
    ha: parseBoolean('ha', r.withDefault('ha')),
    strategy: parseEnum('strategy', r.withDefault('strategy'), STRATEGIES),
    waitTimeoutMs: parseDuration('wait-timeout', r.withDefault('wait-timeout'), '5m', MAX_TIMER_MS),
    deployArgs: readDeployArgs(r.raw('deploy-args')),
    flyctlVersion: optional(r.text('flyctl-version'), normalizeFlyctlVersion),
    onFailure: parseEnum('on-failure', r.withDefault('on-failure'), ON_FAILURE)
  }
}

function readDeployArgs(raw: string): string[] {
  const args = splitShellWords('deploy-args', raw)
  for (const arg of args) {
    const flag = ownedFlagOf(arg)
    if (flag !== undefined) {
      throw new InputError(
        'deploy-args',
        `${flag} is set by the input '${FLAGS_OWNED_BY_INPUTS[flag]}'; use that input instead`
      )
    }
  }
  return args
}

/** The owned flag an argument sets: `--app`, `--app=x`, `-a`, or a short flag glued to its value (`-ax`). */
function ownedFlagOf(arg: string): string | undefined {
  const long = arg.split('=')[0]
  if (Object.hasOwn(FLAGS_OWNED_BY_INPUTS, long)) return long
  const short = arg.slice(0, 2)
  return !arg.startsWith('--') && Object.hasOwn(FLAGS_OWNED_BY_INPUTS, short) ? short : undefined
}
