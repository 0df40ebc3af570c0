/**
 * Progress of long work (profiling, validating, evaluating large inputs), reported by the
 * packages through a callback option and shown by the caller: the CLI draws a bar on a terminal
 * and prints a line per phase otherwise, always on stderr. Packages never print.
 */

/** One report: the phase running, and how far it is when that is known. */
export interface ProgressEvent {
  /** What runs now, in the user's words: "hashing data.csv", "reading data.csv", "inference (challenger)". */
  phase: string;
  /** Share of the phase done, from 0 to 1, when known. */
  fraction?: number;
  /** Units done and the total, when the phase counts them (`unit`: "rows", "bytes", "features"). */
  done?: number;
  total?: number;
  unit?: string;
}

/**
 * Called at the start of every phase (without `fraction`, or with 0) and as it advances; it may
 * be called often (once per batch or chunk), so a listener keeps its own pace. It must not throw.
 */
export type ProgressListener = (event: ProgressEvent) => void;

/** `done` of `total` as a progress event of `phase`, with its fraction. */
export function progressOf(phase: string, done: number, total: number, unit: string): ProgressEvent {
  return { phase, done, total, unit, fraction: total > 0 ? Math.min(1, done / total) : 1 };
}
