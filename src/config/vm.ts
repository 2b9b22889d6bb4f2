/**
 * Machine sizes as flyctl and Fly read them, so a size Fly would refuse is refused before the
 * action creates anything. Sources (superfly/flyctl v0.4.87 and its fly-go v0.9.5):
 *   - size names: fly-go machine_types.go MachinePresets (SetSize refuses any other name); the
 *     GPU presets are refused as flyctl's flag/machines.go refuses GPU flags: "GPU machines are
 *     no longer supported";
 *   - memory: appconfig/machines.go computeToGuest -> helpers.ParseSize: a bare integer is MiB,
 *     anything else goes through docker/go-units v0.5.0 RAMInBytes (binary units k, m, g, t, p
 *     with an optional b or ib, case-insensitive), divided down to whole MiB; zero is refused;
 *   - the combination: internal/machine/update.go (cpusPerKind; memory in 256 MiB steps on
 *     shared CPUs and 1024 MiB on performance CPUs) and fly-go's MIN/MAX_MEMORY_MB_PER_(SHARED_)CPU.
 * The effective machine of a [[vm]] table follows computeToGuest: the size's preset (default
 * shared-cpu-1x), then `memory`, then the explicit `cpus`, `cpu_kind`, `memory_mb`.
 */
import type { Table } from './ports.js'

const CPUS_PER_KIND: Record<string, readonly number[]> = {
  shared: [1, 2, 4, 6, 8],
  performance: [1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64, 128]
}
/** MiB per CPU: [minimum, maximum, step]. */
const MEMORY_PER_CPU: Record<string, [number, number, number]> = {
  shared: [256, 2048, 256],
  performance: [2048, 8192, 1024]
}
const GPU_SIZES = ['a100-40gb', 'a100-80gb', 'l40s', 'a10']

export const VM_SIZES: readonly string[] = [
  ...CPUS_PER_KIND.shared.map((n) => `shared-cpu-${n}x`),
  ...[1, 2, 4, 6, 8, 10, 12, 14, 16].map((n) => `performance-${n}x`)
]

interface Guest {
  cpuKind: string
  cpus: number
  memoryMb: number
}

function presetGuest(size: string): Guest | undefined {
  const match = /^(shared-cpu|performance)-(\d+)x$/.exec(size)
  if (!match || !VM_SIZES.includes(size)) return undefined
  const cpuKind = match[1] === 'shared-cpu' ? 'shared' : 'performance'
  const cpus = Number(match[2])
  return { cpuKind, cpus, memoryMb: cpus * MEMORY_PER_CPU[cpuKind][0] }
}

/** Why flyctl refuses a size name, or undefined. */
export function vmSizeProblem(size: string): string | undefined {
  if (GPU_SIZES.includes(size))
    return `'${size}' is a GPU size: GPU machines are no longer supported`
  if (presetGuest(size) === undefined)
    return `'${size}' is not a Fly machine size; one of: ${VM_SIZES.join(', ')}`
  return undefined
}

const BINARY_UNITS: Record<string, number> = {
  k: 2 ** 10,
  m: 2 ** 20,
  g: 2 ** 30,
  t: 2 ** 40,
  p: 2 ** 50
}

/** helpers.ParseSize(value, units.RAMInBytes, units.MiB): whole MiB, or undefined if invalid. */
export function memoryMb(value: string): number | undefined {
  if (/^[+-]?\d+$/.test(value)) return Number(value)
  const separator = Math.max(...[...'0123456789. '].map((c) => value.lastIndexOf(c)))
  if (separator < 0) return undefined
  const number =
    value[separator] === ' ' ? value.slice(0, separator) : value.slice(0, separator + 1)
  const suffix = value.slice(separator + 1).toLowerCase()
  if (!/^\+?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(number)) return undefined
  let bytes = Number(number)
  if (suffix !== '' && suffix !== 'b') {
    const unit = BINARY_UNITS[suffix[0]]
    const rest = suffix.slice(1)
    if (unit === undefined || !['', 'b', 'ib'].includes(rest)) return undefined
    bytes *= unit
  }
  return Math.trunc(Math.trunc(bytes) / 2 ** 20)
}

/** Why flyctl refuses a memory value, or undefined. */
export function vmMemoryProblem(value: string): string | undefined {
  const mb = memoryMb(value)
  if (mb === undefined) return `'${value}' is not a memory size`
  if (mb === 0) return `'${value}' is zero MiB: memory cannot be zero`
  return undefined
}

/** Which part of a [[vm]] table a problem is about, for naming the input that set it. */
export type VmField = 'size' | 'memory' | 'cpus' | 'cpuKind'

export interface VmProblem {
  field: VmField
  problem: string
}

/** The first reason Fly would refuse the machine this [[vm]] table describes, or undefined. */
export function machineProblem(vm: Table): VmProblem | undefined {
  const size = typeof vm.size === 'string' ? vm.size : 'shared-cpu-1x'
  const sizeProblem = vmSizeProblem(size)
  if (sizeProblem) return { field: 'size', problem: sizeProblem }
  const guest = presetGuest(size) as Guest
  if (typeof vm.memory === 'string' || typeof vm.memory === 'number') {
    const memory = String(vm.memory)
    const problem = vmMemoryProblem(memory)
    if (problem) return { field: 'memory', problem }
    guest.memoryMb = memoryMb(memory) as number
  }
  if (typeof vm.memory_mb === 'number' && vm.memory_mb !== 0) guest.memoryMb = vm.memory_mb
  if (typeof vm.cpus === 'number' && vm.cpus !== 0) guest.cpus = vm.cpus
  if (typeof vm.cpu_kind === 'string' && vm.cpu_kind !== '') guest.cpuKind = vm.cpu_kind
  return combinationProblem(guest)
}

function combinationProblem({ cpuKind, cpus, memoryMb: mb }: Guest): VmProblem | undefined {
  const allowed = CPUS_PER_KIND[cpuKind]
  if (allowed === undefined) {
    return { field: 'cpuKind', problem: `'${cpuKind}' is not 'shared' or 'performance'` }
  }
  if (!allowed.includes(cpus)) {
    return {
      field: 'cpus',
      problem: `${cpus} ${cpuKind} CPUs is not a machine Fly runs; valid: ${allowed.join(', ')}`
    }
  }
  const [perCpuMin, perCpuMax, step] = MEMORY_PER_CPU[cpuKind]
  if (mb % step !== 0) {
    const lower = mb - (mb % step) || step
    return {
      field: 'memory',
      problem: `${mb} MiB is not a multiple of ${step} MiB, as ${cpuKind} CPUs need (${lower} MiB would work)`
    }
  }
  const [min, max] = [perCpuMin * cpus, perCpuMax * cpus]
  if (mb < min || mb > max) {
    return {
      field: 'memory',
      problem: `${mb} MiB is outside ${min}-${max} MiB, the range for ${cpus} ${cpuKind} CPU${cpus === 1 ? '' : 's'}`
    }
  }
  return undefined
}
