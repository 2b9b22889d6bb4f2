// @ts-check
// `fly platform regions [--json]` (internal/command/platform/regions.go @ v0.4.87): the regions
// where new machines can run. flyctl filters out deprecated regions and sorts by name; the JSON is
// fly-go's Region struct (types.go), snake_case keys in declaration order.
import { goJson } from './render.js'

/** @typedef {import('./types.js').Ctx} Ctx */

/**
 * Fly's catalogue after its 2025 consolidation: [code, name, geo_region]. `SimOptions.regions`
 * adds more (a region that opened after this list was written).
 * @type {[string, string, string][]}
 */
const CATALOGUE = [
  ['ams', 'Amsterdam, Netherlands', 'europe'],
  ['arn', 'Stockholm, Sweden', 'europe'],
  ['bom', 'Mumbai, India', 'asia_pacific'],
  ['cdg', 'Paris, France', 'europe'],
  ['dfw', 'Dallas, Texas (US)', 'north_america'],
  ['ewr', 'Secaucus, NJ (US)', 'north_america'],
  ['fra', 'Frankfurt, Germany', 'europe'],
  ['gru', 'Sao Paulo, Brazil', 'south_america'],
  ['iad', 'Ashburn, Virginia (US)', 'north_america'],
  ['jnb', 'Johannesburg, South Africa', 'africa'],
  ['lax', 'Los Angeles, California (US)', 'north_america'],
  ['lhr', 'London, United Kingdom', 'europe'],
  ['nrt', 'Tokyo, Japan', 'asia_pacific'],
  ['ord', 'Chicago, Illinois (US)', 'north_america'],
  ['sin', 'Singapore, Singapore', 'asia_pacific'],
  ['sjc', 'San Jose, California (US)', 'north_america'],
  ['syd', 'Sydney, Australia', 'asia_pacific'],
  ['yyz', 'Toronto, Canada', 'north_america']
]

/** @param {Ctx} ctx */
export function platformRegions(ctx) {
  const extra = (ctx.options.regions ?? []).map((code) => [code, `Sim region ${code}`, 'europe'])
  const regions = [...CATALOGUE, ...extra]
    .sort((a, b) => a[1].localeCompare(b[1]))
    .map(([code, name, geo]) => ({
      code,
      name,
      latitude: 0,
      longitude: 0,
      gateway_available: true,
      requires_paid_plan: false,
      deprecated: false,
      capacity: 100,
      geo_region: geo,
      mpg_available: false
    }))
  if (ctx.json) return ctx.out(goJson(regions))
  ctx.out(`${regions.map((r) => `${r.name}\t${r.code}`).join('\n')}\n`)
}
