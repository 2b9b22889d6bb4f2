/**
 * The two presets rendered with a fixed app and address, compared byte for byte with the
 * reviewed files under golden/. Regenerate after an intended change with
 * UPDATE_GOLDEN=1 npm test -- __tests__/config/golden.test.ts, and review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import { parse } from 'smol-toml'
import { lintConfig } from '../../src/config/lint/index.js'
import { resolvePlaceholders } from '../../src/config/placeholders.js'
import { buildConfig, renderToml } from '../../src/config/fly-toml.js'
import type { BuiltConfig, ConfigRequest } from '../../src/config/types.js'

/** The fixed facts every golden and table test uses. */
const APP = 'turn-demo'
const IPV4 = '203.0.113.7'
const HOSTNAME = `${APP}.fly.dev`
const VALUES = { ipv4: IPV4, app: APP, hostname: HOSTNAME }

function request(overrides: Partial<ConfigRequest> = {}): ConfigRequest {
  return {
    app: APP,
    region: 'iad',
    preset: 'none',
    env: {},
    vm: {},
    secretNames: [],
    ...overrides
  }
}

function build(overrides: Partial<ConfigRequest> = {}): BuiltConfig {
  return buildConfig(request(overrides))
}

const SECRETS = { coturn: ['AUTH_SECRET'], fishjam: ['FJ_SERVER_API_TOKEN'] }

describe.each(['coturn', 'fishjam'] as const)('the %s preset', (preset) => {
  const built = build({ preset, secretNames: SECRETS[preset] })
  const resolved = resolvePlaceholders(built.config, VALUES)
  const rendered = renderToml(resolved)
  const goldenUrl = new URL(`./golden/${preset}.fly.toml`, import.meta.url)

  test('renders exactly the golden file', () => {
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenUrl, rendered)
    expect(rendered).toBe(readFileSync(goldenUrl, 'utf8'))
  })

  test('parses back to the same config', () => {
    expect(parse(rendered)).toEqual(resolved)
  })

  test('is lint-clean with a dedicated IPv4', () => {
    expect(lintConfig(resolved, { ipv4: 'dedicated' })).toEqual([])
  })

  test('carries the address and app, and no unresolved placeholder', () => {
    expect(rendered).toContain(IPV4)
    expect(rendered).toContain(`app = "${APP}"`)
    expect(rendered).not.toMatch(/(?<!\$)\{(ipv4|app|hostname)\}/)
  })

  test('exposes UDP, so the pipeline allocates a dedicated IPv4', () => {
    expect(built.udpPorts.length).toBeGreaterThan(0)
  })
})

test('the coturn command keeps the secret as $AUTH_SECRET, for the entrypoint to expand', () => {
  const rendered = renderToml(
    resolvePlaceholders(build({ preset: 'coturn', secretNames: ['AUTH_SECRET'] }).config, VALUES)
  )
  expect(rendered).toContain('"--static-auth-secret=$AUTH_SECRET"')
  expect(rendered).not.toContain('detect-external-ip')
})
