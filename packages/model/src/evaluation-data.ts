import { hashFile, type ProgressListener, UserError } from "@modelgate/core";
import { DataEngine, detectFormat, readColumns } from "@modelgate/data";
import { type Column, type ColumnRequest, readHeader, readTable, type Table } from "./table.js";

/**
 * Datasets: CSV (and .tsv/.txt without compression) goes through modelgate's own one-pass reader;
 * Parquet and JSON lines go through DuckDB (`@modelgate/data`).
 */
function viaDuckDB(path: string): boolean {
  return detectFormat(path) !== "csv" || /\.(gz|gzip|zst|tsv)$/i.test(path);
}

/** Column names and DuckDB types of a non-CSV dataset. */
async function describe(
  path: string,
): Promise<{ names: string[]; types: Map<string, string>; rows: number }> {
  const engine = await DataEngine.create({ threads: 2 });
  try {
    const loaded = await engine.load(path);
    return {
      names: loaded.columns.map((c) => c.name),
      types: new Map(loaded.columns.map((c) => [c.name, c.duckType.toUpperCase()])),
      rows: loaded.rows,
    };
  } finally {
    engine.close();
  }
}

export async function datasetHeader(path: string): Promise<string[]> {
  if (!viaDuckDB(path)) return readHeader(path);
  return (await describe(path)).names;
}

export async function readDataset(
  path: string,
  requests: ColumnRequest[],
  onProgress?: ProgressListener,
): Promise<Table> {
  if (!viaDuckDB(path)) return readTable(path, requests, onProgress);
  const { names, types, rows } = await describe(path);
  if (rows === 0) throw new UserError(`${path}: the dataset has no rows`);
  for (const r of requests) {
    if (!names.includes(r.name))
      throw new UserError(`${path}: column '${r.name}' not found; columns are ${names.join(", ")}`);
    if (r.kind === "number" && types.get(r.name) === "VARCHAR")
      throw new UserError(`${path}: column '${r.name}': expected numbers, the file holds text`);
  }
  const read = await readColumns(
    path,
    requests.map((r) => r.name),
    {
      strings: requests.filter((r) => r.kind === "string").map((r) => r.name),
      engine: { threads: 2, ...(onProgress ? { onProgress } : {}) },
    },
  );
  const columns = new Map<string, Column>();
  for (const r of requests) {
    const v = read.columns[r.name];
    columns.set(
      r.name,
      r.kind === "number"
        ? { kind: "number", values: v as Float64Array }
        : { kind: "string", values: v as string[] },
    );
  }
  return {
    path,
    rows: read.rows,
    sha256: (await hashFile(path, "data", onProgress)).sha256,
    header: names,
    columns,
  };
}
