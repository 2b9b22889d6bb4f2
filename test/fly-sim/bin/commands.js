// @ts-check
// Every flyctl command the simulator knows, except deploy (deploy.js). Handlers take the
// invocation context built by main.js; texts and JSON follow reference/flyctl.md.
import net from 'node:net'
import {
  FlyError,
  NON_INTERACTIVE_YES,
  graphqlNotFound,
  orgRecord,
  requireAppName,
  table
} from './context.js'
import { allocateDedicatedV4, allocateV6, sharedIpv4 } from './addresses.js'
import { appObject, goJson, ipList, machineObject, releaseObject, statusObject } from './render.js'
import { digest, machineId, machineName, ulid } from './ids.js'
import { nextTimestamp, nowTimestamp } from './store.js'
import { parseSecrets, SecretsParseError } from './secrets-parser.js'
import { restartDeploy, startServer, stopServer } from './deploy.js'

/** @typedef {import('./types.js').Ctx} Ctx */
/** @typedef {import('./types.js').SimApp} SimApp */
/** @typedef {import('./types.js').SimMachine} SimMachine */
/** @typedef {import('./types.js').SimState} SimState */

export const FLYCTL_VERSION = '0.4.87'
const COMMIT = 'ad0172face303b77584eea95b46fa3ddc61d5ddd'
const APP_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/

/**
 * @param {SimState} state
 * @param {string} name
 * @param {() => Error} [notFound]
 * @returns {SimApp}
 */
export function getApp(state, name, notFound = () => graphqlNotFound(name)) {
  const app = state.apps[name]
  if (!app) throw notFound()
  return app
}

/**
 * Runs without a session or state too (main.js calls it with only these fields).
 * @param {{ flags: Pick<Ctx['flags'], 'json'>, options: { version?: string }, out: Ctx['out'] }} ctx
 */
export function version(ctx) {
  if (ctx.flags.json) {
    ctx.out(
      JSON.stringify({
        Name: 'flyctl',
        Version: ctx.options.version ?? FLYCTL_VERSION,
        Commit: COMMIT,
        BranchName: '',
        BuildDate: '2026-08-20T12:00:00Z',
        OS: 'linux',
        Architecture: 'amd64',
        Environment: 'production'
      }) + '\n'
    )
  } else {
    ctx.out(
      `flyctl v${ctx.options.version ?? FLYCTL_VERSION} linux/amd64 Commit: ${COMMIT} BuildDate: 2026-08-20T12:00:00Z\n`
    )
  }
}

/** @param {Ctx} ctx */
export function orgsList(ctx) {
  const orgs = ctx.options.orgs ?? { personal: 'Sim User' }
  const sorted = Object.fromEntries(
    Object.keys(orgs)
      .sort()
      .map((k) => [k, orgs[k]])
  )
  if (ctx.json) return ctx.out(goJson(sorted))
  ctx.out(
    table(
      ['Name', 'Slug', 'Type'],
      Object.entries(sorted).map(([slug, name]) => [
        name,
        slug,
        slug === 'personal' ? 'PERSONAL' : 'SHARED'
      ])
    )
  )
}

/** @param {Ctx} ctx */
export function whoami(ctx) {
  if (ctx.json) ctx.out(goJson({ email: 'sim@example.com' }))
  else ctx.out('sim@example.com\n')
}

const NAME_TAKEN_SUGGESTION =
  'App names are unique across all of Fly.io, not just your organization, so this name may be held by an app you cannot see. Try a different name.'

