import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { type DuckDBConnection, DuckDBInstance, VARCHAR } from "@duckdb/node-api";
import {
  checkRegularFile,
  downloadRemote,
  type FetchLike,
  fileChunks,
  findDeepJsonLine,
  INPUT_LIMITS,
  type ProgressListener,
  progressOf,
  type RemoteRules,
  UserError,
  utf16Encoding,
} from "@modelgate/core";

/** Value types of a column, as the dataset schema names them. */
export type ColumnType = "int" | "float" | "string" | "bool" | "timestamp";

export type DataFormat = "csv" | "parquet" | "jsonl";

/** How to read a data file. */
export interface ReadOptions {
  /** Format; by default from the extension (.csv/.tsv/.txt[.gz] csv, .parquet, .jsonl/.ndjson/.json). */
  format?: DataFormat;
  /** CSV delimiter; by default detected (tab for .tsv). */
  delimiter?: string;
  /** CSV header row (default true). */
  header?: boolean;
  /** Malformed CSV rows: "error" (default) stops with the line number, "skip" drops and counts them. */
  onError?: "error" | "skip";
}

/** DuckDB resource settings, set deliberately so large files stay within memory. */
export interface EngineOptions {
  /** DuckDB memory_limit, e.g. "1GB" (default "1GB"). */
  memoryLimit?: string;
  /** Worker threads (default: DuckDB's choice, the number of cores). */
  threads?: number;
  /** Where DuckDB spills when over the memory limit. */
  tempDirectory?: string;
  /** Hosts http(s) data may be downloaded from (every redirect target too); none: URLs are refused. */
  allowedHosts?: readonly string[];
  /** Where allowedHosts is set, for messages (default "--allow-host"). */
  allowListSource?: string;
  /** Override INPUT_LIMITS.maxDownloadBytes for data downloads. */
  maxDownloadBytes?: number;
  /** The fetch used for downloads (default: the global fetch). */
  fetch?: FetchLike;
  /** Progress of the engine's phases (loading, profiling), with DuckDB's own progress of each query. */
  onProgress?: ProgressListener;
}

/** How often a phase polls DuckDB's query progress, in ms. */
const PROGRESS_POLL_MS = 200;

/** The download rules for data inputs: the artifact rules, with plain http also accepted. */
export function dataRemoteRules(options: EngineOptions): RemoteRules {
  return {
    allowedHosts: options.allowedHosts ?? [],
    allowListName: "the data allow-list",
    allowListSource: options.allowListSource ?? "--allow-host",
    what: "data",
    protocols: ["https:", "http:"],
    ...(options.maxDownloadBytes !== undefined ? { maxBytes: options.maxDownloadBytes } : {}),
  };
}

export interface ColumnInfo {
  name: string;
  /** DuckDB's type name. */
  duckType: string;
  type: ColumnType;
}

/** A data file loaded into a DuckDB table. */
export interface LoadedTable {
  table: string;
  path: string;
  columns: ColumnInfo[];
  rows: number;
  /** Malformed rows dropped with onError "skip". */
  rejected: { count: number; examples: { line: number; message: string }[] };
}

export function columnTypeOf(duckType: string): ColumnType {
  const t = duckType.toUpperCase();
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(t))
    return "int";
  if (/^(FLOAT|DOUBLE|REAL)$/.test(t) || t.startsWith("DECIMAL")) return "float";
  if (t === "BOOLEAN") return "bool";
  if (t.startsWith("TIMESTAMP") || t === "DATE") return "timestamp";
  return "string";
}

/** The SQL for the i-th (1-based) list of doubles given to `DataEngine.query`. */
export function listParam(i: number): string {
  return `$${i}::DOUBLE[]`;
}

