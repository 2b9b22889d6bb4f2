/**
 * The rules that tie inputs together, each a small function, checked in order after every input
 * has been read on its own. A rule names the input to change and says why.
 */
import { InputError } from '../errors.js'
import { deployEnvNames } from './deploy-args.js'
import { MAX_APP_NAME_LENGTH } from '../preview/naming.js'
import type { Settings } from './settings.js'

const APP_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

type Rule = (s: Settings) => void

/**
 * A preview's `app` is only the base of a name, and so is reap's (it acts on the previews derived
 * from it); everything else must be a Fly app name.
 */
const appName: Rule = ({ app, preview, command }) => {
  const isBase = preview || command === 'reap'
  if (app !== undefined && !isBase && !APP_NAME.test(app)) {
    throw new InputError(
      'app',
      `'${app}' is not a Fly app name: use lowercase letters, digits and dashes, at most 63, not starting or ending with a dash`,
      'my-turn-server'
    )
  }
  if (app !== undefined && isBase && !/[a-z0-9]/i.test(app)) {
    throw new InputError(
      'app',
      `'${app}' has no letter or digit to build a preview name from`,
      'turn'
    )
  }
}

const secretOrEnv: Rule = ({ secrets, env, deployArgs }) => {
  const deployEnv = deployEnvNames(deployArgs)
  for (const secret of secrets) {
    if (Object.hasOwn(env, secret.name)) {
      throw new InputError(
        'env',
        `${secret.name} is also in 'secrets'; a name is either secret or not`
      )
    }
    if (deployEnv.includes(secret.name)) {
      throw new InputError(
        'deploy-args',
        `-e/--env ${secret.name}=... would set a secret's name as plain [env] (its value in fly.toml and logs); it is in 'secrets' already`,
        '--build-arg VERSION=2'
      )
    }
  }
}

/** An early message for the ports the inputs name; lint applies the same rule to the config. */
const udpNeedsDedicatedIpv4: Rule = ({ udpPorts, ipv4 }) => {
  if (udpPorts && ipv4 !== undefined && ipv4 !== 'dedicated') {
    throw new InputError(
      'ipv4',
      `'${ipv4}' cannot carry the UDP ports in 'udp-ports': Fly routes UDP only to a dedicated IPv4`,
      'dedicated'
    )
  }
}

const turnCredentials: Rule = ({ turnUsername, turnPassword, turnSecret }) => {
  if ((turnUsername === undefined) !== (turnPassword === undefined)) {
    const missing = turnUsername === undefined ? 'turn-username' : 'turn-password'
    const other = missing === 'turn-username' ? 'turn-password' : 'turn-username'
    throw new InputError(missing, `is required together with '${other}'`)
  }
  if (turnPassword !== undefined && turnSecret !== undefined) {
    throw new InputError(
      'turn-secret',
      "cannot be combined with 'turn-username'/'turn-password': choose REST or long-term credentials"
    )
  }
}

const destroyOnlyPreviews: Rule = ({ onFailure, preview }) => {
  if (onFailure === 'destroy' && !preview) {
    throw new InputError(
      'on-failure',
      "'destroy' is only allowed for previews (preview: true), so a failed probe can never destroy production",
      'rollback'
    )
  }
}

/** A fleet member is one machine: Fly routes an app's UDP to one instance at a time. */
const fleetWithoutHa: Rule = ({ regions, ha }) => {
  if (regions.length > 0 && ha) {
    throw new InputError(
      'ha',
      "'true' would give every fleet member a second machine that never serves UDP while the first is up (Fly routes an app's UDP to one instance); a fleet is one machine per region",
      'false'
    )
  }
}

/** A fleet probes every member at its own IPv4; one given host cannot stand for all of them. */
const fleetProbesItsMembers: Rule = ({ regions, probeHost }) => {
  if (regions.length > 0 && probeHost !== undefined) {
    throw new InputError(
      'probe-host',
      "names one host, but with 'regions' every member is probed at its own dedicated IPv4; remove probe-host"
    )
  }
}

/** Fleet members are named `<app>-<region>`, which must still be a Fly app name. */
const fleetMemberNames: Rule = ({ regions, app, preview }) => {
  if (regions.length === 0 || app === undefined || preview) return
  const longest = `${app}-${regions[0]}`
  if (longest.length > MAX_APP_NAME_LENGTH) {
    throw new InputError(
      'app',
      `'${app}' is too long for a fleet: each member is named <app>-<region> (like '${longest}'), at most ${MAX_APP_NAME_LENGTH} characters`,
      'turn'
    )
  }
}

const dryRunOnlyForReap: Rule = ({ dryRun, command }) => {
  if (dryRun && command !== 'reap') {
    throw new InputError(
      'dry-run',
      "applies only to 'command: reap'; use 'command: plan' to preview a deploy",
      'false'
    )
  }
}

const appRequired: Rule = (s) => {
  const needsApp = s.command !== 'probe' || s.probeHost === undefined
  if (needsApp && s.app === undefined) {
    const why = s.command === 'probe' ? " (or 'probe-host')" : ''
    throw new InputError('app', `is required for 'command: ${s.command}'${why}`, 'my-turn-server')
  }
}

/**
 * A preview may lack the token for a reason that is not a mistake (a pull request from a fork
 * gets no secrets): the command decides once it knows the event.
 */
const tokenRequired: Rule = (s) => {
  if (needsToken(s) && s.apiToken === undefined && !s.preview) throw missingTokenError()
}

const probeChecksSomething: Rule = ({ command, probeChecks }) => {
  if (command === 'probe' && probeChecks?.length === 0) {
    throw new InputError(
      'probe',
      "'command: probe' with 'probe: none' would check nothing",
      'turn, relay'
    )
  }
}

const httpCheckHasUrl: Rule = ({ probeChecks, healthUrl, preset }) => {
  if (probeChecks?.includes('http') && healthUrl === undefined && preset !== 'fishjam') {
    throw new InputError(
      'health-url',
      "is required for the 'http' check (only the fishjam preset has a default)",
      'https://{hostname}/health'
    )
  }
}

const fishjamCheckHasUrl: Rule = ({ probeChecks, fishjamUrl, preset }) => {
  if (probeChecks?.includes('fishjam') && fishjamUrl === undefined && preset !== 'fishjam') {
    throw new InputError(
      'fishjam-url',
      "is required for the 'fishjam' check (only the fishjam preset has a default)",
      'https://{hostname}'
    )
  }
}

const RULES: Rule[] = [
  appName,
  secretOrEnv,
  udpNeedsDedicatedIpv4,
  turnCredentials,
  destroyOnlyPreviews,
  fleetWithoutHa,
  fleetMemberNames,
  fleetProbesItsMembers,
  dryRunOnlyForReap,
  appRequired,
  tokenRequired,
  probeChecksSomething,
  httpCheckHasUrl,
  fishjamCheckHasUrl
]

export function checkCrossFields(settings: Settings): void {
  for (const rule of RULES) rule(settings)
}

export function missingTokenError(): InputError {
  return new InputError(
    'api-token',
    "is required (or the FLY_API_TOKEN environment variable): create one with 'fly tokens create org' and store it as a repository secret",
    '${{ secrets.FLY_API_TOKEN }}'
  )
}

/** Every command talks to Fly, except a probe of a host given directly. */
export function needsToken(s: Pick<Settings, 'command' | 'probeHost'>): boolean {
  return s.command !== 'probe' || s.probeHost === undefined
}
