/**
 * Step 4: one `ips list --json` answers both "does the app exist" and "which addresses does it
 * have"; a missing app is created. An auth or network error is reported as what it is.
 */
import { ActionError } from '../errors.js'
import type { Logger } from '../log.js'
import { appsCreateArgv, appsListArgv, ipsListArgv } from './argv.js'
import { flyctlMessage } from './classify.js'
import type { Flyctl } from './flyctl.js'
import { type AppSummary, type IpAddress, parseAppList, parseIpList } from './shapes.js'

/** The name Fly gives every app on its shared domain (also the TLS certificate's name). */
export function appHostname(app: string): string {
  return `${app}.fly.dev`
}

export interface AppLookup {
  exists: boolean
  ips: IpAddress[]
}

export async function lookUpApp(fly: Flyctl, app: string): Promise<AppLookup> {
  try {
    const ips = await fly.json(ipsListArgv(app), parseIpList, { readOnly: true })
    return { exists: true, ips }
  } catch (error) {
    if (error instanceof ActionError && error.kind === 'not-found')
      return { exists: false, ips: [] }
    if (error instanceof ActionError && error.kind === 'unauthorized') {
      throw new ActionError('unauthorized', `Fly.io refused the token when reading app '${app}'`, {
        command: error.command,
        stderr: error.stderr,
        hint: "api-token must be a token of the app's organisation: `fly tokens create org` (needed to create apps) or `fly tokens create deploy -a <app>` (enough to redeploy an existing app)"
      })
    }
    throw error
  }
}

/**
 * flyctl's texts for a name in use: the API's name check (`Name has already been taken`) or, for
 * the loser of two simultaneous creates, the database's `uniqueness constraint violated`; both
 * come with the "App names are unique across all of Fly.io" suggestion (fly-platform.md §3).
 */
const NAME_TAKEN =
  /name_taken|already been taken|uniqueness constraint violated|App names are unique across all of Fly\.io/i

/** The error createApp throws when the name is in use: by a concurrent run, or by someone else. */
const TAKEN_MESSAGE = /is taken by another Fly\.io account$/

export async function createApp(
  fly: Flyctl,
  app: string,
  org: string,
  logger: Logger
): Promise<void> {
  try {
    await fly.run(appsCreateArgv(app, org))
    fly.appCreated()
    logger.info(`Created app ${app} in organisation ${org}`)
  } catch (error) {
    if (!(error instanceof ActionError)) throw error
    const stderr = error.stderr ?? ''
    if (NAME_TAKEN.test(stderr)) {
      throw new ActionError(
        'command-failed',
        `The app name '${app}' is taken by another Fly.io account`,
        {
          command: error.command,
          stderr,
          hint: 'app names are unique across all of Fly.io; choose another `app` (for example with your organisation as a prefix)'
        }
      )
    }
    if (error.kind === 'unauthorized' || /organization .* not found/i.test(stderr)) {
      throw new ActionError(
        error.kind === 'unauthorized' ? 'unauthorized' : 'command-failed',
        `Could not create app '${app}' in organisation '${org}'`,
        {
          command: error.command,
          stderr,
          hint: 'creating apps needs an organisation token (`fly tokens create org`); a deploy token can only redeploy an existing app. Check that `org` is the slug shown by `fly orgs list`'
        }
      )
    }
    throw error
  }
}

export interface EnsuredApp extends AppLookup {
  created: boolean
  /** Created by a concurrent run that this run raced, and adopted: as new as a created one. */
  adopted?: boolean
}

/**
 * Creates the app when the lookup found none. When a concurrent run created it between our
 * lookup and our create, flyctl answers "name taken" (or, racing it to the insert, "uniqueness
 * constraint violated"); if we can now see the app, it is ours to adopt like any other run.
 */
export async function ensureApp(
  fly: Flyctl,
  app: string,
  org: string,
  found: AppLookup,
  logger: Logger
): Promise<EnsuredApp> {
  if (found.exists) return { ...found, created: false }
  try {
    await createApp(fly, app, org, logger)
    return { exists: true, ips: [], created: true }
  } catch (error) {
    if (!(error instanceof ActionError) || !TAKEN_MESSAGE.test(error.message)) throw error
    fly.appCreated() // by the run we raced: just as new to the token
    const again = await lookUpApp(fly, app)
    if (!again.exists) throw error
    const said = flyctlMessage(error.stderr ?? '')
    logger.info(
      `App ${app} was created by a concurrent run${said ? ` (flyctl: ${said})` : ''}; using it`
    )
    return { ...again, created: false, adopted: true }
  }
}

/** Every app of an organisation (reap picks its previews among them). */
export function listOrgApps(fly: Flyctl, org: string): Promise<AppSummary[]> {
  return fly.json(appsListArgv(org), parseAppList, { readOnly: true })
}
