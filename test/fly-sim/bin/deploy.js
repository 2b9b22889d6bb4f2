// @ts-check
// `flyctl deploy`: validate the fly.toml, resolve the image, record a release, create or update
// machines, and (re)start the real server behind the app at its dedicated IPv4.
import fs from 'node:fs'
import path from 'node:path'
import { FlyError, requireAppName } from './context.js'
import { allocateV6, egressIpv4, serverAddress, sharedIpv4 } from './addresses.js'
import { digest, machineId, machineName, releaseId, ulid } from './ids.js'
import { nextTimestamp, nowTimestamp } from './store.js'
import { edgeFor } from './edge.js'
import { coturnArgv, killGroup, launchServer, serverKind } from './servers.js'
import { shlexSplit } from './shell.js'
import { hostname } from './render.js'
import {
  dockerfilePath,
  ipTypeFor,
  processGroups,
  readLocalFiles,
  servicesProcessesProblems
} from './appconfig.js'

/** @typedef {import('./types.js').Ctx} Ctx */
/** @typedef {import('./types.js').Flags} Flags */
/** @typedef {import('./types.js').FlyToml} FlyToml */
/** @typedef {import('./types.js').Guest} Guest */
/** @typedef {import('./types.js').MachineCheck} MachineCheck */
/** @typedef {import('./types.js').MachineRelease} MachineRelease */
/** @typedef {import('./types.js').MachineService} MachineService */
/** @typedef {import('./types.js').SimApp} SimApp */
/** @typedef {import('./types.js').SimMachine} SimMachine */
/** @typedef {import('./types.js').SimRelease} SimRelease */
/** @typedef {import('./types.js').SimFile} SimFile */
/** @typedef {import('./types.js').SimRuntime} SimRuntime */
/** @typedef {import('./types.js').SimState} SimState */
/** @typedef {Omit<MachineRelease, 'updatedAt' | 'instanceId'>} DeployedFields */

const STRATEGIES = ['canary', 'rolling', 'bluegreen', 'immediate']
/** @type {Record<string, [cpus: number, kind: string, memoryMb: number]>} */
const VM_SIZES = {
  'shared-cpu-1x': [1, 'shared', 256],
  'shared-cpu-2x': [2, 'shared', 512],
  'shared-cpu-4x': [4, 'shared', 1024],
  'shared-cpu-8x': [8, 'shared', 2048],
  'performance-1x': [1, 'performance', 2048],
  'performance-2x': [2, 'performance', 4096],
  'performance-4x': [4, 'performance', 8192],
  'performance-8x': [8, 'performance', 16384],
  'performance-16x': [16, 'performance', 32768]
}

/**
 * Go duration, bare seconds, or `none` (deploy.go parseDurationFlag).
 * @param {Ctx} ctx
 * @param {'wait-timeout' | 'release-command-timeout' | 'lease-timeout'} name
 */
function checkDuration(ctx, name) {
  if (!ctx.set.has(name)) return
  const v = ctx.flags[name]
  if (v === 'none' || /^\d+$/.test(v) || /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(v)) return
  throw new FlyError(
    `invalid duration value ${v} used for --${name} flag: valid options are a number of seconds, number with time unit (i.e.: 5m, 180s) or 'none'`
  )
}

/**
 * @param {number | string} value
 * @returns {number}
 */
function memoryMb(value) {
  if (typeof value === 'number') return value
  const m = /^(\d+)\s*(mb|gb)?$/i.exec(String(value).trim())
  if (!m) throw new FlyError(`invalid memory size '${value}'`)
  return Number(m[1]) * (m[2]?.toLowerCase() === 'gb' ? 1024 : 1)
}

/**
 * @param {FlyToml} cfg
 * @param {Flags} flags
 * @returns {Guest}
 */
