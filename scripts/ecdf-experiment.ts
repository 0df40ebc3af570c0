// Alternatives for counting a table's numeric ECDFs at given points, timed in alternating rounds on
// one loaded table (`npx tsx scripts/ecdf-experiment.ts <file.csv> [rounds]`): DuckDB's binned
// histogram at the shared points (what the profile does), the same at the column's own points only
// (fewer bounds), a sort-based count (sorted column, one binary search per point), and a bucketed
// count in JavaScript over the engine's own vectors (a grid lookup then a short search per value).
// Every alternative must give the same counts; it prints the seconds of each per round.
import { DataEngine, listParam } from "../packages/data/src/engine.js";
import { cumulativeAt, finiteValue, TableProfiler } from "../packages/data/src/profile.js";

/** A lookup over ascending points: the range of indexes where the first point ≥ v can be. */
interface Grid {
  points: Float64Array;
  lo: number;
  scale: number;
  cells: number;
  /** start[c]: how many points fall in cells before c (so the answer for a v in c is ≥ start[c]). */
  start: Int32Array;
}

function grid(points: readonly number[]): Grid {
  const p = Float64Array.from(points);
  const m = p.length;
  const lo = m > 0 ? p[0]! : 0;
  const hi = m > 0 ? p[m - 1]! : 0;
  const cells = Math.max(1, 4 * m);
  const scale = hi > lo ? cells / (hi - lo) : 0;
  const start = new Int32Array(cells + 1);
  // cellOf is monotone in v (each floating-point step is), so a point in a cell before v's is < v
  // and a point in a cell after v's is > v: the first point ≥ v lies in [start[c], start[c + 1]]
  for (let i = 0; i < m; i++) start[cellOf(p[i]!, lo, scale, cells) + 1]! += 1;
  for (let c = 1; c <= cells; c++) start[c]! += start[c - 1]!;
  return { points: p, lo, scale, cells, start };
}

function cellOf(v: number, lo: number, scale: number, cells: number): number {
  const c = Math.floor((v - lo) * scale);
  return c < 0 ? 0 : c >= cells ? cells - 1 : c;
}

/**
 * Counts of each column's finite values ≤ each of its points (ascending, distinct), in one
 * streamed scan of `table`: every value is placed by a grid lookup and a binary search within its
 * grid cell (the exact comparisons DuckDB's binned `histogram` makes, so the same counts). `exprs`
 * are DOUBLE expressions, NULL for a value not counted (missing or not finite).
 */
export async function countAtPoints(
  engine: DataEngine,
  table: string,
  exprs: readonly string[],
  points: readonly (readonly number[])[],
): Promise<number[][]> {
  if (exprs.length === 0) return [];
  const grids = points.map(grid);
  const buckets = points.map((p) => new Float64Array(p.length + 1));
  // NULL becomes +∞: beyond every point, so never counted (and no validity mask to read)
  const sel = exprs.map((e, i) => `coalesce(${e}, 'inf'::DOUBLE) AS v${i}`).join(", ");
  const result = await engine.connection.stream(`SELECT ${sel} FROM ${table}`);
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const n = chunk.rowCount;
    for (let j = 0; j < exprs.length; j++) {
      const vector = chunk.getColumnVector(j);
      const raw = (vector as unknown as { items?: unknown }).items;
      const items =
        raw instanceof Float64Array
          ? raw
          : Float64Array.from({ length: n }, (_, k) => Number(vector.getItem(k) ?? Number.POSITIVE_INFINITY));
      const { points: p, lo, scale, cells, start } = grids[j]!;
      const b = buckets[j]!;
      for (let k = 0; k < n; k++) {
        const v = items[k]!;
        const c = cellOf(v, lo, scale, cells);
        let a = start[c]!;
        let z = start[c + 1]!;
        while (a < z) {
          const mid = (a + z) >> 1;
          if (p[mid]! < v) a = mid + 1;
          else z = mid;
        }
        b[a]! += 1;
      }
    }
  }
  return buckets.map((b, j) => {
    const out = new Array<number>(points[j]!.length);
    let acc = 0;
    for (let i = 0; i < out.length; i++) {
      acc += b[i]!;
      out[i] = acc;
    }
    return out;
  });
}

