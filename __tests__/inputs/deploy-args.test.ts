/**
 * Issue 12 item 5: `deploy-args` read as flyctl's pflag reads it, so that no spelling of a flag
 * the action owns gets through, and everything flyctl would refuse is refused first.
 */
import { describe, expect, test } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { readSettings } from '../../src/inputs.js'
import { buildSecretValues, readDeployArgs } from '../../src/inputs/deploy-args.js'

function refusal(raw: string): string {
  try {
    readDeployArgs(raw)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    expect(error.input).toBe('deploy-args')
    return error.message
  }
  throw new Error(`'${raw}' was accepted`)
}

/** [deploy-args, the input that owns the flag]: every spelling pflag accepts. */
const OWNED: [string, string][] = [
  ['-ya other-app', 'app'],
  ['-y -a other-app', 'app'],
  ['-a other-app', 'app'],
  ['-aother-app', 'app'],
  ['-a=other-app', 'app'],
  ['--app other-app', 'app'],
  ['--app=other-app', 'app'],
  ['--no-cache -ya=other', 'app'],
  ['-c other.toml', 'config'],
  ['-yc other.toml', 'config'],
  ['-yc=other.toml', 'config'],
  ['--config=other.toml', 'config'],
  ['-i nginx', 'image'],
  ['-yinginx', 'image'],
  ['--image nginx:1', 'image'],
  ['--strategy=canary', 'strategy'],
  ['--strategy canary', 'strategy'],
  ['--wait-timeout 1m', 'wait-timeout'],
  ['--wait-timeout=1m', 'wait-timeout'],
  ['--ha', 'ha'],
  ['--ha=false', 'ha'],
  ['-t FlyV1-other', 'api-token'],
  ['-yt FlyV1-other', 'api-token'],
  ['-ytFlyV1-other', 'api-token'],
  ['--access-token=FlyV1-other', 'api-token'],
  ['--primary-region fra', 'region'],
  ['--vm-size performance-2x', 'vm-size'],
  ['--vm-memory 1gb', 'vm-memory'],
  ['--memory=1gb', 'vm-memory'],
  ['--vm-cpus 2', 'vm-cpus'],
  ['--cpus=2', 'vm-cpus'],
  ['--vm-cpu-kind performance', 'vm-cpu-kind'],
  ['--vm-cpukind=performance', 'vm-cpu-kind']
]

test.each(OWNED)('%s is refused, naming the input %s', (raw, input) => {
  expect(refusal(raw)).toContain(`set by the input '${input}'`)
})

const REFUSED: [string, RegExp][] = [
  ['--remote-only', /passes it itself/],
  ['--remote-only=false', /passes it itself/],
  ['--local-only', /remote builder/],
  ['--build-only', /deploys nothing/],
  ['--export-manifest=-', /manifest/],
  ['--from-manifest m.json', /manifest instead/],
  ['-h', /usage/],
  ['-yh', /usage/],
  ['--help', /usage/],
  ['--vm-max-memory 2gb', /vm-memory/],
  ['other-dir', /not a flag.*'path'/],
  ['--no-cache other-dir', /not a flag/],
  ['-- other-dir', /not a flag/],
  ['--no-cache -- --app=x', /not a flag/],
  ['--unknown-flag', /unknown flag: --unknown-flag/],
  ['-x', /unknown shorthand flag: 'x' in -x/],
  ['-yx', /unknown shorthand flag: 'x' in -yx/],
  ['---app=x', /bad flag syntax/],
  ['--=x', /bad flag syntax/],
  ['--no-cache=maybe', /invalid argument "maybe" for "--no-cache" flag: strconv\.ParseBool/],
  ['-y=sure', /strconv\.ParseBool/],
  ['--max-concurrent=ten', /strconv\.ParseInt/],
  ['--max-unavailable=half', /strconv\.ParseFloat/],
  ['--max-unavailable=0', /greater than 0/],
  ['--release-command-timeout=soon', /not a duration/],
  ['--lease-timeout 5 minutes', /not a flag/],
  ['--deploy-retries=-1', /positive integer/],
  ['--compression=bzip2', /gzip/],
  ['--compression-level=12', /0 to 9/],
  ['--depot=maybe', /'true', 'false'/],
  ['--vm-gpus 1', /GPU/],
  ['--env NO_EQUALS', /NAME=VALUE/],
  ['-e NO_EQUALS', /NAME=VALUE/],
  ['--build-arg NO_EQUALS', /NAME=VALUE/],
  ['--file-literal relative/path=x', /absolute/],
  ['--file-secret /etc/x', /NAME=VALUE|\/path\/inside\/machine=VALUE/],
  ['--build-target', /flag needs an argument: --build-target/],
  ['-e', /flag needs an argument: 'e' in -e/]
]

test.each(REFUSED)('%s is refused: %s', (raw, reason) => {
  expect(refusal(raw)).toMatch(reason)
})

const ACCEPTED = [
  '--build-arg "VERSION=2 final" --no-cache',
  '-y',
  '--yes --auto-confirm',
  '--detach --smoke-checks=false --dns-checks=0',
  '-e LOG_LEVEL=info --env=FJ_LOG=debug',
  '-eLOG=x',
  '--build-secret NPM_TOKEN=abc --build-secret=OTHER=d=e',
  '-s SIGTERM',
  '--signal=SIGINT',
  '--depot --depot=false --builder-pool',
  '--release-command-timeout none --lease-timeout 30 --release-command-timeout=1m30s',
  '--max-unavailable 0.5 --max-concurrent 0x10 --deploy-retries auto --deploy-retries=3',
  '--regions iad,fra --only-regions=iad --exclude-machines abc',
  '--file-literal /etc/motd=hello --file-secret /run/key=TLS_KEY --file-local=/app/x=./x',
  '--no-public-ips --flycast --update-only --skip-release-command',
  '--dockerfile Dockerfile.turn --ignorefile .dockerignore --build-target prod',
  '--compression zstd --compression-level 9 --image-label v1 --label a=b',
  '--verbose --debug --wg=false --https-failover=false --http-failover',
  '--help=false',
  ''
]

test.each(ACCEPTED)('%j is accepted, split like a shell would', (raw) => {
  expect(() => readDeployArgs(raw)).not.toThrow()
})

describe('--build-secret values are secrets', () => {
  test('each value is found in every spelling', () => {
    expect(
      buildSecretValues(['--build-secret', 'A=one', '--build-secret=B=two=2', '--no-cache'])
    ).toEqual(['one', 'two=2'])
  })

  test('readSettings masks them before anything can print them', () => {
    const masked: string[] = []
    readSettings(
      (name) =>
        ({ 'api-token': 'tok', app: 'turn', 'deploy-args': '--build-secret NPM=npm-secret-1' })[
          name
        ] ?? '',
      {},
      (secret) => masked.push(secret)
    )
    expect(masked).toContain('npm-secret-1')
  })

  test('a secret given with -e is refused: its value would land in [env]', () => {
    expect(() =>
      readSettings(
        (name) =>
          ({
            'api-token': 'tok',
            app: 'turn',
            secrets: 'AUTH_SECRET=x',
            'deploy-args': '-eAUTH_SECRET=y'
          })[name] ?? '',
        {},
        () => undefined
      )
    ).toThrow(/Input 'deploy-args': -e\/--env AUTH_SECRET/)
  })
})
