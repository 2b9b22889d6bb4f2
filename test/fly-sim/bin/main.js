// @ts-check
// The stand-in flyctl's entry: find the command, parse flags like cobra, check the token, apply
// injected faults, run the handler, print like flyctl, and log the call. See ../README.md.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buffer } from 'node:stream/consumers'
import { flag, GLOBAL_FLAGS, parseFlags, UsageError } from './args.js'
import { FlyError, findConfigPath, graphqlFailure, parseToml } from './context.js'
import { openStore } from './store.js'
import { GoPanic } from './secrets-parser.js'
import * as c from './commands.js'
import { deploy } from './deploy.js'
import { platformRegions } from './platform.js'
import { seed } from './seed.js'

/** @typedef {import('./types.js').Ctx} Ctx */
/** @typedef {import('./types.js').Env} Env */
/** @typedef {import('./types.js').Fault} Fault */
/** @typedef {import('./types.js').FlagSpec} FlagSpec */
/** @typedef {import('./types.js').Flags} Flags */
/** @typedef {import('./types.js').LoadedConfig} LoadedConfig */
/** @typedef {import('./types.js').SimFile} SimFile */
/** @typedef {import('./types.js').Store} Store */

/**
 * A command that runs (a leaf of the tree).
 * @typedef {object} Command
 * @property {(ctx: Ctx) => unknown} run
 * @property {() => FlagSpec[]} flags
 * @property {boolean} [mutating] The command changes state (logged as such even when it fails).
 * @property {boolean} [org] Needs an org-scoped token (a deploy token fails).
 * @property {boolean} [session] `false`: no token needed.
 * @property {number} [args] `0`: positional arguments are refused.
 * @property {string[]} [aliases]
 * @property {undefined} [children]
 */
/**
 * A word that only leads to subcommands (`apps`, `ips`, ...).
 * @typedef {object} CommandGroup
 * @property {Record<string, Command | CommandGroup>} children
 * @property {string[]} [aliases]
 * @property {undefined} [run]
 */

const app = () => flag.string('app', 'a')
const config = () => flag.string('config', 'c')
const json = () => flag.bool('json', 'j')
const yes = () => ({ ...flag.bool('yes', 'y'), aliases: ['auto-confirm'] })
const vmFlags = () => [
  flag.string('vm-size'),
  { ...flag.int('vm-cpus'), aliases: ['cpus'] },
  { ...flag.string('vm-cpu-kind'), aliases: ['vm-cpukind'] },
  { ...flag.string('vm-memory'), aliases: ['memory'] },
  flag.string('vm-max-memory'),
  flag.int('vm-gpus'),
  { ...flag.string('vm-gpu-kind'), aliases: ['vm-gpukind'] },
  flag.string('host-dedication-id')
]
const secretsFlags = () => [
  app(),
  config(),
  flag.bool('detach'),
  flag.bool('stage'),
  flag.bool('dns-checks', undefined, true)
]

