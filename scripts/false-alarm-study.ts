/**
 * How often infer-schema's defaults cry wolf on clean data, and how often they catch the shipped drift.
 *
 *   npx tsx scripts/false-alarm-study.ts [--runs 200] [--sizes 50,100,...] [--sources resample,fresh,drift]
 *     [--save outcomes.jsonl]      # also append each sample's outcome to this file as it is judged
 *   npx tsx scripts/false-alarm-study.ts --table outcomes.jsonl   # print the tables of saved outcomes
 *
 * The schema is inferred from examples/data/train.csv as `modelgate infer-schema train.csv --label
 * default` does (the library defaults), and every sample is validated as `modelgate validate-data
 * --environment serving --reference <train profile>` does: written as a CSV file, then read,
 * profiled and validated by the same code.
 *
 * Samples:
 * - `resample`: bootstrap resamples (with replacement) of the shipped clean rows not used for the
 *   schema, test.csv (label dropped) and serving.csv: 10,000 rows; each resampled row gets a fresh
 *   loan_id (the key); clean data from train.csv's distribution;
 * - `fresh`: new draws of examples/data/generate.ts's base distribution (seeds no shipped file
 *   uses): clean data too, and it reaches beyond the shipped rows' extremes as real data does;
 * - `drift`: subsamples (without replacement) of the shipped serving_drift.csv (5,000 rows: the
 *   whole file is one run).
 *
 * A sample fails when its verdict is `fail` (validate-data exits 1): a false alarm on clean data,
 * a detection on drifted data; `warn` counts verdicts warn (a warning, exit 0), `info` samples with
 * values outside a domain within its tolerance (reported only). The `before` columns judge the same sample by the previous defaults
 * (ranges the observed min..max, no tolerance, fixed drift thresholds at every size), derived from
 * the same report and profile. Prints Markdown tables; docs/data.md has a run.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FILES, generateCsv } from "../examples/data/generate.js";
import { seededRandom } from "../packages/core/src/index.js";
import {
  type ColumnProfile,
  DataEngine,
  type DataValidationReport,
  DEFAULT_DRIFT_THRESHOLDS,
  DRIFT_FALSE_ALARM_RATE,
  type DriftSide,
  INFER_DEFAULTS,
  inferSchema,
  MIN_DRIFT_VALUES,
  parseDatasetSchema,
  profileTable,
  validateLoaded,
} from "../packages/data/src/index.js";

const root = new URL("..", import.meta.url).pathname;
const data = (f: string) => join(root, "examples/data", f);

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}
const RUNS = Number(arg("runs", "200"));
const SIZES = arg("sizes", "50,100,200,500,1000,2000,5000,10000,100000").split(",").map(Number);
const SOURCES = arg("sources", "resample,fresh,drift").split(",");
const SAVE = arg("save", "");
const TABLE = arg("table", "");
const CONTEXT = { commit: null, ref: null, runUrl: null, ci: false };

/** A CSV file as header and rows (the example data has no quoted commas). */
function csvLines(file: string): { header: string; rows: string[] } {
  const lines = readFileSync(file, "utf8").trimEnd().split("\n");
  return { header: lines[0]!, rows: lines.slice(1) };
}

function dropColumn(lines: { header: string; rows: string[] }, column: string) {
  const i = lines.header.split(",").indexOf(column);
  const drop = (l: string) =>
    l
      .split(",")
      .filter((_, k) => k !== i)
      .join(",");
  return { header: drop(lines.header), rows: lines.rows.map(drop) };
}

interface Outcome {
  source: string;
  n: number;
  /** error checks now ("code column"), and by the previous defaults */
  now: string[];
  warned: boolean;
  /** values outside a domain within its tolerance */
  info: boolean;
  before: string[];
}

/**
 * The checks the previous defaults fail on the same sample: every error that does not depend on
 * the defaults, values beyond the reference's observed range, any unseen category, and drift at
 * the fixed thresholds whatever the sample size (timestamps ungated then as now).
 */
function previousDefaults(report: DataValidationReport, profile: ColumnProfile[], train: ColumnProfile[]) {
  const out = report.anomalies
    .filter((a) => a.severity === "error" && !["out-of-range", "unexpected-values", "drift"].includes(a.code))
    .map((a) => `${a.code} ${a.column ?? ""}`.trim());
  const ref = new Map(train.map((c) => [c.name, c]));
  for (const c of profile) {
    const r = ref.get(c.name);
    if (!r || c.name === "default" || c.min === undefined || r.min === undefined) continue;
    if ((c.type === "int" || c.type === "float") && (c.min < r.min || c.max! > r.max!))
      out.push(`out-of-range ${c.name}`);
  }
  for (const a of report.anomalies)
    if (a.code === "unexpected-values") out.push(`unexpected-values ${a.column}`);
  for (const f of report.features) {
    const d = f.drift;
    if (!d || f.type === "timestamp") continue;
    const t = DEFAULT_DRIFT_THRESHOLDS;
    if ((d.psi ?? 0) > t.psi || (d.jsd ?? 0) > t.jsd || (d.linf ?? 0) > t.linf) out.push(`drift ${f.name}`);
  }
  return out;
}

