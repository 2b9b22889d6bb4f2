/** Runs fly-webrtc-probe in-process and captures what it prints. */
import { runCli, type CliIo } from '../src/probe/cli.js'

export async function cli(
  argv: string[],
  env: CliIo['env'] = {}
): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const status = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env })
  return { status, out: out.join('\n'), err: err.join('\n') }
}
