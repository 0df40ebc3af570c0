import * as fs from "node:fs";
import { UserError } from "@modelgate/core";
import git from "isomorphic-git";
import { readTreeFilesWithGit } from "./batch.js";
import { defaultHead, type Registry, readTextAt, resolveCommit, treeEntriesAt } from "./git.js";
import { type FileDiagnostic, MAX_MANIFEST_BYTES, type ParsedManifest, parseManifest } from "./manifest.js";

export const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export interface MetricThreshold {
  threshold?: number;
  minAbsoluteChange?: number;
  minRelativeChange?: number;
  greaterIsBetter: boolean;
}

export interface Policy {
  requireEvaluation?: boolean;
  metrics?: Record<string, MetricThreshold>;
  maxSliceDrop?: number;
  fairness?: { demographicParityDifference?: number; equalOpportunityDifference?: number };
  requireDataValidation?: boolean;
  minTestScore?: number;
  maxModelAgeDays?: number;
  requiredApprovals?: number;
  requireCanary?: boolean;
}

export interface RegistryConfig {
  name: string;
  defaultBranch?: string;
  environments: Array<{ name: string; description?: string; policy?: Policy }>;
  artifacts?: { allowedHosts?: string[] };
  evidence?: { maxAgeDays?: number };
}

export interface EvidenceRef {
  kind: string;
  uri: string;
  sha256: string;
}

export interface ModelVersion {
  model: string;
  version: string;
  createdAt: string;
  artifact: { uri: string; sha256: string; bytes: number; format: string };
  lineage?: Record<string, unknown>;
  evaluation?: { summary?: Record<string, number>; evidence?: EvidenceRef[] };
  status: "active" | "deprecated";
  deprecation?: { reason: string; at: string };
}

export interface EnvironmentFile {
  model: string;
  environment: string;
  version: string;
  canary?: { version: string; traffic: number };
}

export interface ModelEntry {
  name: string;
  /** models/<model>/model.yaml, null when missing or invalid */
  manifest: Record<string, unknown> | null;
  versions: Map<string, ModelVersion>;
}

/** The desired state of the whole registry at one commit. */
export interface DesiredState {
  commit: string;
  config: RegistryConfig;
  models: Map<string, ModelEntry>;
  /** env -> model -> desired state */
  environments: Map<string, Map<string, EnvironmentFile>>;
  /** problems found while reading (invalid files are left out of the state) */
  diagnostics: FileDiagnostic[];
}

export const paths = {
  config: "modelgate.yaml",
  model: (m: string) => `models/${m}/model.yaml`,
  version: (m: string, v: string) => `models/${m}/versions/${v}.yaml`,
  environment: (e: string, m: string) => `environments/${e}/${m}.yaml`,
};

export interface Loaded<T> {
  path: string;
  text: string;
  value: T | null;
  parsed: ParsedManifest;
}

/** Reads and parses one manifest at a commit; null when the file does not exist. */
export async function loadAt<T>(reg: Registry, commit: string, path: string): Promise<Loaded<T> | null> {
  const text = await readTextAt(reg, commit, path);
  if (text === null) return null;
  const parsed = parseManifest(text, path);
  const value = parsed.diagnostics.length === 0 ? (parsed.value as T) : null;
  return { path, text, value, parsed };
}

/** Parses a manifest from a blob id already known from a tree listing (no path walk). */
async function loadOid<T>(
  reg: Registry,
  oid: string,
  path: string,
  data: Uint8Array | null = null,
): Promise<Loaded<T>> {
  const blob = data ?? (await git.readBlob({ fs, gitdir: reg.gitdir, oid, cache: reg.cache })).blob;
  const text = blob.byteLength > MAX_MANIFEST_BYTES ? "" : Buffer.from(blob).toString("utf8");
  const parsed =
    blob.byteLength > MAX_MANIFEST_BYTES
      ? {
          value: null,
          diagnostics: [
            {
              file: path,
              line: null,
              column: null,
              field: "",
              message: `file is over ${MAX_MANIFEST_BYTES} bytes`,
            },
          ],
          lineOf: () => null,
        }
      : parseManifest(text, path, { validate: false });
  const value = parsed.diagnostics.length === 0 ? (parsed.value as T) : null;
  return { path, text, value, parsed };
}

/** modelgate.yaml at a commit; a missing or unparsable file is an input error. */
export async function readConfig(reg: Registry, commit: string): Promise<RegistryConfig> {
  const loaded = await loadAt<RegistryConfig>(reg, commit, paths.config);
  if (!loaded)
    throw new UserError(`${paths.config} is missing at ${commit.slice(0, 12)}: not a modelgate registry`);
  const problems = [...loaded.parsed.diagnostics, ...configProblems(loaded.value, loaded.parsed)];
  if (problems.length > 0) throw new UserError(problems.map(formatDiagnostic).join("\n"));
  return loaded.value as RegistryConfig;
}

function configProblems(value: unknown, parsed: ParsedManifest): FileDiagnostic[] {
  const at = (field: string, message: string): FileDiagnostic => ({
    file: paths.config,
    line: parsed.lineOf(field),
    column: null,
    field,
    message,
  });
  if (value === null || typeof value !== "object") return [at("", "expected a mapping")];
  const c = value as Partial<RegistryConfig>;
  const out: FileDiagnostic[] = [];
  if (!Array.isArray(c.environments) || c.environments.length === 0) {
    out.push(at("environments", "environments must be a non-empty list"));
  } else {
    c.environments.forEach((e, i) => {
      if (!e || typeof e.name !== "string" || !NAME.test(e.name)) {
        out.push(at(`environments.${i}.name`, "environment name must match ^[a-z0-9][a-z0-9._-]{0,63}$"));
      }
    });
  }
  return out;
}