const DEPLOY_FLAGS = () => [
  app(),
  config(),
  flag.string('image', 'i'),
  flag.bool('now'),
  flag.bool('remote-only'),
  flag.bool('local-only'),
  flag.bool('push'),
  flag.bool('wg'),
  { ...flag.bool('https-failover'), aliases: ['http-failover'] },
  flag.bool('detach'),
  flag.string('strategy'),
  flag.string('dockerfile'),
  flag.string('ignorefile'),
  flag.string('image-label'),
  flag.strings('build-arg'),
  flag.strings('build-secret'),
  flag.string('build-target'),
  flag.string('build-context-warn-size'),
  flag.bool('no-cache'),
  flag.string('depot'),
  flag.string('depot-scope'),
  flag.bool('nixpacks'),
  flag.string('buildkit-addr'),
  flag.string('buildkit-image'),
  flag.bool('buildkit'),
  flag.bool('build-only'),
  flag.string('buildpacks-docker-host'),
  flag.strings('buildpacks-volume'),
  flag.bool('recreate-builder'),
  yes(),
  flag.strings('env', 'e'),
  flag.string('wait-timeout', undefined, '5m0s'),
  flag.string('release-command-timeout', undefined, '5m0s'),
  flag.string('lease-timeout', undefined, '13s'),
  flag.bool('force-machines'),
  flag.bool('ha', undefined, true),
  flag.bool('smoke-checks', undefined, true),
  flag.bool('dns-checks', undefined, true),
  flag.string('max-unavailable'),
  flag.bool('no-public-ips'),
  flag.bool('flycast'),
  flag.strings('file-local'),
  flag.strings('file-literal'),
  flag.strings('file-secret'),
  flag.string('primary-region'),
  { ...flag.string('regions'), aliases: ['only-regions'] },
  flag.string('exclude-regions'),
  flag.string('only-machines'),
  flag.string('exclude-machines'),
  flag.string('process-groups'),
  flag.strings('label'),
  flag.int('max-concurrent'),
  flag.int('immediate-max-concurrent'),
  flag.int('volume-initial-size'),
  flag.string('signal', 's'),
  flag.string('deploy-retries', undefined, 'auto'),
  flag.string('builder-pool'),
  flag.string('compression'),
  flag.int('compression-level'),
  flag.bool('update-only'),
  flag.bool('skip-release-command'),
  flag.string('export-manifest'),
  flag.string('from-manifest'),
  ...vmFlags()
]

/**
 * The command tree. `mutating`: the command changes state (logged as such even when it fails).
 * `session: false`: no token needed. `org`: needs an org-scoped token (a deploy token fails).
 * @type {Record<string, Command | CommandGroup>}
 */
const TREE = {
  version: {
    run: c.version,
    flags: () => [json(), { ...flag.bool('saveinstall', 's') }],
    session: false,
    args: 0
  },
  apps: {
    children: {
      create: {
        run: c.appsCreate,
        mutating: true,
        org: true,
        flags: () => [
          flag.string('name'),
          flag.bool('generate-name'),
          flag.string('network'),
          flag.string('org', 'o'),
          yes(),
          flag.bool('save'),
          json()
        ]
      },
      list: {
        aliases: ['ls'],
        run: c.appsList,
        org: true,
        args: 0,
        flags: () => [json(), flag.string('org', 'o'), flag.bool('quiet', 'q')]
      },
      destroy: {
        aliases: ['delete', 'remove', 'rm'],
        run: c.appsDestroy,
        mutating: true,
        org: true,
        flags: () => [yes()]
      },
      releases: {
        run: c.releases,
        args: 0,
        flags: () => [app(), config(), json(), flag.bool('image')]
      }
    }
  },
  status: {
    run: c.status,
    args: 0,
    flags: () => [
      app(),
      config(),
      json(),
      flag.bool('all'),
      flag.bool('deployment'),
      flag.bool('watch'),
      flag.int('rate', undefined, 5)
    ]
  },
  ips: {
    children: {
      list: { aliases: ['ls'], run: c.ipsList, args: 0, flags: () => [app(), config(), json()] },
      'allocate-v4': {
        run: c.ipsAllocateV4,
        mutating: true,
        args: 0,
        flags: () => [flag.bool('shared'), yes(), app(), config(), flag.string('region', 'r')]
      },
      'allocate-v6': {
        run: c.ipsAllocateV6,
        mutating: true,
        args: 0,
        flags: () => [
          app(),
          config(),
          flag.string('region', 'r'),
          flag.bool('private'),
          flag.string('org', 'o'),
          flag.string('network')
        ]
      },
      release: { run: c.ipsRelease, mutating: true, flags: () => [app(), config()] }
    }
  },
  secrets: {
    children: {
      import: { run: c.secretsImport, mutating: true, args: 0, flags: secretsFlags },
      set: { run: c.secretsSet, mutating: true, flags: secretsFlags },
      unset: { run: c.secretsUnset, mutating: true, flags: secretsFlags },
      list: { aliases: ['ls'], run: c.secretsList, args: 0, flags: () => [app(), config(), json()] }
    }
  },
  deploy: { run: deploy, mutating: true, flags: DEPLOY_FLAGS },
  releases: {
    run: c.releases,
    args: 0,
    flags: () => [app(), config(), json(), flag.bool('image')]
  },
  machine: {
    aliases: ['machines', 'm'],
    children: {
      list: {
        aliases: ['ls'],
        run: c.machineList,
        args: 0,
        flags: () => [app(), config(), json(), flag.bool('quiet', 'q')]
      }
    }
  },
  scale: {
    children: {
      count: {
        run: c.scaleCount,
        mutating: true,
        flags: () => [
          app(),
          config(),
          flag.string('region', 'r'),
          flag.string('process-group', 'g'),
          flag.int('max-per-region', undefined, -1),
          yes(),
          flag.strings('env', 'e'),
          flag.bool('with-new-volumes'),
          ...vmFlags()
        ]
      }
    }
  },
  orgs: {
    aliases: ['org'],
    children: {
      list: { aliases: ['ls'], run: c.orgsList, org: true, args: 0, flags: () => [json()] }
    }
  },
  auth: { children: { whoami: { run: c.whoami, args: 0, flags: () => [json()] } } },
  platform: {
    children: { regions: { run: platformRegions, args: 0, flags: () => [json()] } }
  }
}

