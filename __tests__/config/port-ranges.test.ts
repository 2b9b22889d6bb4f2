/**
 * UDP port ranges (issue 8 item 11; docs/presets.md "Relay ports: the evidence"): the presets
 * render the relay range as one service whose internal_port is its first port; lint also takes
 * internal_port = 0 on a range, as a real coturn-on-Fly config writes it (fly-platform.md §1).
 */
import { expect, test } from '@jest/globals'
import { buildConfig, lintConfig } from '../../src/config/index.js'

const findings = (internal: number) =>
  lintConfig(
    {
      services: [
        {
          protocol: 'udp',
          internal_port: internal,
          auto_stop_machines: 'off',
          ports: [{ start_port: 49152, end_port: 49251 }]
        }
      ]
    },
    { ipv4: 'dedicated' }
  )

test('the presets write a range with internal_port at its first port', () => {
  const { config } = buildConfig({
    app: 'a',
    region: 'iad',
    preset: 'coturn',
    env: {},
    vm: {},
    secretNames: ['AUTH_SECRET']
  })
  expect((config.services as unknown[])[1]).toMatchObject({
    protocol: 'udp',
    internal_port: 50000,
    ports: [{ start_port: 50000, end_port: 50099 }]
  })
})

test.each([49152, 49200, 0])('internal_port = %i on a UDP range is accepted', (internal) => {
  expect(findings(internal)).toEqual([])
})

test('internal_port outside the range (and not 0) is an error naming the fix', () => {
  expect(findings(3478)).toEqual([
    expect.objectContaining({
      severity: 'error',
      message: expect.stringMatching(/Write internal_port = 49152/)
    })
  ])
})
