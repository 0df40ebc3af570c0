import {
  createEnvelope,
  type EvidenceContext,
  type EvidenceEnvelope,
  type EvidenceInput,
  hashBytes,
  mdCode,
  mdText,
  SCHEMA_NAMES,
  UserError,
  type Verdict,
  validateValue,
  verifyEvidence,
} from "@modelgate/core";
import { type FetchLike, hashArtifactAt, repoPathOfFileUri } from "./artifact.js";
import { type ChangeKind, classifyChange, type EnvState } from "./classify.js";
import { changedPaths, mergeBase, type Registry, readBlobAt, resolveCommit } from "./git.js";
import { previouslyLiveVersions } from "./history/history.js";
import type { FileDiagnostic } from "./manifest.js";
import {
  type EnvironmentFile,
  type Loaded,
  loadAt,
  type MetricThreshold,
  type ModelVersion,
  type Policy,
  paths,
  type RegistryConfig,
} from "./state.js";

export type CheckStatus = "pass" | "fail" | "warn" | "skip";

/** One check of one change. `fail` blocks the change. */
export interface GateCheck {
  id: string;
  status: CheckStatus;
  message: string;
  file?: string;
  line?: number | null;
  field?: string;
}

export type GateChangeKind = ChangeKind | "register" | "deprecate" | "edit";

/** One changed file of the registry and what the gate found about it. */
export interface GateChange {
  path: string;
  /** manifest kind of the file (registry, model, model-version, environment, …) or "other" */
  fileKind: string;
  kind: GateChangeKind;
  environment: string | null;
  model: string | null;
  version: string | null;
  from: string | null;
  to: string | null;
  traffic: number | null;
  /** true for rollbacks: evaluation, data validation, test score and age checks did not run */
  qualityGatesSkipped: boolean;
  checks: GateCheck[];
}

export interface BlockingReason {
  path: string;
  check: string;
  message: string;
  file?: string;
  line?: number | null;
  field?: string;
}

/** The `registry-check` evidence (schemas/registry-check.schema.json). */
export interface RegistryCheckReport extends EvidenceEnvelope<"registry-check"> {
  base: string;
  head: string;
  mergeBase: string;
  blocked: boolean;
  changes: GateChange[];
  blocking: BlockingReason[];
}

/** What a pluggable check sees: one version entering one environment. */
export interface ExtraCheckInput {
  registry: Registry;
  head: string;
  change: GateChange;
  environment: string;
  policy: Policy;
  version: ModelVersion;
  config: RegistryConfig;
  now: Date;
  /** reads a file of the head commit (null when absent) */
  readText(path: string): Promise<string | null>;
}

/**
 * A check plugged into the gate from outside the registry package (the CLI wires the ML Test
 * Score in this way). `id: "ml-test-score"` satisfies a policy's `minTestScore`.
 */
export interface ExtraCheck {
  id: string;
  run(input: ExtraCheckInput): Promise<GateCheck[]>;
}

export interface GateOptions {
  base: string;
  head: string;
  now?: Date;
  context?: EvidenceContext;
  extraChecks?: ExtraCheck[];
  fetch?: FetchLike;
}

const ENV_FILE = /^environments\/([^/]+)\/([^/]+)\.yaml$/;
const VERSION_FILE = /^models\/([^/]+)\/versions\/([^/]+)\.yaml$/;
const MODEL_FILE = /^models\/([^/]+)\/model\.yaml$/;
const DAY_MS = 86_400_000;

function fileKindOf(path: string): string {
  if (path === paths.config) return "registry";
  if (ENV_FILE.test(path)) return "environment";
  if (VERSION_FILE.test(path)) return "model-version";
  if (MODEL_FILE.test(path)) return "model";
  if (/^models\/[^/]+\/ml-test-score\.yaml$/.test(path)) return "ml-test-score";
  if (/^datasets\/[^/]+\/schema\.yaml$/.test(path)) return "dataset-schema";
  if (/^datasets\/[^/]+\/versions\/[^/]+\.yaml$/.test(path)) return "dataset-version";
  return "other";
}

/** Schema check of one manifest: the loader's YAML, schema and cross-field errors, with lines. */
function schemaChecks(loaded: Loaded<unknown>, schema: string): GateCheck[] {
  if (loaded.parsed.diagnostics.length === 0) {
    return [{ id: "schema", status: "pass", message: `valid ${schema}`, file: loaded.path }];
  }
  return loaded.parsed.diagnostics.map((d: FileDiagnostic) => ({
    id: "schema",
    status: "fail" as const,
    message: d.code ? `${d.code} ${d.message}` : d.message,
    file: d.file,
    line: d.line,
    ...(d.field ? { field: d.field } : {}),
  }));
}

