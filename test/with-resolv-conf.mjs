// Runs a command with /etc/resolv.conf replaced by a given file, inside the private mount
// namespace this process was started in (`unshare -m node test/with-resolv-conf.mjs FILE CMD...`).
// Node and not sh: a shell would drop environment variables whose names hold a hyphen, and the
// action's inputs arrive as INPUT_PROBE-HOST and the like.
import { execFileSync, spawnSync } from 'node:child_process'

const [file, command, ...args] = process.argv.slice(2)
execFileSync('mount', ['--bind', file, '/etc/resolv.conf'])
const child = spawnSync(command, args, { stdio: 'inherit' })
process.exit(child.status ?? 1)