function guestFor(cfg, flags) {
  const vm = Array.isArray(cfg.vm) ? cfg.vm[0] : (cfg.vm ?? cfg.compute?.[0] ?? {})
  let [cpus, kind, mem] = VM_SIZES['shared-cpu-1x']
  const size = flags['vm-size'] || vm.size
  if (size) {
    if (!VM_SIZES[size]) throw new FlyError(`invalid machine size requested, '${size}'`)
    ;[cpus, kind, mem] = VM_SIZES[size]
  }
  if (vm.cpus) cpus = Number(vm.cpus)
  if (vm.cpu_kind) kind = vm.cpu_kind
  const memory = vm.memory ?? vm.memory_mb
  if (memory) mem = memoryMb(memory)
  if (flags['vm-cpus']) cpus = flags['vm-cpus']
  if (flags['vm-cpu-kind']) kind = flags['vm-cpu-kind']
  if (flags['vm-memory']) mem = memoryMb(flags['vm-memory'])
  if (!['shared', 'performance'].includes(kind)) throw new FlyError(`invalid CPU kind '${kind}'`)
  return { cpu_kind: kind, cpus, memory_mb: mem }
}

/**
 * fly.toml services as the Machines API stores them (force_instance_key always present), for
 * the machines of one process group: services without `processes` belong to the default group.
 * @param {FlyToml} cfg
 * @param {string} [group]
 * @returns {MachineService[]}
 */
export function machineServices(cfg, group = 'app') {
  /** @param {{ processes?: string[] }} s */
  const inGroup = (s) => !s.processes?.length || s.processes.includes(group)
  const out = []
  for (const s of (cfg.services ?? []).filter(inGroup)) {
    const service = {
      protocol: s.protocol ?? 'tcp',
      internal_port: Number(s.internal_port),
      ports: (s.ports ?? []).map((p) => {
        /** @type {import('./types.js').MachinePort} */
        const port = {}
        for (const k of /** @type {const} */ (['port', 'start_port', 'end_port']))
          if (p[k] !== undefined) port[k] = Number(p[k])
        if (p.handlers) port.handlers = p.handlers
        if (p.force_https) port.force_https = true
        if (p.tls_options) port.tls_options = p.tls_options
        return port
      }),
      force_instance_key: null
    }
    out.push(service)
  }
  if (cfg.http_service && inGroup(cfg.http_service)) {
    out.push({
      protocol: 'tcp',
      internal_port: Number(cfg.http_service.internal_port),
      ports: [
        { port: 80, handlers: ['http'], force_https: Boolean(cfg.http_service.force_https) },
        { port: 443, handlers: ['http', 'tls'] }
      ],
      force_instance_key: null
    })
  }
  return out
}

/**
 * @param {FlyToml} cfg
 * @returns {MachineCheck[]}
 */
function machineChecks(cfg) {
  /** @type {MachineCheck[]} */
  const checks = []
  /**
   * @param {string} kind
   * @param {number | string} port
   * @param {string} output
   */
  const add = (kind, port, output) =>
    checks.push({
      name: `servicecheck-${String(checks.length).padStart(2, '0')}-${kind}-${port}`,
      status: 'passing',
      output,
      updated_at: nowTimestamp()
    })
  for (const s of cfg.services ?? []) {
    for (const kind of /** @type {const} */ (['tcp', 'http'])) {
      const count = (s[/** @type {const} */ (`${kind}_checks`)] ?? []).length
      for (let i = 0; i < count; i++) add(kind, s.internal_port, 'Success')
    }
  }
  const http = cfg.http_service
  const httpChecks = (http?.checks ?? []).length
  for (let i = 0; http && i < httpChecks; i++) add('http', http.internal_port, '[✓]\n\n')
  return checks
}

/**
 * A group's command: its [processes] entry (shlex-split) beats [experimental] cmd (a string is
 * one argv element).
 * @param {FlyToml} cfg
 * @param {string} group
 * @returns {string[] | null}
 */
function commandFor(cfg, group) {
  const own = (cfg.processes ?? {})[group]
  if (typeof own === 'string') return shlexSplit(own)
  if (Array.isArray(own)) return own.map(String)
  const cmd = cfg.experimental?.cmd
  if (cmd === undefined) return null
  return Array.isArray(cmd) ? cmd.map(String) : [String(cmd)]
}

/**
 * The group whose machine serves the app's UDP (Fly sends all of it to one instance): the group
 * of the first UDP service, else of the first service, else the first group.
 * @param {FlyToml} cfg
 * @returns {string}
 */
function serverGroup(cfg) {
  const services = cfg.services ?? []
  const named = services.find((s) => s.protocol === 'udp') ?? services[0] ?? cfg.http_service
  return named?.processes?.[0] ?? processGroups(cfg)[0]
}

