import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LARGE_INPUT_BYTES, progressPrinter } from "../src/progress.js";
import { cli } from "./helpers.js";

const root = join(import.meta.dirname, "../../..");
const ex = (p: string) => join(root, "examples", p);
const FEATURES =
  "age,income,loan_amount,term_months,interest_rate,credit_score,debt_to_income,employment_years,num_open_accounts,num_delinquencies,revolving_utilization,has_cosigner";
const dir = mkdtempSync(join(tmpdir(), "mg-progress-"));
/** The report without the time it was made: what must not change with progress on. */
const report = (file: string) => {
  const { createdAt: _, ...rest } = JSON.parse(readFileSync(join(dir, file), "utf8"));
  return rest;
};
/** The lines on stderr without the elapsed time that ends each, file sizes as SIZE (the files may change). */
const phases = (stderr: string) =>
  stderr
    .trimEnd()
    .split("\n")
    .map((l) =>
      l
        .replace(/ \([\d.]+ (s|min)\)$/, "")
        .replace(/done in [\d.]+ (s|min)$/, "done in T")
        .replace(/: [\d.]+ (kB|MB)$/, ": SIZE"),
    );

describe("progress on stderr, never on stdout", () => {
  it("validate-data: one line per phase with --progress; stdout and the report unchanged", async () => {
    const args = (out: string) => [
      ...["validate-data", "--schema", ex("registry/datasets/loans/schema.yaml")],
      ...["--data", ex("data/serving_drift.csv"), "--reference", ex("data/serving.csv")],
      ...["--environment", "serving", "--out", join(dir, out)],
    ];
    const quiet = await cli(args("quiet.json"));
    const loud = await cli([...args("loud.json"), "--progress"]);
    expect(quiet.exitCode).toBe(1);
    expect(loud.exitCode).toBe(1);
    // a small input prints no progress unless asked
    expect(quiet.stderr).toBe("");
    expect(loud.stdout).toBe(quiet.stdout);
    expect(report("loud.json")).toEqual(report("quiet.json"));
    expect(phases(loud.stderr)).toEqual([
      "modelgate validate-data: hashing schema.yaml: SIZE",
      "modelgate validate-data: hashing serving_drift.csv: SIZE",
      "modelgate validate-data: hashing serving.csv: SIZE",
      "modelgate validate-data: reading serving.csv",
      "modelgate validate-data: profiling serving.csv: sample and duplicate rows",
      "modelgate validate-data: reading serving_drift.csv",
      "modelgate validate-data: profiling serving_drift.csv: sample and duplicate rows",
      "modelgate validate-data: profiling serving_drift.csv: counts and distributions (5,000 rows)",
      "modelgate validate-data: profiling serving_drift.csv: value counts",
      "modelgate validate-data: profiling serving_drift.csv: values of columns with many values: 4 columns",
      "modelgate validate-data: profiling serving.csv: counts and distributions (5,000 rows)",
      "modelgate validate-data: profiling serving.csv: value counts",
      "modelgate validate-data: profiling serving.csv: values of columns with many values: 4 columns",
      "modelgate validate-data: checking 5,000 rows against the schema",
      "modelgate validate-data: training/serving skew of 19 features against the reference",
      "modelgate validate-data: done in T",
    ]);
  });

  it("evaluate and profile: the same, phase by phase", async () => {
    const evaluate = (out: string) => [
      ...["evaluate", "--model", ex("models/credit-default/2.0.0/model.onnx"), "--data", ex("data/test.csv")],
      ...["--model-name", "credit-default", "--version", "2.0.0"],
      ...["--label", "default", "--features", FEATURES, "--importance", "--out", join(dir, out)],
    ];
    const quiet = await cli(evaluate("e-quiet.json"));
    const loud = await cli([...evaluate("e-loud.json"), "--progress"]);
    expect(loud.exitCode).toBe(0);
    expect(quiet.stderr).toBe("");
    expect(loud.stdout).toBe(quiet.stdout);
    // latency is measured anew each run; everything else is the same
    const strip = (r: { models: { latency: unknown }[] }) => ({
      ...r,
      models: r.models.map((m) => ({ ...m, latency: null })),
    });
    expect(strip(report("e-loud.json"))).toEqual(strip(report("e-quiet.json")));
    expect(phases(loud.stderr)).toEqual([
      `modelgate evaluate: loading ${ex("models/credit-default/2.0.0/model.onnx")}`,
      "modelgate evaluate: reading test.csv: SIZE",
      "modelgate evaluate: inference (challenger): 5,000 rows",
      "modelgate evaluate: latency (challenger, one row at a time): 100 rows",
      "modelgate evaluate: determinism (the first rows again): 1,000 rows",
      "modelgate evaluate: slices and fairness",
      "modelgate evaluate: permutation importance: 12 features",
      "modelgate evaluate: done in T",
    ]);

    const p = await cli(["profile", ex("data/serving.csv"), "--out", join(dir, "p.json"), "--progress"]);
    expect(p.exitCode).toBe(0);
    expect(p.stdout).toMatch(/^profiled .*serving\.csv: 5000 rows, 20 columns → .*p\.json\n$/);
    expect(phases(p.stderr)[0]).toBe("modelgate profile: hashing serving.csv: SIZE");
    expect(phases(p.stderr).at(-1)).toBe("modelgate profile: done in T");
    const none = await cli([
      "profile",
      ex("data/serving.csv"),
      "--out",
      join(dir, "p2.json"),
      "--no-progress",
    ]);
    expect(none.stderr).toBe("");
  });
});

