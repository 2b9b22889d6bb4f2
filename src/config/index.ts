/** The config step's public surface: build, fill in, lint and render fly.toml. */
export {
  buildConfig,
  describePorts,
  parseFlyToml,
  relativeBuildPaths,
  renderToml
} from './fly-toml.js'
export { decideIpv4Mode, hasLintErrors, lintConfig, type LintContext } from './lint/index.js'
export {
  fillPlaceholders,
  PlaceholderError,
  resolvePlaceholders,
  type PlaceholderValues
} from './placeholders.js'
export {
  exposesAnyPort,
  exposesPort,
  httpInternalPortOf,
  servesTcp,
  tcpPortsOf,
  tlsPortsOf,
  udpPortsOf
} from './ports.js'
export { imageReferenceProblem } from './image-reference.js'
export { blankSecretError, checkSecretValues, isBlank } from './secret-values.js'
export { machineProblem, memoryMb, vmMemoryProblem, vmSizeProblem } from './vm.js'
export { PRESETS, presetFor } from './presets/index.js'
export { checkRequiredSecrets, missingRequiredSecrets, type StoredSecrets } from './secrets.js'
export { CPU_KINDS, formatPortRange, IPV4_MODES, PRESET_NAMES } from './types.js'
export type {
  BuiltConfig,
  ConfigRequest,
  CpuKind,
  EffectivePorts,
  FlyConfig,
  Ipv4Mode,
  LintFinding,
  PortRange,
  Preset,
  PresetName,
  ServerPresetName,
  VmSettings
} from './types.js'