/** @param {Ctx} ctx */
export async function appsCreate(ctx) {
  const { flags, args } = ctx
  if (args.length > 1) throw new FlyError(`accepts at most 1 arg(s), received ${args.length}`)
  if (args[0] && flags.name && args[0] !== flags.name) {
    throw new FlyError(
      `two app names specified ${args[0]} and ${flags.name}, only one may be specified`
    )
  }
  const name = args[0] || flags.name
  if (!name)
    throw new FlyError('name argument or flag must be specified when not running interactively')
  const orgs = ctx.options.orgs ?? { personal: 'Sim User' }
  let slug = flags.org || ctx.env.FLY_ORG || ctx.env.FLY_ORGANIZATION
  if (!slug) {
    const slugs = Object.keys(orgs)
    if (slugs.length === 1 && slugs[0] === 'personal') {
      ctx.err(`automatically selected personal organization: ${orgs.personal}\n`)
      slug = 'personal'
    } else {
      throw new FlyError('org slug must be specified when not running interactively')
    }
  }
  const org = orgRecord(ctx.options, slug)
  if (!org) throw new FlyError(`organization ${slug} not found`)
  if (!APP_NAME.test(name)) {
    throw new FlyError(
      'Validation failed: Name may only contain lowercase letters, numbers, and dashes'
    )
  }
  // The API checks the name when the request arrives: a name in use fails its validation with
  // the legacy text. Two creates that both pass that check race to the insert, and the loser
  // hits the database's unique constraint, reported with a generic text (the API still tags both
  // name_taken, so flyctl adds the same suggestion): fly-go:flaps/flaps_error.go:50-59, 140-185.
  if (ctx.store.read().apps[name] || (ctx.options.takenNames ?? []).includes(name)) {
    throw new FlyError('Name has already been taken', { suggestion: NAME_TAKEN_SUGGESTION })
  }
  await new Promise((resolve) => setTimeout(resolve, ctx.options.createLatencyMs ?? 0))
  const app = ctx.store.update((state) => {
    if (state.apps[name]) {
      throw new FlyError('uniqueness constraint violated', { suggestion: NAME_TAKEN_SUGGESTION })
    }
    state.apps[name] = newApp(name, slug, nextTimestamp(state))
    return state.apps[name]
  })
  if (ctx.json) ctx.out(goJson(appObject(app, org.name)))
  else ctx.out(`New app created: ${name}\n`)
}

/**
 * @param {string} name
 * @param {string} org
 * @param {string} createdAt
 * @returns {SimApp}
 */
export function newApp(name, org, createdAt) {
  return {
    name,
    org,
    createdAt,
    status: 'pending',
    deployed: false,
    ips: [],
    sharedIpv4: null,
    secrets: {},
    deployedSecretDigests: {},
    releases: [],
    machines: [],
    server: null
  }
}

/** @param {Ctx} ctx */
export function appsList(ctx) {
  const state = ctx.store.read()
  const apps = Object.values(state.apps)
    .filter((a) => !ctx.flags.org || a.org === ctx.flags.org)
    .sort((a, b) => (a.name < b.name ? -1 : 1))
  const orgName = (/** @type {string} */ slug) => orgRecord(ctx.options, slug)?.name ?? ''
  if (ctx.json) return ctx.out(goJson(apps.map((a) => appObject(a, orgName(a.org)))))
  if (ctx.flags.quiet) return ctx.out(apps.map((a) => a.name + '\n').join(''))
  if (!apps.length) return ctx.out('No apps found\n')
  ctx.out(
    table(
      ['Name', 'Owner', 'Status', 'Latest Deploy'],
      apps.map((a) => [a.name, a.org, a.status, a.releases.at(-1)?.createdAt ?? ''])
    )
  )
}

/** @param {Ctx} ctx */
export function appsDestroy(ctx) {
  if (!ctx.args.length) throw new FlyError('no app names provided')
  for (const name of ctx.args) {
    getApp(ctx.store.read(), name, () => graphqlNotFound(name, 'id', ''))
    if (!ctx.flags.yes) {
      ctx.err('Destroying an app is not reversible.\n')
      throw new FlyError(NON_INTERACTIVE_YES)
    }
    ctx.store.update((state) => {
      const app = getApp(state, name, () => graphqlNotFound(name, 'id', ''))
      stopServer(ctx.store.stateDir, app)
      delete state.apps[name]
    })
    ctx.out(`Destroyed app ${name}\n`)
  }
}