/** SQL string literal. */
export function lit(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** SQL identifier. */
export function ident(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}

const isUrl = (p: string) => /^https?:\/\//i.test(p);

export function detectFormat(path: string): DataFormat {
  const p = path.toLowerCase().replace(/\.(gz|gzip|zst)$/, "");
  if (p.endsWith(".parquet") || p.endsWith(".pq")) return "parquet";
  if (p.endsWith(".jsonl") || p.endsWith(".ndjson") || p.endsWith(".json")) return "jsonl";
  return "csv";
}

/** One DuckDB database for one job: load files as tables, run statistics queries. */
export class DataEngine {
  private tables = 0;
  /** temporary directories holding downloaded inputs, removed on close */
  private readonly downloads: string[] = [];
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
    private readonly options: EngineOptions,
  ) {}

  static async create(options: EngineOptions = {}): Promise<DataEngine> {
    const config: Record<string, string> = {
      memory_limit: options.memoryLimit ?? "1GB",
      // return freed memory to the OS promptly, so the process stays near memory_limit (measured:
      // peak RSS 535–545 MB instead of 540–615 MB at 300MB on the 1M-row benchmark)
      allocator_flush_threshold: "8MB",
      allocator_background_threads: "true",
    };
    if (options.threads !== undefined) config.threads = String(options.threads);
    if (options.tempDirectory !== undefined) config.temp_directory = options.tempDirectory;
    const instance = await DuckDBInstance.create(":memory:", config);
    const connection = await instance.connect();
    await connection.run("SET preserve_insertion_order = false");
    // DuckDB measures a query's progress only with its progress bar on (its printing stays off)
    if (options.onProgress)
      await connection.run("SET enable_progress_bar = true; SET enable_progress_bar_print = false");
    return new DataEngine(instance, connection, options);
  }

  /** The phase reported as running, polled for DuckDB's progress of its queries. */
  private current: string | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private lastPercentage = -1;

  /**
   * Reports that the phase `phase` starts (nothing without a listener). Until the next step, DuckDB's
   * progress of the query running is reported with it every PROGRESS_POLL_MS (a phase of several
   * queries starts again at 0 with each).
   */
  step(phase: string, counts?: { done: number; total: number; unit: string }): void {
    const report = this.options.onProgress;
    if (!report) return;
    this.current = phase;
    this.lastPercentage = -1;
    report(counts ? progressOf(phase, counts.done, counts.total, counts.unit) : { phase });
    this.timer ??= setInterval(() => {
      const p = this.connection.progress.percentage;
      if (this.current !== null && p >= 0 && p !== this.lastPercentage) {
        this.lastPercentage = p;
        report({ phase: this.current, fraction: Math.min(1, p / 100) });
      }
    }, PROGRESS_POLL_MS);
    this.timer.unref();
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.connection.closeSync();
    this.instance.closeSync();
    for (const dir of this.downloads.splice(0)) rmSync(dir, { recursive: true, force: true });
  }

  /**
   * An http(s) input is downloaded to a temporary file first, then read like a local one: it
   * needs no DuckDB extension (httpfs installs itself from the internet), is read exactly once,
   * and the bytes read are the bytes a digest is taken of. Messages name the URL.
   */
  private async loadUrl(url: string, read: ReadOptions): Promise<LoadedTable> {
    const dir = mkdtempSync(join(tmpdir(), "mg-data-"));
    this.downloads.push(dir);
    const name = basename(new URL(url).pathname) || "data";
    const local = join(dir, name);
    const fd = openSync(local, "w");
    const phase = `downloading ${name}`;
    let done = 0;
    this.options.onProgress?.({ phase, done, unit: "bytes" });
    try {
      await downloadRemote(
        url,
        dataRemoteRules(this.options),
        (chunk) => {
          writeSync(fd, chunk);
          done += chunk.length;
          this.options.onProgress?.({ phase, done, unit: "bytes" });
        },
        this.options.fetch,
      );
    } finally {
      closeSync(fd);
    }
    try {
      const loaded = await this.load(local, { ...read, format: read.format ?? detectFormat(name) });
      return { ...loaded, path: url };
    } catch (error) {
      if (error instanceof UserError)
        throw new UserError(error.message.replaceAll(local, url), { cause: error, exitCode: error.exitCode });
      throw error;
    }
  }

  /**
   * Runs a query; `lists` are the lists of doubles `listParam(1)`, `listParam(2)`, … name in the
   * SQL. Each is bound as one text parameter (JavaScript's shortest round-trip form of every
   * double, so DuckDB's correctly rounded cast gives back the same doubles) and cast in SQL:
   * binding them as DOUBLE[] values cost about 15 ms per list of 1,000 (seconds for a wide
   * table), literals in the SQL text far more.
   */
  async query<T = Record<string, unknown>>(
    sql: string,
    lists: readonly (readonly number[])[] = [],
  ): Promise<T[]> {
    const reader =
      lists.length === 0
        ? await this.connection.runAndReadAll(sql)
        : await this.connection.runAndReadAll(
            sql,
            lists.map((l) => JSON.stringify(l)),
            lists.map(() => VARCHAR),
          );
    return reader.getRowObjectsJS() as T[];
  }

  /** The SQL table expression that reads a file (no loading). */
  sourceSql(path: string, read: ReadOptions = {}): string {
    const format = read.format ?? detectFormat(path);
    if (format === "parquet") return `read_parquet(${lit(path)})`;
    if (format === "jsonl") return `read_json_auto(${lit(path)}, format='newline_delimited')`;
    const opts = [`header=${read.header === false ? "false" : "true"}`];
    const delim = read.delimiter ?? (/\.tsv(\.gz)?$/i.test(path) ? "\t" : undefined);
    if (delim !== undefined) opts.push(`delim=${lit(delim)}`);
    if (read.onError === "skip") opts.push("ignore_errors=true", "store_rejects=true");
    return `read_csv(${lit(path)}, ${opts.join(", ")})`;
  }

  /**
   * After a failed strict read: reads again, dropping malformed rows, and throws a UserError naming
   * the first malformed row's line. Returns when no row was rejected (the failure was something else).
   */
  private async firstMalformedRow(path: string, read: ReadOptions, original: unknown): Promise<void> {
    let rejects: { line: bigint; error_message: string }[] = [];
    try {
      await this.connection.run(`SELECT count(*) FROM ${this.sourceSql(path, { ...read, onError: "skip" })}`);
      rejects = await this.query("SELECT line, error_message FROM reject_errors ORDER BY line LIMIT 1");
      await this.connection.run("DELETE FROM reject_errors; DELETE FROM reject_scans");
    } catch {
      return;
    }
    const first = rejects[0];
    if (first) {
      throw new UserError(
        `${path}:${Number(first.line)}: malformed CSV row (${firstLine(first.error_message)}); fix it or read with --on-error skip`,
        { cause: original },
      );
    }
  }

  /** Loads a file into a table: one parse, all later statistics read the columnar table. */
  async load(path: string, read: ReadOptions = {}): Promise<LoadedTable> {
    if (isUrl(path)) return this.loadUrl(path, read);
    checkDataFile(path, read);
    const table = `t${++this.tables}`;
    const format = read.format ?? detectFormat(path);
    try {
      this.step(`reading ${basename(path)}`);
      await this.connection.run(`CREATE TEMP TABLE ${table} AS SELECT * FROM ${this.sourceSql(path, read)}`);
    } catch (error) {
      const tooLong = /Maximum line size of (\d+) bytes exceeded/.exec(String((error as Error)?.message));
      if (tooLong)
        throw new UserError(
          longLineMessage(path, Number(tooLong[1]), findLongLine(path, Number(tooLong[1]))),
          {
            cause: error,
          },
        );
      // past the sniffer's sample DuckDB's parallel reader gives up with another message
      if (format === "csv" && !/\.(gz|gzip|zst)$/i.test(path)) {
        const long = findLongLine(path, CSV_MAX_LINE_BYTES);
        if (long !== undefined)
          throw new UserError(longLineMessage(path, CSV_MAX_LINE_BYTES, long), { cause: error });
      }
      if (format === "csv" && read.onError !== "skip") await this.firstMalformedRow(path, read, error);
      throw new UserError(describeReadError(path, error), { cause: error });
    }
    // in column order (DESCRIBE's rows come in any order once there are several chunks of them,
    // since insertion order is not preserved)
    const described = await this.query<{ column_name: string; column_type: string }>(
      `SELECT column_name, data_type AS column_type FROM duckdb_columns() WHERE database_name = 'temp' AND table_name = ${lit(table)} ORDER BY column_index`,
    );
    const columns = described.map((d) => ({
      name: d.column_name,
      duckType: d.column_type,
      type: columnTypeOf(d.column_type),
    }));
    if (columns.length > INPUT_LIMITS.maxColumns) {
      await this.connection.run(`DROP TABLE ${table}`);
      throw new UserError(tooWide(path, columns.length));
    }
    const [{ n }] = (await this.query<{ n: bigint }>(`SELECT count(*) AS n FROM ${table}`)) as [
      { n: bigint },
    ];
    const rows = Number(n);
    const rejected: LoadedTable["rejected"] = { count: 0, examples: [] };
    if (format === "csv" && read.onError === "skip") {
      const rej = await this.query<{ line: bigint; error_message: string }>(
        "SELECT line, error_message FROM reject_errors ORDER BY line",
      );
      const lines = new Set(rej.map((r) => Number(r.line)));
      rejected.count = lines.size;
      rejected.examples = rej
        .slice(0, 5)
        .map((r) => ({ line: Number(r.line), message: firstLine(r.error_message) }));
      await this.connection.run("DELETE FROM reject_errors; DELETE FROM reject_scans");
    }
    if (format === "csv" && columns.length === 1) {
      const name = columns[0]!.name;
      const sep = [",", ";", "\t", "|"].find((c) => c !== read.delimiter && name.includes(c));
      if (sep !== undefined) {
        await this.connection.run(`DROP TABLE ${table}`);
        if (read.delimiter !== undefined) {
          throw new UserError(
            `${path}: read as a single column "${name.slice(0, 60)}" with delimiter ${JSON.stringify(read.delimiter)}; the delimiter looks like ${JSON.stringify(sep)} — pass it with --delimiter`,
          );
        }
        // the sniffer gave up (often because of malformed rows): read again with the visible delimiter,
        // so a malformed row is reported with its line number
        if (read.onError !== "skip")
          await this.firstMalformedRow(path, { ...read, delimiter: sep }, undefined);
        return this.load(path, { ...read, delimiter: sep });
      }
    }
    return { table, path, columns, rows, rejected };
  }
}