/** @param {FlyToml} cfg */
function hasHttpUrl(cfg) {
  if (cfg.http_service) return true
  return (cfg.services ?? []).some((s) =>
    (s.ports ?? []).some((p) => (p.handlers ?? []).includes('http'))
  )
}

/**
 * @param {string[]} values
 * @returns {Record<string, string>}
 */
function parseEnvFlags(values) {
  /** @type {Record<string, string>} */
  const env = {}
  for (const kv of values) {
    const eq = kv.indexOf('=')
    if (eq <= 0)
      throw new FlyError(`failed parsing environment: '${kv}': must be in the format NAME=VALUE`)
    env[kv.slice(0, eq)] = kv.slice(eq + 1)
  }
  return env
}

/**
 * @param {Ctx} ctx
 * @param {string} name
 * @param {FlyToml} cfg
 * @param {string | undefined} configPath
 * @returns {{ image: string, dockerfileText: string }}
 */
function resolveImage(ctx, name, cfg, configPath) {
  const wanted = ctx.flags.image || cfg.build?.image
  ctx.err('==> Building image\n')
  if (wanted) {
    ctx.err(`Searching for image '${wanted}' remotely...\n`)
    if (wanted.includes('does-not-exist')) {
      throw new FlyError(
        `failed to fetch an image or build from source: could not find image "${wanted}"`
      )
    }
    ctx.err(`image found: img_${digest(wanted)}\n`)
    return { image: wanted, dockerfileText: '' }
  }
  const dockerfile = dockerfilePath(ctx, cfg, configPath)
  if (!fs.existsSync(dockerfile) && !cfg.build?.builder && !cfg.build?.buildpacks) {
    throw new FlyError(
      'failed to fetch an image or build from source: app does not have a Dockerfile or buildpacks configured. See https://fly.io/docs/reference/configuration/#the-build-section'
    )
  }
  const image = `registry.fly.io/${name}:${ctx.flags['image-label'] || `deployment-${ulid()}`}`
  ctx.err(`image: ${image}\nimage size: 48 MB\n`)
  return {
    image,
    dockerfileText: fs.existsSync(dockerfile) ? fs.readFileSync(dockerfile, 'utf8') : ''
  }
}

