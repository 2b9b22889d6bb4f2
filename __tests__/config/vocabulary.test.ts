/** The config vocabulary and the port-range helpers the pipeline uses instead of port lists. */
import { describe, expect, test } from '@jest/globals'
import {
  buildConfig,
  exposesAnyPort,
  exposesPort,
  formatPortRange,
  PRESET_NAMES,
  PRESETS
} from '../../src/config/index.js'
import type { PortRange } from '../../src/config/types.js'

test('every preset name but none has a preset, under its own name', () => {
  expect(Object.keys(PRESETS).sort()).toEqual(PRESET_NAMES.filter((n) => n !== 'none').sort())
  for (const [key, preset] of Object.entries(PRESETS)) expect(preset.name).toBe(key)
})

describe('port ranges', () => {
  const RANGES: PortRange[] = [
    { start: 3478, end: 3478 },
    { start: 50000, end: 59999 }
  ]

  test.each([
    [3478, true],
    [3479, false],
    [49999, false],
    [50000, true],
    [55555, true],
    [59999, true],
    [60000, false]
  ])('exposesPort(3478 and 50000-59999, %i) is %s', (port, expected) => {
    expect(exposesPort(RANGES, port)).toBe(expected)
  })

  test('no ranges expose nothing', () => {
    expect(exposesPort([], 3478)).toBe(false)
  })

  test.each<[PortRange[], boolean]>([
    [[], false],
    [[{ start: 3478, end: 3478 }], true],
    [[{ start: 50100, end: 50000 }], false],
    [
      [
        { start: 50100, end: 50000 },
        { start: 3478, end: 3478 }
      ],
      true
    ]
  ])('exposesAnyPort(%j) is %s, as the expanded list is non-empty', (ranges, expected) => {
    expect(exposesAnyPort(ranges)).toBe(expected)
  })

  test.each([
    [{ start: 3478, end: 3478 }, '3478'],
    [{ start: 50000, end: 50099 }, '50000-50099']
  ])('formatPortRange(%o) is %s', (range, expected) => {
    expect(formatPortRange(range)).toBe(expected)
  })

  test('a built config gives its ranges as declared, and the expanded lists still agree', () => {
    const built = buildConfig({
      app: 'a',
      region: 'iad',
      preset: 'coturn',
      env: {},
      vm: {},
      secretNames: ['AUTH_SECRET']
    })
    expect(built.udpRanges).toEqual([
      { start: 3478, end: 3478 },
      { start: 50000, end: 50099 }
    ])
    expect(built.tcpRanges).toEqual([{ start: 3478, end: 3478 }])
    for (const port of [3477, 3478, 49999, 50000, 50099, 50100]) {
      expect(exposesPort(built.udpRanges, port)).toBe(built.udpPorts.includes(port))
      expect(exposesPort(built.tcpRanges, port)).toBe(built.tcpPorts.includes(port))
    }
  })
})
