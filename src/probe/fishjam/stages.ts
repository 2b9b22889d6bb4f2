/**
 * The stages of the fishjam check, in the order a peer walks them, and the failure that names
 * the stage it happened in: the log, the timeline and the summary all say where the path broke.
 */
import { ProbeFailure } from '../failure.js'
import type { Outcome } from '../types.js'

export const FISHJAM_STAGES = [
  'HTTP API',
  'WebSocket',
  'auth',
  'offerData',
  'TURN over UDP'
] as const
export type FishjamStage = (typeof FISHJAM_STAGES)[number]

/** A ProbeFailure in one stage. */
export class StageFailure extends ProbeFailure {
  readonly stage: FishjamStage

  constructor(stage: FishjamStage, outcome: Outcome, message: string, code?: string) {
    super(outcome, message, code)
    this.name = 'StageFailure'
    this.stage = stage
  }
}

/** Any error, as a failure of `stage` (a StageFailure keeps the stage it already names). */
export function atStage(stage: FishjamStage, error: unknown): StageFailure {
  if (error instanceof StageFailure) return error
  if (error instanceof ProbeFailure) {
    return new StageFailure(stage, error.outcome, error.message, error.code)
  }
  const message = error instanceof Error ? error.message : String(error)
  return new StageFailure(stage, 'protocol-error', message)
}

/** Runs one stage: whatever it throws becomes a failure of that stage. */
export async function stage<T>(name: FishjamStage, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw atStage(name, error)
  }
}
