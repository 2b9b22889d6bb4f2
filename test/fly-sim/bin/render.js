// @ts-check
// flyctl's JSON, shape for shape: Go's encoder with a 4-space indent and HTML escaping, GraphQL
// types in PascalCase with every field present, Machines API types in snake_case with omitempty.

/** @typedef {import('./types.js').Guest} Guest */
/** @typedef {import('./types.js').MachineCheck} MachineCheck */
/** @typedef {import('./types.js').MachineService} MachineService */
/** @typedef {import('./types.js').SimApp} SimApp */
/** @typedef {import('./types.js').SimMachine} SimMachine */
/** @typedef {import('./types.js').SimRelease} SimRelease */

/**
 * A machine's config as the Machines API returns it (env and services omitted when empty).
 * @typedef {object} MachineConfigJson
 * @property {{ cmd?: string[] }} init
 * @property {Guest} guest
 * @property {Record<string, string>} metadata
 * @property {string} image
 * @property {Record<string, string>} [env]
 * @property {MachineService[]} [services]
 */

/**
 * A row of `ips list --json`.
 * @typedef {object} IpJson
 * @property {string} ID
 * @property {string} Address
 * @property {import('./types.js').SimIp['type'] | 'shared_v4'} Type
 * @property {string} Region
 * @property {string} CreatedAt
 * @property {string} ServiceName
 * @property {null} Network
 */

/**
 * @typedef {object} MachineJson
 * @property {string} id
 * @property {string} name
 * @property {string} state
 * @property {string} region
 * @property {{ registry: string, repository: string, tag: string, digest: string }} image_ref
 * @property {string} instance_id
 * @property {string} private_ip
 * @property {string} created_at
 * @property {string} updated_at
 * @property {MachineConfigJson} config
 * @property {MachineCheck[]} [checks]
 * @property {string} [host_status]
 * @property {boolean} [cordoned]
 */

/**
 * @param {unknown} value
 * @returns {string}
 */
export function goJson(value) {
  return (
    JSON.stringify(value, null, 4)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026') + '\n'
  )
}

const ZERO_TIME = '0001-01-01T00:00:00Z'
const NODES = () => ({ Nodes: null })

/**
 * @param {string} app
 * @returns {string}
 */
export function hostname(app) {
  return `${app}.fly.dev`
}

/**
 * @param {string} slug
 * @param {string} name
 */
function orgFull(slug, name) {
  return {
    ID: '',
    InternalNumericID: '',
    Name: name,
    RemoteBuilderImage: '',
    RemoteBuilderApp: null,
    Slug: slug,
    RawSlug: '',
    Type: '',
    PaidPlan: false,
    Billable: false,
    Settings: null,
    AllowedReplaySourceOrgSlugs: null,
    AllowAllCrossNetworkReplays: false,
    WireGuardPeer: null,
    WireGuardPeers: { Nodes: null, Edges: null },
    DelegatedWireGuardTokens: { Nodes: null, Edges: null },
    LoggedCertificates: null
  }
}

function emptyRelease() {
  return {
    ID: '',
    Version: 0,
    Stable: false,
    InProgress: false,
    Reason: '',
    Description: '',
    Status: '',
    DeploymentStrategy: '',
    Metadata: null,
    User: { ID: '', Name: '', Email: '', EnablePaidHobby: false },
    EvaluationID: '',
    CreatedAt: ZERO_TIME,
    ImageRef: ''
  }
}

/**
 * fly.App as `apps list --json` and `apps create --json` print it.
 * @param {SimApp} app
 * @param {string} orgName
 */
export function appObject(app, orgName) {
  const latest = app.releases.at(-1)
  const current = latest
    ? { ...emptyRelease(), Status: latest.status, CreatedAt: latest.createdAt }
    : null
  return {
    ID: app.name,
    InternalNumericID: 0,
    Name: app.name,
    State: '',
    Status: app.status,
    Deployed: app.deployed,
    Hostname: hostname(app.name),
    AppURL: '',
    Version: 0,
    NetworkID: 0,
    Network: '',
    Release: null,
    Organization: orgFull(app.org, orgName),
    Secrets: null,
    CurrentRelease: current,
    Releases: NODES(),
    IPAddresses: NODES(),
    EgressIpAddresses: NODES(),
    SharedIPAddress: '',
    CNAMETarget: '',
    IPAddress: null,
    Certificates: NODES(),
    Certificate: {
      ID: '',
      AcmeDNSConfigured: false,
      AcmeALPNConfigured: false,
      Configured: false,
      CertificateAuthority: '',
      CreatedAt: ZERO_TIME,
      DNSProvider: '',
      DNSValidationInstructions: '',
      DNSValidationHostname: '',
      DNSValidationTarget: '',
      Hostname: '',
      Source: '',
      ClientStatus: '',
      IsApex: false,
      IsWildcard: false,
      ValidationErrors: null,
      Issued: NODES()
    },
    PostgresAppRole: null,
    Image: null,
    ImageUpgradeAvailable: false,
    ImageVersionTrackingEnabled: false,
    ImageDetails: { Registry: '', Repository: '', Tag: '', Version: '', Digest: '' },
    LatestImageDetails: { Registry: '', Repository: '', Tag: '', Version: '', Digest: '' },
    PlatformVersion: 'machines',
    Machines: NODES(),
    CurrentLock: null
  }
}