describe("the printer", () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const sink = (isTTY: boolean) => {
    const out = { text: "" };
    const ctx = {
      cwd: ".",
      env: {},
      stdout: { write: () => true },
      stderr: {
        write: (s: string) => {
          out.text += s;
        },
        isTTY,
        columns: 100,
      },
    };
    return { ctx, out };
  };

  it("prints phase lines once an input of 32 MiB or more is read, none for small inputs", () => {
    const small = sink(false);
    const p = progressPrinter(small.ctx, "validate-data", undefined);
    p.listener?.({ phase: "hashing a.csv", done: 0, total: 1000, unit: "bytes" });
    p.listener?.({ phase: "reading a.csv" });
    p.finish();
    expect(small.out.text).toBe("");
    const large = sink(false);
    const q = progressPrinter(large.ctx, "validate-data", undefined);
    q.listener?.({ phase: "hashing schema.yaml", done: 0, total: 100, unit: "bytes" });
    q.listener?.({ phase: "hashing big.csv", done: 0, total: LARGE_INPUT_BYTES, unit: "bytes" });
    q.listener?.({
      phase: "hashing big.csv",
      done: 1,
      total: LARGE_INPUT_BYTES,
      unit: "bytes",
      fraction: 0.5,
    });
    q.listener?.({ phase: "reading big.csv" });
    q.finish();
    // 32 MiB = 33,554,432 bytes
    expect(large.out.text).toContain("hashing big.csv: 33.6 MB (");
    expect(phases(large.out.text)).toEqual([
      "modelgate validate-data: hashing big.csv: SIZE",
      "modelgate validate-data: reading big.csv",
      "modelgate validate-data: done in T",
    ]);
  });

  it("draws one bar line on a terminal once the job has run a second, and clears it at the end", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-01-01T00:00:00Z"));
    const tty = sink(true);
    const p = progressPrinter(tty.ctx, "evaluate", undefined);
    p.listener?.({ phase: "inference (challenger)", done: 0, total: 1000, unit: "rows", fraction: 0 });
    expect(tty.out.text).toBe("");
    vi.setSystemTime(new Date("2026-01-01T00:00:01.500Z"));
    p.listener?.({ phase: "inference (challenger)", done: 500, total: 1000, unit: "rows", fraction: 0.5 });
    expect(tty.out.text).toBe(
      "\r\x1b[Kmodelgate evaluate ██████████░░░░░░░░░░  50% inference (challenger) 500/1,000 rows · 1.5 s",
    );
    p.finish();
    expect(tty.out.text.endsWith("\r\x1b[K")).toBe(true);
    expect(tty.out.text).not.toContain("\n");
  });
});