export function formatDiagnostic(d: FileDiagnostic): string {
  const where = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ""}` : d.file;
  return `${where}: ${d.field ? `${d.field}: ` : ""}${d.message}`;
}

const STATE_FILE =
  /^(models\/[^/]+\/model\.yaml|models\/[^/]+\/versions\/[^/]+\.yaml|environments\/[^/]+\/[^/]+\.yaml)$/;

/** Every model, version and environment file of a commit: path -> blob (git binary in one batch, else isomorphic-git). */
async function stateFiles(
  reg: Registry,
  commit: string,
): Promise<Map<string, { oid: string; data: Buffer | null }>> {
  const fast = await readTreeFilesWithGit(reg.gitdir, commit, ["models", "environments"], (p) =>
    STATE_FILE.test(p),
  );
  if (fast) return fast;
  const out = new Map<string, { oid: string; data: Buffer | null }>();
  for (const m of (await treeEntriesAt(reg, commit, "models")) ?? []) {
    if (m.type !== "tree") continue;
    for (const f of (await treeEntriesAt(reg, commit, `models/${m.path}`)) ?? []) {
      if (f.type === "blob" && f.path === "model.yaml")
        out.set(`models/${m.path}/model.yaml`, { oid: f.oid, data: null });
    }
    for (const v of (await treeEntriesAt(reg, commit, `models/${m.path}/versions`)) ?? []) {
      if (v.type === "blob") out.set(`models/${m.path}/versions/${v.path}`, { oid: v.oid, data: null });
    }
  }
  for (const e of (await treeEntriesAt(reg, commit, "environments")) ?? []) {
    if (e.type !== "tree") continue;
    for (const f of (await treeEntriesAt(reg, commit, `environments/${e.path}`)) ?? []) {
      if (f.type === "blob") out.set(`environments/${e.path}/${f.path}`, { oid: f.oid, data: null });
    }
  }
  return out;
}

/**
 * Reads the full desired state (every model, version and environment file) at a ref (default:
 * the deployed head). Files are parsed as YAML without schema validation, for speed on large
 * registries; `modelgate check` and `modelgate lint` validate.
 */
export async function readDesiredState(reg: Registry, ref?: string): Promise<DesiredState> {
  const commit = ref ? await resolveCommit(reg, ref) : await defaultHead(reg);
  const config = await readConfig(reg, commit);
  const diagnostics: FileDiagnostic[] = [];
  const models = new Map<string, ModelEntry>();
  const environments = new Map<string, Map<string, EnvironmentFile>>();
  const files = await stateFiles(reg, commit);
  const entry = (name: string): ModelEntry => {
    let e = models.get(name);
    if (!e) {
      e = { name, manifest: null, versions: new Map() };
      models.set(name, e);
    }
    return e;
  };
  for (const [path, file] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (!STATE_FILE.test(path)) continue;
    const loaded = await loadOid<Record<string, unknown>>(reg, file.oid, path, file.data);
    diagnostics.push(...loaded.parsed.diagnostics);
    const parts = path.split("/");
    if (parts[0] === "models" && parts[2] === "model.yaml") entry(parts[1]!).manifest = loaded.value;
    else if (parts[0] === "models") {
      const m = entry(parts[1]!);
      const v = loaded.value as ModelVersion | null;
      if (v) m.versions.set(String(v.version ?? parts[3]!.slice(0, -5)), v);
    } else if (loaded.value) {
      let states = environments.get(parts[1]!);
      if (!states) {
        states = new Map();
        environments.set(parts[1]!, states);
      }
      states.set(parts[2]!.slice(0, -5), loaded.value as unknown as EnvironmentFile);
    }
  }
  return { commit, config, models, environments, diagnostics };
}

export interface ModelStatus {
  model: string;
  environments: Array<{
    environment: string;
    version: string | null;
    canary: { version: string; traffic: number } | null;
  }>;
  versions: Array<{ version: string; status: string; createdAt: string; liveIn: string[] }>;
}

export interface RegistryStatus {
  registry: string;
  commit: string;
  environments: string[];
  models: ModelStatus[];
  diagnostics: FileDiagnostic[];
}

/** Every model, its live version and canary per environment, and its versions with their status. */
export async function registryStatus(reg: Registry, ref?: string): Promise<RegistryStatus> {
  const state = await readDesiredState(reg, ref);
  const envNames = state.config.environments.map((e) => e.name);
  const modelNames = new Set(state.models.keys());
  for (const states of state.environments.values()) for (const m of states.keys()) modelNames.add(m);
  const models: ModelStatus[] = [...modelNames].sort().map((model) => {
    const environments = envNames.map((environment) => {
      const s = state.environments.get(environment)?.get(model);
      return { environment, version: s?.version ?? null, canary: s?.canary ?? null };
    });
    const versions = [...(state.models.get(model)?.versions.values() ?? [])]
      .map((v) => ({
        version: v.version,
        status: v.status ?? "active",
        createdAt: String(v.createdAt ?? ""),
        liveIn: environments
          .filter((e) => e.version === v.version || e.canary?.version === v.version)
          .map((e) =>
            e.canary?.version === v.version
              ? `${e.environment} (canary ${e.canary.traffic}%)`
              : e.environment,
          ),
      }))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.version.localeCompare(b.version));
    return { model, environments, versions };
  });
  return {
    registry: state.config.name,
    commit: state.commit,
    environments: envNames,
    models,
    diagnostics: state.diagnostics,
  };
}
