/**
 * How both entry points end: exit once stdout and stderr are flushed. A name lookup the probe
 * gave up on at its deadline (the system resolver cannot be cancelled) would otherwise keep the
 * process alive until it returns.
 */
export function exitOnceFlushed(status: number): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(status)))
}
