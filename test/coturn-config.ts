/**
 * The coturn preset's fly.toml as tests vary it: built by the action's own buildConfig, with the
 * preset's two authentication flags replaced by the test's.
 */
import { buildConfig } from '../src/config/fly-toml.js'
import type { FlyConfig } from '../src/config/types.js'

export function coturnConfigWithAuth(auth: string[]): FlyConfig {
  const { config } = buildConfig({
    app: 'turn-demo',
    region: 'iad',
    preset: 'coturn',
    env: {},
    vm: {},
    secretNames: ['AUTH_SECRET']
  })
  const experimental = config.experimental as { cmd: string[] }
  experimental.cmd = [
    ...experimental.cmd.filter((a) => a !== '--use-auth-secret' && !a.startsWith('--static-auth')),
    ...auth
  ]
  return config
}