function toEnvState(f: EnvironmentFile | null | undefined): EnvState | null {
  if (!f || typeof f.version !== "string") return null;
  return f.canary
    ? { version: f.version, canary: { version: f.canary.version, traffic: f.canary.traffic } }
    : { version: f.version };
}

/** MLflow MetricThreshold semantics; see docs/registry.md for the zero/negative baseline cases. */
export function checkMetricThreshold(
  name: string,
  t: MetricThreshold,
  candidate: number | undefined,
  baseline: number | undefined,
): GateCheck[] {
  const id = `metric:${name}`;
  if (candidate === undefined || !Number.isFinite(candidate)) {
    return [{ id, status: "fail", message: `the evaluation evidence has no value for ${name}` }];
  }
  const out: GateCheck[] = [];
  const better = t.greaterIsBetter;
  if (t.threshold !== undefined) {
    const ok = better ? candidate >= t.threshold : candidate <= t.threshold;
    out.push({
      id,
      status: ok ? "pass" : "fail",
      message: `${name} ${fmt(candidate)} ${ok ? "meets" : "misses"} the threshold ${better ? ">=" : "<="} ${fmt(t.threshold)}`,
    });
  }
  if (t.minAbsoluteChange !== undefined || t.minRelativeChange !== undefined) {
    if (baseline === undefined || !Number.isFinite(baseline)) {
      out.push({
        id,
        status: "skip",
        message: `${name}: no champion value to compare against (first deployment)`,
      });
    } else {
      const gain = better ? candidate - baseline : baseline - candidate;
      if (t.minAbsoluteChange !== undefined) {
        const ok = gain >= t.minAbsoluteChange - 1e-12;
        out.push({
          id,
          status: ok ? "pass" : "fail",
          message: `${name} ${fmt(candidate)} vs champion ${fmt(baseline)}: change ${fmt(gain)} ${ok ? ">=" : "<"} required ${fmt(t.minAbsoluteChange)}`,
        });
      }
      if (t.minRelativeChange !== undefined) {
        const rel =
          baseline === 0 ? (gain === 0 ? 0 : gain > 0 ? Infinity : -Infinity) : gain / Math.abs(baseline);
        const ok = rel >= t.minRelativeChange - 1e-12;
        out.push({
          id,
          status: ok ? "pass" : "fail",
          message: `${name} ${fmt(candidate)} vs champion ${fmt(baseline)}: relative change ${fmt(rel)} ${ok ? ">=" : "<"} required ${fmt(t.minRelativeChange)}`,
        });
      }
    }
  }
  return out;
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? "+inf" : "-inf";
  return Number(n.toPrecision(6)).toString();
}

interface EvaluationModelEntry {
  role?: string;
  sha256?: string | null;
  metrics?: Record<string, number | null>;
}

function numbers(m: Record<string, unknown> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(m ?? {})) if (typeof v === "number" && Number.isFinite(v)) out[k] = v;
  return out;
}

/**
 * The metrics of one model in an evaluation report (schemas/evaluation.schema.json):
 * `models[]` entry with the given role (challenger by default), optionally only when its
 * sha256 matches.
 */
export function evaluationMetrics(
  report: unknown,
  role = "challenger",
  sha256?: string,
): Record<string, number> | null {
  const models = (report as { models?: unknown } | null)?.models;
  if (!Array.isArray(models)) return null;
  const entry = (models as EvaluationModelEntry[]).find(
    (m) => m?.role === role && (sha256 === undefined || m.sha256 === sha256),
  );
  return entry ? numbers(entry.metrics as Record<string, unknown>) : null;
}

interface SliceRow {
  feature?: string;
  value?: string;
  evaluated?: boolean;
  metrics?: Record<string, number | null> | null;
  champion?: Record<string, number | null> | null;
}

/** Slice drops against the champion (the report's per-slice champion metrics), limited by maxSliceDrop. */
export function sliceChecks(report: Record<string, unknown>, maxDrop: number): GateCheck[] {
  const metric = typeof report.sliceMetric === "string" ? report.sliceMetric : null;
  const slices = Array.isArray(report.slices) ? (report.slices as SliceRow[]) : [];
  const compared = slices.filter((s) => s.evaluated && s.metrics && s.champion && metric);
  if (!metric || compared.length === 0) {
    return [
      {
        id: "slices",
        status: "skip",
        message: "no per-slice champion comparison in the evaluation evidence",
      },
    ];
  }
  const out: GateCheck[] = [];
  let worst = Number.NEGATIVE_INFINITY;
  for (const s of compared) {
    const now = s.metrics?.[metric];
    const before = s.champion?.[metric];
    if (typeof now !== "number" || typeof before !== "number") continue;
    const drop = before - now;
    worst = Math.max(worst, drop);
    if (drop > maxDrop + 1e-12) {
      out.push({
        id: "slices",
        status: "fail",
        message: `slice ${s.feature}=${s.value}: ${metric} ${fmt(now)} vs champion ${fmt(before)}, a drop of ${fmt(drop)} > ${fmt(maxDrop)}`,
      });
    }
  }
  if (out.length === 0) {
    out.push({
      id: "slices",
      status: "pass",
      message: `no slice drops more than ${fmt(maxDrop)} in ${metric} (worst ${fmt(worst)})`,
    });
  }
  return out;
}

