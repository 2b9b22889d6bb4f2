// @ts-check
// What every command handler shares: error types with flyctl's texts, output buffers, and the
// lookups that fail the way flyctl fails (missing app, missing app name, missing --yes).
import fs from 'node:fs'
import path from 'node:path'

/** @typedef {import('./types.js').Ctx} Ctx */
/** @typedef {import('./types.js').FlyToml} FlyToml */
/** @typedef {import('./types.js').SimFile} SimFile */

/** An error flyctl prints as `Error: <message>` (+ description, suggestion), exit code 1. */
export class FlyError extends Error {
  /**
   * @param {string} message
   * @param {{ description?: string, suggestion?: string, exitCode?: number }} [more]
   */
  constructor(message, { description, suggestion, exitCode = 1 } = {}) {
    super(message)
    this.description = description
    this.suggestion = suggestion
    this.exitCode = exitCode
  }
}

export const NON_INTERACTIVE_YES = 'yes flag must be specified when not running interactively'

/**
 * A GraphQL failure as fly-go wraps it: `failed to run <the query text>: <cause>`, where the
 * query is the multi-line raw string from fly-go's source, so the cause sits on the query's last
 * line, after the indentation (fly-go:client.go:317; the query of GetIPAddresses,
 * fly-go:resource_ip_addresses.go:10-30).
 * @param {string} cause
 * @param {string} [field] the app field the query reads
 * @returns {string}
 */
export function graphqlFailure(cause, field = 'id') {
  const query = `\n\t\tquery ($appName: String!) {\n\t\t\tapp(name: $appName) {\n\t\t\t\t${field}\n\t\t\t}\n\t\t}\n\t`
  return `failed to run ${query}: ${cause}`
}

/**
 * The GraphQL text a not-found app produces, wrapped the way fly-go wraps it.
 * @param {string} app
 * @param {string} [field] what the command's query reads (only shapes the quoted query)
 * @param {string} [prefix] the command's own wrapping, e.g. status's `failed to get app`
 * @returns {FlyError}
 */
export function graphqlNotFound(app, field = 'id', prefix = 'failed to get app') {
  const inner = graphqlFailure(`Could not find App "${app}"`, field)
  return new FlyError(prefix ? `${prefix}: ${inner}` : inner)
}

/**
 * @param {Pick<SimFile, 'orgs'>} options
 * @param {string} slug
 * @returns {{ slug: string, name: string, id: string, numericId: string } | null}
 */
export function orgRecord(options, slug) {
  const orgs = options.orgs ?? { personal: 'Sim User' }
  if (!(slug in orgs)) return null
  const index = Object.keys(orgs).sort().indexOf(slug)
  return {
    slug,
    name: orgs[slug],
    id: `O${slug.toUpperCase().slice(0, 6)}${index}`,
    numericId: String(10000 + index)
  }
}

/**
 * App name: --app > FLY_APP > `app` in the config file. Like flyctl's RequireAppName preparer,
 * the config (--config, else ./fly.toml in the working directory) is loaded first, whatever
 * names the app: a broken ./fly.toml fails the call even with --app
 * (flyctl:internal/command/command.go:700-787).
 * @param {Pick<Ctx, 'flags' | 'env' | 'loadConfig'>} ctx
 * @returns {Promise<string>}
 */
export async function requireAppName(ctx) {
  const config = await ctx.loadConfig()
  if (ctx.flags.app) return ctx.flags.app
  if (ctx.env.FLY_APP) return ctx.env.FLY_APP
  if (config?.data?.app) return String(config.data.app)
  throw new FlyError(
    'the config for your app is missing an app name, add an app field to the fly.toml file or specify with the -a flag'
  )
}

/**
 * Resolves --config (a file or a directory) or ./fly.toml; null when there is none.
 * @param {string} flagValue
 * @param {string} cwd
 * @returns {string | null}
 */
export function findConfigPath(flagValue, cwd) {
  if (flagValue) {
    const p = path.resolve(cwd, flagValue)
    if (fs.existsSync(p) && fs.statSync(p).isFile()) return p
    const inDir = path.join(p, 'fly.toml')
    if (fs.existsSync(inDir)) return inDir
    throw new FlyError(
      `config file not found at specified path: ${flagValue} (also tried: ${path.join(flagValue, 'fly.toml')})`
    )
  }
  const local = path.join(cwd, 'fly.toml')
  return fs.existsSync(local) ? local : null
}

/**
 * @param {string} file
 * @returns {Promise<FlyToml>}
 */
export async function parseToml(file) {
  const { parse, TomlError } = await import('smol-toml')
  try {
    return /** @type {FlyToml} */ (parse(fs.readFileSync(file, 'utf8')))
  } catch (err) {
    if (err instanceof TomlError) {
      throw new FlyError(
        `failed loading app config from ${file}: toml: row ${err.line} column ${err.column}: ${err.message.split('\n')[0]}`
      )
    }
    throw err
  }
}

/**
 * Human table: upper-case headers, columns padded, then a blank line (render.Table).
 * @param {string[]} headers
 * @param {(string | number | undefined)[][]} rows
 * @returns {string}
 */
export function table(headers, rows) {
  const all = [headers.map((h) => h.toUpperCase()), ...rows]
  const widths = headers.map((_, i) => Math.max(...all.map((r) => String(r[i] ?? '').length)))
  const lines = all.map((r) =>
    r
      .map((cell, i) => String(cell ?? '').padEnd(widths[i]))
      .join('\t')
      .trimEnd()
  )
  return lines.join('\n') + '\n\n'
}