/** @param {Ctx} ctx */
export async function status(ctx) {
  if (ctx.flags.watch && ctx.json)
    throw new FlyError('--watch and --json are not supported together')
  const name = await requireAppName(ctx)
  const state = ctx.store.read()
  const app = getApp(state, name)
  const org = orgRecord(ctx.options, app.org) ?? { slug: app.org, name: '', id: '', numericId: '' }
  const stale = ctx.fault?.mode === 'stale-release'
  const view = statusObject(app, org, stale)
  if (ctx.json) return ctx.out(goJson(view))
  ctx.out(
    `App\n  Name     = ${app.name}\n  Owner    = ${app.org}\n  Hostname = ${view.Hostname}\n  Image    = ${app.releases.at(-1)?.imageRef ?? '-'}\n\n`
  )
  if (!view.Machines.length) return ctx.out('No machines are available on this app\n')
  ctx.out(
    'Machines\n' +
      table(
        ['Process', 'ID', 'Version', 'Region', 'State', 'Role', 'Checks', 'Last Updated'],
        view.Machines.map((m) => [
          m.config.metadata.fly_process_group,
          m.id,
          m.config.metadata.fly_release_version,
          m.region,
          m.state,
          '',
          '',
          m.updated_at
        ])
      )
  )
}

/** @param {Ctx} ctx */
export async function ipsList(ctx) {
  const name = await requireAppName(ctx)
  const app = getApp(ctx.store.read(), name, () =>
    graphqlNotFound(name, 'ipAddresses { nodes { id address type region createdAt } }', '')
  )
  const rows = ipList(app)
  if (ctx.json) return ctx.out(goJson(rows))
  const kind = {
    v4: 'public ingress (dedicated, $2/mo)',
    shared_v4: 'public ingress (shared)',
    v6: 'public ingress (dedicated)',
    private_v6: 'private ingress'
  }
  ctx.out(
    table(
      ['Version', 'IP', 'Type', 'Region', 'Created At'],
      rows.map((r) => [
        r.Type.includes('v4') ? 'v4' : 'v6',
        r.Address,
        kind[r.Type],
        r.Region,
        r.Type === 'shared_v4' ? '' : r.CreatedAt
      ])
    )
  )
  ctx.out(
    'Learn more about Fly.io public, private, shared and dedicated IP addresses in our docs: https://fly.io/docs/networking/services/\n'
  )
}

/** @param {Ctx} ctx */
export async function ipsAllocateV4(ctx) {
  const name = await requireAppName(ctx)
  if (ctx.flags.shared) {
    const address = ctx.store.update((state) => {
      const app = getApp(state, name, () => graphqlNotFound(name, 'id', ''))
      app.sharedIpv4 = sharedIpv4(ctx.options)
      return app.sharedIpv4
    })
    return ctx.out(
      table(['Version', 'IP', 'Type', 'Region'], [['v4', address, 'shared', 'global']])
    )
  }
  if (!ctx.flags.yes) {
    getApp(ctx.store.read(), name, () => graphqlNotFound(name, 'id', ''))
    throw new FlyError(NON_INTERACTIVE_YES)
  }
  const ip = ctx.store.update((state) => {
    const app = getApp(state, name, () => graphqlNotFound(name, 'id', ''))
    const allocated = allocateDedicatedV4(state, ctx.options, app, ctx.flags.region)
    // A deployed app becomes reachable on its new address at once, as on Fly.
    if (app.runtime && !app.server) startServer(ctx, app)
    return allocated
  })
  ctx.out(
    table(
      ['Version', 'IP', 'Type', 'Region', 'Created At'],
      [['v4', ip.address, 'public ingress (dedicated, $2/mo)', ip.region, 'just now']]
    )
  )
}

/** @param {Ctx} ctx */
export async function ipsAllocateV6(ctx) {
  const name = await requireAppName(ctx)
  const ip = ctx.store.update((state) => {
    const app = getApp(state, name, () => graphqlNotFound(name, 'id', ''))
    return allocateV6(state, ctx.options, app, {
      private: ctx.flags.private,
      region: ctx.flags.region
    })
  })
  const type = ip.type === 'v6' ? 'public ingress (dedicated)' : 'private ingress'
  ctx.out(
    table(
      ['Version', 'IP', 'Type', 'Region', 'Created At'],
      [['v6', ip.address, type, ip.region, 'just now']]
    )
  )
}

