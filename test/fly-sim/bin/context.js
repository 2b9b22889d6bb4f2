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
 * The GraphQL text a not-found app produces, wrapped the way fly-go wraps it.
 * @param {string} app
 * @param {string} [operation]
 * @param {string} [prefix]
 * @returns {FlyError}
 */
export function graphqlNotFound(app, operation = 'GetAppCompact', prefix = 'failed to get app') {
  const query = `query(\n\tquery ${operation}($appName: String!) {\n\t\tapp(name: $appName) {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n)`
  const inner = `failed to run ${query}: Could not find App "${app}"`
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
 * App name: --app > FLY_APP > `app` in the config file. Loads the config lazily (the TOML
 * parser is only imported when a config is needed).
 * @param {Pick<Ctx, 'flags' | 'env' | 'loadConfig'>} ctx
 * @returns {Promise<string>}
 */
export async function requireAppName(ctx) {
  if (ctx.flags.app) return ctx.flags.app
  if (ctx.env.FLY_APP) return ctx.env.FLY_APP
  const config = await ctx.loadConfig()
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