/**
 * The checks a local data file passes before DuckDB (or a digest) reads it, each cheap and each
 * the answer DuckDB would give late, badly or not at all: a regular, non-empty file; not UTF-16
 * or binary; a CSV at most INPUT_LIMITS.maxColumns wide and without an over-long line in the
 * sniffer's sample; JSONL lines nested at most INPUT_LIMITS.maxJsonDepth deep.
 */
export function checkDataFile(path: string, read: ReadOptions = {}, shown = path): void {
  const size = checkRegularFile(path, "data", shown);
  if (size === 0) throw new UserError(`${shown}: the file is empty (no header, no rows)`);
  const format = read.format ?? detectFormat(path);
  if (format === "parquet" || /\.(gz|gzip|zst)$/i.test(path)) return;
  checkTextStart(path, format, shown);
  if (format === "csv") {
    const widest = csvHeaderWidth(path, read.delimiter ?? (/\.tsv$/i.test(path) ? "\t" : undefined));
    if (widest.columns > INPUT_LIMITS.maxColumns)
      throw new UserError(tooWide(shown, widest.columns, widest.delimiter));
    // DuckDB's sniffer reads its sample again for every candidate dialect: a 50 MB value in it
    // took 90 s before the line-size error; the same rows scanned here take a fraction of a second
    const long = findLongLine(path, CSV_MAX_LINE_BYTES, CSV_SNIFF_ROWS + 1);
    if (long !== undefined) throw new UserError(longLineMessage(shown, CSV_MAX_LINE_BYTES, long));
  }
  if (format === "jsonl") {
    // DuckDB's JSON reader recurses per level: 3,000 levels took minutes and GBs, 10,000 crashed
    // the process; refuse deep lines before it sees them
    const line = findDeepJsonLine(fileChunks(path), INPUT_LIMITS.maxJsonDepth);
    if (line !== undefined) {
      throw new UserError(
        `${shown}:${line}: JSON nested more than ${INPUT_LIMITS.maxJsonDepth} levels deep; flatten the record`,
      );
    }
  }
}