/** @param {Ctx} ctx */
export async function ipsRelease(ctx) {
  if (!ctx.args.length) throw new FlyError(`requires at least 1 arg(s), only received 0`)
  const name = await requireAppName(ctx)
  for (const address of ctx.args) {
    if (!net.isIP(address)) throw new FlyError(`Invalid IP address: '${address}'`)
    ctx.store.update((state) => {
      const app = getApp(state, name, () => graphqlNotFound(name, 'id', ''))
      const before = app.ips.length
      app.ips = app.ips.filter((ip) => ip.address !== address)
      if (app.sharedIpv4 === address) app.sharedIpv4 = null
      else if (app.ips.length === before) {
        throw new FlyError(
          `failed to release IP address: Could not find IPAddress ${address} for app ${name}`
        )
      }
      // Traffic to a released address stops: the server bound to it goes away with it.
      if (app.server?.address === address) stopServer(ctx.store.stateDir, app)
    })
    ctx.out(`Released ${address} from ${name}\n`)
  }
}

/**
 * @param {Ctx} ctx
 * @param {string} name
 * @param {() => Promise<(app: SimApp) => void>} mutate reads the input, returns the change
 */
async function updateSecrets(ctx, name, mutate) {
  // secrets set/import/unset look the app up (GraphQL) before touching stdin.
  getApp(ctx.store.read(), name)
  const changes = await mutate()
  const outcome = ctx.store.update((state) => {
    const app = getApp(state, name)
    changes(app)
    if (ctx.flags.stage) return 'staged'
    if (!app.deployed && app.machines.length === 0) return 'first'
    restartDeploy(ctx, state, app)
    return 'deployed'
  })
  if (outcome === 'staged') {
    ctx.out(
      'Secrets have been staged, but not set on VMs. Deploy or update machines in this app for the secrets to take effect.\n'
    )
  } else if (outcome === 'first') {
    ctx.out('Secrets are staged for the first deployment\n')
  }
}

/** @param {Ctx} ctx */
export async function secretsImport(ctx) {
  const name = await requireAppName(ctx)
  await updateSecrets(ctx, name, async () => {
    let secrets
    try {
      secrets = parseSecrets(await ctx.readStdin())
    } catch (err) {
      if (err instanceof SecretsParseError)
        throw new FlyError(`Failed to parse secrets from stdin: ${err.message}`)
      throw err
    }
    if (secrets.size < 1) throw new FlyError('requires at least one SECRET=VALUE pair')
    return (app) => {
      for (const [k, v] of secrets) app.secrets[k] = v
    }
  })
}

/** @param {Ctx} ctx */
export async function secretsSet(ctx) {
  if (!ctx.args.length) throw new FlyError('requires at least 1 arg(s), only received 0')
  const name = await requireAppName(ctx)
  await updateSecrets(ctx, name, async () => {
    /** @type {[string, string][]} */
    const pairs = []
    for (const arg of ctx.args) {
      const eq = arg.indexOf('=')
      if (eq <= 0)
        throw new FlyError(`could not parse secrets: '${arg}': must be in the format NAME=VALUE`)
      let value = arg.slice(eq + 1)
      if (value === '-') {
        value = await ctx.readStdin()
        if (!value)
          throw new FlyError(
            `secret \`${arg.slice(0, eq)}\` expects standard input but none provided`
          )
      }
      pairs.push([arg.slice(0, eq), value])
    }
    return (app) => {
      for (const [k, v] of pairs) app.secrets[k] = v
    }
  })
}

/** @param {Ctx} ctx */
export async function secretsUnset(ctx) {
  if (!ctx.args.length) throw new FlyError('requires at least 1 arg(s), only received 0')
  const name = await requireAppName(ctx)
  await updateSecrets(ctx, name, () =>
    Promise.resolve((/** @type {SimApp} */ app) => {
      for (const k of ctx.args) delete app.secrets[k]
    })
  )
}