/** @param {Ctx} ctx */
export async function deploy(ctx) {
  const { flags } = ctx
  if (ctx.args.length > 1)
    throw new FlyError(`accepts at most 1 arg(s), received ${ctx.args.length}`)
  if (ctx.args[0]) {
    const dir = path.resolve(ctx.cwd, ctx.args[0])
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
      throw new FlyError(
        `failed changing working directory: chdir ${ctx.args[0]}: no such file or directory`
      )
    }
    ctx.cwd = dir
  }
  const name = await requireAppName(ctx)
  const config = await ctx.loadConfig()
  /** @type {FlyToml} */
  const cfg = config?.data ?? {}
  for (const f of /** @type {const} */ ([
    'wait-timeout',
    'release-command-timeout',
    'lease-timeout'
  ]))
    checkDuration(ctx, f)
  if (flags.strategy && !STRATEGIES.includes(flags.strategy)) {
    throw new FlyError(
      `unsupported deployment strategy '${flags.strategy}'; Apps v2 supports the following strategies: ${STRATEGIES.join(', ')}`
    )
  }
  const extraEnv = parseEnvFlags(flags.env)
  const guest = guestFor(cfg, flags)
  if (!ctx.store.read().apps[name]) {
    throw new FlyError(
      `the app name ${name} could not be found, did you create the app or misspell it in the fly.toml file or via -a?`
    )
  }

  ctx.err('==> Verifying app config\n')
  if (config) ctx.out(`Validating ${config.path}\n`)
  const configStrategy = cfg.deploy?.strategy
  // Config.Validate (flyctl:internal/appconfig/validation.go:25-63): every validator's lines,
  // then one verdict.
  let problems = servicesProcessesProblems(cfg)
  if (configStrategy && !STRATEGIES.includes(configStrategy)) {
    problems += `unsupported deployment strategy '${configStrategy}'; Apps v2 supports the following strategies: ${STRATEGIES.join(', ')}`
  }
  if (problems) {
    ctx.out(`${problems}\n   ✘invalid app configuration\n`)
    throw new FlyError('App configuration is not valid')
  }
  ctx.out('✓ Configuration is valid\n')
  ctx.err('--> Verified app config\n')
  const { image, dockerfileText } = resolveImage(ctx, name, cfg, config?.path)
  ctx.out(`\nWatch your deployment at https://fly.io/apps/${name}/monitoring\n\n`)

  readLocalFiles(ctx, cfg)

  const strategy = flags.strategy || configStrategy || 'rolling'
  const cmd = commandFor(cfg, serverGroup(cfg))
  const services = machineServices(cfg, serverGroup(cfg))
  /** @type {SimRuntime} */
  const runtime = {
    image,
    cmd,
    env: {
      ...Object.fromEntries(Object.entries(cfg.env ?? {}).map(([k, v]) => [k, String(v)])),
      ...extraEnv
    },
    kind: serverKind(image, cmd, dockerfileText),
    services
  }
  const release = ctx.store.update((state) => {
    const app = state.apps[name]
    if (!app)
      throw new FlyError(
        `the app name ${name} could not be found, did you create the app or misspell it in the fly.toml file or via -a?`
      )
    const firstDeploy = !app.deployed && app.machines.length === 0
    const anyServices = cfg.http_service !== undefined || (cfg.services ?? []).length > 0
    if (firstDeploy && anyServices && !flags['no-public-ips'])
      provisionFirstIps(ctx, state, app, cfg)
    const rel = recordRelease(state, app, image, strategy, 'deploy')
    for (const group of processGroups(cfg)) {
      /** @type {DeployedFields} */
      const fields = {
        releaseVersion: rel.version,
        releaseId: rel.id,
        image,
        cmd: commandFor(cfg, group),
        env: runtime.env,
        services: machineServices(cfg, group),
        guest,
        checks: machineChecks(cfg)
      }
      deployGroup(ctx, app, group, fields, {
        strategy,
        region: flags['primary-region'] || cfg.primary_region || 'iad'
      })
    }
    app.deployed = true
    app.status = 'deployed'
    app.runtime = runtime
    markSecretsDeployed(app)
    startServer(ctx, app)
    return rel
  })
  if (ctx.env.FLY_EMIT_RELEASE_JSON) {
    ctx.out(
      JSON.stringify({ id: release.id, version: release.version, image_ref: release.imageRef }) +
        '\n'
    )
  }
  if (!flags.detach && flags['dns-checks']) {
    ctx.err(`Checking DNS configuration for ${hostname(name)}\n✓ DNS configuration verified\n`)
  }
  const app = ctx.store.read().apps[name]
  const publicIps = app.ips.some((ip) => ip.type === 'v4' || ip.type === 'v6') || app.sharedIpv4
  if (flags['no-public-ips'])
    ctx.out('Your app is deployed but does not have a public or private IP address\n')
  else if (flags.flycast) ctx.out(`Visit your newly deployed app at http://${name}.flycast/\n`)
  else if (hasHttpUrl(cfg) && publicIps)
    ctx.out(`\nVisit your newly deployed app at https://${hostname(name)}/\n`)
}

/**
 * One process group: its machines updated, or, for a group without machines, a first machine
 * (and with --ha a second one, when the group has services): --ha acts only here
 * (flyctl:internal/command/deploy/machines_deploymachinesapp.go:406-427, 1193-1219).
 * @param {Ctx} ctx
 * @param {SimApp} app
 * @param {string} group
 * @param {DeployedFields} fields
 * @param {{ strategy: string, region: string }} how
 */
function deployGroup(ctx, app, group, fields, { strategy, region }) {
  const machines = app.machines.filter((m) => m.group === group)
  if (machines.length) {
    updateMachines(ctx, app, selectMachines(ctx.flags, machines), fields, strategy)
    return
  }
  const count = ctx.flags.ha && fields.services.length ? 2 : 1
  ctx.out(`No machines in group ${group}, launching a new machine\n`)
  if (count === 2) {
    ctx.out(
      'Creating a second machine for high availability and zero downtime deployments.\nTo disable this, set "min_machines_running = 0" in your fly.toml.\n'
    )
  }
  for (let i = 0; i < count; i++) app.machines.push(newMachine(app, group, region, fields))
  ctx.err('Finished launching new machines\n')
}