/**
 * The challenger's p95 batch latency against the champion's measured in the same report,
 * limited by maxLatencyRatio (the same rule as the evaluation's own latency check).
 */
export function latencyChecks(
  report: Record<string, unknown>,
  maxRatio: number,
  sha256: string,
): GateCheck[] {
  type Entry = { role?: string; sha256?: string; latency?: { batch?: { p95Ms?: unknown } } | null };
  const models = Array.isArray(report.models) ? (report.models as Entry[]) : [];
  const p95 = (m: Entry | undefined) => {
    const v = m?.latency?.batch?.p95Ms;
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  };
  const champion = models.find((m) => m?.role === "champion");
  if (!champion)
    return [
      {
        id: "latency",
        status: "skip",
        message: "no champion in the evaluation evidence to compare latency with",
      },
    ];
  const challenger = models.find((m) => m?.role === "challenger" && m.sha256 === sha256);
  const now = p95(challenger);
  const before = p95(champion);
  if (now === null || before === null)
    return [
      {
        id: "latency",
        status: "fail",
        message: `the evaluation evidence lacks the p95 batch latency of the ${now === null ? "challenger" : "champion"}`,
      },
    ];
  const ratio = before > 0 ? now / before : now > 0 ? Number.POSITIVE_INFINITY : 1;
  return [
    {
      id: "latency",
      status: ratio <= maxRatio ? "pass" : "fail",
      message: `p95 batch latency ${fmt(now)} ms vs the champion's ${fmt(before)} ms: ratio ${fmt(ratio)} ${ratio <= maxRatio ? "<=" : ">"} ${fmt(maxRatio)}`,
    },
  ];
}

interface FairnessRow {
  attribute?: string;
  demographicParityDifference?: number | null;
  equalOpportunityDifference?: number | null;
}

/** Fairness gaps of each protected attribute against the policy's limits. */
export function fairnessChecks(
  report: Record<string, unknown>,
  limits: { demographicParityDifference?: number; equalOpportunityDifference?: number },
): GateCheck[] {
  const rows = Array.isArray(report.fairness) ? (report.fairness as FairnessRow[]) : [];
  if (rows.length === 0)
    return [{ id: "fairness", status: "fail", message: "the evaluation evidence has no fairness results" }];
  const out: GateCheck[] = [];
  for (const r of rows) {
    for (const key of ["demographicParityDifference", "equalOpportunityDifference"] as const) {
      const limit = limits[key];
      const value = r[key];
      if (limit === undefined || value === null || value === undefined) continue;
      out.push({
        id: "fairness",
        status: value <= limit + 1e-12 ? "pass" : "fail",
        message: `${r.attribute}: ${key} ${fmt(value)} ${value <= limit + 1e-12 ? "<=" : ">"} ${fmt(limit)}`,
      });
    }
  }
  return out;
}

class GateRun {
  private previousCache = new Map<string, Promise<string[]>>();
  constructor(
    readonly reg: Registry,
    readonly base: string,
    readonly head: string,
    readonly mb: string,
    readonly config: RegistryConfig,
    readonly now: Date,
    readonly options: GateOptions,
  ) {}

  previouslyLive(env: string, model: string, at: string): Promise<string[]> {
    const key = `${env}\0${model}\0${at}`;
    let p = this.previousCache.get(key);
    if (!p) {
      p = previouslyLiveVersions(this.reg, env, model, at);
      this.previousCache.set(key, p);
    }
    return p;
  }

  async readText(commit: string, path: string): Promise<string | null> {
    const blob = await readBlobAt(this.reg, commit, path);
    return blob ? Buffer.from(blob.blob).toString("utf8") : null;
  }

