import { basename } from "node:path";
import {
  createEnvelope,
  type EvidenceContext,
  type EvidenceEnvelope,
  type EvidenceInput,
} from "@modelgate/core";
import { type ColumnType, type DataEngine, ident, type LoadedTable, listParam } from "./engine.js";

/** Distinct counts are exact (a GROUP BY) when DuckDB's HyperLogLog estimate is at most this. */
export const EXACT_DISTINCT_LIMIT = 100_000;
/** Full value counts are kept in the profile when a column has at most this many distinct values. */
export const VALUE_COUNTS_LIMIT = 1000;
/** Number of top values reported per column. */
export const TOP_K = 20;
/** Error bound stated for DuckDB approx_count_distinct estimates (HyperLogLog); observed within ±19% (docs/data.md). */
export const HLL_RELATIVE_ERROR = 0.2;
/** The quantile sketch: values at fractions 0, 1/SKETCH_STEPS, …, 1. */
export const SKETCH_STEPS = 1000;
/** Up to this many rows, quantiles (and KS D) are exact; above, they come from sketches with a measured error. */
export const EXACT_ROWS = 100_000;

export const QUANTILE_NAMES = ["p1", "p5", "p25", "p50", "p75", "p95", "p99"] as const;
export type QuantileName = (typeof QUANTILE_NAMES)[number];
const QUANTILE_FRACTIONS: Record<QuantileName, number> = {
  p1: 0.01,
  p5: 0.05,
  p25: 0.25,
  p50: 0.5,
  p75: 0.75,
  p95: 0.95,
  p99: 0.99,
};

export type Scalar = string | number | boolean;

export interface DistinctCount {
  value: number;
  exact: boolean;
  /** Approximate counts: relative standard error of the estimate. */
  relativeError?: number;
  /** Merged approximate counts: the true count lies in [lower, upper]. */
  lower?: number;
  upper?: number;
}

export interface ColumnProfile {
  name: string;
  type: ColumnType;
  /** Non-missing values (including NaN and ±Inf). */
  count: number;
  missing: number;
  nan: number;
  posInf: number;
  negInf: number;
  distinct: DistinctCount;
  /** Numeric and timestamp columns (timestamps in seconds since the epoch), over finite values. */
  min?: number;
  max?: number;
  mean?: number;
  /** Sample standard deviation (n − 1). */
  std?: number;
  quantiles?: Record<QuantileName, number>;
  /** Decile bins: edges [min, p10, …, p90, max], counts of values in (edge_i, edge_i+1] (the first bin closed at min). */
  histogram?: { edges: number[]; counts: number[] };
  /** Quantiles at fractions k/SKETCH_STEPS; `rankError` 0 when computed from the data, > 0 after merging. */
  sketch?: { values: number[]; rankError: number };
  /**
   * The exact ECDF the profile was counted at: `counts[i]` finite values ≤ `points[i]` (ascending).
   * The points are the column's own candidates (every sketch point among them), plus those of the
   * tables profiled together with it, which then share one `points` array: drift compares such
   * columns from their profiles alone, and a profile JSON as the reference keeps its exact counts.
   * Absent when full value counts (`values`, numbers) give the ECDF anywhere.
   */
  ecdf?: { points: number[]; counts: number[] };
  /** Bool columns: share of true. */
  trueShare?: number;
  top: { value: Scalar; count: number }[];
  /** All value counts, when distinct ≤ VALUE_COUNTS_LIMIT (exact, mergeable). */
  values?: [Scalar, number][];
  stringLength?: { min: number; max: number; mean: number };
}

export interface DataProfile extends EvidenceEnvelope<"data-profile"> {
  rows: number;
  duplicateRows: number;
  /** False after merging shards (duplicates across shards are not seen). */
  duplicateRowsExact: boolean;
  rejectedRows: number;
  columns: ColumnProfile[];
}

const isNumeric = (t: ColumnType) => t === "int" || t === "float" || t === "timestamp";

/** The numeric SQL expression a column is summarised by. */
export function numericExpr(name: string, type: ColumnType): string {
  const c = ident(name);
  if (type === "timestamp") return `epoch(${c})`;
  return `${c}::DOUBLE`;
}

/** The column as a number, NULL when missing or not finite (aggregates skip NULLs; cheaper than FILTER). */
export function finiteValue(name: string, type: ColumnType): string {
  const x = numericExpr(name, type);
  return type === "float" ? `(CASE WHEN isfinite(${ident(name)}) THEN ${x} END)` : x;
}

export function finiteFilter(name: string, type: ColumnType): string {
  return type === "float" ? `isfinite(${ident(name)})` : `${ident(name)} IS NOT NULL`;
}

const num = (v: unknown): number =>
  typeof v === "bigint" ? Number(v) : typeof v === "number" ? v : Number(v);
