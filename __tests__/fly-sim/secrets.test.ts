// `secrets import` parses stdin with flyctl's exact rules (parser.go at ad0172f), quirks included.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'

const env = { FLY_API_TOKEN: 'tok' }
let sim: Sim

beforeAll(() => {
  sim = createSim()
  sim.seedApp('sec')
})
afterAll(async () => {
  await sim.stop()
})

test('quotes, # comments, =, spaces, CRLF and """ blocks', async () => {
  const pem = '-----BEGIN PRIVATE KEY-----\nMIIBVQ==\n-----END PRIVATE KEY-----'
  const input = [
    '# a comment line',
    '',
    'PLAIN=abc',
    'SPACED = value with spaces  ',
    'EQUALS=a=b==c',
    'CUT=ab#cd',
    'QUOTED_HASH="ab#cd"',
    'TRAILING="x y" # comment',
    "SINGLE='s q'",
    "SINGLE_HASH='ab#cd'",
    'TRIPLE_ONE_LINE="""inline"""',
    'CRLF=windows\r',
    `PEM="""${pem}"""`,
    'LEADING_NEWLINE="""',
    'line1',
    'line2"""',
    'NESTED="a "inner" b"'
  ].join('\n')
  const r = await sim.run(['secrets', 'import', '--app', 'sec', '--stage'], { env, input })
  expect(r).toMatchObject({ code: 0, stderr: '' })
  expect(r.stdout).toBe(
    'Secrets have been staged, but not set on VMs. Deploy or update machines in this app for the secrets to take effect.\n'
  )
  expect(sim.state().apps.sec.secrets).toEqual({
    PLAIN: 'abc',
    SPACED: 'value with spaces  ',
    EQUALS: 'a=b==c',
    CUT: 'ab',
    QUOTED_HASH: 'ab#cd',
    TRAILING: 'x y',
    SINGLE: 's q',
    SINGLE_HASH: "'ab",
    TRIPLE_ONE_LINE: 'inline',
    CRLF: 'windows',
    PEM: pem,
    LEADING_NEWLINE: '\nline1\nline2',
    NESTED: 'a "inner" b'
  })
  const call = sim.calls().at(-1)!
  expect(call.stdinBytes).toBe(Buffer.byteLength(input))
  expect(JSON.stringify(call)).not.toContain('BEGIN PRIVATE KEY')
})

test('errors: a line without =, no pairs; without --stage on an undeployed app', async () => {
  const [bad, empty, first] = await Promise.all([
    sim.run(['secrets', 'import', '-a', 'sec'], { env, input: 'OK=1\nNOT_A_PAIR\n' }),
    sim.run(['secrets', 'import', '-a', 'sec'], { env, input: '# only a comment\n' }),
    sim.run(['secrets', 'import', '-a', 'sec'], { env, input: 'NEW=1\n' })
  ])
  expect(bad).toMatchObject({
    code: 1,
    stderr:
      'Error: Failed to parse secrets from stdin: Secrets must be provided as NAME=VALUE pairs (NOT_A_PAIR is invalid)\n'
  })
  expect(empty.stderr).toBe('Error: requires at least one SECRET=VALUE pair\n')
  expect(first.stdout).toBe('Secrets are staged for the first deployment\n')
  const list = await sim.run(['secrets', 'list', '-a', 'sec', '--json'], { env })
  const rows = JSON.parse(list.stdout) as { name: string; digest: string; status: string }[]
  expect(Object.keys(rows[0])).toEqual(['name', 'digest', 'status'])
  expect(rows.find((s) => s.name === 'NEW')).toMatchObject({ status: 'Staged' })
  expect(list.stdout).not.toContain('BEGIN PRIVATE KEY')
})