const GLOBAL_WITH_VALUE = new Set(['-t', '--access-token'])

/**
 * Walks leading words down the tree (global flags may come first).
 * @param {string[]} argv
 * @returns {{ node: Command, path: string, tokens: string[] }}
 */
function findCommand(argv) {
  /** @type {Command | CommandGroup} */
  let node = { children: TREE }
  /** @type {string[]} */
  const path = []
  /** @type {string[]} */
  const rest = []
  let i = 0
  for (; i < argv.length; i++) {
    const token = argv[i]
    if (token.startsWith('-')) {
      rest.push(token)
      if (GLOBAL_WITH_VALUE.has(token) && i + 1 < argv.length) rest.push(argv[++i])
      continue
    }
    if (!node.children) break
    /** @type {[string, Command | CommandGroup] | undefined} */
    const entry = Object.entries(node.children).find(
      ([name, n]) => name === token || (n.aliases ?? []).includes(token)
    )
    if (!entry) {
      const where = ['flyctl', ...path].join(' ')
      throw new UnknownCommand(`unknown command "${token}" for "${where}"`, where)
    }
    path.push(entry[0])
    node = entry[1]
  }
  if (!node.run) {
    throw new UnknownCommand(
      path.length ? `missing subcommand for "flyctl ${path.join(' ')}"` : 'missing command',
      ['flyctl', ...path].join(' ')
    )
  }
  return { node, path: path.join(' '), tokens: [...rest, ...argv.slice(i)] }
}

class UnknownCommand extends Error {
  /**
   * @param {string} message
   * @param {string} where the command line whose `--help` to suggest
   */
  constructor(message, where) {
    super(message)
    this.where = where
  }
}

/**
 * @param {Flags} flags
 * @param {Env} env
 * @returns {{ token: string, source: string }}
 */
function tokenSource(flags, env) {
  if (flags['access-token']) return { token: flags['access-token'], source: '--access-token' }
  if (env.FLY_ACCESS_TOKEN) return { token: env.FLY_ACCESS_TOKEN, source: 'FLY_ACCESS_TOKEN' }
  if (env.FLY_API_TOKEN) return { token: env.FLY_API_TOKEN, source: 'FLY_API_TOKEN' }
  return { token: '', source: '' }
}

/**
 * SimOptions.tokens: valid (allow-list), invalid, readOnly (no mutations), deploy (no org-level commands).
 * @param {Command} node
 * @param {Flags} flags
 * @param {Env} env
 * @param {SimFile} options
 */
