import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  checkRegularFile,
  type EvidenceContext,
  type EvidenceEnvelope,
  type EvidenceInput,
  fileInput,
  type ProgressListener,
  UserError,
} from "@modelgate/core";
import {
  checkDataFile,
  dataDownloads,
  type EngineOptions,
  type ReadOptions,
  withDataDownloads,
} from "./engine.js";
import { type DataProfile, wrapProfile } from "./profile.js";
import { parseDatasetSchema } from "./schema-file.js";
import { type DataValidationReport, validateData } from "./validate.js";
import { renderValidationHtml, renderValidationMarkdown } from "./validation-render.js";

/** Everything `modelgate validate-data`, the validate-data action and the demo take. */
export interface DataValidationJob {
  /** Local paths are relative to this directory; http(s) URLs are read as they are. */
  cwd: string;
  /** The report's inputs name local files by `file:` URIs relative to this directory (default `cwd`). */
  root?: string;
  context: EvidenceContext;
  /** The dataset schema YAML. */
  schema: string;
  /** The data to validate. */
  data: string;
  /** Reference data, or a data-profile JSON, for drift and skew. */
  reference?: string;
  /** training (default), serving, or any schema environment. */
  environment?: string;
  /** How the reference was produced (default training): with environment serving, a skew check. */
  referenceEnvironment?: string;
  /** The report subject (default: the schema's dataset). */
  subject?: string;
  /** "error" (default): error anomalies fail the job; "warn": warnings too. */
  failOn?: "error" | "warn";
  read?: ReadOptions;
  engine?: EngineOptions;
  createdAt?: Date;
}

export interface DataValidationJobResult {
  report: DataValidationReport;
  /** the data's profile (data-profile evidence of the data input), from the validation's one profiling pass */
  profile: DataProfile;
  markdown: string;
  html: string;
  /** Whether the report fails the job (its verdict, under `failOn`). */
  failed: boolean;
}

const isUrl = (p: string) => /^https?:\/\//i.test(p);

/**
 * An evidence input: a local file by its `file:` URI relative to `root`, a URL as it is; with its
 * sha256. A URL is downloaded under the data download rules (allow-list, every redirect, size)
 * into the job's `engine.downloads`, where the engine finds it: one request per URL; a
 * directory, FIFO or device is refused before anything reads it (it would block or never end).
 */
export async function dataInput(
  role: string,
  path: string,
  options: { cwd: string; root?: string; engine?: EngineOptions; read?: ReadOptions },
): Promise<EvidenceInput> {
  if (isUrl(path)) {
    // the job's downloads (withDataDownloads): the file the engine reads later is this one
    const engine = options.engine ?? {};
    const downloads = engine.downloads ?? dataDownloads(engine);
    try {
      return { role, uri: path, sha256: (await downloads.get(path)).sha256 };
    } finally {
      if (!engine.downloads) downloads.close();
    }
  }
  return fileInput(
    role,
    checkedLocal(role, path, options),
    options.root ?? options.cwd,
    options.engine?.onProgress,
  );
}

/** A local input's absolute path, after its checks (a data file gets the engine's cheap ones too). */
function checkedLocal(role: string, path: string, options: { cwd: string; read?: ReadOptions }): string {
  const at = resolve(options.cwd, path);
  checkRegularFile(at, role, path);
  // a data file gets the engine's cheap checks before its digest reads it all (300 MB of NUL
  // bytes is a binary file at once, not after hashing)
  if (role === "data" || (role === "reference" && !/\.json$/i.test(at)))
    checkDataFile(at, options.read ?? {}, path);
  return at;
}

/**
 * The inputs of a job, their local files' digests read while the job's engine reads the data
 * (hashing a 143 MB CSV first added 0.16 s to a load of 0.86 s; alongside it, 0.1 s less): URLs are
 * downloaded (and hashed) now, since the engine reads the download; every local file is checked now,
 * before anything reads it; its hashing reports only that it starts (the engine's phases follow and
 * would interleave with it). Await `digests` for the inputs, in the order given.
 */