/**
 * Refuses a text format (CSV, JSONL) whose first bytes are UTF-16 or binary (a NUL byte), with
 * that answer instead of the parser's "malformed row" or "invalid unicode" after a full read.
 */
function checkTextStart(path: string, format: DataFormat, shown = path): void {
  const head = fileChunks(path, 64 * 1024).next().value ?? new Uint8Array();
  const utf16 = utf16Encoding(head);
  if (utf16 !== undefined)
    throw new UserError(
      `${shown}: the file is ${utf16} text; re-encode it as UTF-8 (e.g. iconv -f ${utf16} -t UTF-8)`,
    );
  const nul = head.indexOf(0);
  if (nul >= 0)
    throw new UserError(
      `${shown}: binary file (a NUL byte at offset ${nul}), not a ${format === "csv" ? "CSV" : "JSONL"} text file`,
    );
}

function tooWide(path: string, columns: number, delimiter?: string): string {
  const at = delimiter === undefined ? "" : ` (split at ${JSON.stringify(delimiter)})`;
  return `${path}: ${columns} columns${at}; modelgate reads at most ${INPUT_LIMITS.maxColumns} columns of a data file (select the columns you need first)`;
}

/**
 * The fields of a CSV file's first record at the given delimiter, or at the one of , ; tab |
 * that splits it most (outside double quotes), read up to the first line break outside quotes.
 * A cheap count before DuckDB's sniffer, whose cost grows with the width.
 */
