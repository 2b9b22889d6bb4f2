/** What to deploy: preset, the user's fly.toml, image, env, secrets, ports, address and VM. */
import { imageReferenceProblem, vmMemoryProblem, vmSizeProblem } from '../config/index.js'
import { InputError } from '../errors.js'
import {
  parseBoolean,
  parseEnum,
  parseInteger,
  parseKeyValueLines,
  parsePort,
  parsePortList
} from '../parse.js'
import { parseSecretsInput, toFlyctlImport } from '../secrets.js'
import { type InputReader, optional } from './reader.js'
import { CPU_KINDS, IPV4_MODES, PRESET_NAMES, type Settings } from './settings.js'

type ConfigInputs = Pick<
  Settings,
  | 'preset'
  | 'configPath'
  | 'image'
  | 'path'
  | 'env'
  | 'secrets'
  | 'udpPorts'
  | 'tcpPorts'
  | 'tlsPorts'
  | 'httpPort'
  | 'ipv4'
  | 'vm'
  | 'allowOpenRelay'
>

export function readConfigInputs(r: InputReader): ConfigInputs {
  const preset = parseEnum('preset', r.withDefault('preset'), PRESET_NAMES)
  const env = parseKeyValueLines('env', r.raw('env'))
  const secrets = parseSecretsInput(r.raw('secrets'))
  for (const secret of secrets) if (secret.value !== '') r.mask(secret.value)
  // A value flyctl's stdin syntax cannot carry must fail here, before anything changes on Fly.
  toFlyctlImport(secrets)
  const udp = r.text('udp-ports')
  const tcp = r.text('tcp-ports')
  const http = r.text('http-port')
  return {
    preset,
    configPath: r.text('config'),
    image: optional(r.text('image'), readImage),
    path: r.withDefault('path'),
    env,
    secrets,
    udpPorts: optional(udp, (raw) => parsePortList('udp-ports', raw)),
    tcpPorts: optional(tcp, (raw) => parsePortList('tcp-ports', raw)),
    tlsPorts: optional(r.text('tls-ports'), parseTlsPorts),
    httpPort: optional(http, (raw) => parsePort('http-port', raw, '4000')),
    ipv4: optional(r.text('ipv4'), (raw) => parseEnum('ipv4', raw, IPV4_MODES)),
    vm: readVm(r),
    allowOpenRelay: parseBoolean('allow-open-relay', r.withDefault('allow-open-relay'))
  }
}

/** `443, 5349`, or `none` to turn TLS off: single ports (Fly terminates TLS port by port). */
function parseTlsPorts(raw: string): number[] {
  if (raw === 'none') return []
  return parsePortList('tls-ports', raw).map((range) => {
    if (range.start !== range.end) {
      throw new InputError('tls-ports', `'${raw}' holds a range: list single ports`, '443, 5349')
    }
    return range.start
  })
}

/** An image reference (docker's grammar), or `current`: the running release's image. */
function readImage(raw: string): string {
  const problem = raw === 'current' ? undefined : imageReferenceProblem(raw)
  if (problem) throw new InputError('image', problem, 'coturn/coturn:4.17.0-r0')
  return raw
}

/** Each vm-* input on its own; prepare-config checks the machine they make together. */
function readVm(r: InputReader): Settings['vm'] {
  const size = r.text('vm-size')
  const sizeProblem = size === undefined ? undefined : vmSizeProblem(size)
  if (sizeProblem) throw new InputError('vm-size', sizeProblem, 'shared-cpu-1x')
  const memory = r.text('vm-memory')
  const memoryProblem = memory === undefined ? undefined : vmMemoryProblem(memory)
  if (memoryProblem) throw new InputError('vm-memory', memoryProblem, '512mb')
  return {
    size,
    memory,
    cpus: optional(r.text('vm-cpus'), (raw) => parseInteger('vm-cpus', raw, 1, 128, '1')),
    cpuKind: optional(r.text('vm-cpu-kind'), (raw) => parseEnum('vm-cpu-kind', raw, CPU_KINDS))
  }
}
