// The benchmark harness: every workload measures its job and a baseline in the same run,
// each in its own process so wall time and peak RSS are not mixed up.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface Measurement {
  /** wall-clock seconds of the function alone (process start-up excluded) */
  wallSeconds: number;
  /** peak resident set size of the process, MB */
  peakRssMB: number;
  /** whatever the function returned (JSON) */
  result: unknown;
}

export interface WorkloadResult {
  /** the job's figures: wallSeconds, peakRssMB, rowsPerSecond, ... */
  figures: Record<string, number>;
  /** the baseline measured in the same run */
  baseline: { description: string; figures: Record<string, number> };
  /** job wallSeconds / baseline wallSeconds (lower is better) */
  ratio: number;
  /** targets from the issue, with whether this run met them */
  targets?: Record<string, { limit: number; value: number; met: boolean }>;
  notes?: string[];
}

export interface Workload {
  name: string;
  description: string;
  run(options: { workDir: string }): Promise<WorkloadResult>;
}

/**
 * Runs `exportName` from `moduleUrl` in a fresh Node process (with tsx) and measures it.
 * The function receives `args` and may return JSON.
 */
export async function isolate(
  moduleUrl: string,
  exportName: string,
  args: unknown = null,
): Promise<Measurement> {
  const runner = fileURLToPath(new URL("./measure.ts", import.meta.url));
  const child = spawn(
    process.execPath,
    ["--import", "tsx", runner, moduleUrl, exportName, JSON.stringify(args)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let out = "";
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? -1)));
  if (code !== 0) throw new Error(`${exportName} from ${moduleUrl} exited with ${code}`);
  const last = out.trim().split("\n").pop() ?? "";
  return JSON.parse(last) as Measurement;
}

export function target(value: number, limit: number): { limit: number; value: number; met: boolean } {
  return { limit, value: round(value), met: value <= limit };
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
