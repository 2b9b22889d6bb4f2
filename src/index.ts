/**
 * Entry point. Step 1 (inputs) runs before the Actions runtime is loaded, so secrets are masked
 * and a bad input is known within milliseconds of start; then the pipeline module is imported
 * (ncc emits it as a separate chunk) and run.
 */
import { exitOnceFlushed } from './exit.js'
import { inputFromEnv, maskSecret } from './github/early.js'
import { readSettings } from './inputs.js'
import type { EarlyInputs } from './main.js'

let early: EarlyInputs
try {
  const settings = readSettings(inputFromEnv(process.env), process.env, maskSecret)
  process.stdout.write(
    `fly-webrtc-deploy: ${settings.command} ${settings.app ?? settings.probeHost ?? ''}\n`
  )
  early = { settings }
} catch (error) {
  early = { error }
}
const { run } = await import('./main.js')
await run(process.env, early)
exitOnceFlushed(Number(process.exitCode ?? 0))
