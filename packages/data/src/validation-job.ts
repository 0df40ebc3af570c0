import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  checkRegularFile,
  downloadRemote,
  type EvidenceContext,
  type EvidenceEnvelope,
  type EvidenceInput,
  fileInput,
  UserError,
} from "@modelgate/core";
import { checkDataFile, dataRemoteRules, type EngineOptions, type ReadOptions } from "./engine.js";
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
 * sha256. A URL is hashed under the data download rules (allow-list, every redirect, size); a
 * directory, FIFO or device is refused before anything reads it (it would block or never end).
 */
export async function dataInput(
  role: string,
  path: string,
  options: { cwd: string; root?: string; engine?: EngineOptions; read?: ReadOptions },
): Promise<EvidenceInput> {
  if (isUrl(path))
    return {
      role,
      uri: path,
      sha256: (await downloadRemote(path, dataRemoteRules(options.engine ?? {}), () => {})).sha256,
    };
  const at = resolve(options.cwd, path);
  checkRegularFile(at, role, path);
  // a data file gets the engine's cheap checks before its digest reads it all (300 MB of NUL
  // bytes is a binary file at once, not after hashing)
  if (role === "data" || (role === "reference" && !/\.json$/i.test(at)))
    checkDataFile(at, options.read ?? {}, path);
  return fileInput(role, at, options.root ?? options.cwd, options.engine?.onProgress);
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
  const inputs: EvidenceInput[] = [];
  for (const [role, p] of named)
    inputs.push(await dataInput(role, p, { ...job, engine: job.engine ?? {}, read: job.read ?? {} }));
  let body: Omit<DataProfile, keyof EvidenceEnvelope> | undefined;
  const report = await validateData({
    schema,
    data: at(job.data),
    reference: job.reference === undefined ? undefined : at(job.reference),
    environment: job.environment ?? "training",
    referenceEnvironment: job.referenceEnvironment,
    read: job.read,
    engine: job.engine,
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
    inputs: inputs.filter((i) => i.role === "data"),
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
  /** hosts http(s) data may be downloaded from */
  allowHosts?: string[];
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
  text: Pick<DataValidationJobText, "memoryLimit" | "threads" | "allowHosts">,
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
    allowedHosts: text.allowHosts ?? [],
    allowListSource: label("allow-host"),
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
