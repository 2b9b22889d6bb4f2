// @ts-check
// Process helpers over /proc, shared by the simulator (lock owners, server groups, the
// launcher's watchdog) and the harness (subnet claims, cleanup).
import fs from 'node:fs'

/**
 * True when the process exists and is not a zombie waiting to be reaped.
 * @param {number} pid
 * @returns {boolean}
 */
export function isAlive(pid) {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return true
  }
}

/**
 * Live (non-zombie) processes whose process group is pgid, read from /proc.
 * @param {number} pgid
 * @returns {number[]}
 */
export function groupMembers(pgid) {
  const out = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (fields[0] !== 'Z' && Number(fields[2]) === pgid) out.push(Number(entry))
    } catch {
      // the process exited while we looked
    }
  }
  return out
}
