/** The config step's public surface: build, fill in, lint and render fly.toml. */
export { buildConfig, describePorts, parseFlyToml, renderToml } from './fly-toml.js'
export { hasLintErrors, lintConfig } from './lint.js'
export { fillPlaceholders, resolvePlaceholders, type PlaceholderValues } from './placeholders.js'
export { formatPortRange, httpInternalPortOf, tcpPortsOf, udpPortsOf } from './ports.js'
export { PRESETS, presetFor } from './presets/index.js'
export type {
  BuiltConfig,
  ConfigRequest,
  EffectivePorts,
  FlyConfig,
  Ipv4Mode,
  LintFinding,
  PortRange,
  Preset,
  PresetName,
  ProbeCheck,
  VmSettings
} from './types.js'
