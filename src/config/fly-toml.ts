/**
 * Builds the fly.toml for one deploy from three layers, lowest first:
 *   1. the preset (its ports, image, VM and its own fragment: command, env, kill signal),
 *   2. the user's own fly.toml (the `config` input; parsed, never modified),
 *   3. the action's inputs (app, region, image, env, ports, VM).
 * A higher layer wins key by key; services are replaced per protocol only when that protocol's
 * port input is given. docs/presets.md spells the rules out.
 */
import path from 'node:path'
import { parse, TomlError } from 'smol-toml'
import { ActionError, InputError } from '../errors.js'
import {
  asTable,
  expandRanges,
  httpInternalPortOf,
  httpService,
  isHttpService,
  protocolOf,
  rangesOf,
  servicesOf,
  tablesIn,
  tcpService,
  tlsPortsOf,
  udpService,
  type Table
} from './ports.js'
import { presetFor } from './presets/index.js'
import { attachToGroup, serverProcessGroup } from './processes.js'
import { applyTlsPorts } from './tls-ports.js'
import {
  formatPortRange,
  type BuiltConfig,
  type ConfigRequest,
  type EffectivePorts,
  type FlyConfig,
  type PortRange,
  type Preset,
  type VmSettings
} from './types.js'

export { renderToml } from './render.js'

/** The STUN/TURN port (RFC 8489 §18.6) a TLS port forwards to when the request names none. */
const DEFAULT_TURN_PORT = 3478

/** Parses a user's fly.toml into plain objects; a syntax error names the file, row and column. */
export function parseFlyToml(text: string, source = 'fly.toml'): FlyConfig {
  try {
    return structuredClone(parse(text))
  } catch (error) {
    // The first line only: the code block smol-toml appends would repeat the user's file in logs.
    const detail =
      error instanceof TomlError
        ? `${error.message.split('\n')[0]} (line ${error.line}, column ${error.column})`
        : String(error)
    throw new ActionError('config', `${source} is not valid TOML: ${detail}`, {
      hint: "Fix the file named by the 'config' input; `flyctl config validate` shows the same error.",
      cause: error
    })
  }
}

function checkRanges(input: string, ranges: PortRange[] | undefined): void {
  for (const range of ranges ?? []) {
    const valid =
      Number.isInteger(range.start) &&
      Number.isInteger(range.end) &&
      range.start >= 1 &&
      range.end <= 65535 &&
      range.start <= range.end
    if (!valid) {
      throw new InputError(
        input,
        `invalid port or range ${range.start}-${range.end}`,
        '3478, 50000-50099'
      )
    }
  }
}

/**
 * A secret's name in `env` would write its value into fly.toml. Whether the preset's required
 * secrets exist is checked by the pipeline (config/secrets.ts): one may be stored on the app.
 */
function checkSecretsStayOutOfEnv(req: ConfigRequest, preset: Preset | undefined): void {
  for (const name of Object.keys(req.env)) {
    if (req.secretNames.includes(name) || preset?.requiredSecrets.includes(name)) {
      throw new InputError(
        'env',
        `${name} is a secret: pass it only in the secrets input, env values are written to fly.toml`,
        'FJ_LOG_LEVEL=info'
      )
    }
  }
}

/** Fills `target` with the keys of `defaults` it lacks, recursing into tables (key by key). */
function underlay(target: Table, defaults: Table): void {
  for (const [key, value] of Object.entries(defaults)) {
    const existing = asTable(target[key])
    const incoming = asTable(value)
    if (target[key] === undefined) target[key] = structuredClone(value)
    else if (existing && incoming) underlay(existing, incoming)
  }
}

/**
 * The services after layering: for UDP, non-HTTP TCP and HTTP separately, the port input wins,
 * else the user's file's services of that kind, else the preset's ports.
 */
function layerServices(config: Table, req: ConfigRequest, preset: Preset | undefined): void {
  const fileServices = servicesOf(config)
  const isUdp = (s: Table) => protocolOf(s) === 'udp'
  const isPlainTcp = (s: Table) => protocolOf(s) === 'tcp' && !isHttpService(s)
  const hasFileUdp = fileServices.some(isUdp)
  const hasFileTcp = fileServices.some(isPlainTcp)
  const httpTable = asTable(config.http_service)
  const fileHttp = fileServices.find(isHttpService)

  const kept = fileServices.filter(
    (s) =>
      !(isUdp(s) && req.udpPorts !== undefined) && !(isPlainTcp(s) && req.tcpPorts !== undefined)
  )
  const added: Table[] = []

  if (req.httpPort !== undefined) {
    if (httpTable) httpTable.internal_port = req.httpPort
    else if (fileHttp) fileHttp.internal_port = req.httpPort
    else added.push(httpService(req.httpPort))
  } else if (!httpTable && !fileHttp && preset?.httpPort !== undefined) {
    added.push(httpService(preset.httpPort))
  }

  const udp = req.udpPorts ?? (hasFileUdp ? [] : (preset?.udpPorts ?? []))
  added.push(...udp.map(udpService))

  const tcp = req.tcpPorts ?? (hasFileTcp ? [] : (preset?.tcpPorts ?? []))
  added.push(...tcp.map((range) => tcpService(range, preset?.tcpChecks ?? false)))

  // With [processes], the added services run where the server runs (see processes.ts).
  if (added.length > 0) {
    attachToGroup(added, serverProcessGroup(config, req.baseTomlPath ?? 'fly.toml'))
  }
  const services = [...kept, ...added]
  if (services.length > 0) config.services = services
  else delete config.services
}

const SIZING = ['size', 'memory', 'memory_mb', 'cpus', 'cpu_kind']