/** @param {Ctx} ctx */
export async function secretsList(ctx) {
  const name = await requireAppName(ctx)
  const app = getApp(ctx.store.read(), name, () => new FlyError('app not found'))
  const rows = Object.keys(app.secrets)
    .sort()
    .map((k) => {
      const d = digest(app.secrets[k])
      return {
        name: k,
        digest: d,
        status: app.deployedSecretDigests[k] === d ? 'Deployed' : 'Staged'
      }
    })
  if (ctx.json) return ctx.out(goJson(rows))
  ctx.out(
    table(
      ['Name', 'Digest', 'Status'],
      rows.map((r) => [(r.status === 'Staged' ? '* ' : '') + r.name, r.digest, r.status])
    )
  )
  const staged = rows.filter((r) => r.status === 'Staged').length
  if (staged === 1)
    ctx.out(
      'There is 1 secret not deployed. Deploy with `fly secrets deploy` to make them available.\n'
    )
  else if (staged > 1)
    ctx.out(
      `There are ${staged} secrets not deployed. Deploy with \`fly secrets deploy\` to make them available.\n`
    )
}

/** @param {Ctx} ctx */
export async function releases(ctx) {
  const name = await requireAppName(ctx)
  const app = getApp(ctx.store.read(), name, () =>
    graphqlNotFound(
      name,
      'releases: releasesUnprocessed(first: 25) { nodes { id version } }',
      `failed retrieving app releases ${name}`
    )
  )
  const list = [...app.releases].sort((a, b) => b.version - a.version).slice(0, 25)
  if (ctx.json) return ctx.out(goJson(list.map(releaseObject)))
  ctx.out(
    table(
      ['Version', 'Status', 'Description', 'User', 'Date'],
      list.map((r) => [`v${r.version}`, r.status, r.description, 'sim@example.com', r.createdAt])
    )
  )
}

/** @param {Ctx} ctx */
export async function machineList(ctx) {
  const name = await requireAppName(ctx)
  const app = getApp(
    ctx.store.read(),
    name,
    () => new FlyError('failed to list machines: app not found')
  )
  const stale = ctx.fault?.mode === 'stale-release'
  const machines = app.machines
    .filter((m) => !stale || m.previous)
    .map((m) => machineObject(m, stale))
  if (ctx.flags.quiet) return ctx.out(machines.map((m) => m.id + '\n').join(''))
  if (ctx.json) return ctx.out(goJson(machines))
  if (!machines.length) return ctx.out(`No machines are available on this app ${name}\n`)
  ctx.out(
    `${machines.length} machines have been retrieved from app ${name}.\nView them in the UI here (https://fly.io/apps/${name}/machines/)\n\n`
  )
  ctx.out(
    table(
      ['ID', 'Name', 'State', 'Region', 'Image', 'Process Group'],
      machines.map((m) => [
        m.id,
        m.name,
        m.state,
        m.region,
        `${m.image_ref.repository}:${m.image_ref.tag}`,
        m.config.metadata.fly_process_group
      ])
    )
  )
}

/**
 * How flyctl spreads a group's machines over regions (fly-platform.md §3, correcting flyctl.md
 * §3.11; flyctl internal/command/scale/count_machines.go:373-420): `total` is the count across
 * the listed regions, not per region. Regions over `maxPerRegion` shrink first; what is missing is
 * added round-robin from the first listed region, what is too much removed round-robin starting
 * from the second (the first is usually the primary region). Machines in unlisted regions stay.
 * @param {number} total
 * @param {Record<string, number>} current
 * @param {string[]} regions
 * @param {number} maxPerRegion  -1 for no limit
 * @returns {Record<string, number>} delta per region
 */
export function convergeGroupCounts(total, current, regions, maxPerRegion) {
  /** @type {Record<string, number>} */
  const deltas = {}
  const have = (/** @type {string} */ region) => (current[region] ?? 0) + (deltas[region] ?? 0)
  if (maxPerRegion >= 0) {
    if (regions.length * maxPerRegion < total) {
      throw new FlyError(
        'the number of regions by the maximum machines per region is fewer than the expected total'
      )
    }
    for (const region of regions) {
      if ((current[region] ?? 0) > maxPerRegion) deltas[region] = maxPerRegion - current[region]
    }
  }
  let missing = total - regions.reduce((sum, region) => sum + have(region), 0)
  for (let i = 0; missing > 0; i++) {
    const region = regions[i % regions.length]
    if (maxPerRegion < 0 || have(region) < maxPerRegion) {
      deltas[region] = (deltas[region] ?? 0) + 1
      missing--
    }
  }
  for (let i = 1; missing < 0; i++) {
    const region = regions[i % regions.length]
    if (have(region) > 0) {
      deltas[region] = (deltas[region] ?? 0) - 1
      missing++
    }
  }
  return deltas
}

