import { readFileSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { pullRequestFromEvent, resolvePreview } from '../../src/github/preview.js'
import {
  MAX_APP_NAME_LENGTH,
  assertPreviewName,
  isPreviewOf,
  previewAppName
} from '../../src/preview/naming.js'

function event(file: string): unknown {
  const url = new URL(`../fixtures/events/${file}`, import.meta.url)
  return JSON.parse(readFileSync(url, 'utf8')) as unknown
}

const SHA_OPENED = '3f786850e387550fdab836ed7e6dc881de23001b'

describe('pullRequestFromEvent', () => {
  test.each([
    [
      'pull_request',
      'pull_request.opened.json',
      {
        number: 12,
        action: 'opened',
        headSha: SHA_OPENED,
        headRepo: 'acme/turn-infra',
        baseRepo: 'acme/turn-infra',
        isFork: false,
        closed: false
      }
    ],
    [
      'pull_request',
      'pull_request.synchronize.json',
      {
        number: 12,
        action: 'synchronize',
        headSha: '0beec7b5ea3f0fdbc95d0dd47f3c5bc275da8a33',
        headRepo: 'acme/turn-infra',
        baseRepo: 'acme/turn-infra',
        isFork: false,
        closed: false
      }
    ],
    [
      'pull_request',
      'pull_request.reopened.json',
      { number: 12, action: 'reopened', isFork: false, closed: false }
    ],
    ['pull_request', 'pull_request.closed.json', { number: 12, action: 'closed', closed: true }],
    // Labelling a closed PR is a pull_request event too: its preview must not come back.
    [
      'pull_request',
      'pull_request.labeled-closed.json',
      { number: 12, action: 'labeled', closed: true }
    ],
    [
      'pull_request',
      'pull_request.opened-fork.json',
      { number: 31, headRepo: 'mallory/turn-infra', baseRepo: 'acme/turn-infra', isFork: true }
    ],
    [
      'pull_request',
      'pull_request.closed-deleted-fork.json',
      { number: 32, headRepo: undefined, isFork: true, closed: true }
    ],
    [
      'pull_request_target',
      'pull_request_target.opened-fork.json',
      { number: 31, action: 'opened', isFork: true, closed: false }
    ],
    [
      'issue_comment',
      'issue_comment.pull-request.json',
      {
        number: 12,
        action: 'created',
        headSha: undefined,
        baseRepo: 'acme/turn-infra',
        isFork: false,
        closed: false
      }
    ],
    [
      'issue_comment',
      'issue_comment.closed-pull-request.json',
      { number: 12, action: 'created', closed: true }
    ]
  ])('%s %s', (eventName, file, expected) => {
    const pr = pullRequestFromEvent(eventName, event(file))
    expect(pr).toBeDefined()
    // Key by key, so an expected `undefined` means "absent or undefined" in the result.
    for (const [key, value] of Object.entries(expected)) {
      expect(pr?.[key as keyof typeof pr]).toEqual(value)
    }
  })

  test.each([
    ['push', 'push.json'],
    ['workflow_dispatch', 'workflow_dispatch.json'],
    ['schedule', 'schedule.json'],
    ['issue_comment', 'issue_comment.issue.json'],
    // The right payload under the wrong event name is not trusted either.
    ['push', 'pull_request.opened.json'],
    ['release', 'pull_request.opened.json']
  ])('%s (%s) has no pull request', (eventName, file) => {
    expect(pullRequestFromEvent(eventName, event(file))).toBeUndefined()
  })

  test.each([
    ['null payload', null],
    ['array payload', []],
    ['no pull_request', { action: 'opened' }],
    ['number zero', { action: 'opened', pull_request: { number: 0 } }],
    ['negative number', { action: 'opened', pull_request: { number: -4 } }],
    ['number as text', { action: 'opened', pull_request: { number: '12' } }],
    ['fractional number', { action: 'opened', pull_request: { number: 1.5 } }]
  ])('malformed pull_request payload (%s) gives undefined', (_name, payload) => {
    expect(pullRequestFromEvent('pull_request', payload)).toBeUndefined()
  })
})

describe('previewAppName', () => {
  test.each([
    ['turn', 12, 'turn-pr-12'],
    ['Turn-Server', 3, 'turn-server-pr-3'],
    ['turn_server', 3, 'turn-server-pr-3'],
    ['turn.server eu', 3, 'turn-server-eu-pr-3'],
    ['--turn--__--relay--', 3, 'turn-relay-pr-3'],
    ['Café-TÜRN', 7, 'cafe-turn-pr-7'],
    ['straße', 7, 'stra-e-pr-7'],
    ['turn🚀server', 7, 'turn-server-pr-7'],
    ['東京turn', 7, 'turn-pr-7'],
    ['9lives', 7, 'app-9lives-pr-7'],
    ['turn-pr-3', 4, 'turn-pr-3-pr-4']
  ])('%p with PR %p -> %p', (base, pr, expected) => {
    expect(previewAppName(base, pr)).toBe(expected)
  })

  test('a name that fits exactly is not shortened', () => {
    const base = 'a'.repeat(MAX_APP_NAME_LENGTH - '-pr-12'.length)
    expect(previewAppName(base, 12)).toBe(`${base}-pr-12`)
    expect(previewAppName(base, 12)).toHaveLength(MAX_APP_NAME_LENGTH)
  })

  test('one character over the limit shortens the base and adds a stable hash', () => {
    const base = 'a'.repeat(MAX_APP_NAME_LENGTH - '-pr-12'.length + 1)
    const name = previewAppName(base, 12)
    expect(name).toHaveLength(MAX_APP_NAME_LENGTH)
    expect(name).toMatch(/^a+-[0-9a-f]{6}-pr-12$/)
    expect(previewAppName(base, 12)).toBe(name)
  })

  test('long bases keep the whole PR number, stay apart by hash, and stay valid', () => {
    const long = 'webrtc-turn-relay-for-the-video-conferencing-product-eu-west-production'
    const other = long.replace(/production$/, 'production-2')
    for (const pr of [1, 12345, 999_999_999, Number.MAX_SAFE_INTEGER]) {
      const name = previewAppName(long, pr)
      expect(name.length).toBeLessThanOrEqual(MAX_APP_NAME_LENGTH)
      expect(name.endsWith(`-pr-${pr}`)).toBe(true)
      expect(name).toMatch(/^[a-z][a-z0-9-]*[a-z0-9]$/)
      expect(name).not.toContain('--')
      expect(previewAppName(other, pr)).not.toBe(name)
      expect(() => assertPreviewName(name, pr)).not.toThrow()
    }
  })

  test('the cut never leaves a dash before the hash', () => {
    // Put a dash exactly where the cut falls: 63 - 6 ('-pr-12') - 7 ('-' + hash) = 50.
    const base = `${'a'.repeat(49)}-${'b'.repeat(30)}`
    expect(previewAppName(base, 12)).toMatch(/^a{49}-[0-9a-f]{6}-pr-12$/)
  })

  test.each([[''], ['___'], ['東京'], ['🚀']])(
    'base %p with nothing usable is an app input error',
    (base) => {
      expect(() => previewAppName(base, 1)).toThrow(InputError)
      expect(() => previewAppName(base, 1)).toThrow(/^Input 'app':/)
    }
  )

  test.each([[0], [-1], [1.5], [Number.NaN], [2 ** 53]])('PR number %p is refused', (pr) => {
    expect(() => previewAppName('turn', pr)).toThrow(/Input 'preview'.*positive integer/)
  })
})

describe('assertPreviewName (the guard that keeps previews away from production)', () => {
  test.each([
    ['turn-pr-12', 12],
    ['a-pr-1', 1]
  ])('accepts %p for PR %p', (name, pr) => {
    expect(() => assertPreviewName(name, pr)).not.toThrow()
  })

  test.each([
    ['turn', 12, 'production name'],
    ['turn-pr-13', 12, 'another PR'],
    ['turn-pr-112', 12, 'number that only ends like ours'],
    ['turn-pr-12-old', 12, 'number not at the end'],
    ['turn12', 12, 'number without the -pr- marker'],
    ['-pr-12', 12, 'nothing before the suffix'],
    ['Turn-pr-12', 12, 'uppercase'],
    ['turn_x-pr-12', 12, 'underscore'],
    [`${'a'.repeat(60)}-pr-12`, 12, 'longer than 63']
  ])('refuses %p for PR %p (%s)', (name, pr) => {
    expect(() => assertPreviewName(name, pr)).toThrow(InputError)
    expect(() => assertPreviewName(name, pr)).toThrow(/^Input 'app': refusing to act on/)
  })
})

describe('isPreviewOf', () => {
  const long = 'webrtc-turn-relay-for-the-video-conferencing-product-eu-west-production'

  test.each([
    ['turn-pr-12', 'turn', { prNumber: 12 }],
    ['turn-server-pr-3', 'Turn_Server', { prNumber: 3 }],
    [previewAppName(long, 4321), long, { prNumber: 4321 }],
    ['turn', 'turn', undefined],
    ['turn-2-pr-5', 'turn', undefined],
    ['turn-pr-5', 'turn-2', undefined],
    ['turn-pr-012', 'turn', undefined],
    ['turn-pr-1-pr-2', 'turn', undefined],
    ['turn-pr-0', 'turn', undefined],
    ['other-pr-5', 'turn', undefined],
    ['turn-pr-99999999999999999999', 'turn', undefined]
  ])('%p of base %p -> %p', (app, base, expected) => {
    expect(isPreviewOf(app, base)).toEqual(expected)
  })
})

describe('resolvePreview', () => {
  test('an opened PR deploys its preview', () => {
    const resolved = resolvePreview('pull_request', event('pull_request.opened.json'), 'turn')
    expect(resolved.app).toBe('turn-pr-12')
    expect(resolved.closing).toBe(false)
    expect(resolved.pr.number).toBe(12)
  })

  test.each([
    ['pull_request', 'pull_request.closed.json'],
    ['pull_request', 'pull_request.labeled-closed.json'],
    ['issue_comment', 'issue_comment.closed-pull-request.json']
  ])('%s %s tears the preview down', (eventName, file) => {
    const resolved = resolvePreview(eventName, event(file), 'turn')
    expect(resolved).toMatchObject({ app: 'turn-pr-12', closing: true })
  })

  test('a comment on a PR resolves to the same preview as the PR events', () => {
    const fromComment = resolvePreview(
      'issue_comment',
      event('issue_comment.pull-request.json'),
      'turn'
    )
    const fromPush = resolvePreview('pull_request', event('pull_request.synchronize.json'), 'turn')
    expect(fromComment.app).toBe(fromPush.app)
  })

  test.each([
    ['push', 'push.json', /triggered by 'push'/],
    ['workflow_dispatch', 'workflow_dispatch.json', /triggered by 'workflow_dispatch'/],
    ['schedule', 'schedule.json', /triggered by 'schedule'/],
    ['issue_comment', 'issue_comment.issue.json', /comment is on an issue, not on a pull request/]
  ])('%s fails with a clear preview input error', (eventName, file, why) => {
    let caught: unknown
    try {
      resolvePreview(eventName, event(file), 'turn')
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(InputError)
    expect((caught as InputError).input).toBe('preview')
    expect((caught as InputError).message).toMatch(why)
    expect((caught as InputError).message).toMatch(/^Input 'preview': 'true' needs a pull_request/)
  })
})
