// The benchmark harness: every workload measures its job and a baseline in the same run,
// each in its own process so wall time and peak RSS are not mixed up.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
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

export interface ProcessMeasurement {
  /** wall-clock seconds of the whole process, start-up included (as a user runs it) */
  wallSeconds: number;
  /** peak resident set size, MB (from GNU time; 0 where /usr/bin/time is missing) */
  peakRssMB: number;
  stdout: string;
  exitCode: number;
}

/**
 * Runs a command as a user would and measures the whole process. Peak RSS comes from
 * /usr/bin/time (Debian's `time` package) when the machine has it.
 */
export async function timeProcess(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; okExitCodes?: number[] } = {},
): Promise<ProcessMeasurement> {
  const gnuTime = existsSync("/usr/bin/time");
  const file = gnuTime ? "/usr/bin/time" : command;
  const argv = gnuTime ? ["-f", "\nmg-peak-rss-kb %M", command, ...args] : args;
  const start = process.hrtime.bigint();
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? -1)));
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /mg-peak-rss-kb (\d+)/.exec(stderr);
  if (!(options.okExitCodes ?? [0]).includes(code)) {
    throw new Error(
      `${command} ${args.join(" ")} exited with ${code}: ${stderr.replace(/\nmg-peak-rss-kb \d+\n?/, "").trim()}`,
    );
  }
  return { wallSeconds, peakRssMB: rss ? Number(rss[1]) / 1024 : 0, stdout, exitCode: code };
}

/** How to get the Python peers' packages on Debian (the bench skips the peers without them). */
export const PEER_INSTALL = "apt-get install -y python3-pandas python3-scipy python3-sklearn";

/** Debian's python3 when it can import `modules`, else null (also with MG_BENCH_PEERS=0, e.g. for a 10M-row run). */
export function peerPython(modules: string[]): string | null {
  if (process.env.MG_BENCH_PEERS === "0") return null;
  const python = "/usr/bin/python3";
  if (!existsSync(python)) return null;
  const r = spawnSync(python, ["-c", `import ${modules.join(", ")}`], { stdio: "ignore" });
  return r.status === 0 ? python : null;
}