const [file, roundsText] = process.argv.slice(2);
if (!file) throw new Error("usage: ecdf-experiment.ts <file.csv> [rounds]");
const rounds = Number(roundsText ?? 3);
const engine = await DataEngine.create({ memoryLimit: "300MB" });
const loaded = await engine.load(file);
const profiler = new TableProfiler(engine);
await profiler.add(loaded);
const [profile] = await profiler.finish();
const numeric = profile!.columns.filter((c) => c.ecdf);
const own = numeric.map((c) => c.ecdf!.points);
// shared points as two tables profiled together have them: the column's own and as many more
const shared = own.map((p) => {
  const more: number[] = [];
  for (let i = 1; i < p.length; i++) more.push((p[i - 1]! + p[i]!) / 2);
  return [...new Set([...p, ...more])].sort((a, b) => a - b);
});
const t = loaded.table;
const fx = (i: number) => finiteValue(numeric[i]!.name, numeric[i]!.type);

async function histogram(bounds: number[][]): Promise<number[][]> {
  const sel = numeric.map((_, i) => `histogram(${fx(i)}, ${listParam(i + 1)}) AS h${i}`);
  const [r] = (await engine.query(`SELECT ${sel.join(", ")} FROM ${t}`, bounds)) as [Record<string, unknown>];
  return bounds.map((b, i) => cumulativeAt(r[`h${i}`], b));
}

async function sorted(bounds: number[][]): Promise<number[][]> {
  const out: number[][] = [];
  for (let i = 0; i < numeric.length; i++) {
    const [r] = (await engine.query(`SELECT list_sort(list(${fx(i)})) AS l FROM ${t}`)) as [{ l: number[] }];
    const xs = Float64Array.from(r.l.filter((v) => v !== null));
    out.push(
      bounds[i]!.map((b) => {
        let lo = 0;
        let hi = xs.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (xs[mid]! <= b) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      }),
    );
  }
  return out;
}

async function bucketed(bounds: number[][]): Promise<number[][]> {
  return countAtPoints(
    engine,
    t,
    numeric.map((c) => finiteValue(c.name, c.type)),
    bounds,
  );
}

const variants: [string, () => Promise<number[][]>][] = [
  ["histogram, shared points", () => histogram(shared)],
  ["histogram, own points", () => histogram(own)],
  ["bucketed in JS, shared points", () => bucketed(shared)],
];
// the sorted lists come back as JavaScript values: 15-25 s at 200,000 rows already
if (loaded.rows <= 200_000) variants.push(["sort-based, shared points", () => sorted(shared)]);
const reference = await histogram(shared);
const referenceOwn = await histogram(own);
console.log(
  `${loaded.rows} rows, ${numeric.length} numeric columns, ${Math.round(own.reduce((s, p) => s + p.length, 0) / own.length)} own and ${Math.round(shared.reduce((s, p) => s + p.length, 0) / shared.length)} shared points per column`,
);
for (let r = 0; r < rounds; r++) {
  const line: string[] = [];
  for (const [name, run] of r % 2 === 0 ? variants : [...variants].reverse()) {
    const start = process.hrtime.bigint();
    const counts = await run();
    const s = Number(process.hrtime.bigint() - start) / 1e9;
    const expected = name.includes("own") ? referenceOwn : reference;
    if (JSON.stringify(counts) !== JSON.stringify(expected)) throw new Error(`${name}: different counts`);
    line.push(`${name} ${s.toFixed(2)} s`);
  }
  console.log(`round ${r + 1}: ${line.join("; ")}`);
}
engine.close();
