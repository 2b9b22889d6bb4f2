import { describe, expect, test } from '@jest/globals'
import type { AppSummary } from '../../src/fly/shapes.js'
import { previewAppName } from '../../src/preview/naming.js'
import { formatAge, previewsOf, selectPreviewsToReap } from '../../src/preview/reap.js'

const NOW = Date.parse('2026-11-22T03:17:00Z')
const HOUR = 3_600_000
const OLDER_THAN = 72 * HOUR

/** One `flyctl apps list --json` entry, with the fields flyctl prints that matter here. */
function app(name: string, releasedHoursAgo: number | null): AppSummary & Record<string, unknown> {
  // Extra fields as flyctl prints them; the selection must ignore what it does not use.
  const release =
    releasedHoursAgo === null
      ? null
      : { Status: 'complete', CreatedAt: new Date(NOW - releasedHoursAgo * HOUR).toISOString() }
  return {
    ID: name,
    Name: name,
    Status: releasedHoursAgo === null ? 'pending' : 'deployed',
    Deployed: releasedHoursAgo !== null,
    Hostname: `${name}.fly.dev`,
    Organization: { Slug: 'acme', Name: 'Acme' },
    CurrentRelease: release
  }
}

const LONG_BASE = 'webrtc-turn-relay-for-the-video-conferencing-product-eu-west-production'

const ORG_APPS = [
  app('turn', 2000), // production: old, but never a preview
  app('turn-pr-1', 100), // old preview of turn
  app('turn-pr-2', 5), // fresh preview, PR closed
  app('turn-pr-3', 5), // fresh preview, PR open
  app('turn-pr-4', null), // created, never released (a deploy may be running now)
  app('turn-pr-5', null), // never released, PR closed
  app('turn-2', 2000), // another production app
  app('turn-2-pr-6', 500), // old preview of turn-2, not of turn
  app('turn-pr-012', 500), // not a name this action derives
  app('turnserver-pr-7', 500), // shares a prefix only
  app('fishjam-pr-8', 500), // another base
  app(previewAppName(LONG_BASE, 9), 500), // shortened preview of another base
  app('turn-pr-10', 72.5), // just over the limit
  app('turn-pr-11', 71.5) // just under the limit
]

describe('selectPreviewsToReap', () => {
  const selection = selectPreviewsToReap({
    apps: ORG_APPS,
    base: 'turn',
    now: NOW,
    olderThanMs: OLDER_THAN,
    closedPrNumbers: new Set([2, 5, 6, 8])
  })

  test('destroys old previews and previews of closed PRs, in PR order', () => {
    expect(selection.destroy).toEqual([
      {
        app: 'turn-pr-1',
        prNumber: 1,
        reason: 'older-than',
        lastReleaseAt: '2026-11-17T23:17:00.000Z'
      },
      {
        app: 'turn-pr-2',
        prNumber: 2,
        reason: 'pr-closed',
        lastReleaseAt: '2026-11-21T22:17:00.000Z'
      },
      { app: 'turn-pr-5', prNumber: 5, reason: 'pr-closed', lastReleaseAt: undefined },
      {
        app: 'turn-pr-10',
        prNumber: 10,
        reason: 'older-than',
        lastReleaseAt: '2026-11-19T02:47:00.000Z'
      }
    ])
  })

  test('keeps the other previews of this base and says why', () => {
    expect(selection.keep).toEqual([
      { app: 'turn-pr-3', prNumber: 3, reason: 'last release 5h ago (limit 3d)' },
      { app: 'turn-pr-4', prNumber: 4, reason: 'never released, so its age is unknown' },
      { app: 'turn-pr-11', prNumber: 11, reason: 'last release 2d 23h ago (limit 3d)' }
    ])
  })

  test('never selects a production app or a preview of another base', () => {
    const touched = [...selection.destroy, ...selection.keep].map((entry) => entry.app)
    for (const name of [
      'turn',
      'turn-2',
      'turn-2-pr-6',
      'turn-pr-012',
      'turnserver-pr-7',
      'fishjam-pr-8'
    ]) {
      expect(touched).not.toContain(name)
    }
  })

  test('turn-2 reaps its own previews and not those of turn', () => {
    const forTurn2 = selectPreviewsToReap({
      apps: ORG_APPS,
      base: 'turn-2',
      now: NOW,
      olderThanMs: OLDER_THAN,
      closedPrNumbers: new Set([1, 2])
    })
    expect(forTurn2).toEqual({
      destroy: [
        {
          app: 'turn-2-pr-6',
          prNumber: 6,
          reason: 'older-than',
          lastReleaseAt: '2026-11-01T07:17:00.000Z'
        }
      ],
      keep: []
    })
  })

  test('recognises shortened names of a long base', () => {
    const long = selectPreviewsToReap({
      apps: ORG_APPS,
      base: LONG_BASE,
      now: new Date(NOW),
      olderThanMs: OLDER_THAN,
      closedPrNumbers: new Set()
    })
    expect(long.destroy.map((entry) => [entry.app, entry.prNumber])).toEqual([
      [previewAppName(LONG_BASE, 9), 9]
    ])
  })

  test('Go zero time and garbage timestamps count as never released', () => {
    const apps: AppSummary[] = [
      { Name: 'turn-pr-1', CurrentRelease: { CreatedAt: '0001-01-01T00:00:00Z' } },
      { Name: 'turn-pr-2', CurrentRelease: { CreatedAt: 'yesterday' } },
      { Name: 'turn-pr-3', CurrentRelease: {} }
    ]
    const result = selectPreviewsToReap({
      apps,
      base: 'turn',
      now: NOW,
      olderThanMs: HOUR,
      closedPrNumbers: new Set()
    })
    expect(result.destroy).toEqual([])
    expect(result.keep.map((entry) => entry.reason)).toEqual(
      Array(3).fill('never released, so its age is unknown')
    )
  })

  test('an empty org gives an empty plan', () => {
    expect(
      selectPreviewsToReap({
        apps: [],
        base: 'turn',
        now: NOW,
        olderThanMs: HOUR,
        closedPrNumbers: new Set([1])
      })
    ).toEqual({ destroy: [], keep: [] })
  })

  test.each([[0], [-1], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'olderThanMs %p is refused',
    (olderThanMs) => {
      expect(() =>
        selectPreviewsToReap({
          apps: ORG_APPS,
          base: 'turn',
          now: NOW,
          olderThanMs,
          closedPrNumbers: new Set()
        })
      ).toThrow(RangeError)
    }
  )
})

describe('previewsOf', () => {
  test('lists the previews of a base by PR number: the PRs to ask GitHub about', () => {
    expect(previewsOf(ORG_APPS, 'turn').map((entry) => entry.prNumber)).toEqual([
      1, 2, 3, 4, 5, 10, 11
    ])
  })

  test('skips entries without a name', () => {
    const apps = [{ Name: 'turn-pr-1' }, { ID: 'x' }, null] as unknown as AppSummary[]
    expect(previewsOf(apps, 'turn')).toEqual([{ app: 'turn-pr-1', prNumber: 1 }])
  })
})

describe('formatAge', () => {
  test.each([
    [0, '0s'],
    [59_000, '59s'],
    [60_000, '1m'],
    [HOUR, '1h'],
    [HOUR + 12 * 60_000, '1h 12m'],
    [24 * HOUR, '1d'],
    [76 * HOUR, '3d 4h'],
    [-5000, '0s']
  ])('%p ms -> %p', (ms, text) => {
    expect(formatAge(ms)).toBe(text)
  })
})