  /** Loads evidence of a kind listed by a version, checks its digest and verifies it. */
  async evidence(
    version: ModelVersion,
    kind: string,
    accept: Verdict[],
  ): Promise<{ checks: GateCheck[]; doc: Record<string, unknown> | null }> {
    const id = `evidence:${kind}`;
    const refs = (version.evaluation?.evidence ?? []).filter((e) => e.kind === kind);
    const file = paths.version(version.model, version.version);
    if (refs.length === 0) {
      return {
        checks: [
          {
            id,
            status: "fail",
            message: `no ${kind} evidence listed for ${version.model} ${version.version}`,
            file,
          },
        ],
        doc: null,
      };
    }
    const checks: GateCheck[] = [];
    for (const ref of refs) {
      let path: string;
      try {
        path = repoPathOfFileUri(ref.uri);
      } catch (error) {
        checks.push({
          id,
          status: "fail",
          message: `${ref.uri}: ${(error as Error).message}; evidence must be stored in the registry`,
          file,
        });
        continue;
      }
      let blob: Awaited<ReturnType<typeof readBlobAt>>;
      try {
        blob = await readBlobAt(this.reg, this.head, path);
      } catch (error) {
        checks.push({ id, status: "fail", message: (error as Error).message, file });
        continue;
      }
      if (!blob) {
        checks.push({ id, status: "fail", message: `${ref.uri} is missing from the registry`, file });
        continue;
      }
      const digest = hashBytes(blob.blob);
      if (digest !== ref.sha256) {
        checks.push({
          id,
          status: "fail",
          message: `${ref.uri} has sha256 ${digest.slice(0, 12)}…, the version lists ${String(ref.sha256).slice(0, 12)}…`,
          file,
        });
        continue;
      }
      let doc: unknown;
      try {
        doc = JSON.parse(Buffer.from(blob.blob).toString("utf8"));
      } catch {
        checks.push({ id, status: "fail", message: `${ref.uri} is not JSON`, file: path });
        continue;
      }
      const result = verifyEvidence(doc, {
        kind,
        ...(kind === "evaluation" ? { subject: `${version.model}@${version.version}` } : {}),
        bindings: kind === "evaluation" ? [{ role: "model", sha256: version.artifact?.sha256 ?? "" }] : [],
        acceptVerdicts: accept,
        ...(this.config.evidence?.maxAgeDays !== undefined
          ? { maxAgeDays: this.config.evidence.maxAgeDays }
          : {}),
        now: this.now,
        // a report of a known kind must match its schema (schemas/<kind>.schema.json)
        validate: (d) =>
          SCHEMA_NAMES.includes(d.kind)
            ? validateValue(d.kind, d).map((e) => `schema ${d.kind}: ${e.instancePath || "/"} ${e.message}`)
            : [],
      });
      if (!result.ok) {
        for (const p of result.problems)
          checks.push({ id, status: "fail", message: `${ref.uri}: ${p.message}`, file: path });
        continue;
      }
      checks.push({
        id,
        status: "pass",
        message: `${ref.uri}: ${kind} evidence verified (verdict ${result.envelope?.verdict})`,
        file: path,
      });
      return { checks, doc: doc as Record<string, unknown> };
    }
    return { checks, doc: null };
  }

  async artifactCheck(commit: string, version: ModelVersion): Promise<GateCheck> {
    const file = paths.version(version.model, version.version);
    const a = version.artifact;
    if (!a || typeof a.uri !== "string")
      return { id: "artifact", status: "fail", message: "the version has no artifact", file };
    try {
      const digest = await hashArtifactAt(
        this.reg,
        commit,
        a.uri,
        this.config.artifacts?.allowedHosts ?? [],
        this.options.fetch,
      );
      if (!digest)
        return {
          id: "artifact",
          status: "fail",
          message: `${a.uri} is missing from the registry`,
          file,
          field: "artifact.uri",
        };
      if (digest.sha256 !== a.sha256) {
        return {
          id: "artifact",
          status: "fail",
          message: `${a.uri} hashes to ${digest.sha256}, the version says ${a.sha256}`,
          file,
          field: "artifact.sha256",
        };
      }
      if (typeof a.bytes === "number" && digest.bytes !== a.bytes) {
        return {
          id: "artifact",
          status: "fail",
          message: `${a.uri} is ${digest.bytes} bytes, the version says ${a.bytes}`,
          file,
          field: "artifact.bytes",
        };
      }
      return { id: "artifact", status: "pass", message: `${a.uri} re-hashed: sha256 and size match`, file };
    } catch (error) {
      return {
        id: "artifact",
        status: "fail",
        message: (error as Error).message,
        file,
        field: "artifact.uri",
      };
    }
  }

