/**
 * `destroy`: the app (for a fleet every member app) and its addresses, e.g. a preview on PR
 * close; already gone is a success. The plain app of a fleet's base name is never touched.
 */
import { type DestroyResult, destroyApp } from '../fly/destroy.js'
import type { Target } from '../github/event.js'
import type { Settings } from '../inputs.js'
import {
  FLEET_CONCURRENCY,
  fleetMembers,
  isFleet,
  mapConcurrently,
  memberLogger
} from '../pipeline/fleet.js'
import { openFlyctl } from '../pipeline/open-flyctl.js'
import { assertPreviewName } from '../preview/naming.js'
import type { CommandContext, CommandResult } from './result.js'

export async function destroyCommand(
  settings: Settings,
  target: Target,
  context: CommandContext
): Promise<CommandResult> {
  const members = fleetMembers(settings, target)
  const fleet = isFleet(settings)
  // A preview destroy can only ever touch `<base>-pr-<n>[-<region>]`: the guard against
  // destroying production.
  for (const { app, region } of members) {
    if (target.pr) assertPreviewName(app, target.pr.number, fleet ? region : undefined)
  }
  const fly = await openFlyctl(settings, context.env, context.logger)
  const results = await mapConcurrently(members, FLEET_CONCURRENCY, (member) => {
    const logger = memberLogger(context.logger, member, fleet)
    return destroyApp(fleet ? fly.forMember(logger) : fly, member.app, logger)
  })
  const lines = results.map(describe)
  const released = results.flatMap((r) => r.releasedAddresses)
  return {
    summary: {
      title: lines.join('; '),
      verdict: 'destroyed',
      rows: [
        ['App', members.map((m) => m.app).join(', ')],
        ['Addresses gone with it', released.join(', ')]
      ]
    },
    outputs: { app: members[0].app },
    comment: { status: 'destroyed', app: target.app, details: lines }
  }
}

function describe(result: DestroyResult): string {
  const released = result.releasedAddresses
  return result.existed
    ? `Destroyed ${result.app}${released.length > 0 ? `, and with it ${released.join(', ')}` : ''}`
    : `${result.app} was already gone`
}