function vmTable(vm: VmSettings): Table {
  const table: Table = {}
  if (vm.size !== undefined) table.size = vm.size
  if (vm.memory !== undefined) table.memory = vm.memory
  if (vm.cpus !== undefined) table.cpus = vm.cpus
  if (vm.cpuKind !== undefined) table.cpu_kind = vm.cpuKind
  return table
}

/**
 * `upper` wins. A `size` in the upper layer is a complete machine size, so the lower layer's
 * sizing (memory, cpus, cpu kind) is dropped instead of silently overriding the chosen size;
 * likewise a memory given above replaces both memory spellings below.
 */
function layerVm(lower: Table, upper: Table): Table {
  const base: Table = { ...lower }
  if (upper.size !== undefined) for (const key of SIZING) delete base[key]
  if (upper.memory !== undefined || upper.memory_mb !== undefined) {
    delete base.memory
    delete base.memory_mb
  }
  return { ...base, ...upper }
}

function layerVms(config: Table, req: ConfigRequest, preset: Preset | undefined): void {
  const presetVm = preset ? vmTable(preset.vm) : {}
  const inputVm = vmTable(req.vm)
  const fileVms = tablesIn(config.vm)
  const vms = (fileVms.length > 0 ? fileVms : [{}]).map((fileVm) =>
    layerVm(layerVm(presetVm, fileVm), inputVm)
  )
  if (vms.some((vm) => Object.keys(vm).length > 0)) config.vm = vms
  else delete config.vm
}

/** A Dockerfile may also be a URL, which flyctl fetches as it is. */
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i

/**
 * The user's paths, made absolute from their fly.toml's directory (where `fly deploy` next to it
 * would find them): `[build] dockerfile`/`ignorefile`, which flyctl joins onto the config file's
 * directory, and `[[files]] local_path`, which flyctl reads from its working directory
 * (fly-platform.md §3). The rendered file lives elsewhere; relativeBuildPaths finishes the job
 * once its directory is known.
 */
function anchorUserPaths(config: Table, baseTomlPath: string | undefined): void {
  if (baseTomlPath === undefined) return
  const base = path.dirname(path.resolve(baseTomlPath))
  const anchor = (table: Table | undefined, key: string) => {
    const value = table?.[key]
    if (table && typeof value === 'string' && value !== '' && !URL_LIKE.test(value)) {
      table[key] = path.resolve(base, value)
    }
  }
  const build = asTable(config.build)
  anchor(build, 'dockerfile')
  anchor(build, 'ignorefile')
  for (const file of tablesIn(config.files)) anchor(file, 'local_path')
}

/**
 * flyctl joins `[build] dockerfile` and `ignorefile` onto the config file's directory even when
 * they are absolute (flyctl:internal/command/deploy/deploy_build.go:292-328), so in the rendered
 * file they are written relative to the directory it is written to.
 */
export function relativeBuildPaths(config: FlyConfig, directory: string): void {
  const build = asTable(config.build)
  for (const key of ['dockerfile', 'ignorefile']) {
    const value = build?.[key]
    if (build && typeof value === 'string' && path.isAbsolute(value)) {
      build[key] = path.relative(directory, value) || '.'
    }
  }
}

export function buildConfig(req: ConfigRequest): BuiltConfig {
  const preset = presetFor(req.preset)
  checkRanges('udp-ports', req.udpPorts)
  checkRanges('tcp-ports', req.tcpPorts)
  if (req.httpPort !== undefined)
    checkRanges('http-port', [{ start: req.httpPort, end: req.httpPort }])
  checkSecretsStayOutOfEnv(req, preset)

  const config: Table =
    req.baseToml === undefined ? {} : parseFlyToml(req.baseToml, req.baseTomlPath ?? 'fly.toml')

  layerServices(config, req, preset)
  // Read back from the services just layered, since the user's file may contribute some.
  const ports: EffectivePorts = {
    udp: rangesOf(config, 'udp'),
    tcp: rangesOf(config, 'tcp'),
    http: httpInternalPortOf(config)
  }
  const env = { ...asTable(config.env), ...req.env }
  if (Object.keys(env).length > 0) config.env = env
  if (preset) underlay(config, preset.fragment(ports, config))
  const turnPort = req.turnPort ?? DEFAULT_TURN_PORT
  applyTlsPorts(config, req.tlsPorts ?? preset?.tlsPorts, turnPort, req.tlsPorts !== undefined)

  config.app = req.app
  config.primary_region = req.region

  anchorUserPaths(config, req.baseTomlPath)
  const build = asTable(config.build)
  const fileImage = typeof build?.image === 'string' ? build.image : undefined
  const image = req.image ?? preset?.image ?? fileImage
  if (image !== undefined) config.build = { ...build, image }

  layerVms(config, req, preset)

  const udpRanges = rangesOf(config, 'udp')
  const tcpRanges = rangesOf(config, 'tcp')
  return {
    config,
    image,
    udpRanges,
    tcpRanges,
    udpPorts: expandRanges(udpRanges),
    tcpPorts: expandRanges(tcpRanges),
    tlsPorts: tlsPortsOf(config, turnPort),
    httpPort: httpInternalPortOf(config)
  }
}

/** Ports as a person reads them in a log line: `udp 3478, 50000-50099; tcp 3478; http 8080`. */
export function describePorts(config: FlyConfig): string {
  const parts = [
    `udp ${rangesOf(config, 'udp').map(formatPortRange).join(', ') || 'none'}`,
    `tcp ${rangesOf(config, 'tcp').map(formatPortRange).join(', ') || 'none'}`
  ]
  const tls = tlsPortsOf(config)
  if (tls.length > 0) parts.push(`tls ${tls.join(', ')}`)
  const http = httpInternalPortOf(config)
  if (http !== undefined) parts.push(`http ${http}`)
  return parts.join('; ')
}