  async envChange(path: string, env: string, model: string): Promise<GateChange> {
    const before = await loadAt<EnvironmentFile>(this.reg, this.mb, path);
    const after = await loadAt<EnvironmentFile>(this.reg, this.head, path);
    const change: GateChange = {
      path,
      fileKind: "environment",
      kind: "none",
      environment: env,
      model,
      version: null,
      from: null,
      to: null,
      traffic: null,
      qualityGatesSkipped: false,
      checks: [],
    };
    if (after) {
      const sc = schemaChecks(after, "environment");
      change.checks.push(...sc);
      if (sc.some((c) => c.status === "fail")) return change;
    }
    const a = after?.value ?? null;
    const envIndex = this.config.environments.findIndex((e) => e.name === env);
    if (envIndex < 0) {
      change.checks.push({
        id: "references",
        status: "fail",
        message: `environment "${env}" is not in modelgate.yaml`,
        file: path,
      });
      return change;
    }
    if (a && (a.model !== model || a.environment !== env)) {
      change.checks.push({
        id: "references",
        status: "fail",
        message: `the file says model "${a.model}" in "${a.environment}" but its path is environments/${env}/${model}.yaml`,
        file: path,
        line: after?.parsed.lineOf(a.model !== model ? "model" : "environment"),
        field: a.model !== model ? "model" : "environment",
      });
      return change;
    }
    const previous = await this.previouslyLive(env, model, this.mb);
    const cls = classifyChange(toEnvState(before?.value), toEnvState(a), { previouslyLive: previous });
    Object.assign(change, { kind: cls.kind, from: cls.from, to: cls.to, traffic: cls.traffic });
    if (!a) return change; // retire: nothing enters the environment
    const entering = cls.kind === "none" ? null : cls.to;
    change.version = entering;
    // every version named by the file must exist
    for (const [field, v] of [
      ["version", a.version],
      ["canary.version", a.canary?.version],
    ] as const) {
      if (!v) continue;
      if (!(await loadAt(this.reg, this.head, paths.version(model, v)))) {
        change.checks.push({
          id: "references",
          status: "fail",
          message: `${model} ${v} is not registered (${paths.version(model, v)})`,
          file: path,
          line: after?.parsed.lineOf(field),
          field,
        });
      }
    }
    if (!(await loadAt(this.reg, this.head, paths.model(model)))) {
      change.checks.push({
        id: "references",
        status: "fail",
        message: `model "${model}" has no ${paths.model(model)}`,
        file: path,
      });
    }
    if (change.checks.some((c) => c.status === "fail") || !entering) return change;
    const b = before?.value;
    const enteringAll =
      cls.kind === "rollback" || cls.kind === "complete"
        ? [entering]
        : [a.version, a.canary?.version].filter(
            (v): v is string => typeof v === "string" && v !== b?.version && v !== b?.canary?.version,
          );
    for (const v of enteringAll) {
      await this.checkEntering(change, {
        path,
        env,
        model,
        envIndex,
        cls,
        before,
        after,
        a,
        previous,
        entering: v,
      });
    }
    return change;
  }

  /** The checks for one version entering an environment (champion or canary). */
  async checkEntering(
    change: GateChange,
    ctx: {
      path: string;
      env: string;
      model: string;
      envIndex: number;
      cls: ReturnType<typeof classifyChange>;
      before: Loaded<EnvironmentFile> | null;
      after: Loaded<EnvironmentFile> | null;
      a: EnvironmentFile;
      previous: string[];
      entering: string;
    },
  ): Promise<void> {
    const { path, env, model, envIndex, cls, before, after, a, previous, entering } = ctx;
    const versionFile = await loadAt<ModelVersion>(this.reg, this.head, paths.version(model, entering));
    const version = versionFile?.value;
    if (!version) {
      change.checks.push({
        id: "references",
        status: "fail",
        message: `${paths.version(model, entering)} is not valid`,
        file: path,
      });
      return;
    }
    change.checks.push({
      id: "references",
      status: "pass",
      message: `${model} ${entering} is registered`,
      file: path,
    });
    change.checks.push(await this.artifactCheck(this.head, version));
    const field = a.canary?.version === entering ? "canary.version" : "version";
    const line = after?.parsed.lineOf(field);
    if (cls.kind === "rollback") {
      if (cls.to === (before?.value?.version ?? null)) {
        change.checks.push({
          id: "rollback-target",
          status: "pass",
          message: `canary ${cls.from} aborted; ${cls.to} keeps all traffic`,
          file: path,
        });
      } else if (previous.includes(entering)) {
        change.checks.push({
          id: "rollback-target",
          status: "pass",
          message: `${entering} was live in ${env} before`,
          file: path,
        });
      } else {
        change.checks.push({
          id: "rollback-target",
          status: "fail",
          message: `${entering} was never live in ${env} (or was rolled back from)`,
          file: path,
          line,
          field,
        });
      }
      change.qualityGatesSkipped = true;
      change.checks.push({
        id: "quality-gates",
        status: "skip",
        message:
          "rollback: evaluation, data validation, ML Test Score, model age and environment order were not checked",
        file: path,
      });
      return;
    }
    // promote, canary, complete
    if (version.status === "deprecated") {
      change.checks.push({
        id: "deprecated",
        status: "fail",
        message: `${model} ${entering} is deprecated${version.deprecation?.reason ? `: ${version.deprecation.reason}` : ""}`,
        file: path,
        line,
        field,
      });
    }
    if (envIndex > 0) {
      const prevEnv = this.config.environments[envIndex - 1]!.name;
      const prevNow = await loadAt<EnvironmentFile>(this.reg, this.head, paths.environment(prevEnv, model));
      const wasLive =
        prevNow?.value?.version === entering ||
        (await this.previouslyLive(prevEnv, model, this.head)).includes(entering);
      change.checks.push(
        wasLive
          ? {
              id: "environment-order",
              status: "pass",
              message: `${entering} was live in ${prevEnv} first`,
              file: path,
            }
          : {
              id: "environment-order",
              status: "fail",
              message: `${entering} must be live in ${prevEnv} before it enters ${env}`,
              file: path,
              line,
              field,
            },
      );
    }
    const policy = this.config.environments[envIndex]!.policy ?? {};
    if (policy.requireCanary && cls.kind === "promote" && before?.value) {
      change.checks.push({
        id: "canary-required",
        status: "fail",
        message: `${env} requires a canary first: use --canary`,
        file: path,
        line,
        field,
      });
    }
    await this.qualityChecks(change, env, policy, version, before?.value ?? null);
  }

