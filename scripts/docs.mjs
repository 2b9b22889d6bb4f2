#!/usr/bin/env node
// Regenerates the README's input and output tables from action.yml, so the two never disagree.
// `node scripts/docs.mjs` rewrites README.md; `--check` exits 1 when README.md is stale.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const action = readFileSync(`${root}/action.yml`, 'utf8')

/** Reads `inputs:`/`outputs:` of action.yml: two-space names, four-space description/default. */
function section(name) {
  const start = action.indexOf(`\n${name}:\n`)
  const body = action.slice(start + name.length + 3).split(/\n(?=\S)/)[0]
  const entries = []
  for (const line of body.split('\n')) {
    const key = /^ {2}([a-z0-9-]+):\s*$/.exec(line)
    const field = /^ {4}(description|default):\s*(.*)$/.exec(line)
    if (key) entries.push({ name: key[1], description: '', default: '' })
    else if (field) entries.at(-1)[field[1]] = unquote(field[2])
  }
  return entries
}

function unquote(text) {
  const t = text.trim()
  if (t.startsWith('"') && t.endsWith('"')) return JSON.parse(t)
  if (t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'")
  return t
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
