/** Wall time per pipeline step, for the summary's timings table and the self-time benchmark. */
export class Stopwatch {
  readonly steps: [string, number][] = []
  private readonly started = performance.now()

  async time<T>(name: string, body: () => Promise<T>): Promise<T> {
    const start = performance.now()
    try {
      return await body()
    } finally {
      const elapsed = performance.now() - start
      const existing = this.steps.find(([n]) => n === name)
      if (existing) existing[1] += elapsed
      else this.steps.push([name, elapsed])
    }
  }

  get totalMs(): number {
    return performance.now() - this.started
  }
}