  async qualityChecks(
    change: GateChange,
    env: string,
    policy: Policy,
    version: ModelVersion,
    champion: EnvironmentFile | null,
  ) {
    const file = change.path;
    if (policy.maxModelAgeDays !== undefined) {
      const created = Date.parse(version.createdAt);
      const age = (this.now.getTime() - created) / DAY_MS;
      change.checks.push(
        Number.isNaN(created)
          ? {
              id: "model-age",
              status: "fail",
              message: `createdAt "${version.createdAt}" is not a date`,
              file: paths.version(version.model, version.version),
            }
          : age <= policy.maxModelAgeDays
            ? {
                id: "model-age",
                status: "pass",
                message: `${version.version} is ${age.toFixed(1)} days old (max ${policy.maxModelAgeDays})`,
                file,
              }
            : {
                id: "model-age",
                status: "fail",
                message: `${version.version} is ${age.toFixed(1)} days old, over ${env}'s maximum of ${policy.maxModelAgeDays}`,
                file,
              },
      );
    }
    const metrics = Object.entries(policy.metrics ?? {});
    if (policy.requireEvaluation || metrics.length > 0) {
      const { checks, doc } = await this.evidence(version, "evaluation", ["pass", "warn"]);
      change.checks.push(...checks);
      if (doc) {
        const candidate = evaluationMetrics(doc) ?? {};
        const championVersion = champion?.version;
        let baseline: Record<string, number> = {};
        if (championVersion && championVersion !== version.version) {
          const cv = (
            await loadAt<ModelVersion>(this.reg, this.head, paths.version(version.model, championVersion))
          )?.value;
          // the champion evaluated on the same rows in this report, else the champion's own evidence
          const same = cv?.artifact?.sha256 ? evaluationMetrics(doc, "champion", cv.artifact.sha256) : null;
          if (same) baseline = same;
          else if (cv) {
            const ev = await this.evidence(cv, "evaluation", ["pass", "warn", "fail"]);
            baseline = (ev.doc ? evaluationMetrics(ev.doc) : null) ?? numbers(cv.evaluation?.summary);
          }
        }
        for (const [name, t] of metrics) {
          change.checks.push(
            ...checkMetricThreshold(name, t, candidate[name], baseline[name]).map((c) => ({ ...c, file })),
          );
        }
        if (policy.maxSliceDrop !== undefined) {
          change.checks.push(...sliceChecks(doc, policy.maxSliceDrop).map((c) => ({ ...c, file })));
        }
        if (policy.fairness)
          change.checks.push(...fairnessChecks(doc, policy.fairness).map((c) => ({ ...c, file })));
        if (policy.maxLatencyRatio !== undefined)
          change.checks.push(
            ...latencyChecks(doc, policy.maxLatencyRatio, version.artifact.sha256).map((c) => ({
              ...c,
              file,
            })),
          );
      }
    }
    if (policy.requireDataValidation) {
      const { checks } = await this.evidence(version, "data-validation", ["pass", "warn"]);
      change.checks.push(...checks);
    }
    const extra = this.options.extraChecks ?? [];
    for (const check of extra) {
      const results = await check.run({
        registry: this.reg,
        head: this.head,
        change,
        environment: env,
        policy,
        version,
        config: this.config,
        now: this.now,
        readText: (p) => this.readText(this.head, p),
      });
      change.checks.push(...results.map((r) => ({ ...r, file: r.file ?? file })));
    }
    if (policy.minTestScore !== undefined && !extra.some((c) => c.id === "ml-test-score")) {
      change.checks.push({
        id: "ml-test-score",
        status: "fail",
        message: `${env} requires an ML Test Score of ${policy.minTestScore} but no score check ran`,
        file,
      });
    }
    if ((policy.requiredApprovals ?? 0) > 0) {
      change.checks.push({
        id: "approvals",
        status: "skip",
        message: `${policy.requiredApprovals} approval(s) required: enforced by the pull request's review rules`,
        file,
      });
    }
  }

