import { formatDuration, type ProgressEvent, type ProgressListener } from "@modelgate/core";
import type { Command } from "commander";
import type { CliContext } from "./context.js";

/** An input at least this large makes a job's phases worth a line each in a log. */
export const LARGE_INPUT_BYTES = 32 * 1024 * 1024;
/** On a terminal the bar appears once a job has run this long (a quick job draws nothing). */
const BAR_AFTER_MS = 1000;
/** The bar is redrawn at most this often. */
const REDRAW_MS = 100;

/**
 * How a command shows the progress its job reports, always on stderr (stdout keeps the result):
 * - on a terminal, one bar line redrawn in place once the job has run a second, cleared at the end;
 * - otherwise (a CI log, a pipe) one line per phase, printed once the job reads an input of
 *   LARGE_INPUT_BYTES or more (an event's byte total says so), then a last line with the time taken.
 * `--progress` prints the phase lines for any input (the bar on a terminal), `--no-progress` nothing.
 */
export interface ProgressPrinter {
  /** The listener to give the job (undefined with `--no-progress`). */
  listener: ProgressListener | undefined;
  /** Ends the bar (or prints the time taken, when the job succeeded). */
  finish(ok?: boolean): void;
  /** Runs the job, then finish: the bar is cleared before a result or an error is printed. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

function withRun(p: Omit<ProgressPrinter, "run">): ProgressPrinter {
  return {
    ...p,
    run: async (work) => {
      try {
        const result = await work();
        p.finish(true);
        return result;
      } catch (error) {
        p.finish(false);
        throw error;
      }
    },
  };
}

export function progressPrinter(
  ctx: CliContext,
  command: string,
  flag: boolean | undefined,
): ProgressPrinter {
  if (flag === false) return withRun({ listener: undefined, finish: () => {} });
  const started = Date.now();
  const elapsed = () => formatDuration((Date.now() - started) / 1000);
  if (ctx.stderr.isTTY === true) return barPrinter(ctx, command, started, elapsed);
  let armed = flag === true;
  let printed = false;
  let phase: ProgressEvent | null = null;
  const line = (e: ProgressEvent) => {
    const size = e.total !== undefined && e.unit ? `: ${count(e.total, e.unit)}` : "";
    ctx.stderr.write(`modelgate ${command}: ${e.phase}${size} (${elapsed()})\n`);
    printed = true;
  };
  return withRun({
    listener: (e) => {
      const first = phase === null || e.phase !== phase.phase;
      if (first) phase = e;
      if (!armed && e.unit === "bytes" && (e.total ?? 0) >= LARGE_INPUT_BYTES) {
        armed = true;
        line(phase as ProgressEvent);
        return;
      }
      if (armed && first) line(e);
    },
    finish: (ok = true) => {
      if (printed && ok) ctx.stderr.write(`modelgate ${command}: done in ${elapsed()}\n`);
    },
  });
}

function barPrinter(
  ctx: CliContext,
  command: string,
  started: number,
  elapsed: () => string,
): ProgressPrinter {
  let drawn = false;
  let last = 0;
  let current: ProgressEvent | null = null;
  const draw = () => {
    const e = current as ProgressEvent;
    const width = Math.max(40, (ctx.stderr.columns || 80) - 1);
    const cells = 20;
    const f = e.fraction;
    const bar = f === undefined ? " ".repeat(cells) : "█".repeat(Math.round(f * cells)).padEnd(cells, "░");
    const pct = f === undefined ? "    " : `${String(Math.floor(f * 100)).padStart(3)}%`;
    const counts =
      e.done === undefined || !e.unit
        ? ""
        : e.unit === "bytes"
          ? ` ${count(e.done, "bytes")}${e.total === undefined ? "" : `/${count(e.total, "bytes")}`}`
          : ` ${e.done.toLocaleString("en-US")}${e.total === undefined ? "" : `/${count(e.total, e.unit)}`}`;
    const text = `modelgate ${command} ${bar} ${pct} ${e.phase}${counts} · ${elapsed()}`;
    ctx.stderr.write(`\r\x1b[K${[...text].slice(0, width).join("")}`);
    drawn = true;
  };
  return withRun({
    listener: (e) => {
      const now = Date.now();
      const changed = current === null || current.phase !== e.phase;
      current = e;
      if (now - started < BAR_AFTER_MS) return;
      if (changed || now - last >= REDRAW_MS) {
        last = now;
        draw();
      }
    },
    finish: () => {
      if (drawn) ctx.stderr.write("\r\x1b[K");
    },
  });
}

/** `5,000 rows`, `1.2 GB`. */
function count(n: number, unit: string): string {
  if (unit !== "bytes") return `${n.toLocaleString("en-US")} ${unit}`;
  const units = ["bytes", "kB", "MB", "GB", "TB"];
  let v = n;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return i === 0 ? `${n} bytes` : `${Number(v.toPrecision(3))} ${units[i]}`;
}

/** `--progress` / `--no-progress` (neither: a bar on a terminal, phase lines for large inputs). */
export function withProgressOptions(cmd: Command): Command {
  return cmd
    .option(
      "--progress",
      "report progress on stderr for any input (default: on a terminal, or for inputs of 32 MiB and more)",
    )
    .option("--no-progress", "report no progress");
}
