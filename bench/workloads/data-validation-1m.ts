// data-validation-1m: two seeded 1,000,000-row × 20-column CSVs (12 floats, one with 2% missing;
// 6 categorical columns of 20 values; 1 bool; 1 timestamp), a reference and a drifted current.
// Job: profile both, infer the schema from the reference, validate the current with drift on every
// column, write the JSON report. Baseline in the same run: DuckDB's bare parse of every column of
// both files (one min() per column, straight from the files). As the user runs it: the bundled
// CLI's `infer-schema --profile-out` then `validate-data --reference <that profile>`, two
// processes (the second alone is "a new batch against a stored profile", against the bare parse
// of that file); and the peer, a pandas + scipy
// script doing the same job (bench/peers/data_validation.py) with Debian's python3.
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { listParam } from "../../packages/data/src/engine.js";
import {
  DataEngine,
  inferSchema,
  parseDatasetSchema,
  type profileTable,
  TableProfiler,
  validateLoaded,
  wrapProfile,
} from "../../packages/data/src/index.js";
import { type ColumnProfile, finiteValue } from "../../packages/data/src/profile.js";
import { buildCli } from "../../scripts/build.js";
import { isolate, PEER_INSTALL, peerPython, round, target, timeProcess, type Workload } from "../harness.js";

const ROWS = Number(process.env.MG_BENCH_DATA_ROWS ?? 1_000_000);
const PAIRS = Math.max(1, Number(process.env.MG_BENCH_PAIRS ?? 1));

/**
 * Writes the CSV with DuckDB from a counter hashed into uniforms (deterministic whatever the
 * thread count; insertion order is preserved on COPY), cached across runs.
 */
async function generate(path: string, rows: number, drift: boolean): Promise<void> {
  if (existsSync(path) && statSync(path).size > rows * 100) return;
  const engine = await DataEngine.create({ memoryLimit: "1GB" });
  try {
    const u = (k: number) =>
      `((hash(i * 64 + ${k + (drift ? 4096 : 0)}) % 1000000007)::DOUBLE + 0.5) / 1000000007`;
    const normal = (k: number) => `sqrt(-2 * ln(${u(2 * k)})) * cos(2 * pi() * ${u(2 * k + 1)})`;
    const cols: string[] = [];
    for (let j = 0; j < 12; j++) {
      const shift = drift && j < 4 ? 0.3 : 0;
      const scale = drift && j === 4 ? 1.5 : 1;
      let expr = `round(${10 * (j + 1)} + ${j + 1} * ${scale} * (${normal(j)} + ${shift}), 4)`;
      if (j === 0) expr = `CASE WHEN ${u(40)} < 0.02 THEN NULL ELSE ${expr} END`;
      cols.push(`${expr} AS f${j}`);
    }
    for (let j = 0; j < 6; j++) {
      // skewed over 20 values; the drifted file moves weight to later values in two columns
      const skew = drift && j < 2 ? 0.6 : 1.6;
      cols.push(`'v' || floor(20 * pow(${u(50 + j)}, ${skew}))::INTEGER AS c${j}`);
    }
    cols.push(`${u(60)} < ${drift ? 0.35 : 0.3} AS b`);
    cols.push(`TIMESTAMP '2025-01-01' + to_seconds(floor(${u(61)} * 31536000)::BIGINT) AS ts`);
    const tmp = `${path}.tmp`;
    await engine.connection.run(
      `COPY (SELECT ${cols.join(", ")} FROM range(${rows}) r(i)) TO '${tmp}' (HEADER, DELIMITER ',')`,
    );
    renameSync(tmp, path);
  } finally {
    engine.close();
  }
}

/** The job, in its own process. */
export async function job(args: { ref: string; cur: string; out: string }): Promise<unknown> {
  const engine = await DataEngine.create({
    memoryLimit: process.env.MG_BENCH_DATA_MEMORY ?? "300MB",
    tempDirectory: `${args.out}.spill`,
  });
  try {
    const context = { commit: null, ref: null, runUrl: null, ci: false };
    // both tables profiled together: their numeric ECDFs share bounds, so drift reads neither again
    const profiler = new TableProfiler(engine);
    const refTable = await engine.load(args.ref);
    await profiler.add(refTable);
    const curTable = await engine.load(args.cur);
    await profiler.add(curTable);
    const [refProfile, curProfile] = (await profiler.finish()) as [
      Awaited<ReturnType<typeof profileTable>>,
      Awaited<ReturnType<typeof profileTable>>,
    ];
    const { yaml } = inferSchema(refProfile, { dataset: "bench" });
    const schema = parseDatasetSchema(yaml, "inferred.yaml");
    const report = await validateLoaded(
      engine,
      { schema, data: args.cur, reference: args.ref, context },
      curTable,
      curProfile,
      { columns: refProfile.columns, rows: refProfile.rows, loaded: refTable },
    );
    writeFileSync(
      `${args.out}.ref-profile.json`,
      JSON.stringify(wrapProfile(refProfile, { subject: "ref", inputs: [], context })),
    );
    writeFileSync(args.out, JSON.stringify(report));
    return {
      verdict: report.verdict,
      anomalies: report.anomalies.length,
      driftedShare: report.summary.driftedShare,
      ksExact: report.features.filter((f) => f.drift?.ks?.method === "exact").length,
      ksMaxErrorBound: Math.max(0, ...report.features.map((f) => f.drift?.ks?.errorBound ?? 0)),
    };
  } finally {
    engine.close();
  }
}