function checkToken(node, flags, env, options) {
  const { token: raw, source } = tokenSource(flags, env)
  if (!raw) throw new FlyError("no access token available. Please login with 'flyctl auth login'")
  const token = raw.replace(/^(FlyV1|Bearer) /, '')
  const rules = options.tokens ?? {}
  const known = [...(rules.valid ?? []), ...(rules.readOnly ?? []), ...(rules.deploy ?? [])]
  if ((rules.invalid ?? []).includes(token) || (rules.valid && !known.includes(token))) {
    const what = source === '--access-token' ? 'This flag' : 'This environment variable'
    throw new FlyError('You must be authenticated to view this.', {
      description: `The token provided by ${source} was rejected for this request. ${what} overrides credentials saved by \`fly auth login\`; check its value and permissions, or unset it and try again.`
    })
  }
  if ((rules.readOnly ?? []).includes(token) && node.mutating) throw new FlyError('unauthorized')
  if ((rules.deploy ?? []).includes(token) && node.org) {
    throw new FlyError(
      'Not authorized to access this organization. A deploy token is scoped to one app; use an org token (fly tokens create org)'
    )
  }
}

/**
 * @param {string} match
 * @param {string} commandPath
 */
function faultMatches(match, commandPath) {
  return match === '*' || commandPath === match || commandPath.startsWith(match + ' ')
}

/**
 * Finds the first active fault for this command and counts the hit (under the state lock).
 * @param {Store} store
 * @param {SimFile} options
 * @param {string} commandPath
 * @returns {Fault | null}
 */
function takeFault(store, options, commandPath) {
  const faults = options.faults ?? []
  if (!faults.some((f) => faultMatches(f.match, commandPath))) return null
  return store.update((state) => {
    state.faultHits ??= {}
    for (const [index, fault] of faults.entries()) {
      if (!faultMatches(fault.match, commandPath)) continue
      if (fault.after !== undefined && !(state.succeeded ?? []).includes(fault.after)) continue
      const key = `${options.faultsGeneration ?? 0}:${index}`
      const limit = fault.times ?? (fault.mode.endsWith('-once') ? 1 : Infinity)
      const hits = state.faultHits[key] ?? 0
      if (hits >= limit) continue
      state.faultHits[key] = hits + 1
      return fault
    }
    return null
  })
}

/** Commands whose first API call goes to the Machines API (flaps) rather than GraphQL. */
const MACHINES_API_COMMANDS = [
  'apps create',
  'deploy',
  'machine list',
  'scale count',
  'secrets list'
]

/**
 * flyctl's text for a 5xx answer: GraphQL, `server returned a non-200 status code: 502` wrapped
 * by fly-go as `failed to run <query>: ...` (graphql.go:137,208; fly-go:client.go:317); the
 * Machines API, `request returned non-2xx status: 503: <body>` when the body is not its JSON
 * error (fly-go:flaps/flaps.go:305-321).
 * @param {string} commandPath
 * @param {number} status
 * @returns {string}
 */
function serverErrorText(commandPath, status) {
  if (MACHINES_API_COMMANDS.includes(commandPath)) {
    return `request returned non-2xx status: ${status}: upstream connect error or disconnect/reset before headers. reset reason: connection timeout`
  }
  return graphqlFailure(`server returned a non-200 status code: ${status}`)
}

/**
 * Cuts the JSON document (or the release JSON line) in half: what a dropped connection does.
 * @param {string} text
 * @returns {string}
 */
function corruptJson(text) {
  const lines = text.split('\n')
  const idx = lines.findIndex((l) => l.startsWith('{"id"'))
  if (idx >= 0) {
    lines[idx] = lines[idx].slice(0, Math.floor(lines[idx].length / 2))
    return lines.join('\n')
  }
  return text.slice(0, Math.floor(text.length / 2)) + '\n'
}

/**
 * @param {string[]} argv
 * @param {Env} env
 * @returns {Promise<number | null>} the exit code, or null when the call hangs (a fault)
 */
