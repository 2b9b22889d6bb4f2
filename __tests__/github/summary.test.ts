import { expect, test } from '@jest/globals'
import { renderSummary } from '../../src/github/summary.js'

test('the summary leaves out empty rows, escapes table cells and folds long blocks away', () => {
  const markdown = renderSummary({
    title: 'turn is ready',
    verdict: 'ready',
    rows: [
      ['App', 'turn'],
      ['IPv6', undefined],
      ['Note', 'a | b\nc']
    ],
    urls: ['stun:203.0.113.7:3478'],
    blocks: [{ title: 'Rendered fly.toml', language: 'toml', text: 'app = "turn"\n' }],
    flyctlCalls: ['flyctl ips list --app turn --json'],
    timings: [['deploy', 1234]]
  })
  expect(markdown).toMatch(/^## ✅ turn is ready/)
  expect(markdown).not.toContain('IPv6')
  expect(markdown).toContain('| Note | a \\| b<br>c |')
  expect(markdown).toContain('<details><summary>Rendered fly.toml</summary>')
  expect(markdown).toContain('<details><summary>flyctl calls (1)</summary>')
  expect(markdown).toContain('| deploy | 1.23 |')
})

test('a failed run leads with the error, and each probe shows its verdict, facts and timeline', () => {
  const markdown = renderSummary({
    title: 'turn: the server did not become ready',
    verdict: 'failed',
    rows: [],
    error: 'no answer from 203.0.113.7:3478/udp',
    probes: [
      {
        label: 'Probe of release v2',
        probe: {
          ok: false,
          summary: 'not ready after 5 attempts',
          attempts: 5,
          warnings: ['open relay'],
          timeline: '```mermaid\ngantt\n```'
        }
      }
    ]
  })
  const lines = markdown.split('\n')
  expect(lines[0]).toBe('## ❌ turn: the server did not become ready')
  expect(lines.slice(2, 5)).toEqual(['```text', 'no answer from 203.0.113.7:3478/udp', '```'])
  expect(markdown).toContain('### ❌ Probe of release v2: not ready after 5 attempts')
  expect(markdown).toContain('5 attempts')
  expect(markdown).toContain('> ⚠️ open relay')
  expect(markdown).toContain('```mermaid')
})
