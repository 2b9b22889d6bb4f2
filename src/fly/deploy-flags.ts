/**
 * Every flag `flyctl deploy` v0.4.87 accepts, as pflag specs: read from superfly/flyctl at tag
 * v0.4.87, internal/command/deploy/deploy.go (CommonFlags and New), internal/flag/flag.go (the
 * helpers and their names), internal/flag/machines.go (VMSizeFlags), internal/command/root/
 * root.go (the persistent -t/--access-token, --verbose, --debug), plus cobra's -h/--help. Hidden
 * flags count: flyctl accepts them. An alias (flyctl's makeAlias) is the same flag here.
 *
 * Beside the grammar, the value rules flyctl's deploy applies before it changes anything
 * (deploy.go run, deployToMachines, parseDurationFlag; flag/validation/compression.go), so that
 * a bad value is refused before the action creates the app or buys an address.
 */
import { type FlagSpec, type ParsedFlag, parsePflags } from './pflag.js'

const bool = (name: string, short?: string, aliases?: string[]): FlagSpec => ({
  name,
  short,
  kind: 'bool',
  aliases
})
const text = (name: string, short?: string, extra: Partial<FlagSpec> = {}): FlagSpec => ({
  name,
  short,
  kind: 'string',
  ...extra
})
const array = (name: string, short?: string): FlagSpec => ({ name, short, kind: 'stringArray' })
const slice = (name: string, aliases?: string[]): FlagSpec => ({
  name,
  kind: 'stringSlice',
  aliases
})
const int = (name: string, aliases?: string[]): FlagSpec => ({ name, kind: 'int', aliases })

export const DEPLOY_FLAGS: readonly FlagSpec[] = [
  // cobra and flyctl's root command
  bool('help', 'h'),
  text('access-token', 't'),
  bool('verbose'),
  bool('debug'),
  // flag.App(), flag.AppConfig()
  text('app', 'a'),
  text('config', 'c'),
  // CommonFlags, in deploy.go's order
  text('image', 'i'),
  bool('now'),
  bool('remote-only'),
  bool('local-only'),
  bool('push'),
  bool('wg'),
  bool('https-failover', undefined, ['http-failover']),
  bool('detach'),
  text('strategy'),
  text('dockerfile'),
  text('ignorefile'),
  text('image-label'),
  array('build-arg'),
  array('build-secret'),
  text('build-target'),
  text('build-context-warn-size'),
  bool('no-cache'),
  text('depot', undefined, { noOptDefault: 'true' }),
  text('depot-scope'),
  bool('nixpacks'),
  text('buildkit-addr'),
  text('buildkit-image'),
  bool('buildkit'),
  bool('build-only'),
  text('buildpacks-docker-host'),
  slice('buildpacks-volume'),
  bool('recreate-builder'),
  bool('yes', 'y', ['auto-confirm']),
  text('vm-size'),
  int('vm-cpus', ['cpus']),
  text('vm-cpu-kind', undefined, { aliases: ['vm-cpukind'] }),
  text('vm-memory', undefined, { aliases: ['memory'] }),
  text('vm-max-memory'),
  int('vm-gpus'),
  text('vm-gpu-kind', undefined, { aliases: ['vm-gpukind'] }),
  text('host-dedication-id'),
  array('env', 'e'),
  text('wait-timeout'),
  text('release-command-timeout'),
  text('lease-timeout'),
  bool('force-machines'),
  bool('ha'),
  bool('smoke-checks'),
  bool('dns-checks'),
  { name: 'max-unavailable', kind: 'float' },
  bool('no-public-ips'),
  bool('flycast'),
  array('file-local'),
  array('file-literal'),
  array('file-secret'),
  text('primary-region'),
  slice('regions', ['only-regions']),
  slice('exclude-regions'),
  slice('only-machines'),
  slice('exclude-machines'),
  slice('process-groups'),
  array('label'),
  int('max-concurrent'),
  int('immediate-max-concurrent'),
  int('volume-initial-size'),
  text('signal', 's'),
  text('deploy-retries'),
  text('builder-pool', undefined, { noOptDefault: 'true' }),
  text('compression'),
  int('compression-level'),
  // deploy.New, beside CommonFlags
  bool('update-only'),
  bool('skip-release-command'),
  text('export-manifest'),
  text('from-manifest')
]