/**
 * `scale count N [--region a,b]`, `app=N`, `+1`/`-1`: N machines of group `app` in total across
 * the listed regions (all regions with a machine of the group when none are listed).
 * @param {Ctx} ctx
 */
export async function scaleCount(ctx) {
  if (!ctx.args.length) throw new FlyError('requires at least 1 arg(s), only received 0')
  const name = await requireAppName(ctx)
  const group = ctx.flags['process-group'] || 'app'
  let countText = ctx.args[0]
  if (countText.includes('=')) {
    const [g, c] = countText.split('=')
    if (g !== group) throw new FlyError(`'${ctx.args[0]}' is not a valid process=count option`)
    countText = c
  }
  if (!/^[+-]?\d+$/.test(countText))
    throw new FlyError(`invalid relative scale count: ${countText}`)
  const state = ctx.store.read()
  const app = getApp(state, name)
  const template = app.machines.findLast((m) => m.group === group)
  if (!app.releases.some((r) => r.status === 'complete') || !template) {
    throw new FlyError(
      'this app has no complete releases. Run `fly deploy` to create one and rerun this command'
    )
  }
  const groupMachines = app.machines.filter((m) => m.group === group)
  const regions = ctx.flags.region
    ? ctx.flags.region
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean)
    : [...new Set(groupMachines.map((m) => m.region))]
  /** @type {Record<string, number>} */
  const current = {}
  for (const m of groupMachines) current[m.region] = (current[m.region] ?? 0) + 1
  const inListed = regions.reduce((sum, region) => sum + (current[region] ?? 0), 0)
  const relative = /^[+-]/.test(countText)
  const total = Math.max(0, relative ? inListed + Number(countText) : Number(countText))
  const maxPerRegion = ctx.flags['max-per-region']
  const deltas = convergeGroupCounts(total, current, regions, maxPerRegion)
  const plan = regions
    .filter((region) => deltas[region])
    .map((region) => ({ region, delta: deltas[region] }))
  if (!plan.length) return ctx.out('App already scaled to desired state. No need for changes\n')
  const size = `${template.guest.cpu_kind}-cpu-${template.guest.cpus}x`
  ctx.out(`App '${name}' is going to be scaled according to this plan:\n`)
  for (const p of plan)
    ctx.out(
      `  ${p.delta > 0 ? '+' : ''}${p.delta} machines for group '${group}' on region '${p.region}' of size '${size}'\n`
    )
  if (!ctx.flags.yes)
    throw new FlyError('--yes flag must be specified when not running interactively')
  ctx.out('Executing scale plan\n')
  ctx.store.update((s) => {
    const a = getApp(s, name)
    for (const p of plan) {
      for (let i = 0; i < p.delta; i++) {
        const now = nowTimestamp()
        const m = {
          ...structuredClone(template),
          id: machineId(),
          name: machineName(),
          region: p.region,
          instanceId: ulid(),
          privateIp: `fdaa:0:77:a7b:${a.machines.length + 1}::2`,
          createdAt: now,
          updatedAt: now,
          previous: null
        }
        a.machines.push(m)
        ctx.out(`  Created ${m.id} group:${group} region:${p.region} size:${size}\n`)
      }
      for (let i = 0; i < -p.delta; i++) {
        const idx = a.machines.findLastIndex((m) => m.group === group && m.region === p.region)
        ctx.out(
          `  Destroyed ${a.machines[idx].id} group:${group} region:${p.region} size:${size}\n`
        )
        a.machines.splice(idx, 1)
      }
    }
  })
}