/**
 * The baseline: DuckDB's bare parse of every column of each file (seconds per file). With `floor`
 * (a stored reference profile), also the least work an exact drift check of that file needs: the
 * same parse in one streaming query with each numeric column's ECDF counted at the profile's
 * points (DuckDB's binned histogram, as the profile counts them), no load, sample or other statistic.
 */
export async function baseline(args: {
  ref: string;
  cur: string;
  only?: "ref" | "cur";
  floor?: string;
}): Promise<unknown> {
  const engine = await DataEngine.create({ memoryLimit: "1GB" });
  try {
    const seconds: number[] = [];
    const files = args.only === undefined ? [args.ref, args.cur] : [args[args.only]];
    const bare = async (f: string, extra: string[] = [], lists: number[][] = []) => {
      const start = process.hrtime.bigint();
      const cols = await engine.query<{ column_name: string }>(`DESCRIBE SELECT * FROM read_csv('${f}')`);
      const mins = cols.map((c) => `min("${c.column_name}")`);
      await engine.query(`SELECT ${[...mins, ...extra].join(", ")} FROM read_csv('${f}')`, lists);
      return Number(process.hrtime.bigint() - start) / 1e9;
    };
    for (const f of files) seconds.push(await bare(f));
    if (args.only !== undefined && args.floor !== undefined) {
      const profile = JSON.parse(readFileSync(args.floor, "utf8")) as { columns: ColumnProfile[] };
      const counted = profile.columns.filter((c) => c.ecdf !== undefined);
      const extra = counted.map((c, i) => `histogram(${finiteValue(c.name, c.type)}, ${listParam(i + 1)})`);
      const lists = counted.map((c) => c.ecdf!.points);
      return { seconds: seconds[0], floorSeconds: await bare(files[0]!, extra, lists) };
    }
    if (args.only !== undefined) return { seconds: seconds[0] };
    return { refSeconds: seconds[0], curSeconds: seconds[1] };
  } finally {
    engine.close();
  }
}