/**
 * A first deploy of an app without addresses (flyctl:internal/command/deploy/deploy_first.go:
 * 29-105): `shared` gets a dedicated IPv6 and the shared IPv4; `dedicated` asks "Would you like
 * to allocate ...?", which fails without a TTY and counts as no, so nothing is allocated and
 * nothing is said. --no-public-ips skips all of it (the caller checks).
 * @param {Ctx} ctx
 * @param {SimState} state
 * @param {SimApp} app
 * @param {FlyToml} cfg
 */
function provisionFirstIps(ctx, state, app, cfg) {
  if (app.ips.length || app.sharedIpv4) return
  if (ctx.flags.flycast) {
    const ip = allocateV6(state, ctx.options, app, { private: true })
    ctx.out(`Provisioning ip address for ${app.name}\n  Private ipv6: ${ip.address}\n`)
  } else if (ipTypeFor(cfg) === 'shared') {
    const v6 = allocateV6(state, ctx.options, app)
    app.sharedIpv4 = sharedIpv4(ctx.options)
    ctx.out(
      `Provisioning ips for ${app.name}\n  Dedicated ipv6: ${v6.address}\n  Shared ipv4: ${app.sharedIpv4}\n  Add a dedicated ipv4 with: fly ips allocate-v4\n`
    )
  }
  ctx.out('\n')
}

/**
 * @param {Flags} flags
 * @param {SimMachine[]} machines
 * @returns {SimMachine[]}
 */
function selectMachines(flags, machines) {
  /** @param {string} v */
  const list = (v) =>
    v
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : []
  const only = list(flags.regions)
  const exclude = list(flags['exclude-regions'])
  const onlyIds = list(flags['only-machines'])
  const excludeIds = list(flags['exclude-machines'])
  return machines.filter(
    (m) =>
      (!only.length || only.includes(m.region)) &&
      !exclude.includes(m.region) &&
      (!onlyIds.length || onlyIds.includes(m.id)) &&
      !excludeIds.includes(m.id)
  )
}

/**
 * @param {SimState} state
 * @param {SimApp} app
 * @param {string} image
 * @param {string} strategy
 * @param {'deploy' | 'secrets'} reason
 * @returns {SimRelease}
 */
function recordRelease(state, app, image, strategy, reason) {
  const rel = {
    id: releaseId(),
    version: (app.releases.at(-1)?.version ?? 0) + 1,
    status: 'complete',
    imageRef: image,
    strategy,
    reason,
    description: reason === 'deploy' ? 'Deploy image' : 'Update secrets',
    createdAt: nextTimestamp(state)
  }
  app.releases.push(rel)
  return rel
}

/**
 * @param {SimApp} app
 * @param {string} group
 * @param {string} region
 * @param {DeployedFields} fields
 * @returns {SimMachine}
 */
function newMachine(app, group, region, fields) {
  const now = nowTimestamp()
  return {
    id: machineId(),
    name: machineName(),
    group,
    region,
    state: 'started',
    privateIp: `fdaa:0:77:a7b:${app.machines.length + 1}::2`,
    createdAt: now,
    updatedAt: now,
    instanceId: ulid(),
    previous: null,
    ...fields
  }
}

/** @type {(keyof MachineRelease)[]} */
const VERSIONED = [
  'releaseVersion',
  'releaseId',
  'image',
  'cmd',
  'env',
  'services',
  'guest',
  'checks',
  'updatedAt',
  'instanceId'
]

/**
 * @param {Ctx} ctx
 * @param {SimApp} app
 * @param {SimMachine[]} machines
 * @param {Partial<DeployedFields>} fields
 * @param {string} strategy
 */
function updateMachines(ctx, app, machines, fields, strategy) {
  ctx.out(`Updating existing machines in '${app.name}' with ${strategy} strategy\n`)
  machines.forEach((m, i) => {
    m.previous = Object.fromEntries(VERSIONED.map((k) => [k, m[k]]))
    Object.assign(m, fields, { updatedAt: nowTimestamp(), instanceId: ulid() })
    ctx.out(`> [${i + 1}/${machines.length}] Updating ${m.id} [app]\n`)
    ctx.out(`✔ [${i + 1}/${machines.length}] Machine ${m.id} is now in a good state\n`)
  })
}