export async function main(argv, env) {
  const startedAt = Date.now()
  const stateDir = env.FLY_SIM_STATE
  if (!stateDir || !fs.existsSync(stateDir)) {
    if (argv[0] === 'version') {
      // No session and no state needed, as with the real binary (install checks run it).
      c.version({
        flags: { json: argv.includes('--json') || argv.includes('-j') },
        options: {},
        out: (t) => process.stdout.write(t)
      })
      return 0
    }
    process.stderr.write(
      'fly-sim: FLY_SIM_STATE must name the simulator state directory (see test/fly-sim/README.md)\n'
    )
    return 2
  }
  const store = openStore(stateDir)
  // The harness's own door (seedApp); never logged, never part of flyctl's grammar.
  if (argv[0] === '__sim-seed') return seed(store)
  const options = store.options()
  let stdout = ''
  let stderr = ''
  let stdinBytes = 0
  let mutating = false
  let exitCode = 0
  let badJson = false
  let succeededPath = ''
  // Names only: what reached flyctl's environment, never a value (test/e2e.ts checks them).
  const envNames = Object.keys(env).sort()
  const log = (code = exitCode) =>
    store.appendCall({
      argv,
      mutating,
      exitCode: code,
      startedAt,
      endedAt: Date.now(),
      stdinBytes,
      envNames
    })
  try {
    const { node, path: commandPath, tokens } = findCommand(argv)
    mutating = Boolean(node.mutating)
    succeededPath = commandPath
    let parsed
    try {
      parsed = parseFlags(tokens, [...node.flags(), ...GLOBAL_FLAGS])
    } catch (err) {
      if (err instanceof UsageError) {
        stderr += `Usage:\n  flyctl ${commandPath} [flags]\n\n`
        throw new FlyError(err.message)
      }
      throw err
    }
    if (node.args === 0 && parsed.args.length) {
      throw new FlyError(`unknown command "${parsed.args[0]}" for "flyctl ${commandPath}"`)
    }
    if (node.session !== false) checkToken(node, parsed.flags, env, options)
    const fault = node.session === false ? null : takeFault(store, options, commandPath)
    if (fault?.mode === 'hang') {
      hang(stateDir, log)
      return null
    }
    if (fault?.mode === 'fail-once' || fault?.mode === 'fail-always') {
      throw new FlyError(fault.message ?? `simulated failure of flyctl ${commandPath}`, {
        exitCode: fault.exitCode ?? 1
      })
    }
    if (fault?.mode === 'transient-once') {
      throw new FlyError(fault.message ?? serverErrorText(commandPath, fault.status ?? 503))
    }
    if (fault?.mode === 'killed') {
      log(128 + (os.constants.signals[fault.signal ?? 'SIGKILL'] ?? 9))
      process.kill(process.pid, fault.signal ?? 'SIGKILL')
      return null
    }
    if (fault?.mode === 'slow') await slowDown(stateDir, log, fault.delayMs ?? 5000)
    badJson = fault?.mode === 'bad-json'
    /** @type {LoadedConfig | null | undefined} */
    let configCache
    /** @type {Ctx} */
    const ctx = {
      argv,
      flags: parsed.flags,
      args: parsed.args,
      set: parsed.set,
      env,
      cwd: process.cwd(),
      store,
      options,
      fault,
      json: Boolean(parsed.flags.json) || ['1', 'true'].includes(env.FLY_JSON ?? ''),
      out: (text) => {
        stdout += text
      },
      err: (text) => {
        stderr += text
      },
      readStdin: async () => {
        const buf = await buffer(process.stdin)
        stdinBytes += buf.length
        return buf.toString('utf8')
      },
      loadConfig: async () => {
        if (configCache === undefined) {
          const file = findConfigPath(parsed.flags.config, ctx.cwd)
          configCache = file ? { path: file, data: await parseToml(file) } : null
        }
        return configCache
      }
    }
    await node.run(ctx)
  } catch (err) {
    exitCode = printError(
      err,
      env,
      (t) => (stdout += t),
      (t) => (stderr += t)
    )
  }
  if (badJson && exitCode === 0) stdout = corruptJson(stdout)
  if (exitCode === 0 && succeededPath && needsSuccessRecord(options, succeededPath)) {
    store.update((state) => {
      state.succeeded = [...new Set([...(state.succeeded ?? []), succeededPath])]
    })
  }
  process.stdout.write(stdout)
  process.stderr.write(stderr)
  log()
  return exitCode
}