/** argv words parsed as flyctl deploy parses them; throws PflagError with flyctl's message. */
export function parseDeployFlags(args: readonly string[]) {
  return parsePflags(args, DEPLOY_FLAGS)
}

/**
 * What flyctl deploy refuses in a flag's value before it touches the app, or undefined. Each rule
 * cites where flyctl applies it.
 */
export function deployFlagValueProblem(flag: ParsedFlag): string | undefined {
  const { spec, value } = flag
  const rule = VALUE_RULES[spec.name]
  return rule?.(value)
}

const GO_DURATION = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/

/** deploy.go parseDurationFlag: a Go duration, a bare number of seconds, or `none`. */
function durationProblem(value: string): string | undefined {
  if (value === 'none' || GO_DURATION.test(value) || value === '0' || /^[+-]?\d+$/.test(value))
    return undefined
  return `'${value}' is not a duration: valid are a number of seconds, a number with a unit (5m, 180s) or 'none'`
}

const VALUE_RULES: Record<string, (value: string) => string | undefined> = {
  'release-command-timeout': durationProblem,
  'lease-timeout': durationProblem,
  // deployToMachines: "the value for --max-unavailable must be > 0"
  'max-unavailable': (value) =>
    Number(value) > 0 || /^\+?inf/i.test(value) ? undefined : 'must be greater than 0',
  // deployToMachines: "--deploy-retries must be set to a positive integer, 0, or 'auto'"
  'deploy-retries': (value) =>
    value === 'auto' || /^\+?\d+$/.test(value)
      ? undefined
      : "must be a positive integer, 0, or 'auto'",
  // flag/validation/compression.go
  compression: (value) =>
    ['', 'gzip', 'zstd'].includes(value) ? undefined : "must be 'gzip' or 'zstd'",
  'compression-level': (value) => {
    const level = Number(value.replace(/_/g, ''))
    return Number.isInteger(level) && level >= 0 && level <= 9
      ? undefined
      : 'must be a whole number from 0 to 9'
  },
  // deploy_build.go determineImage: "invalid value for the 'depot' flag. must be 'true', 'false',
  // or ''" (and the same for builder-pool); `auto` is the default
  depot: builderChoiceProblem,
  'builder-pool': builderChoiceProblem,
  // flag/machines.go GetMachineGuest
  'vm-gpus': () => 'GPU machines are no longer supported',
  'vm-gpu-kind': () => 'GPU machines are no longer supported',
  // cmdutil.ParseKVStringsToMap: "must be in the format NAME=VALUE" (the value is not repeated
  // here: a --build-secret's value is a secret)
  env: keyValueProblem,
  'build-arg': keyValueProblem,
  'build-secret': keyValueProblem,
  // command_run.go parseFiles: GUEST_PATH=..., the guest path absolute
  'file-local': filePairProblem,
  'file-literal': filePairProblem,
  'file-secret': filePairProblem
}

function builderChoiceProblem(value: string): string | undefined {
  return ['auto', 'true', 'false', ''].includes(value)
    ? undefined
    : "must be 'true', 'false', 'auto' or ''"
}

function keyValueProblem(value: string): string | undefined {
  return value.includes('=') ? undefined : 'must be in the format NAME=VALUE'
}

function filePairProblem(value: string): string | undefined {
  const equals = value.indexOf('=')
  if (equals < 0) return 'must be in the format /path/inside/machine=VALUE'
  return value.startsWith('/') ? undefined : 'the path inside the machine must be absolute'
}
