// @ts-check
// What flyctl's appconfig package makes of a fly.toml, where the simulator's deploy depends on it:
// process groups and their validation, the Dockerfile and [[files]] paths, and the IP type a
// first deploy provisions. Each function cites the flyctl source it follows.
import fs from 'node:fs'
import path from 'node:path'
import { FlyError } from './context.js'

/** @typedef {import('./types.js').Ctx} Ctx */
/** @typedef {import('./types.js').FlyToml} FlyToml */
/** @typedef {import('./types.js').FlyTomlService} FlyTomlService */

/**
 * resolveDockerfilePath (flyctl:internal/command/deploy/deploy_build.go:292-311): `[build]
 * dockerfile` is always joined onto the config file's directory, even when it is absolute (Go's
 * filepath.Join keeps the slash: /cfg + /abs/Dockerfile = /cfg/abs/Dockerfile); only without it
 * does `--dockerfile` count, made absolute from the working directory. Neither: ./Dockerfile of
 * the working directory (the build context).
 * @param {Ctx} ctx
 * @param {FlyToml} cfg
 * @param {string | undefined} configPath
 * @returns {string}
 */
export function dockerfilePath(ctx, cfg, configPath) {
  const fromConfig = cfg.build?.dockerfile
  if (fromConfig)
    return path.join(path.dirname(configPath ?? path.join(ctx.cwd, 'fly.toml')), fromConfig)
  if (ctx.flags.dockerfile) return path.resolve(ctx.cwd, ctx.flags.dockerfile)
  return path.join(ctx.cwd, 'Dockerfile')
}

/**
 * `[[files]] local_path` is read with os.ReadFile, relative to the working directory, not to the
 * config file (flyctl:internal/appconfig/config.go:129-137).
 * @param {Ctx} ctx
 * @param {FlyToml} cfg
 */
export function readLocalFiles(ctx, cfg) {
  for (const file of cfg.files ?? []) {
    if (!file.local_path) continue
    const resolved = path.resolve(ctx.cwd, file.local_path)
    if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) {
      throw new FlyError(
        `could not read file ${file.local_path}: open ${file.local_path}: no such file or directory`
      )
    }
  }
}

/**
 * The app's process groups as flyctl names them: the [processes] keys, sorted, else `app`
 * (flyctl:internal/appconfig/processgroups.go:16-31).
 * @param {FlyToml} cfg
 * @returns {string[]}
 */
export function processGroups(cfg) {
  const names = Object.keys(cfg.processes ?? {})
  return names.length > 0 ? names.sort() : ['app']
}

/**
 * validateServicesSection (flyctl:internal/appconfig/validation.go:149-175): once [processes]
 * has an entry, every service ([http_service] included) must name its processes, and only
 * groups that exist.
 * @param {FlyToml} cfg
 * @returns {string} the validator's lines, '' when the services are valid
 */
export function servicesProcessesProblems(cfg) {
  const defined = Object.keys(cfg.processes ?? {}).length
  const groups = processGroups(cfg)
  const services = [...(cfg.http_service ? [cfg.http_service] : []), ...(cfg.services ?? [])]
  let lines = ''
  for (const service of services) {
    const names = service.processes ?? []
    if (names.length === 0 && defined > 0) {
      lines += `Service has no processes set but app has ${defined} processes defined; update fly.toml to set processes for each service\n`
    }
    for (const name of names.filter((n) => !groups.includes(n))) {
      lines += `Service specifies '${name}' as one of its processes, but no processes are defined with that name; update fly.toml [processes] to add '${name}' process or remove it from service's processes list\n`
    }
  }
  return lines
}

/**
 * flyctl's DetermineIPType (flyctl:internal/appconfig/config.go:229-255): UDP, or a TCP port
 * other than 80 with exactly the http handler and 443 with exactly tls+http, needs a dedicated
 * IPv4 ([http_service] never does).
 * @param {FlyToml} cfg
 * @returns {'dedicated' | 'shared'}
 */
export function ipTypeFor(cfg) {
  for (const service of cfg.services ?? []) {
    if (service.protocol === 'udp') return 'dedicated'
    if (service.protocol !== 'tcp') continue
    for (const p of service.ports ?? []) {
      const handlers = (p.handlers ?? []).join(',')
      if (hasNonHttpPorts(p)) return 'dedicated'
      if (containsPort(p, 80) && handlers !== 'http') return 'dedicated'
      if (containsPort(p, 443) && handlers !== 'http,tls' && handlers !== 'tls,http') {
        return 'dedicated'
      }
    }
  }
  return 'shared'
}

/**
 * fly-go:machine_types.go:682-731 (ContainsPort, HasNonHttpPorts), line for line.
 * @param {NonNullable<FlyTomlService['ports']>[number]} p
 */
function portBounds(p) {
  return { start: Number(p.start_port ?? 0), end: Number(p.end_port ?? 65535) }
}
/**
 * @param {NonNullable<FlyTomlService['ports']>[number]} p
 * @param {number} port
 */
function containsPort(p, port) {
  if (p.port !== undefined && Number(p.port) === port) return true
  if (p.start_port === undefined && p.end_port === undefined) return false
  const { start, end } = portBounds(p)
  return start <= port && port <= end
}
/** @param {NonNullable<FlyTomlService['ports']>[number]} p */
function hasNonHttpPorts(p) {
  if (p.port !== undefined && Number(p.port) !== 443 && Number(p.port) !== 80) return true
  if (p.start_port === undefined && p.end_port === undefined) return false
  const { start, end } = portBounds(p)
  const count = end - start + 1
  if (count > 2) return true
  const http = start <= 80 && 80 <= end
  const https = start <= 443 && 443 <= end
  if (count === 2) return !http || !https
  if (count === 1) return !http && !https
  return false
}