  async versionChange(path: string, model: string, versionName: string): Promise<GateChange> {
    const before = await loadAt<ModelVersion>(this.reg, this.mb, path);
    const after = await loadAt<ModelVersion>(this.reg, this.head, path);
    const change: GateChange = {
      path,
      fileKind: "model-version",
      kind: "edit",
      environment: null,
      model,
      version: versionName,
      from: null,
      to: null,
      traffic: null,
      qualityGatesSkipped: false,
      checks: [],
    };
    if (!after) {
      change.kind = "edit";
      for (const [env, states] of await this.liveUses(model, versionName)) {
        change.checks.push({
          id: "references",
          status: "fail",
          message: `${model} ${versionName} was deleted but is still named in ${env}`,
          file: path,
          ...states,
        });
      }
      return change;
    }
    const sc = schemaChecks(after, "model-version");
    change.checks.push(...sc);
    if (sc.some((c) => c.status === "fail")) return change;
    const v = after.value!;
    if (v.model !== model || v.version !== versionName) {
      change.checks.push({
        id: "references",
        status: "fail",
        message: `the file says ${v.model} ${v.version} but its path is ${path}`,
        file: path,
        line: after.parsed.lineOf(v.model !== model ? "model" : "version"),
        field: v.model !== model ? "model" : "version",
      });
      return change;
    }
    if (!(await loadAt(this.reg, this.head, paths.model(model)))) {
      change.checks.push({
        id: "references",
        status: "fail",
        message: `model "${model}" has no ${paths.model(model)}`,
        file: path,
        line: after.parsed.lineOf("model"),
        field: "model",
      });
    }
    if (!before?.value) {
      change.kind = "register";
      change.to = versionName;
      change.checks.push(await this.artifactCheck(this.head, v));
      for (const ref of v.evaluation?.evidence ?? []) {
        const { checks } = await this.evidence(v, ref.kind, ["pass", "warn", "fail"]);
        change.checks.push(...checks.map((c) => ({ ...c, id: "evidence-binding" })));
      }
      return change;
    }
    const b = before.value;
    if (JSON.stringify(b.artifact) !== JSON.stringify(v.artifact)) {
      change.checks.push({
        id: "immutable",
        status: "fail",
        message: `a registered version's artifact cannot change; register a new version`,
        file: path,
        line: after.parsed.lineOf("artifact"),
        field: "artifact",
      });
    }
    if (b.status !== "deprecated" && v.status === "deprecated") change.kind = "deprecate";
    else if (b.status === "deprecated" && v.status !== "deprecated") {
      change.checks.push({
        id: "immutable",
        status: "fail",
        message: "a deprecated version cannot be reactivated; register a new version",
        file: path,
        line: after.parsed.lineOf("status"),
        field: "status",
      });
    }
    return change;
  }

  async liveUses(model: string, version: string): Promise<Array<[string, { line: null }]>> {
    const out: Array<[string, { line: null }]> = [];
    for (const e of this.config.environments) {
      const s = (await loadAt<EnvironmentFile>(this.reg, this.head, paths.environment(e.name, model)))?.value;
      if (s && (s.version === version || s.canary?.version === version)) out.push([e.name, { line: null }]);
    }
    return out;
  }
}

/**
 * The policy gate: diffs the desired state from the merge base of `base` and `head` to `head`,
 * classifies each change and checks it. Every blocking reason is listed.
 */
