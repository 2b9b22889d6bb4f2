import { describe, expect, test } from '@jest/globals'
import { parse } from 'smol-toml'
import { renderToml } from '../../src/config/fly-toml.js'
import type { FlyConfig } from '../../src/config/types.js'

const CASES: Array<[string, FlyConfig]> = [
  ['an empty config', {}],
  ['scalars only', { app: 'a', kill_timeout: 5, swap_size_mb: 512 }],
  ['an empty table', { app: 'a', env: {} }],
  ['keys that need quotes', { env: { 'with.dot': 'x', 'a b': 'y', ü: 'z' } }],
  [
    'strings that need escapes',
    { env: { Q: 'say "hi"\\n', NL: 'a\nb', TAB: '\t', DEL: '\u007f' } }
  ],
  ['nested tables without own keys', { checks: { alive: { type: 'tcp', port: 3478 } } }],
  [
    'tables inside an array of tables',
    {
      services: [
        {
          protocol: 'tcp',
          internal_port: 1,
          concurrency: { type: 'connections', hard_limit: 25 },
          ports: [{ port: 80 }]
        },
        { protocol: 'udp', internal_port: 2, ports: [{ start_port: 2, end_port: 9 }] }
      ]
    }
  ],
  ['an empty array and booleans', { experimental: { cmd: [], auto_rollback: true } }],
  ['mixed arrays stay inline', { x: { list: [1, 'two', { three: 3 }] } }]
]

describe('renderToml', () => {
  test.each(CASES)('%s parses back equal', (_name, config) => {
    expect(parse(renderToml(config))).toEqual(config)
  })

  test('integers stay integers', () => {
    expect(renderToml({ kill_timeout: 5 })).toContain('kill_timeout = 5\n')
  })

  test('top-level keys come first, in the order fly launch writes them', () => {
    const text = renderToml({
      vm: [{ memory: '1gb' }],
      services: [],
      env: { A: '1' },
      primary_region: 'iad',
      app: 'a'
    })
    const order = ['app =', 'primary_region =', '[env]', '[[vm]]'].map((s) => text.indexOf(s))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(order.every((i) => i >= 0)).toBe(true)
  })

  test('a long command is one argument per line, a short one stays on one line', () => {
    const long = Array.from({ length: 12 }, (_, i) => `--option-${i}=value`)
    const text = renderToml({
      experimental: { cmd: long },
      env: { A: '1' },
      x: { short: ['a', 'b'] }
    })
    expect(text).toContain('cmd = [\n  "--option-0=value",\n')
    expect(text).toContain('short = ["a", "b"]')
    expect(text.split('\n').every((line) => line.length <= 100)).toBe(true)
  })

  test('tables are separated by one blank line and the file ends with a newline', () => {
    const text = renderToml({ app: 'a', env: { A: '1' }, build: { image: 'i' } })
    expect(text).toMatch(/\n\n\[build\]\nimage = "i"\n\n\[env\]\nA = "1"\n$/)
    expect(text).not.toMatch(/\n\n\n/)
  })
})