/**
 * Prints an error the way flyctl does and returns the exit code.
 * @param {unknown} err
 * @param {Env} env
 * @param {(text: string) => void} out
 * @param {(text: string) => void} errOut
 * @returns {number}
 */
function printError(err, env, out, errOut) {
  if (err instanceof UnknownCommand) {
    errOut(`Error: ${err.message}\n`)
    out(`Run '${err.where} --help' for usage.\n`)
    return 1
  }
  if (err instanceof GoPanic) {
    errOut(`Error: ${err.message}\n`)
    return 3
  }
  if (!(err instanceof FlyError)) {
    errOut(`Error: fly-sim internal error: ${/** @type {Error} */ (err).stack ?? String(err)}\n`)
    return 1
  }
  if (truthy(env.GITHUB_ACTIONS) && truthy(env.FLY_GHA_ERROR_ANNOTATION)) {
    out(`::error title=flyctl error::${err.message.replace(/\n/g, '⏎')}\n`)
  }
  errOut(`Error: ${err.message}\n`)
  if (err.description) errOut(`${err.description}\n\n`)
  if (err.suggestion) errOut(`${err.suggestion}\n\n`)
  return err.exitCode
}

/** @param {string | undefined} v */
function truthy(v) {
  return ['1', 't', 'true', 'TRUE', 'True', 'yes'].includes(v ?? '')
}

/**
 * @param {SimFile} options
 * @param {string} commandPath
 */
function needsSuccessRecord(options, commandPath) {
  return (options.faults ?? []).some((f) => f.after === commandPath)
}

/**
 * The slow fault: answer only after `delayMs`; killed before that, log the call like `hang`.
 * @param {string} stateDir
 * @param {(code: number) => void} log
 * @param {number} delayMs
 */
async function slowDown(stateDir, log, delayMs) {
  const marker = logWhenKilled(stateDir, log)
  await new Promise((resolve) => setTimeout(resolve, delayMs))
  fs.rmSync(marker, { force: true })
  process.removeAllListeners('SIGTERM')
  process.removeAllListeners('SIGINT')
}

/**
 * The hang fault: never answer; when killed politely, still leave a call-log entry.
 * @param {string} stateDir
 * @param {(code: number) => void} log
 */
function hang(stateDir, log) {
  logWhenKilled(stateDir, log)
  setInterval(() => undefined, 1 << 30)
}

/**
 * Marks this call as waiting (the harness stops it on stop()) and logs it when SIGTERM/SIGINT
 * end it. Returns the marker file.
 * @param {string} stateDir
 * @param {(code: number) => void} log
 * @returns {string}
 */
function logWhenKilled(stateDir, log) {
  const marker = path.join(stateDir, 'hangs', String(process.pid))
  fs.mkdirSync(path.dirname(marker), { recursive: true })
  fs.writeFileSync(marker, '')
  /** @param {'SIGTERM' | 'SIGINT'} signal */
  const end = (signal) => () => {
    fs.rmSync(marker, { force: true })
    const code = 128 + (signal === 'SIGTERM' ? 15 : 2)
    try {
      log(code)
    } catch {
      // the simulator was stopped under us: nothing left to record into
    }
    process.exit(code)
  }
  process.on('SIGTERM', end('SIGTERM'))
  process.on('SIGINT', end('SIGINT'))
  return marker
}
