/**
 * Renders a fly.toml the way a person writes one: top-level keys first in Fly's usual order,
 * plain integers, short arrays on one line and long ones (commands) one element per line, one
 * blank line between tables. The output parses back (smol-toml) to an equal object.
 */
import { stringify } from 'smol-toml'
import { asTable, type Table } from './ports.js'
import type { FlyConfig } from './types.js'

const WIDTH = 100
/** Small tables written inline, the way Fly's docs write them. */
const INLINE_TABLES = new Set(['services.ports.tls_options'])
const HEADER =
  "# fly.toml rendered by fly-webrtc-deploy. Change the action's inputs or your own fly.toml,\n" +
  '# not this file: it is rebuilt on every run.\n'

/** Preferred key order per table; keys not listed keep their order after the listed ones. */
const ORDER: Record<string, string[]> = {
  '': [
    'app',
    'primary_region',
    'kill_signal',
    'kill_timeout',
    'swap_size_mb',
    'console_command',
    'build',
    'env',
    'experimental',
    'deploy',
    'processes',
    'http_service',
    'services',
    'checks',
    'mounts',
    'vm'
  ],
  services: [
    'protocol',
    'internal_port',
    'processes',
    'auto_stop_machines',
    'auto_start_machines',
    'min_machines_running',
    'ports',
    'concurrency',
    'tcp_checks',
    'http_checks'
  ],
  'services.ports': ['port', 'start_port', 'end_port', 'handlers', 'force_https', 'tls_options'],
  vm: ['size', 'memory', 'memory_mb', 'cpus', 'cpu_kind', 'processes']
}

function orderedKeys(table: Table, path: string): string[] {
  const keys = Object.keys(table).filter((k) => table[k] !== undefined && table[k] !== null)
  const preferred = ORDER[path] ?? []
  const rank = (k: string): number => {
    const i = preferred.indexOf(k)
    return i === -1 ? preferred.length : i
  }
  return keys
    .map((k, i) => ({ k, i }))
    .sort((a, b) => rank(a.k) - rank(b.k) || a.i - b.i)
    .map(({ k }) => k)
}

function formatKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key)
}

function isTableArray(value: unknown): value is Table[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => asTable(v) !== undefined)
}

/** One scalar or inline value, formatted by smol-toml so escaping follows the TOML spec. */
function formatScalar(value: unknown): string {
  return stringify({ v: value }).slice('v = '.length).trimEnd()
}

function formatValue(value: unknown, prefix: string): string {
  const table = asTable(value)
  if (table && !(value instanceof Date)) {
    const pairs = Object.entries(table).map(([k, v]) => `${formatKey(k)} = ${formatValue(v, '')}`)
    return pairs.length === 0 ? '{}' : `{ ${pairs.join(', ')} }`
  }
  if (!Array.isArray(value)) return formatScalar(value)
  const items = value.map((v) => formatValue(v, ''))
  const oneLine = `[${items.join(', ')}]`
  if (items.length < 2 || prefix.length + oneLine.length <= WIDTH) return oneLine
  return `[\n${items.map((item) => `  ${item},`).join('\n')}\n]`
}

/** Renders one table: its header, its plain keys, then its sub-tables as separate blocks. */
function renderTable(table: Table, header: string | undefined, path: string[], blocks: string[]) {
  const lines: string[] = []
  const nested: Array<() => void> = []
  const orderPath = path.join('.')
  for (const key of orderedKeys(table, orderPath)) {
    const value = table[key]
    const childPath = [...path, key]
    const childHeader = childPath.map(formatKey).join('.')
    const child = asTable(value)
    if (isTableArray(value)) {
      nested.push(() => {
        for (const element of value) renderTable(element, `[[${childHeader}]]`, childPath, blocks)
      })
    } else if (child && !INLINE_TABLES.has(childPath.join('.'))) {
      nested.push(() => renderTable(child, `[${childHeader}]`, childPath, blocks))
    } else {
      const prefix = `${formatKey(key)} = `
      lines.push(prefix + formatValue(value, prefix))
    }
  }
  // A table with only sub-tables needs no header of its own, except an element of an array of
  // tables (its header is what creates the element) or an empty table (`[env]` with no keys).
  const needsHeader =
    header !== undefined && (lines.length > 0 || nested.length === 0 || header.startsWith('[['))
  if (needsHeader) lines.unshift(header)
  if (lines.length > 0) blocks.push(lines.join('\n'))
  for (const render of nested) render()
}

export function renderToml(config: FlyConfig): string {
  const blocks: string[] = []
  renderTable(config, undefined, [], blocks)
  return `${HEADER}\n${blocks.join('\n\n')}\n`
}
