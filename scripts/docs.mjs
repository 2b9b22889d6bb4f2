#!/usr/bin/env node
// Regenerates the README's input and output tables from action.yml, so the two never disagree.
// `node scripts/docs.mjs` rewrites README.md; `--check` exits 1 when README.md is stale.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = fileURLToPath(new URL('..', import.meta.url))
const action = parse(readFileSync(`${root}/action.yml`, 'utf8'))

/** The entries of `inputs:` or `outputs:` in declaration order, folded descriptions included. */
function section(name) {
  return Object.entries(action[name] ?? {}).map(([key, entry]) => ({
    name: key,
    description: String(entry.description ?? '').trim(),
    default: entry.default === undefined ? '' : String(entry.default)
  }))
}

const cell = (text) => text.replace(/\|/g, '\\|')
const inputs = section('inputs')
  .map(
    (i) =>
      `| \`${i.name}\` | ${cell(i.description)} | ${i.default ? `\`${cell(i.default)}\`` : ''} |`
  )
  .join('\n')
const outputs = section('outputs')
  .map((o) => `| \`${o.name}\` | ${cell(o.description)} |`)
  .join('\n')
const tables = {
  inputs: `| input | meaning | default |\n|---|---|---|\n${inputs}`,
  outputs: `| output | meaning |\n|---|---|\n${outputs}`
}

const readmePath = `${root}/README.md`
const readme = readFileSync(readmePath, 'utf8')
let updated = readme
for (const [name, table] of Object.entries(tables)) {
  const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`)
  if (!pattern.test(updated)) throw new Error(`README.md lacks the <!-- ${name}:start --> markers`)
  updated = updated.replace(pattern, `$1\n${table}\n$2`)
}
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md tables are stale: run `node scripts/docs.mjs`')
    process.exit(1)
  }
} else if (updated !== readme) {
  writeFileSync(readmePath, updated)
}
