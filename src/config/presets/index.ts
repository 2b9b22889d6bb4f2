import type { Preset, PresetName, ServerPresetName } from '../types.js'
import { coturnPreset } from './coturn.js'
import { fishjamPreset } from './fishjam.js'

export { coturnCommand } from './coturn.js'
export { fishjamEnv } from './fishjam.js'

export const PRESETS: Record<ServerPresetName, Preset> = {
  coturn: coturnPreset,
  fishjam: fishjamPreset
}

export function presetFor(name: PresetName): Preset | undefined {
  return name === 'none' ? undefined : PRESETS[name]
}