export async function runGate(reg: Registry, options: GateOptions): Promise<RegistryCheckReport> {
  const base = await resolveCommit(reg, options.base);
  const head = await resolveCommit(reg, options.head);
  const mb = (await mergeBase(reg, base, head)) ?? base;
  const now = options.now ?? new Date();
  const changes: GateChange[] = [];
  const configFile = await loadAt<RegistryConfig>(reg, head, paths.config);
  if (!configFile)
    throw new UserError(`${paths.config} is missing at ${head.slice(0, 12)}: not a modelgate registry`);
  const configChecks = schemaChecks(configFile, "registry");
  let config: RegistryConfig | null = configChecks.some((c) => c.status === "fail") ? null : configFile.value;
  const paths_ = await changedPaths(reg, mb, head);
  if (!config) {
    changes.push({
      path: paths.config,
      fileKind: "registry",
      kind: "edit",
      environment: null,
      model: null,
      version: null,
      from: null,
      to: null,
      traffic: null,
      qualityGatesSkipped: false,
      checks: configChecks,
    });
    config = { name: "invalid", environments: [] };
  }
  const run = new GateRun(reg, base, head, mb, config, now, options);
  const inputs: EvidenceInput[] = [];
  for (const path of paths_) {
    const kind = fileKindOf(path);
    if (kind === "other") continue;
    const blob = await readBlobAt(reg, head, path).catch(() => null);
    if (blob) inputs.push({ role: "manifest", uri: `file:${path}`, sha256: hashBytes(blob.blob) });
    const envMatch = ENV_FILE.exec(path);
    const versionMatch = VERSION_FILE.exec(path);
    if (envMatch) changes.push(await run.envChange(path, envMatch[1]!, envMatch[2]!));
    else if (versionMatch) changes.push(await run.versionChange(path, versionMatch[1]!, versionMatch[2]!));
    else if (path === paths.config && changes.some((c) => c.path === path)) continue;
    else {
      const loaded = await loadAt<unknown>(reg, head, path);
      const checks = loaded ? schemaChecks(loaded, kind) : [];
      changes.push({
        path,
        fileKind: kind,
        kind: "edit",
        environment: null,
        model: MODEL_FILE.exec(path)?.[1] ?? null,
        version: null,
        from: null,
        to: null,
        traffic: null,
        qualityGatesSkipped: false,
        checks,
      });
    }
  }
  const blocking: BlockingReason[] = [];
  for (const c of changes) {
    for (const check of c.checks) {
      if (check.status !== "fail") continue;
      blocking.push({
        path: c.path,
        check: check.id,
        message: check.message,
        ...(check.file ? { file: check.file } : {}),
        ...(check.line !== undefined ? { line: check.line } : {}),
        ...(check.field ? { field: check.field } : {}),
      });
    }
  }
  const warn = changes.some((c) => c.checks.some((k) => k.status === "warn"));
  const verdict: Verdict = blocking.length > 0 ? "fail" : warn ? "warn" : "pass";
  const subjects = [
    ...new Set(changes.map((c) => (c.model ? `${c.model}${c.version ? `@${c.version}` : ""}` : c.path))),
  ];
  return {
    ...createEnvelope({
      kind: "registry-check",
      subject: subjects.length === 1 ? subjects[0]! : config.name,
      inputs,
      context: options.context ?? { commit: head, ref: null, runUrl: null, ci: false },
      verdict,
      createdAt: now,
    }),
    base,
    head,
    mergeBase: mb,
    blocked: blocking.length > 0,
    changes,
    blocking,
  };
}

/** A markdown summary of a gate report (PR comment / job summary). */
export function renderCheckMarkdown(report: RegistryCheckReport): string {
  const icon: Record<CheckStatus, string> = { pass: "✅", fail: "❌", warn: "⚠️", skip: "⏭️" };
  const lines: string[] = [];
  lines.push(`## modelgate registry check: ${report.blocked ? "❌ blocked" : "✅ passed"}`);
  lines.push("");
  lines.push(
    `base \`${report.base.slice(0, 12)}\` → head \`${report.head.slice(0, 12)}\`, ${report.changes.length} changed file(s)`,
  );
  if (report.blocking.length > 0) {
    lines.push("", "### Blocking reasons", "");
    for (const b of report.blocking)
      lines.push(
        `- ${mdText(b.file ?? b.path)}${b.line ? `:${b.line}` : ""}${b.field ? ` ${mdCode(b.field)}` : ""} — **${mdText(b.check)}**: ${mdText(b.message)}`,
      );
  }
  for (const c of report.changes) {
    const what = [
      mdText(c.kind),
      c.model === null || c.model === undefined ? null : mdText(c.model),
      c.environment ? `in ${mdText(c.environment)}` : null,
      c.from || c.to ? `${mdText(c.from ?? "∅")} → ${mdText(c.to ?? "∅")}` : null,
      c.traffic !== null ? `(${c.traffic}%)` : null,
    ]
      .filter(Boolean)
      .join(" ");
    lines.push("", `### ${mdCode(c.path)}: ${what}`, "");
    if (c.qualityGatesSkipped) lines.push("_Rollback: quality gates skipped (recorded)._", "");
    lines.push("| | check | result |", "| --- | --- | --- |");
    for (const k of c.checks) lines.push(`| ${icon[k.status]} | ${mdText(k.id)} | ${mdText(k.message)} |`);
  }
  return `${lines.join("\n")}\n`;
}