/**
 * `ips list --json`: real addresses first, then the synthesised shared IPv4.
 * @param {SimApp} app
 */
export function ipList(app) {
  /** @type {IpJson[]} */
  const rows = app.ips.map((ip) => ({
    ID: ip.id,
    Address: ip.address,
    Type: ip.type,
    Region: ip.region,
    CreatedAt: ip.createdAt,
    ServiceName: '',
    Network: null
  }))
  if (app.sharedIpv4) {
    rows.push({
      ID: '',
      Address: app.sharedIpv4,
      Type: 'shared_v4',
      Region: '',
      CreatedAt: ZERO_TIME,
      ServiceName: '',
      Network: null
    })
  }
  return rows
}

/** @param {SimRelease} release */
export function releaseObject(release) {
  return {
    ID: release.id,
    Version: release.version,
    Stable: release.status === 'complete',
    InProgress: false,
    Reason: release.reason,
    Description: release.description,
    Status: release.status,
    DeploymentStrategy: release.strategy.toUpperCase(),
    Metadata: null,
    User: { ID: 'u_sim', Name: 'Sim User', Email: 'sim@example.com', EnablePaidHobby: false },
    EvaluationID: '',
    CreatedAt: release.createdAt,
    ImageRef: release.imageRef
  }
}

/** @param {string} image */
function imageRef(image) {
  const slash = image.indexOf('/')
  const hasRegistry = slash > 0 && /[.:]/.test(image.slice(0, slash))
  const registry = hasRegistry ? image.slice(0, slash) : 'docker-hub-mirror.fly.io'
  const rest = hasRegistry ? image.slice(slash + 1) : image
  const at = rest.indexOf('@')
  const colon = rest.lastIndexOf(':')
  const repository = at >= 0 ? rest.slice(0, at) : colon >= 0 ? rest.slice(0, colon) : rest
  const tag = at >= 0 ? '' : colon >= 0 ? rest.slice(colon + 1) : 'latest'
  return { registry, repository, tag, digest: `sha256:${'0'.repeat(64)}` }
}

/**
 * A machine as the Machines API returns it. `stale` renders the machine as it was before its
 * last update (the stale-release fault: flyctl exited 0 but the old release still serves).
 * @param {SimMachine} machine
 * @param {boolean} [stale]
 * @returns {MachineJson}
 */
export function machineObject(machine, stale = false) {
  /** @type {SimMachine} previous holds only versioned fields, so the merge is a whole machine. */
  const view = stale && machine.previous ? { ...machine, ...machine.previous } : machine
  /** @type {MachineConfigJson} */
  const config = {
    init: view.cmd ? { cmd: view.cmd } : {},
    guest: view.guest,
    metadata: {
      fly_platform_version: 'v2',
      fly_process_group: machine.group,
      fly_release_id: view.releaseId,
      fly_release_version: String(view.releaseVersion)
    },
    image: view.image
  }
  if (view.env && Object.keys(view.env).length) config.env = view.env
  if (view.services.length) config.services = view.services
  /** @type {MachineJson} */
  const out = {
    id: machine.id,
    name: machine.name,
    state: machine.state,
    region: machine.region,
    image_ref: imageRef(view.image),
    instance_id: view.instanceId,
    private_ip: machine.privateIp,
    created_at: machine.createdAt,
    updated_at: view.updatedAt,
    config
  }
  if (view.checks.length) out.checks = view.checks
  out.host_status = 'ok'
  out.cordoned = false
  return out
}

/**
 * @param {SimApp} app
 * @param {{ slug: string, name: string, id: string, numericId: string }} org
 * @param {boolean} stale
 */
export function statusObject(app, org, stale) {
  const machines = app.machines
    .filter((m) => !stale || m.previous)
    .sort((a, b) => (a.id < b.id ? 1 : -1))
    .map((m) => machineObject(m, stale))
  const current = app.releases.findLast((r) => r.status === 'complete')
  // Go marshals a map: keys sorted.
  return {
    AppURL: `https://${hostname(app.name)}`,
    Deployed: app.deployed,
    Hostname: hostname(app.name),
    ID: app.name,
    Machines: machines,
    Name: app.name,
    Organization: {
      ID: org.id,
      InternalNumericID: org.numericId,
      Name: org.name,
      Slug: org.slug,
      RawSlug: org.slug,
      PaidPlan: true
    },
    PlatformVersion: 'machines',
    Status: app.status,
    Version: current ? current.version : 0
  }
}