/** @param {SimApp} app */
function markSecretsDeployed(app) {
  app.deployedSecretDigests = Object.fromEntries(
    Object.entries(app.secrets).map(([k, v]) => [k, digest(v)])
  )
}

/**
 * Secrets changed without --stage on a deployed app: a restart-only rolling deployment.
 * @param {Ctx} ctx
 * @param {SimState} state
 * @param {SimApp} app
 */
export function restartDeploy(ctx, state, app) {
  const image = app.runtime?.image ?? app.releases.at(-1)?.imageRef ?? ''
  const rel = recordRelease(state, app, image, 'rolling', 'secrets')
  updateMachines(
    ctx,
    app,
    app.machines,
    { releaseVersion: rel.version, releaseId: rel.id },
    'rolling'
  )
  markSecretsDeployed(app)
  startServer(ctx, app)
  if (ctx.env.FLY_EMIT_RELEASE_JSON) {
    ctx.out(JSON.stringify({ id: rel.id, version: rel.version, image_ref: rel.imageRef }) + '\n')
  }
}

/**
 * @param {string} stateDir
 * @param {SimApp} app
 */
export function stopServer(stateDir, app) {
  if (app.server) killGroup(stateDir, app.server.pgid)
  app.server = null
}

/**
 * The one machine that gets the app's UDP: the oldest started one (fly-platform.md §1: "only one
 * instance will be picked to serve all UDP traffic for a given app").
 * @param {SimApp} app
 */
function udpMachine(app) {
  return app.machines
    .filter((m) => m.state === 'started')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0]
}

/**
 * @param {SimFile} options
 * @param {string} app
 * @param {string} image
 */
function isBroken(options, app, image) {
  return (options.brokenServers ?? []).some(
    (broken) => broken.app === app && (broken.image === undefined || broken.image === image)
  )
}

/**
 * Replaces the app's server: the old process group is stopped first (same address and ports),
 * then a launcher starts the new one after the configured delay. Without a dedicated IPv4 nothing
 * is started: on Fly, UDP would not reach the app either. The one server stands for the machine
 * that gets the app's UDP (`udpMachine`); further machines serve nothing the probe can reach.
 * @param {Pick<Ctx, 'store' | 'options'>} ctx
 * @param {SimApp} app
 */
export function startServer(ctx, app) {
  const stateDir = ctx.store.stateDir
  stopServer(stateDir, app)
  const runtime = app.runtime
  const address = serverAddress(app)
  if (!runtime?.kind || !address) return
  if (isBroken(ctx.options, app.name, runtime.image)) return
  const env = { ...runtime.env, ...app.secrets }
  // Fly's edge: TLS terminators, and with a UDP path knob the machine behind a relay (edge.js).
  const edge = edgeFor(runtime.services, address, ctx.options, runtime.kind === 'coturn')
  const base = {
    kind: runtime.kind,
    address,
    delayMs: ctx.options.startDelayMs ?? 0,
    ownerPid: ctx.options.ownerPid,
    edge
  }
  if (runtime.kind === 'coturn') {
    const files = {
      pidfile: path.join(stateDir, 'servers', `${app.name}.turnserver.pid`),
      userdb: path.join(stateDir, 'servers', `${app.name}.turndb`)
    }
    app.server = launchServer(stateDir, app.name, {
      ...base,
      kind: 'coturn',
      ...coturnArgv(runtime.cmd, env, edge.machine, egressIpv4(ctx.options), files)
    })
  } else {
    const port = Number(env.FJ_PORT ?? 8080) // Fishjam's release default
    const publicPorts = runtime.services
      .filter((s) => s.internal_port === port)
      .flatMap((s) =>
        s.ports
          .filter((p) => (p.handlers ?? []).includes('http') && !(p.handlers ?? []).includes('tls'))
          // A port range (start_port/end_port) with an http handler has no `port`; no config
          // the action renders has one.
          .map((p) => /** @type {number} */ (p.port))
      )
    app.server = launchServer(stateDir, app.name, {
      ...base,
      kind: 'fishjam',
      ports: [...new Set([port, ...publicPorts])],
      env,
      udpDelayMs: ctx.options.fishjamUdpDelayMs ?? 0,
      udpBlocked: ctx.options.fishjamUdpBlocked ?? false
    })
  }
  if (app.server) app.server.machineId = udpMachine(app)?.id
}
