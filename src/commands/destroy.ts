/** `destroy`: the app and its addresses (a preview on PR close); already gone is a success. */
import { destroyApp } from '../fly/destroy.js'
import type { Target } from '../github/event.js'
import type { Settings } from '../inputs.js'
import { openFlyctl } from '../pipeline/open-flyctl.js'
import { assertPreviewName } from '../preview/naming.js'
import type { CommandContext, CommandResult } from './result.js'

export async function destroyCommand(
  settings: Settings,
  target: Target,
  context: CommandContext
): Promise<CommandResult> {
  // A preview destroy can only ever touch `<base>-pr-<n>`: the guard against destroying production.
  if (target.pr) assertPreviewName(target.app, target.pr.number)
  const fly = await openFlyctl(settings, context.env, context.logger)
  const result = await destroyApp(fly, target.app, context.logger)
  const released = result.releasedAddresses
  const what = result.existed
    ? `Destroyed ${target.app}${released.length > 0 ? `, and with it ${released.join(', ')}` : ''}`
    : `${target.app} was already gone`
  return {
    summary: {
      title: what,
      verdict: 'destroyed',
      rows: [
        ['App', target.app],
        ['Addresses gone with it', released.join(', ')]
      ]
    },
    outputs: { app: target.app },
    comment: { status: 'destroyed', app: target.app, details: [what] }
  }
}