export async function dataInputsAlongside(
  named: readonly (readonly [string, string])[],
  options: { cwd: string; root?: string; engine?: EngineOptions; read?: ReadOptions },
): Promise<{ digests: Promise<EvidenceInput[]> }> {
  const done: (EvidenceInput | (() => Promise<EvidenceInput>))[] = [];
  for (const [role, p] of named) {
    if (isUrl(p)) done.push(await dataInput(role, p, options));
    else {
      const at = checkedLocal(role, p, options);
      done.push(() =>
        fileInput(role, at, options.root ?? options.cwd, startOnly(options.engine?.onProgress)),
      );
    }
  }
  const digests = Promise.all(done.map((d) => (typeof d === "function" ? d() : d)));
  // awaited by the job; when the job fails first, its error is the one reported
  digests.catch(() => {});
  return { digests };
}

/** A listener that passes on only the event that starts each phase. */
function startOnly(listener: ProgressListener | undefined): ProgressListener | undefined {
  if (!listener) return undefined;
  const started = new Set<string>();
  return (e) => {
    if (started.has(e.phase)) return;
    started.add(e.phase);
    listener(e);
  };
}

/**
 * Validates data against its schema (and a reference), with the report's inputs and both renderings.
 * Writes nothing: the caller writes the report files and maps `failed` to its exit code.
 */
export async function runDataValidationJob(job: DataValidationJob): Promise<DataValidationJobResult> {
  const at = (p: string) => (isUrl(p) ? p : resolve(job.cwd, p));
  if (isUrl(job.schema))
    throw new UserError(`${job.schema}: the schema must be a local file (it is versioned with the registry)`);
  // every input is checked, and the schema parsed, before any data is hashed or read
  const named: [string, string][] = [
    ["schema", job.schema],
    ["data", job.data],
    ...(job.reference === undefined ? [] : [["reference", job.reference] as [string, string]]),
  ];
  for (const [role, p] of named) if (!isUrl(p)) checkRegularFile(at(p), role, p);
  const schema = parseDatasetSchema(readFileSync(at(job.schema), "utf8"), job.schema);
  checkEnvironment(schema, job.schema, "environment", job.environment);
  checkEnvironment(schema, job.schema, "reference environment", job.referenceEnvironment);
  return withDataDownloads(job.engine ?? {}, (engine) => validationJob(job, engine, named, schema));
}

/**
 * Refuses an environment the schema does not know: its `environments` list, else training,
 * serving and every environment a feature's `notIn` names. A misspelt environment would
 * otherwise be validated as one where every feature is expected.
 */
function checkEnvironment(
  loaded: ReturnType<typeof parseDatasetSchema>,
  file: string,
  what: string,
  environment: string | undefined,
): void {
  if (environment === undefined) return;
  const declared = loaded.schema.environments;
  const known = declared ?? [
    ...new Set(["training", "serving", ...loaded.schema.features.flatMap((f) => f.notIn ?? [])]),
  ];
  if (known.includes(environment)) return;
  const line = loaded.lines.get("environments");
  throw new UserError(
    `${what} "${environment}" is not one of the schema's environments (${declared ? `${file}${line ? `:${line}` : ""}: ` : ""}${known.join(", ")})`,
  );
}

async function validationJob(
  job: DataValidationJob,
  engine: EngineOptions,
  named: [string, string][],
  schema: ReturnType<typeof parseDatasetSchema>,
): Promise<DataValidationJobResult> {
  const at = (p: string) => (isUrl(p) ? p : resolve(job.cwd, p));
  const { digests: inputs } = await dataInputsAlongside(named, { ...job, engine, read: job.read ?? {} });
  let body: Omit<DataProfile, keyof EvidenceEnvelope> | undefined;
  const report = await validateData({
    schema,
    data: at(job.data),
    reference: job.reference === undefined ? undefined : at(job.reference),
    environment: job.environment ?? "training",
    referenceEnvironment: job.referenceEnvironment,
    read: job.read,
    engine,
    subject: job.subject,
    inputs,
    context: job.context,
    createdAt: job.createdAt,
    onProfile: (p) => {
      body = p;
    },
  });
  const profile = wrapProfile(body!, {
    subject: job.subject ?? schema.schema.dataset,
    inputs: (await inputs).filter((i) => i.role === "data"),
    context: job.context,
    ...(job.createdAt ? { createdAt: job.createdAt } : {}),
  });
  return {
    report,
    profile,
    markdown: renderValidationMarkdown(report),
    html: renderValidationHtml(report),
    failed: report.verdict === "fail" || (job.failOn === "warn" && report.verdict === "warn"),
  };
}