const optNum = (v: unknown): number | undefined => (v === null || v === undefined ? undefined : num(v));

function scalar(v: unknown): Scalar {
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

const BATCH = 64;

/** Above EXACT_ROWS, each numeric column's candidate points are quantiles of a sample of about this many rows. */
export const SAMPLE_ROWS = 65_536;

type ProfileBody = Omit<DataProfile, keyof EvidenceEnvelope>;

/** Profiles a loaded table: a few SQL passes over all columns together. */
export async function profileTable(engine: DataEngine, loaded: LoadedTable): Promise<ProfileBody> {
  return (await profileTables(engine, [loaded]))[0]!;
}

/** What the sample pass leaves for the main pass. */
interface Sampled {
  loaded: LoadedTable;
  /**
   * Numeric columns with finite values: the points the ECDF is counted at (min, the sample's
   * quantiles and max; or the exact sketch).
   */
  candidates: Map<string, number[]>;
  /** Small tables: the exact sketch per numeric column. */
  exact: Map<string, number[]>;
  /** ownBounds of each column's candidates: what the column's sketch is chosen from. */
  own: Map<string, number[]>;
  /** String columns of large tables: HyperLogLog over the sample. */
  stringApprox: Map<string, number>;
  duplicateRows: number;
}

/**
 * Profiles several loaded tables (e.g. a reference and a current dataset). Numeric columns of the
 * same name are counted at one shared set of points (the union of every table's candidate points),
 * so each table's ECDF is known exactly where the others' are: drift needs no further pass.
 */
export async function profileTables(engine: DataEngine, tables: LoadedTable[]): Promise<ProfileBody[]> {
  // the tables are loaded already: the last one loaded is the one in memory when DuckDB is over its
  // limit, so the sample passes run last table first and the main passes first table first
  const profiler = new TableProfiler(engine);
  for (const loaded of [...tables].reverse()) await profiler.add(loaded);
  return (await profiler.finish()).reverse();
}

/**
 * profileTables, with each table's sample taken as soon as it is loaded (while it is still in
 * memory): `add` after each `engine.load`, then `finish` for the profiles in the order added.
 * Two passes per table: `add` takes the sample (and the duplicate rows, min and max); `finish`
 * derives the shared points from the samples of all tables, then runs one pass per table for the
 * counts, moments and the ECDFs at those points together, and the value counts.
 */
export class TableProfiler {
  private readonly sampled: Sampled[] = [];
  constructor(private readonly engine: DataEngine) {}

  async add(loaded: LoadedTable): Promise<void> {
    this.engine.step(`profiling ${basename(loaded.path)}: sample and duplicate rows`);
    this.sampled.push(await samplePass(this.engine, loaded));
  }

  /** The main passes, the last table added first (it is the one still in memory). */
  async finish(): Promise<ProfileBody[]> {
    // shared bounds per numeric column name (timestamps apart from numbers)
    const shared = new Map<string, Set<number>>();
    const typeOf = (s: Sampled, name: string) => s.loaded.columns.find((c) => c.name === name)!.type;
    const keyOf = (type: ColumnType, name: string) => `${type === "timestamp" ? "t" : "n"}:${name}`;
    for (const s of this.sampled) {
      for (const [name, own] of s.own) {
        const key = keyOf(typeOf(s, name), name);
        const set = shared.get(key) ?? new Set<number>();
        shared.set(key, set);
        for (const b of own) set.add(b);
      }
    }
    const bounds = new Map([...shared].map(([k, set]) => [k, [...set].sort((a, b) => a - b)]));
    const out: ProfileBody[] = [];
    for (let i = this.sampled.length - 1; i >= 0; i--) {
      out[i] = await mainPass(this.engine, this.sampled[i]!, (p) => bounds.get(keyOf(p.type, p.name))!);
    }
    return out;
  }
}

/**
 * A column's own bounds: its candidate points, and the double just below each point repeated among
 * them (a point mass, isolated in its own bucket), ascending.
 */
function ownBounds(points: readonly number[]): number[] {
  const set = new Set<number>();
  for (let k = 0; k < points.length; k++) {
    set.add(points[k]!);
    if (k > 0 && points[k] === points[k - 1]) set.add(prevDouble(points[k]!));
  }
  return [...set].sort((a, b) => a - b);
}

/**
 * The sample: above EXACT_ROWS about SAMPLE_ROWS rows chosen by a hash of each row's content (the
 * one that finds duplicate rows), so it depends only on the data, not on the order rows were loaded
 * in; up to EXACT_ROWS every value (exact quantiles). Also the duplicate rows and each numeric
 * column's finite min and max (candidate points, so the counted ECDF covers every value).
 */
async function samplePass(engine: DataEngine, loaded: LoadedTable): Promise<Sampled> {
  const t = loaded.table;
  const sampled = loaded.rows > EXACT_ROWS;
  const rate = Math.max(1, Math.floor(loaded.rows / SAMPLE_ROWS));
  const fractions = Array.from({ length: SKETCH_STEPS + 1 }, (_, k) => k / SKETCH_STEPS);
  const candidates = new Map<string, number[]>();
  const exact = new Map<string, number[]>();
  const stringApprox = new Map<string, number>();
  const numeric = loaded.columns.filter((c) => isNumeric(c.type));
  const strings = sampled ? loaded.columns.filter((c) => c.type === "string") : [];
  // the row hash once: duplicate rows, and (large tables) the sample as a table of its own, so a
  // wide table's batches do not hash every row again (each hash reads the whole row: quadratic
  // in the number of columns)
  const [d] = (await engine.query(
    `SELECT count(*) - count(DISTINCT hash(__mg_row)) AS dup FROM ${t} AS __mg_row`,
  )) as [Record<string, unknown>];
  const duplicateRows = num(d.dup);
  const sample = `${t}_sample`;
  if (sampled) {
    await engine.query(
      `CREATE OR REPLACE TEMP TABLE ${sample} AS SELECT * FROM ${t} AS __mg_row WHERE hash(__mg_row) % ${rate} = 0`,
    );
  }
  for (let start = 0; start < Math.max(numeric.length, strings.length); start += BATCH) {
    const nb = numeric.slice(start, start + BATCH);
    const sb = strings.slice(start, start + BATCH);
    const sel: string[] = [];
    const picks: { name: string; sql: string }[] = [];
    nb.forEach((col, i) => {
      const fx = finiteValue(col.name, col.type);
      if (sampled) {
        sel.push(
          `min(${fx}) AS c${i}_min`,
          `max(${fx}) AS c${i}_max`,
          `(SELECT list_sort(list(${fx}) FILTER (WHERE ${fx} IS NOT NULL)) FROM ${sample}) AS c${i}_s`,
        );
        const l = `c${i}_s`;
        picks.push({
          name: l,
          sql: `CASE WHEN len(${l}) > 0 THEN [${l}[1 + (k * (len(${l}) - 1)) // ${SKETCH_STEPS}] for k in range(${SKETCH_STEPS + 1})] ELSE [] END AS c${i}_q`,
        });
      } else sel.push(`list_sort(list(${fx})) AS c${i}_l`);
    });
    // string distinct estimates only decide how values are counted (the reported count is exact)
    sb.forEach((col, i) => {
      sel.push(`(SELECT approx_count_distinct(${ident(col.name)}) FROM ${sample}) AS s${i}_approx`);
    });
    if (sel.length === 0) continue;
    // every row is hashed: a sample by rowid would be cheaper (0.23 s against 0.4 s at 1M rows) but
    // differs between two loads of the same file (rows are inserted in any order)
    const lists = picks.map((p) => p.name);
    const sql = `WITH a AS (SELECT ${sel.join(", ")} FROM ${t}) SELECT *${lists.length > 0 ? ` EXCLUDE (${lists.join(", ")}), ${picks.map((p) => p.sql).join(", ")}` : ""} FROM a`;
    const [r] = (await engine.query(sql)) as [Record<string, unknown>];
    nb.forEach((col, i) => {
      if (sampled) {
        const min = optNum(r[`c${i}_min`]);
        if (min === undefined) return;
        const q = ((r[`c${i}_q`] as unknown[] | null) ?? []).filter((v) => v !== null).map(num);
        candidates.set(col.name, [min, ...q, num(r[`c${i}_max`])]);
      } else {
        const sorted = ((r[`c${i}_l`] as unknown[] | null) ?? []).filter((v) => v !== null).map(num);
        if (sorted.length === 0) return;
        const sketch = fractions.map((f) => exactQuantile(sorted, f));
        exact.set(col.name, sketch);
        candidates.set(col.name, sketch);
      }
    });
    sb.forEach((col, i) => {
      stringApprox.set(col.name, num(r[`s${i}_approx`]));
    });
  }
  if (sampled) await engine.query(`DROP TABLE ${sample}`);
  const own = new Map([...candidates].map(([name, points]) => [name, ownBounds(points)]));
  return { loaded, candidates, exact, own, stringApprox, duplicateRows };
}

async function mainPass(
  engine: DataEngine,
  sample: Sampled,
  boundsOf: (p: ColumnProfile) => number[],
): Promise<ProfileBody> {
  const { loaded, candidates, exact, own, stringApprox, duplicateRows } = sample;
  const name = basename(loaded.path);
  engine.step(`profiling ${name}: counts and distributions (${loaded.rows.toLocaleString("en-US")} rows)`);
  const t = loaded.table;
  const columns: ColumnProfile[] = [];
  const approx = new Map<string, number>();

  // one scan: counts, moments, distinct estimate, string lengths, and the ECDF of every numeric
  // column at its bounds (giving the sketch, its measured rank error and the decile histogram)
  for (let start = 0; start < loaded.columns.length; start += BATCH) {
    const batch = loaded.columns.slice(start, start + BATCH);
    const sel: string[] = ["count(*) AS n"];
    const hist: { p: ColumnProfile; i: number }[] = [];
    const lists: number[][] = [];
    const profiles = batch.map((col) => {
      const p: ColumnProfile = {
        name: col.name,
        type: col.type,
        count: 0,
        missing: 0,
        nan: 0,
        posInf: 0,
        negInf: 0,
        distinct: { value: 2, exact: false, relativeError: HLL_RELATIVE_ERROR },
        top: [],
      };
      return p;
    });
    batch.forEach((col, i) => {
      const c = ident(col.name);
      sel.push(`count(${c}) AS c${i}_count`);
      if (col.type !== "bool" && !stringApprox.has(col.name))
        sel.push(`approx_count_distinct(${c}) AS c${i}_approx`);
      if (col.type === "float") {
        sel.push(
          `count(CASE WHEN isnan(${c}) THEN 1 END) AS c${i}_nan`,
          `count(CASE WHEN ${c} = 'inf'::DOUBLE THEN 1 END) AS c${i}_pinf`,
          `count(CASE WHEN ${c} = '-inf'::DOUBLE THEN 1 END) AS c${i}_ninf`,
        );
      }
      if (isNumeric(col.type)) {
        // non-finite floats become NULL, which aggregates skip (cheaper than FILTER clauses)
        const fx = finiteValue(col.name, col.type);
        sel.push(`avg(${fx}) AS c${i}_mean`, `stddev_samp(${fx}) AS c${i}_std`);
        if (candidates.has(col.name)) {
          lists.push(boundsOf(profiles[i]!));
          sel.push(`histogram(${fx}, ${listParam(lists.length)}) AS c${i}_h`);
          hist.push({ p: profiles[i]!, i });
        }
      }
      if (col.type === "bool") sel.push(`avg(${c}::INTEGER) AS c${i}_true`);
      if (col.type === "string") {
        sel.push(
          `min(length(${c})) AS c${i}_lmin`,
          `max(length(${c})) AS c${i}_lmax`,
          `avg(length(${c})) AS c${i}_lmean`,
        );
      }
    });
    const [r] = (await engine.query(`SELECT ${sel.join(", ")} FROM ${t}`, lists)) as [
      Record<string, unknown>,
    ];
    batch.forEach((col, i) => {
      const p = profiles[i]!;
      const count = num(r[`c${i}_count`]);
      p.count = count;
      p.missing = loaded.rows - count;
      p.nan = num(r[`c${i}_nan`] ?? 0);
      p.posInf = num(r[`c${i}_pinf`] ?? 0);
      p.negInf = num(r[`c${i}_ninf`] ?? 0);
      p.distinct.value = stringApprox.get(col.name) ?? num(r[`c${i}_approx`] ?? 2);
      approx.set(col.name, p.distinct.value);
      if (isNumeric(col.type)) {
        const own = candidates.get(col.name);
        if (own !== undefined) {
          p.min = own[0]!;
          p.max = own[own.length - 1]!;
          p.mean = num(r[`c${i}_mean`]);
          p.std = optNum(r[`c${i}_std`]) ?? 0;
          const sketch = exact.get(col.name);
          if (sketch) {
            p.sketch = { values: sketch, rankError: 0 };
            p.quantiles = quantilesFromSketch(sketch);
          }
        }
      }
      if (col.type === "bool" && r[`c${i}_true`] !== null) p.trueShare = num(r[`c${i}_true`]);
      if (col.type === "string" && r[`c${i}_lmin`] !== null) {
        p.stringLength = {
          min: num(r[`c${i}_lmin`]),
          max: num(r[`c${i}_lmax`]),
          mean: num(r[`c${i}_lmean`]),
        };
      }
      columns.push(p);
    });
    for (const { p, i } of hist) {
      const bounds = boundsOf(p);
      const counts = cumulativeAt(r[`c${i}_h`], bounds);
      const n = p.count - p.nan - p.posInf - p.negInf;
      const index = new Map(bounds.map((b, k) => [b, k]));
      if (p.sketch === undefined) {
        // chosen among the column's own points only, so the sketch (and the quantiles and
        // histogram) are the same whether the table was profiled alone or with others
        const mine = own.get(p.name)!;
        const { values, rankError } = sketchFromEcdf(
          mine,
          mine.map((b) => counts[index.get(b)!]!),
          n,
          candidates.get(p.name)!,
        );
        p.sketch = { values, rankError };
        p.quantiles = quantilesFromSketch(values);
      }
      const cum = p.sketch.values.map((v) => counts[index.get(v)!]!);
      // decile bins (edge_i, edge_i+1], the first closed at min; edge d is sketch point d·STEPS/10
      const edges = decileEdges(p.sketch.values);
      const at = (d: number) => cum[(d * SKETCH_STEPS) / 10]!;
      p.histogram = { edges, counts: Array.from({ length: 10 }, (_, d) => at(d + 1) - (d > 0 ? at(d) : 0)) };
      p.ecdf = { points: bounds, counts };
    }
  }
  engine.step(`profiling ${name}: value counts`);
  const setCounts = (p: ColumnProfile, counts: [Scalar, number][], groups: number) => {
    p.distinct = { value: groups, exact: true };
    p.top = counts.slice(0, TOP_K).map(([value, count]) => ({ value, count }));
    if (groups <= VALUE_COUNTS_LIMIT) p.values = counts;
  };
  // full value counts of low-cardinality columns, many columns per scan: one GROUPING SETS aggregate
  // on large tables (0.09 s against 0.15 s for histogram() aggregates at 1M rows × 7 columns), one
  // histogram() per column on small ones (less per-query overhead: wide files)
  const small = columns.filter((p) => (approx.get(p.name) ?? 0) <= VALUE_COUNTS_LIMIT * 2);
  for (let start = 0; start < small.length; start += BATCH) {
    const batch = small.slice(start, start + BATCH);
    const keys = batch.map((_, i) => `k${i}`);
    const values = batch.map(
      (p, i) => `${p.type === "float" ? finiteValue(p.name, p.type) : ident(p.name)} AS k${i}`,
    );
    const entries = batch.map(() => [] as [Scalar, number][]);
    if (loaded.rows > EXACT_ROWS) {
      const which = `CASE ${keys.map((k, i) => `WHEN grouping(${k}) = 0 THEN ${i}`).join(" ")} END AS s`;
      const rows = await engine.query(
        `SELECT ${which}, ${keys.join(", ")}, count(*) AS n FROM (SELECT ${values.join(", ")} FROM ${t}) GROUP BY GROUPING SETS (${keys.map((k) => `(${k})`).join(", ")})`,
      );
      for (const r of rows) {
        const i = num(r.s);
        const v = r[`k${i}`];
        if (v !== null && v !== undefined) entries[i]!.push([scalar(v), num(r.n)]);
      }
    } else {
      const [r] = (await engine.query(
        `SELECT ${keys.map((k) => `histogram(${k}) AS ${k}`).join(", ")} FROM (SELECT ${values.join(", ")} FROM ${t})`,
      )) as [Record<string, unknown>];
      keys.forEach((k, i) => {
        for (const e of (r[k] as { key: unknown; value: unknown }[] | null) ?? []) {
          entries[i]!.push([scalar(e.key), num(e.value)]);
        }
      });
    }
    batch.forEach((p, i) => {
      const e = entries[i]!;
      e.sort((a, b) => b[1] - a[1] || compareScalar(a[0], b[0]));
      setCounts(p, e, e.length);
    });
  }

  // larger categorical columns: one GROUP BY each (DuckDB spills when over the memory limit)
  const large = columns.filter((p) => {
    const a = approx.get(p.name) ?? 0;
    return (
      a > VALUE_COUNTS_LIMIT * 2 && (p.type === "string" || p.type === "bool" || a <= EXACT_DISTINCT_LIMIT)
    );
  });
  for (const [i, p] of large.entries()) {
    engine.step(`profiling ${name}: values of columns with many values`, {
      done: i,
      total: large.length,
      unit: "columns",
    });
    const c = ident(p.name);
    const rows = await engine.query<{ v: unknown; n: bigint; g: bigint }>(
      `SELECT ${c} AS v, count(*) AS n, count(*) OVER () AS g FROM ${t} WHERE ${finiteFilter(p.name, p.type)} GROUP BY ${c} ORDER BY n DESC, v LIMIT ${VALUE_COUNTS_LIMIT + 1}`,
    );
    setCounts(
      p,
      rows.map((r) => [scalar(r.v), num(r.n)] as [Scalar, number]),
      rows.length > 0 ? num(rows[0]!.g) : 0,
    );
  }
  // top values of high-cardinality numeric columns: not computed (each value is ~unique)
  // full value counts give the ECDF anywhere: the counted one would only repeat them
  for (const p of columns) if (p.values && p.type !== "timestamp") delete p.ecdf;
  return {
    rows: loaded.rows,
    duplicateRows,
    duplicateRowsExact: true,
    rejectedRows: loaded.rejected.count,
    columns,
  };
}

/**
 * The sketch (values at k/SKETCH_STEPS) from an exact ECDF: for each k the column's own candidate
 * point (or a shared bound) whose exact share of values ≤ it is closest to k/SKETCH_STEPS. The rank
 * error is measured: for each chosen point q, the distance from k/SKETCH_STEPS to the share of values
 * ≤ q (or, for an isolated point mass, to the interval [share < q, share ≤ q]); its maximum is stated.
 */
export function sketchFromEcdf(
  bounds: readonly number[],
  counts: readonly number[],
  n: number,
  own: readonly number[],
): { values: number[]; rankError: number } {
  const mine = new Set(own);
  const min = own[0]!;
  const max = own[own.length - 1]!;
  // eligible points: bounds within the column's own range, except the isolating ones (the double
  // just below a point mass), which are not values
  const eligible: number[] = [];
  for (let i = 0; i < bounds.length; i++) {
    const b = bounds[i]!;
    const isolating = i + 1 < bounds.length && b === prevDouble(bounds[i + 1]!) && !mine.has(b);
    if (b >= min && b <= max && !isolating) eligible.push(i);
  }
  const err = (i: number, f: number) => {
    const le = counts[i]! / n;
    // the share of values < q is known when q is the minimum or its bucket holds q alone
    if (bounds[i] === min || (i > 0 && bounds[i - 1] === prevDouble(bounds[i]!))) {
      const lt = bounds[i] === min ? 0 : counts[i - 1]! / n;
      return f < lt ? lt - f : f > le ? f - le : 0;
    }
    return Math.abs(le - f);
  };
  const values = [min];
  let rankError = 0;
  let j = 0;
  for (let k = 1; k < SKETCH_STEPS; k++) {
    const f = k / SKETCH_STEPS;
    while (j + 1 < eligible.length && counts[eligible[j]!]! < f * n) j++;
    let best = eligible[j]!;
    if (j > 0 && err(eligible[j - 1]!, f) <= err(best, f)) best = eligible[j - 1]!;
    values.push(bounds[best]!);
    rankError = Math.max(rankError, err(best, f));
  }
  values.push(max);
  return { values, rankError };
}

/** Whether two ECDFs were counted at the same points. */
export function samePoints(a: readonly number[], b: readonly number[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

/** The largest double below x. */
export function prevDouble(x: number): number {
  if (x === Number.NEGATIVE_INFINITY || Number.isNaN(x)) return x;
  if (x === 0) return -Number.MIN_VALUE;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const bits = buf.getBigInt64(0);
  buf.setBigInt64(0, x > 0 ? bits - 1n : bits + 1n);
  return buf.getFloat64(0);
}

/** numpy-style (linear) quantile of sorted values. */
export function exactQuantile(sorted: readonly number[], f: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * f;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (h - lo);
}

/** Counts of values ≤ each bound, from a DuckDB histogram(x, bounds) map. */
export function cumulativeAt(histogram: unknown, bounds: readonly number[]): number[] {
  // each bucket is attributed to the smallest bound ≥ its key (keys equal the bounds, which are bound
  // as exact doubles: the bound just below a point mass must stay apart from it)
  const sorted = [...new Set(bounds)].sort((a, b) => a - b);
  const perBound = new Map<number, number>();
  for (const e of (histogram as { key: unknown; value: unknown }[] | null) ?? []) {
    if (e.key === null || e.key === undefined) continue; // overflow bucket
    const key = num(e.key);
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    const target = sorted[lo];
    if (target === undefined) continue; // beyond the last bound
    perBound.set(target, (perBound.get(target) ?? 0) + num(e.value));
  }
  let acc = 0;
  const cumAt = new Map<number, number>();
  for (const b of sorted) {
    acc += perBound.get(b) ?? 0;
    cumAt.set(b, acc);
  }
  return bounds.map((b) => cumAt.get(b)!);
}

/** [min, p10, …, p90, max] from a sketch at k/SKETCH_STEPS. */
export function decileEdges(sketch: readonly number[]): number[] {
  return Array.from({ length: 11 }, (_, d) => sketchQuantile(sketch, d / 10));
}

/** Quantile at fraction f from a sketch (linear interpolation between sketch points). */
export function sketchQuantile(sketch: readonly number[], f: number): number {
  const pos = f * (sketch.length - 1);
  const lo = Math.floor(pos + 1e-9);
  const frac = pos - lo;
  if (lo >= sketch.length - 1 || frac < 1e-9) return sketch[Math.min(lo, sketch.length - 1)]!;
  return sketch[lo]! + (sketch[lo + 1]! - sketch[lo]!) * frac;
}

function quantilesFromSketch(sketch: readonly number[]): Record<QuantileName, number> {
  const out = {} as Record<QuantileName, number>;
  for (const name of QUANTILE_NAMES) out[name] = sketchQuantile(sketch, QUANTILE_FRACTIONS[name]);
  return out;
}

export interface ProfileOptions {
  subject: string;
  inputs: EvidenceInput[];
  context: EvidenceContext;
  createdAt?: Date;
}

export function wrapProfile(
  body: Omit<DataProfile, keyof EvidenceEnvelope>,
  options: ProfileOptions,
): DataProfile {
  return {
    ...createEnvelope({
      kind: "data-profile",
      subject: options.subject,
      inputs: options.inputs,
      context: options.context,
      verdict: "pass",
      createdAt: options.createdAt,
    }),
    ...body,
  };
}

// ---- merging shard profiles -----------------------------------------------------------------

/** CDF of a sketch at x (piecewise linear between sketch points). */
function sketchCdf(sketch: readonly number[], x: number): number {
  const n = sketch.length - 1;
  if (x < sketch[0]!) return 0;
  if (x >= sketch[n]!) return 1;
  let lo = 0;
  let hi = n;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (sketch[mid]! <= x) lo = mid;
    else hi = mid;
  }
  const a = sketch[lo]!;
  const b = sketch[hi]!;
  const frac = b > a ? (x - a) / (b - a) : 1;
  return (lo + frac) / n;
}

function mergeSketches(parts: { sketch: readonly number[]; weight: number }[]): number[] {
  const total = parts.reduce((s, p) => s + p.weight, 0);
  const cdf = (x: number) => parts.reduce((s, p) => s + p.weight * sketchCdf(p.sketch, x), 0) / total;
  const points = [...new Set(parts.flatMap((p) => p.sketch))].sort((a, b) => a - b);
  const cdfs = points.map(cdf);
  const out: number[] = [];
  for (let k = 0; k <= SKETCH_STEPS; k++) {
    const f = k / SKETCH_STEPS;
    if (k === 0) {
      out.push(points[0]!);
      continue;
    }
    let i = cdfs.findIndex((c) => c >= f - 1e-12);
    if (i < 0) i = points.length - 1;
    if (i === 0) {
      out.push(points[0]!);
      continue;
    }
    const c0 = cdfs[i - 1]!;
    const c1 = cdfs[i]!;
    out.push(c1 > c0 ? points[i - 1]! + ((points[i]! - points[i - 1]!) * (f - c0)) / (c1 - c0) : points[i]!);
  }
  return out;
}

function mergeType(a: ColumnType, b: ColumnType, name: string): ColumnType {
  if (a === b) return a;
  if ((a === "int" && b === "float") || (a === "float" && b === "int")) return "float";
  throw new Error(`column "${name}" is ${a} in one profile and ${b} in another`);
}

/**
 * Merges shard profiles into one. Counts, missing/NaN/Inf, min, max, mean, std, string length
 * and full value counts merge exactly; quantiles and histograms come from the merged sketch with
 * rank error ≤ 1/SKETCH_STEPS·… (stated in `sketch.rankError`); distinct counts of columns without
 * full value counts carry [lower, upper] bounds. Throws Error on profiles with different columns.
 */
export function mergeProfiles(profiles: DataProfile[], options: ProfileOptions): DataProfile {
  if (profiles.length === 0) throw new Error("nothing to merge");
  const first = profiles[0]!;
  const names = first.columns.map((c) => c.name).join(",");
  for (const p of profiles) {
    const these = p.columns.map((c) => c.name).join(",");
    if (these !== names) throw new Error(`profiles have different columns: [${names}] vs [${these}]`);
  }
  const columns: ColumnProfile[] = first.columns.map((_, ci) => {
    const parts = profiles.map((p) => p.columns[ci]!);
    const name = parts[0]!.name;
    const type = parts.map((p) => p.type).reduce((a, b) => mergeType(a, b, name));
    const sum = (f: (c: ColumnProfile) => number) => parts.reduce((s, c) => s + f(c), 0);
    const out: ColumnProfile = {
      name,
      type,
      count: sum((c) => c.count),
      missing: sum((c) => c.missing),
      nan: sum((c) => c.nan),
      posInf: sum((c) => c.posInf),
      negInf: sum((c) => c.negInf),
      distinct: { value: 0, exact: false },
      top: [],
    };
    // moments over finite values: weights are the finite counts
    const numeric = parts.filter((c) => c.mean !== undefined && c.sketch !== undefined);
    if (numeric.length > 0) {
      const w = numeric.map((c) => c.count - c.nan - c.posInf - c.negInf);
      const n = w.reduce((a, b) => a + b, 0);
      const mean = numeric.reduce((s, c, i) => s + c.mean! * w[i]!, 0) / n;
      // parallel variance: Σ[(n_i − 1)s_i² + n_i(mean_i − mean)²] / (n − 1)
      const ss = numeric.reduce(
        (s, c, i) => s + (w[i]! - 1) * c.std! ** 2 + w[i]! * (c.mean! - mean) ** 2,
        0,
      );
      out.min = Math.min(...numeric.map((c) => c.min!));
      out.max = Math.max(...numeric.map((c) => c.max!));
      out.mean = mean;
      out.std = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
      const sketch =
        numeric.length === 1
          ? numeric[0]!.sketch!.values
          : mergeSketches(numeric.map((c, i) => ({ sketch: c.sketch!.values, weight: w[i]! })));
      sketch[0] = out.min;
      sketch[sketch.length - 1] = out.max;
      const rankError =
        numeric.length === 1
          ? numeric[0]!.sketch!.rankError
          : Math.max(...numeric.map((c) => c.sketch!.rankError)) + 1 / SKETCH_STEPS;
      out.sketch = { values: sketch, rankError };
      out.quantiles = quantilesFromSketch(sketch);
      const edges = decileEdges(sketch);
      // histogram counts: exact when every shard's histogram has the same edges, else from the sketches
      const sameEdges = numeric.every((c) => c.histogram && c.histogram.edges.join() === edges.join());
      out.histogram = {
        edges,
        counts: sameEdges
          ? edges.slice(1).map((_, b) => numeric.reduce((s, c) => s + c.histogram!.counts[b]!, 0))
          : edges.slice(1).map((hi, b) => {
              const lo = edges[b]!;
              return Math.round(
                numeric.reduce(
                  (s, c, i) =>
                    s +
                    w[i]! *
                      ((b === 9 ? 1 : sketchCdfLeft(c.sketch!.values, hi)) -
                        sketchCdfLeft(c.sketch!.values, lo)),
                  0,
                ),
              );
            }),
      };
      // the ECDF merges exactly only when every shard with finite values was counted at the same points
      const first = numeric[0]!.ecdf;
      if (first && numeric.every((c) => c.ecdf && samePoints(c.ecdf.points, first.points))) {
        out.ecdf = {
          points: [...first.points],
          counts: first.points.map((_, k) => numeric.reduce((s, c) => s + c.ecdf!.counts[k]!, 0)),
        };
      }
    }
    if (parts.every((c) => c.trueShare !== undefined)) {
      out.trueShare = parts.reduce((s, c) => s + c.trueShare! * c.count, 0) / Math.max(1, out.count);
    }
    const lens = parts.filter((c) => c.stringLength);
    if (lens.length > 0) {
      const n = lens.reduce((s, c) => s + c.count, 0);
      out.stringLength = {
        min: Math.min(...lens.map((c) => c.stringLength!.min)),
        max: Math.max(...lens.map((c) => c.stringLength!.max)),
        mean: lens.reduce((s, c) => s + c.stringLength!.mean * c.count, 0) / Math.max(1, n),
      };
    }
    if (parts.every((c) => c.values !== undefined || c.count === 0)) {
      const m = new Map<string, { value: Scalar; count: number }>();
      for (const c of parts) {
        for (const [value, count] of c.values ?? []) {
          const key = JSON.stringify(value);
          const e = m.get(key);
          if (e) e.count += count;
          else m.set(key, { value, count });
        }
      }
      const all = [...m.values()].sort((a, b) => b.count - a.count || compareScalar(a.value, b.value));
      out.distinct = { value: all.length, exact: true };
      out.top = all.slice(0, TOP_K);
      if (all.length <= VALUE_COUNTS_LIMIT) out.values = all.map((e) => [e.value, e.count]);
    } else {
      const lower = Math.max(...parts.map((c) => c.distinct.lower ?? c.distinct.value));
      const upper = parts.reduce((s, c) => s + (c.distinct.upper ?? c.distinct.value), 0);
      out.distinct = {
        value: lower,
        exact: false,
        lower,
        upper,
        ...(parts.some((c) => !c.distinct.exact) ? { relativeError: HLL_RELATIVE_ERROR } : {}),
      };
      // top values: sums of shard top lists are lower bounds on the true counts
      const m = new Map<string, { value: Scalar; count: number }>();
      for (const c of parts) {
        for (const t of c.top) {
          const key = JSON.stringify(t.value);
          const e = m.get(key);
          if (e) e.count += t.count;
          else m.set(key, { ...t });
        }
      }
      out.top = [...m.values()].sort((a, b) => b.count - a.count).slice(0, TOP_K);
    }
    return out;
  });
  return wrapProfile(
    {
      rows: profiles.reduce((s, p) => s + p.rows, 0),
      duplicateRows: profiles.reduce((s, p) => s + p.duplicateRows, 0),
      duplicateRowsExact: profiles.length === 1 && first.duplicateRowsExact,
      rejectedRows: profiles.reduce((s, p) => s + p.rejectedRows, 0),
      columns,
    },
    options,
  );
}

/** The order of SQL's ORDER BY on a column's values (numbers numerically, strings by bytes). */
function compareScalar(a: Scalar, b: Scalar): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Share of the sketch's distribution strictly below x. */
function sketchCdfLeft(sketch: readonly number[], x: number): number {
  return sketchCdf(sketch, x - Math.abs(x) * 1e-12 - 1e-300);
}
