import type { DataEngine } from "./engine.js";

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
