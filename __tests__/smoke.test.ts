import { expect, test } from '@jest/globals'
import { run } from '../src/main.js'

test('run resolves', async () => {
  await expect(run()).resolves.toBeUndefined()
})