export const workload: Workload = {
  name: "data-validation-1m",
  description:
    "profile two 1M-row × 20-column CSVs, infer the schema from the reference, validate the drifted current with drift on every column",
  async run({ workDir }) {
    const ref = join(workDir, `reference-${ROWS}.csv`);
    const cur = join(workDir, `current-${ROWS}.csv`);
    await generate(ref, ROWS, false);
    await generate(cur, ROWS, true);
    const self = pathToFileURL(new URL(import.meta.url).pathname).href;
    const base = await isolate(self, "baseline", { ref, cur });
    const run = await isolate(self, "job", { ref, cur, out: join(workDir, "report.json") });
    const ratio = run.wallSeconds / base.wallSeconds;

    // as the user runs it: two CLI processes, infer (writing the reference's profile) then
    // validate against that profile, so the reference is profiled once. On a loaded machine
    // MG_BENCH_PAIRS > 1 repeats the alternating runs; the median pair is reported.
    const bin = await buildCli();
    const schemaPath = join(workDir, "cli-schema.yaml");
    const profilePath = join(workDir, "cli-reference-profile.json");
    // each CLI process right after the bare parse of its own file, so both meet the same load
    const parseOf = async (only: "ref" | "cur") =>
      ((await isolate(self, "baseline", { ref, cur, only })).result as { seconds: number }).seconds;
    const pairOnce = async () => {
      const refParse = await parseOf("ref");
      const infer = await timeProcess(process.execPath, [
        bin,
        "infer-schema",
        ref,
        "--out",
        schemaPath,
        "--profile-out",
        profilePath,
      ]);
      const { seconds: curParse, floorSeconds: curFloor } = (
        await isolate(self, "baseline", { ref, cur, only: "cur", floor: profilePath })
      ).result as { seconds: number; floorSeconds: number };
      const validate = await timeProcess(
        process.execPath,
        [
          bin,
          "validate-data",
          "--schema",
          schemaPath,
          "--data",
          cur,
          "--reference",
          profilePath,
          "--out",
          join(workDir, "cli-report.json"),
        ],
        // 1: the drifted current fails validation, which is the job's answer, not an error
        { okExitCodes: [0, 1] },
      );
      return { refParse, curParse, curFloor, infer, validate, load: loadavg()[0]! };
    };
    const pairs: Awaited<ReturnType<typeof pairOnce>>[] = [];
    for (let k = 0; k < PAIRS; k++) pairs.push(await pairOnce());
    const cliRatio = (p: (typeof pairs)[number]) =>
      (p.infer.wallSeconds + p.validate.wallSeconds) / (p.refParse + p.curParse);
    const median = [...pairs].sort((x, y) => cliRatio(x) - cliRatio(y))[(pairs.length - 1) >> 1]!;
    const { infer, validate } = median;
    const cliSeconds = infer.wallSeconds + validate.wallSeconds;
    const cliPeakMB = Math.max(...pairs.flatMap((p) => [p.infer.peakRssMB, p.validate.peakRssMB]));
    const parse = { refSeconds: median.refParse, curSeconds: median.curParse };
    const cliBaseSeconds = median.refParse + median.curParse;
    const cliReport = JSON.parse(readFileSync(join(workDir, "cli-report.json"), "utf8")) as {
      summary: { driftedShare: number };
      features: { drift?: { ks?: { errorBound: number } } }[];
    };

    const python = peerPython(["pandas", "scipy"]);
    const peer = python
      ? await timeProcess(python, [
          new URL("../peers/data_validation.py", import.meta.url).pathname,
          ref,
          cur,
          join(workDir, "peer-report.json"),
        ])
      : null;
    const notes = [
      JSON.stringify(run.result),
      `cli: ${JSON.stringify({
        driftedShare: cliReport.summary.driftedShare,
        ksMaxErrorBound: Math.max(0, ...cliReport.features.map((f) => f.drift?.ks?.errorBound ?? 0)),
      })}`,
      `pairs (reference parse s, infer-schema s, current parse s, validate-data s, load): ${pairs
        .map(
          (p) =>
            `${round(p.refParse, 2)}, ${round(p.infer.wallSeconds, 2)}, ${round(p.curParse, 2)}, ${round(p.validate.wallSeconds, 2)}, ${round(p.load, 1)}`,
        )
        .join("; ")}`,
    ];
    if (peer) notes.push(`peer: ${peer.stdout.trim()}`);
    else if (process.env.MG_BENCH_PEERS === "0") notes.push("peer skipped: MG_BENCH_PEERS=0");
    else notes.push(`peer skipped: Debian's python3 lacks pandas or scipy (${PEER_INSTALL})`);

    return {
      figures: {
        rows: ROWS,
        wallSeconds: round(run.wallSeconds),
        peakRssMB: round(run.peakRssMB, 0),
        fileMB: round((statSync(ref).size + statSync(cur).size) / 2 / 1e6, 1),
        cliSeconds: round(cliSeconds),
        cliInferSchemaSeconds: round(infer.wallSeconds),
        cliValidateDataSeconds: round(validate.wallSeconds),
        cliPeakRssMB: round(cliPeakMB, 0),
        cliPairs: pairs.length,
        cliPairLoadAverage: round(median.load, 1),
        cliRatioToBaseline: round(cliSeconds / cliBaseSeconds, 2),
        // validating a new batch against the stored profile: the second process alone
        cliValidateOverCurrentParse: round(validate.wallSeconds / parse.curSeconds, 2),
        ...(peer
          ? {
              peerSeconds: round(peer.wallSeconds),
              peerPeakRssMB: round(peer.peakRssMB, 0),
              peerOverCli: round(peer.wallSeconds / cliSeconds, 2),
            }
          : {}),
      },
      baseline: {
        description: "DuckDB bare parse: min() of every column of both files",
        figures: {
          wallSeconds: round(base.wallSeconds),
          // the bare parses of the CLI's (median) pair, each run just before its CLI process
          cliPairSeconds: round(cliBaseSeconds),
          referenceParseSeconds: round(parse.refSeconds),
          currentParseSeconds: round(parse.curSeconds),
          // what 1.3x of the parse leaves out: counting the ECDFs exactly costs about one more parse
          currentExactDriftFloorSeconds: round(median.curFloor),
          currentExactDriftFloorOverParse: round(median.curFloor / parse.curSeconds, 2),
          cliValidateOverExactDriftFloor: round(validate.wallSeconds / median.curFloor, 2),
          peakRssMB: round(base.peakRssMB, 0),
        },
      },
      ratio: round(ratio, 2),
      targets: {
        wallSeconds: target(run.wallSeconds, 4),
        peakRssMB: target(run.peakRssMB, 600),
        ratio: target(ratio, 4),
        cliRatioToBaseline: target(cliSeconds / cliBaseSeconds, 2),
        cliPeakRssMB: target(cliPeakMB, ROWS > 1_000_000 ? 1500 : 600),
        cliValidateOverCurrentParse: target(validate.wallSeconds / parse.curSeconds, 1.3),
        // at least 3x faster than the peer: the CLI's time at most a third of the peer's
        ...(peer ? { cliOverPeer: target(cliSeconds / peer.wallSeconds, 1 / 3) } : {}),
      },
      notes,
    };
  },
};