function csvHeaderWidth(path: string, delimiter?: string): { columns: number; delimiter: string } {
  const candidates = delimiter !== undefined ? [delimiter] : [",", ";", "\t", "|"];
  const codes = candidates.map((d) => d.charCodeAt(0));
  const counts = candidates.map(() => 0);
  let quoted = false;
  let read = 0;
  outer: for (const chunk of fileChunks(path)) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === 0x22) quoted = !quoted;
      else if (!quoted && (b === 0x0a || b === 0x0d)) break outer;
      else if (!quoted) {
        const k = codes.indexOf(b);
        if (k >= 0) counts[k]!++;
      }
    }
    read += chunk.length;
    // DuckDB refuses longer lines itself (its line limit)
    if (read > 8 * 1024 * 1024) break;
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return { columns: counts[best]! + 1, delimiter: candidates[best]! };
}

/** DuckDB's max_line_size (its default): the longest CSV line, quoted line breaks aside. */
const CSV_MAX_LINE_BYTES = 2_000_000;
/** DuckDB's sample_size (its default): the rows its sniffer reads. */
const CSV_SNIFF_ROWS = 20_480;

/** The first line (1-based) longer than `max` bytes among the first `maxLines`, or undefined. */
function findLongLine(path: string, max: number, maxLines = Number.POSITIVE_INFINITY): number | undefined {
  let line = 1;
  let length = 0;
  for (const chunk of fileChunks(path)) {
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] === 0x0a) {
        if (++line > maxLines) return undefined;
        length = 0;
      } else if (++length > max) return line;
    }
  }
  return undefined;
}

/** The line DuckDB refused as too long, found by a scan (its own line number counts records). */
function longLineMessage(path: string, max: number, found: number | undefined): string {
  const where = found === undefined ? path : `${path}:${found}`;
  return `${where}: a line (or a quoted value spanning lines) is longer than ${max} bytes, the most one CSV row may hold`;
}

function firstLine(s: string): string {
  return s.split("\n")[0]!.trim();
}

/** A short, user-facing message for a DuckDB read error: the file, the line and the column. */
export function describeReadError(path: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const line = /Line:\s*(\d+)/.exec(raw)?.[1] ?? /line (\d+)/i.exec(raw)?.[1];
  const column = /Column (\S+) is being converted/.exec(raw)?.[1];
  const original = /Original Line:\s*\n?(.*)/.exec(raw)?.[1];
  const where = line ? `${path}:${line}` : path;
  if (/No files found|does not exist|No such file/i.test(raw)) return `${path}: no such file`;
  if (/Invalid unicode|not utf-8 encoded/i.test(raw)) {
    return `${where}: the file is not valid UTF-8 (re-encode it, e.g. iconv -f latin1 -t utf-8)`;
  }
  if (/Could not convert|Conversion Error/i.test(raw)) {
    const value = /Could not convert string "([^"]*)"/.exec(raw)?.[1];
    return `${where}: column ${column ?? "?"}: value ${value === undefined ? "" : `"${value}" `}does not match the type detected from the first rows (mixed types in one column); fix the row or read with --on-error skip`;
  }
  if (
    /Expected Number of Columns|too many columns|Value with unterminated quote|unquoted|CSV Error|sniff/i.test(
      raw,
    )
  ) {
    const why =
      /Expected Number of Columns: \d+ Found: \d+/.exec(raw)?.[0] ??
      firstLine(raw).replace(/^.*Error:\s*/, "");
    return `${where}: malformed CSV row (${why})${original ? `: ${original.slice(0, 80)}` : ""}; fix it or read with --on-error skip`;
  }
  return `${where}: cannot read the data: ${firstLine(raw).replace(/^.*Error:\s*/, "")}`;
}
