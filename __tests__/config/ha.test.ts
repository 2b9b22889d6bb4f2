/**
 * `ha` (issue 8 item 9): flyctl's --ha adds a second machine only when a group gets its first
 * one (fly-platform.md §3); for an app with UDP that machine never serves UDP while the first is
 * up, since Fly sends all of an app's UDP to one instance (§1): a warning, not an error.
 */
import { expect, test } from '@jest/globals'
import { buildConfig, lintConfig } from '../../src/config/index.js'

const base = { app: 'a', region: 'iad', env: {}, vm: {} }
const coturn = buildConfig({ ...base, preset: 'coturn', secretNames: ['AUTH_SECRET'] })
const web = buildConfig({ ...base, preset: 'none', secretNames: [], httpPort: 8080 })

test('ha: true on a UDP app warns that the second machine is a cold standby', () => {
  const findings = lintConfig(coturn.config, { ipv4: 'dedicated', ha: true })
  expect(findings).toEqual([
    {
      severity: 'warning',
      key: 'services',
      message: expect.stringMatching(
        /ha: true adds a second machine, but Fly sends all of an app's UDP \(3478, 50000-50099\) to one instance: the second never serves UDP while the first is up/
      )
    }
  ])
})

test('no warning without ha, or for an app without UDP', () => {
  expect(lintConfig(coturn.config, { ipv4: 'dedicated', ha: false })).toEqual([])
  expect(lintConfig(web.config, { ipv4: 'shared', ha: true })).toEqual([])
})
