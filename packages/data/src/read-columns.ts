import { UserError } from "@modelgate/core";
import { DataEngine, type EngineOptions, ident, type ReadOptions } from "./engine.js";

export type ColumnData = Float64Array | string[];

export interface ReadColumnsOptions extends ReadOptions {
  engine?: EngineOptions;
  /** Columns read as strings; every other column is read as float64 (missing → NaN, bool → 0/1, timestamp → epoch seconds). */
  strings?: string[];
}

/**
 * Reads the named columns of a data file into typed arrays, in file order, through DuckDB
 * (one scan, chunked transfer). Throws UserError for a missing file or column.
 */
export async function readColumns(
  path: string,
  columns: string[],
  options: ReadColumnsOptions = {},
): Promise<{ rows: number; columns: Record<string, ColumnData> }> {
  const engine = await DataEngine.create(options.engine);
  try {
    const loaded = await engine.load(path, options);
    const src = loaded.table;
    const types = new Map(loaded.columns.map((d) => [d.name, d.duckType.toUpperCase()]));
    const missing = columns.filter((c) => !types.has(c));
    if (missing.length > 0)
      throw new UserError(`${path}: no column ${missing.map((m) => `"${m}"`).join(", ")}`);
    const strings = new Set(options.strings ?? []);
    const exprs = columns.map((c) => {
      const t = types.get(c)!;
      if (strings.has(c)) return `${ident(c)}::VARCHAR`;
      if (t.startsWith("TIMESTAMP") || t === "DATE") return `epoch(${ident(c)})::DOUBLE`;
      if (t === "BOOLEAN") return `${ident(c)}::INTEGER::DOUBLE`;
      if (t === "VARCHAR") return `TRY_CAST(${ident(c)} AS DOUBLE)`;
      return `${ident(c)}::DOUBLE`;
    });
    const result = await engine.connection.stream(`SELECT ${exprs.join(", ")} FROM ${src}`);
    const parts: unknown[][][] = columns.map(() => []);
    let rows = 0;
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      rows += chunk.rowCount;
      for (let i = 0; i < columns.length; i++) parts[i]!.push(chunk.getColumnValues(i) as unknown[]);
    }
    const out: Record<string, ColumnData> = {};
    columns.forEach((c, i) => {
      if (strings.has(c)) {
        out[c] = parts[i]!.flat().map((v) => (v === null ? "" : String(v)));
      } else {
        const arr = new Float64Array(rows);
        let k = 0;
        for (const p of parts[i]!) for (const v of p) arr[k++] = v === null ? Number.NaN : (v as number);
        out[c] = arr;
      }
    });
    return { rows, columns: out };
  } finally {
    engine.close();
  }
}