async function main(): Promise<Outcome[]> {
  const engine = await DataEngine.create({ threads: 1, memoryLimit: "512MB" });
  const scratch = mkdtempSync(join(tmpdir(), "mg-false-alarm-"));
  const outcomes: Outcome[] = [];
  try {
    const train = await engine.load(data("train.csv"));
    const trainProfile = await profileTable(engine, train);
    const { yaml } = inferSchema(trainProfile, { dataset: "loans", label: "default" });
    const schema = parseDatasetSchema(yaml, "schema.yaml");
    const reference: DriftSide = { columns: trainProfile.columns, rows: trainProfile.rows };

    const holdout = dropColumn(csvLines(data("test.csv")), "default");
    const serving = csvLines(data("serving.csv"));
    const pool = [...holdout.rows, ...serving.rows];
    const drifted = csvLines(data("serving_drift.csv"));
    const base = FILES.find((f) => f.name === "serving.csv")!;

    const validate = async (source: string, n: number, csv: string) => {
      const file = join(scratch, "sample.csv");
      writeFileSync(file, csv);
      const loaded = await engine.load(file);
      const profile = await profileTable(engine, loaded);
      const report = await validateLoaded(
        engine,
        { schema, data: file, environment: "serving", context: CONTEXT },
        loaded,
        profile,
        reference,
      );
      await engine.connection.run(`DROP TABLE ${loaded.table}`);
      const outcome: Outcome = {
        source,
        n,
        now: report.anomalies
          .filter((a) => a.severity === "error")
          .map((a) => `${a.code} ${a.column ?? ""}`.trim()),
        warned: report.verdict === "warn",
        info: report.anomalies.some((a) => a.severity === "info"),
        before: previousDefaults(report, profile.columns, trainProfile.columns),
      };
      outcomes.push(outcome);
      if (SAVE) appendFileSync(SAVE, `${JSON.stringify(outcome)}\n`);
    };

    for (const n of SIZES) {
      for (let run = 0; run < RUNS; run++) {
        if (SOURCES.includes("resample")) {
          const rng = seededRandom(1_000_003 * n + run);
          const rows: string[] = [];
          for (let i = 0; i < n; i++) {
            const row = pool[Math.floor(rng() * pool.length)]!;
            rows.push(`R${String(i).padStart(7, "0")}${row.slice(row.indexOf(","))}`);
          }
          await validate("resample", n, `${serving.header}\n${rows.join("\n")}\n`);
        }
        if (SOURCES.includes("fresh")) {
          // seeds far from the shipped files' 20260801..20260804
          await validate(
            "fresh",
            n,
            generateCsv({ ...base, rows: n, seed: 7_000_000 + n * 1_000 + run, firstId: 1 }),
          );
        }
        if (SOURCES.includes("drift") && n <= drifted.rows.length && (n < drifted.rows.length || run === 0)) {
          const rng = seededRandom(2_000_003 * n + run);
          const idx = drifted.rows.map((_, i) => i);
          for (let i = 0; i < n; i++) {
            const j = i + Math.floor(rng() * (idx.length - i));
            [idx[i], idx[j]] = [idx[j]!, idx[i]!];
          }
          const rows = idx.slice(0, n).map((i) => drifted.rows[i]!);
          await validate("drift", n, `${drifted.header}\n${rows.join("\n")}\n`);
        }
      }
      process.stderr.write(`${n} rows: done\n`);
    }
  } finally {
    engine.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  return outcomes;
}

const pct = (k: number, n: number) => (n === 0 ? "—" : `${((100 * k) / n).toFixed(1)}%`);

/** The checks that failed most often, as "check share" (share of runs). */
function top(lists: string[][], runs: number, count = 4): string {
  const by = new Map<string, number>();
  for (const l of lists) for (const k of new Set(l)) by.set(k, (by.get(k) ?? 0) + 1);
  const shown = [...by.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([k, c]) => `${k} ${pct(c, runs)}`);
  return shown.join(", ") || "none";
}

function print(outcomes: Outcome[]): void {
  console.log(
    `defaults: margin ${INFER_DEFAULTS.rangeMargin}, tolerance ${INFER_DEFAULTS.tolerance}; drift gated from ${MIN_DRIFT_VALUES} values, thresholds raised to the 1-in-${1 / DRIFT_FALSE_ALARM_RATE} noise level`,
  );
  for (const source of SOURCES) {
    const mine = outcomes.filter((o) => o.source === source);
    if (mine.length === 0) continue;
    const word = source === "drift" ? "detected" : "false alarms";
    console.log(`\n${source}:\n`);
    console.log(`| rows | runs | ${word} | warn | info | failed on | before: ${word} | before: failed on |`);
    console.log("| ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |");
    for (const n of SIZES) {
      const at = mine.filter((o) => o.n === n);
      if (at.length === 0) continue;
      const now = at.filter((o) => o.now.length > 0).length;
      const before = at.filter((o) => o.before.length > 0).length;
      console.log(
        `| ${n.toLocaleString("en-US")} | ${at.length} | ${pct(now, at.length)} | ${pct(at.filter((o) => o.warned).length, at.length)} | ${pct(at.filter((o) => o.info).length, at.length)} | ${top(
          at.map((o) => o.now),
          at.length,
        )} | ${pct(before, at.length)} | ${top(
          at.map((o) => o.before),
          at.length,
          3,
        )} |`,
      );
    }
  }
}

print(
  TABLE
    ? readFileSync(TABLE, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Outcome)
    : await main(),
);
