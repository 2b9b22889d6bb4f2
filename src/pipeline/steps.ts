/**
 * Runs a command's steps: each one timed (the summary's timings table and the self-time
 * benchmark read them) and, inside the action, wrapped in a collapsible log group.
 */

/** A log group around a step; the action passes core.group, a plan or a test a pass-through. */
export type Group = <T>(title: string, body: () => Promise<T>) => Promise<T>

export const noGroup: Group = (_title, body) => body()

export class Steps {
  /** Wall time per step name, in the order the names first ran; repeated names add up. */
  readonly timings: [string, number][] = []
  private readonly started = performance.now()

  constructor(private readonly group: Group = noGroup) {}

  async run<T>(name: string, title: string, body: () => Promise<T>): Promise<T> {
    const start = performance.now()
    try {
      return await this.group(title, body)
    } finally {
      const elapsed = performance.now() - start
      const existing = this.timings.find(([n]) => n === name)
      if (existing) existing[1] += elapsed
      else this.timings.push([name, elapsed])
    }
  }

  get totalMs(): number {
    return performance.now() - this.started
  }
}
