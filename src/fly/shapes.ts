/**
 * The JSON shapes flyctl documents (reference/flyctl.md), checked field by field so that a
 * changed format is reported as such instead of surfacing later as `undefined`.
 */

export interface IpAddress {
  id: string
  address: string
  /** v4 (dedicated), v6, shared_v4, private_v6, egress_v4, egress_v6 */
  type: string
  region: string
  createdAt: string
}

export interface AppStatus {
  name: string
  hostname: string
  /** Current release version; 0 when never deployed. */
  version: number
  machines: MachineSummary[]
}

export interface MachineSummary {
  id: string
  state: string
  region: string
  releaseVersion?: number
  image?: string
}

export interface Release {
  version: number
  status: string
  imageRef: string
  createdAt: string
}

/** One `secrets list --json` entry (lowercase keys); only the name is kept, never the digest. */
export interface StoredSecret {
  name: string
}

export function parseSecretList(value: unknown): StoredSecret[] {
  return array(value, 'the list').map((item, index) => ({
    name: string(object(item, `item ${index}`), 'name')
  }))
}

/** The compact line `FLY_EMIT_RELEASE_JSON=1` adds to `flyctl deploy` stdout. */
export interface DeployedRelease {
  id: string
  version: number
  imageRef: string
}

export function parseIpList(value: unknown): IpAddress[] {
  return array(value, 'the list').map((item, index) => {
    const o = object(item, `item ${index}`)
    return {
      id: string(o, 'ID'),
      address: string(o, 'Address'),
      type: string(o, 'Type'),
      region: string(o, 'Region'),
      createdAt: string(o, 'CreatedAt')
    }
  })
}

export function parseStatus(value: unknown): AppStatus {
  const o = object(value, 'the status')
  return {
    name: string(o, 'Name'),
    hostname: string(o, 'Hostname'),
    version: number(o, 'Version'),
    machines: array(o.Machines ?? [], 'Machines').map((item, index) => {
      const m = object(item, `Machines[${index}]`)
      const config = (m.config ?? {}) as Record<string, unknown>
      const metadata = (config.metadata ?? {}) as Record<string, unknown>
      const release = metadata.fly_release_version
      return {
        id: string(m, 'id'),
        state: string(m, 'state'),
        region: typeof m.region === 'string' ? m.region : '',
        releaseVersion:
          typeof release === 'string' && /^\d+$/.test(release) ? Number(release) : undefined,
        image: typeof config.image === 'string' ? config.image : undefined
      }
    })
  }
}

export function parseReleases(value: unknown): Release[] {
  return array(value, 'the list').map((item, index) => {
    const o = object(item, `item ${index}`)
    return {
      version: number(o, 'Version'),
      status: string(o, 'Status'),
      imageRef: string(o, 'ImageRef'),
      createdAt: string(o, 'CreatedAt')
    }
  })
}

/** One `apps list --json` entry, in flyctl's own PascalCase shape (flyctl.md §3.2): reap reads these. */
export interface AppSummary {
  Name: string
  CurrentRelease?: { CreatedAt?: string | null } | null
}

export function parseAppList(value: unknown): AppSummary[] {
  return array(value, 'the list').map((item, index) => {
    const o = object(item, `item ${index}`)
    string(o, 'Name')
    return o as unknown as AppSummary
  })
}

/** `platform regions --json`: fly-go's Region (types.go), snake_case; deprecated ones filtered out. */
export function parseRegionCodes(value: unknown): string[] {
  return array(value, 'the list').map((item, index) =>
    string(object(item, `item ${index}`), 'code')
  )
}

/** Finds the release line in deploy output; undefined when flyctl printed none (older than v0.4.56). */
export function findDeployedRelease(stdout: string): DeployedRelease | undefined {
  for (const line of stdout.split('\n').reverse()) {
    const trimmed = line.trim()
    if (!trimmed.startsWith('{') || !trimmed.includes('"version"')) continue
    try {
      const o = object(JSON.parse(trimmed), 'release')
      return {
        id: string(o, 'id'),
        version: number(o, 'version'),
        imageRef: string(o, 'image_ref')
      }
    } catch {
      continue
    }
  }
  return undefined
}

function object(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${what} is not an object`)
  return value as Record<string, unknown>
}

function array(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not an array`)
  return value
}

function string(o: Record<string, unknown>, key: string): string {
  const value = o[key]
  if (typeof value !== 'string') throw new Error(`${key} is not a string`)
  return value
}

function number(o: Record<string, unknown>, key: string): number {
  const value = o[key]
  if (typeof value !== 'number') throw new Error(`${key} is not a number`)
  return value
}
