// @ts-check
// `flyctl __sim-seed` (harness only): creates an app as an earlier run would have left it, from a
// JSON description on stdin, so redeploy tests start from existing addresses/secrets/releases.
import { buffer } from 'node:stream/consumers'
import { newApp } from './commands.js'
import { allocateDedicatedV4, allocateV6, sharedIpv4 } from './addresses.js'
import { digest, machineId, machineName, releaseId, ulid } from './ids.js'
import { nextTimestamp, nowTimestamp, parseJson } from './store.js'

/**
 * @param {import('./types.js').Store} store
 * @returns {Promise<number>} the exit code
 */
export async function seed(store) {
  const input = await buffer(process.stdin)
  const spec = /** @type {import('./types.js').SeedSpec} */ (parseJson(input.toString('utf8')))
  const options = store.options()
  const app = store.update((state) => {
    if (state.apps[spec.name]) throw new Error(`fly-sim: app ${spec.name} already exists`)
    const app = newApp(spec.name, spec.org ?? 'personal', nextTimestamp(state))
    state.apps[spec.name] = app
    for (let i = 0; i < (spec.dedicatedIpv4 ?? 0); i++) allocateDedicatedV4(state, options, app)
    if (spec.ipv6) allocateV6(state, options, app)
    if (spec.sharedIpv4) app.sharedIpv4 = sharedIpv4(options)
    app.secrets = { ...(spec.secrets ?? {}) }
    const images = spec.releases ?? []
    images.forEach((image, i) => {
      app.releases.push({
        id: releaseId(),
        version: i + 1,
        status: 'complete',
        imageRef: image,
        strategy: 'rolling',
        reason: 'deploy',
        description: 'Deploy image',
        // releasedAt backdates the seeded releases (for reap's age tests); else the sim clock.
        createdAt: spec.releasedAt ?? nextTimestamp(state)
      })
    })
    const latest = app.releases.at(-1)
    if (latest) {
      app.deployed = true
      app.status = 'deployed'
      if (!spec.stagedSecrets) {
        app.deployedSecretDigests = Object.fromEntries(
          Object.entries(app.secrets).map(([k, v]) => [k, digest(v)])
        )
      }
      const now = nowTimestamp()
      for (let i = 0; i < (spec.machines ?? 1); i++) {
        app.machines.push({
          id: machineId(),
          name: machineName(),
          group: 'app',
          region: spec.region ?? 'iad',
          state: 'started',
          privateIp: `fdaa:0:77:a7b:${i + 1}::2`,
          createdAt: now,
          updatedAt: now,
          instanceId: ulid(),
          previous: null,
          releaseVersion: latest.version,
          releaseId: latest.id,
          image: latest.imageRef,
          cmd: null,
          env: {},
          services: [],
          guest: { cpu_kind: 'shared', cpus: 1, memory_mb: 256 },
          checks: []
        })
      }
    }
    return app
  })
  process.stdout.write(JSON.stringify(app))
  return 0
}