/** The job's options as text, as command-line flags and action inputs give them. */
export interface DataValidationJobText {
  schema: string;
  data: string;
  reference?: string;
  environment?: string;
  subject?: string;
  failOn?: string;
  onError?: string;
  delimiter?: string;
  format?: string;
  memoryLimit?: string;
  threads?: string;
}

/** Most DuckDB worker threads an option may ask for. */
export const MAX_THREADS = 256;
/** DuckDB's memory_limit syntax: a number and a unit. */
const MEMORY_LIMIT = /^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i;

/** Read options from text; `label` names an option in messages (`--on-error`, `input on-error`). */
export function readOptionsFromText(
  text: Pick<DataValidationJobText, "onError" | "delimiter" | "format">,
  label: (option: string) => string,
): ReadOptions {
  const out: ReadOptions = {};
  if (text.delimiter !== undefined) out.delimiter = text.delimiter === "\\t" ? "\t" : text.delimiter;
  if (text.format !== undefined) {
    if (!["csv", "parquet", "jsonl"].includes(text.format))
      throw new UserError(`${label("format")} must be csv, parquet or jsonl, not "${text.format}"`);
    out.format = text.format as ReadOptions["format"];
  }
  if (text.onError !== undefined) {
    if (text.onError !== "error" && text.onError !== "skip")
      throw new UserError(`${label("on-error")} must be error or skip, not "${text.onError}"`);
    out.onError = text.onError;
  }
  return out;
}

/** Engine options from text; `label` as in readOptionsFromText. */
export function engineOptionsFromText(
  text: Pick<DataValidationJobText, "memoryLimit" | "threads">,
  label: (option: string) => string,
): EngineOptions {
  const threads = text.threads === undefined ? undefined : Number(text.threads);
  if (
    threads !== undefined &&
    !(/^\s*\d+\s*$/.test(text.threads ?? "") && threads >= 1 && threads <= MAX_THREADS)
  )
    throw new UserError(
      `${label("threads")} "${text.threads}" must be a whole number from 1 to ${MAX_THREADS}`,
    );
  if (text.memoryLimit !== undefined && !MEMORY_LIMIT.test(text.memoryLimit.trim()))
    throw new UserError(`${label("memory-limit")} "${text.memoryLimit}" must be a size such as 512MB or 2GB`);
  return {
    ...(text.memoryLimit ? { memoryLimit: text.memoryLimit.trim() } : {}),
    ...(threads ? { threads } : {}),
  };
}

/** The job from text options (the CLI's flags, the action's inputs), checked: bad values are UserErrors. */
export function dataValidationJobFromText(
  text: DataValidationJobText,
  base: { cwd: string; root?: string; context: EvidenceContext },
  label: (option: string) => string,
): DataValidationJob {
  const failOn = text.failOn ?? "error";
  if (failOn !== "error" && failOn !== "warn")
    throw new UserError(`${label("fail-on")} must be error or warn, not "${failOn}"`);
  return {
    ...base,
    schema: text.schema,
    data: text.data,
    ...(text.reference !== undefined ? { reference: text.reference } : {}),
    ...(text.environment !== undefined ? { environment: text.environment } : {}),
    ...(text.subject !== undefined ? { subject: text.subject } : {}),
    failOn,
    read: readOptionsFromText(text, label),
    engine: engineOptionsFromText(text, label),
  };
}
