import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import {
  hashBytes,
  type LiveChampion,
  loadManifestText,
  type ManifestKind,
  type PolicyEvaluation,
  UserError,
} from "@modelgate/core";
import { compareVersions } from "@modelgate/registry";
import { type DeclarationsFile, parseDeclarations } from "./declarations.js";
import {
  DEPENDENCY_AUTOMATION_FILES,
  type EvidenceFile,
  type ScoreInput,
  type ScorePolicy,
  type ScoreSubject,
} from "./score.js";

/** Evidence files larger than this are refused rather than parsed. */
export const MAX_EVIDENCE_BYTES = 64 * 1024 * 1024;

export interface LoadOptions {
  /** the registry directory (modelgate.yaml, models/, environments/, datasets/) */
  registry: string;
  model: string;
  /** default: the environment's champion, else the newest registered version */
  version?: string;
  /** default: the last environment of modelgate.yaml (production) */
  environment?: string;
  /** directories of evidence JSON (searched recursively); default <registry>/evidence/<model>/<version> */
  evidenceDirs?: string[];
  /** default <registry>/models/<model>/ml-test-score.yaml when it exists */
  declarations?: string;
  /** other directories to look for dependency-update configuration in (e.g. the project checkout) */
  repositoryRoots?: string[];
}

export interface LoadedScoreInputs {
  input: Omit<ScoreInput, "options" | "history">;
  artifact: { uri: string; sha256: string };
  declarationsRef: { uri: string; sha256: string } | null;
  /** modelgate.yaml evidence.maxAgeDays, when set */
  maxEvidenceAgeDays: number | undefined;
  /** the environment's minTestScore, when set */
  minTestScore: number | undefined;
  /** environments of modelgate.yaml in promotion order */
  environments: string[];
  /** modelgate.yaml and the version manifest, as read (validated) */
  config: Obj;
  versionManifest: Obj;
}

export type Obj = Record<string, unknown>;

/**
 * Reads a registry manifest with core's loader: YAML, its JSON Schema and consistency checks.
 * The first error becomes an input error naming file, line, column and field.
 */
function readYaml(path: string, label: string, kind: ManifestKind): Obj {
  if (!existsSync(path)) throw new UserError(`${label}: file not found`);
  const loaded = loadManifestText(readFileSync(path), { file: label, kind });
  const errors = loaded.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    const e = errors[0]!;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more; run modelgate lint ${label})` : "";
    throw new UserError(`${e.file}:${e.line}:${e.column}: ${e.message}${more}`);
  }
  const value = loaded.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new UserError(`${label}: expected a mapping`);
  }
  return value as Obj;
}

export const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/**
 * Reads everything the score needs from a registry directory: the version manifest (artifact
 * digest, lineage), the model (protected attributes, features), the environment policy, the
 * dataset schema and profiles, the evidence files and the declarations. The history is the
 * caller's (the registry's readHistoryEntries).
 */
export function loadScoreInputs(o: LoadOptions): LoadedScoreInputs {
  const reg = resolve(o.registry);
  if (!NAME.test(o.model)) throw new UserError(`--model "${o.model}" is not a valid model name`);
  const registry = readYaml(join(reg, "modelgate.yaml"), "modelgate.yaml", "registry");
  const envs = Array.isArray(registry.environments) ? (registry.environments as Obj[]) : [];
  const environments = envs.map((e) => str(e?.name)).filter((n): n is string => n !== null);
  const envName = o.environment ?? environments[environments.length - 1] ?? null;
  let environment: ScoreInput["environment"] = null;
  if (envName !== null) {
    const env = envs.find((e) => e?.name === envName);
    if (!env) {
      throw new UserError(
        `modelgate.yaml: no environment "${envName}" (environments: ${environments.join(", ")})`,
      );
    }
    // validated with the whole of modelgate.yaml by readYaml
    environment = { name: envName, policy: (env.policy ?? {}) as ScorePolicy };
  }
  const evidenceCfg = registry.evidence as Obj | undefined;
  const maxEvidenceAgeDays = typeof evidenceCfg?.maxAgeDays === "number" ? evidenceCfg.maxAgeDays : undefined;

  const modelFile = `models/${o.model}/model.yaml`;
  const model = readYaml(join(reg, modelFile), modelFile, "model");
  const version = o.version ?? defaultVersion(reg, o.model, envName);
  if (!NAME.test(version)) throw new UserError(`--version "${version}" is not a valid version name`);
  const versionFile = `models/${o.model}/versions/${version}.yaml`;
  const mv = readYaml(join(reg, versionFile), versionFile, "model-version");
  const artifact = (mv.artifact ?? {}) as Obj;
  const artifactSha = str(artifact.sha256);
  if (artifactSha === null || !/^[0-9a-f]{64}$/.test(artifactSha)) {
    throw new UserError(`${versionFile}: field "artifact.sha256" must be 64 lowercase hex characters`);
  }
  const lineage = (mv.lineage ?? {}) as Obj;
  const datasets = lineageDatasets(lineage);
  const datasetName = str(model.dataset) ?? datasets[0]?.name ?? null;
  const profileSha256s: string[] = [];
  for (const d of datasets.filter((x) => x.role === "train")) {
    const file = join(reg, "datasets", d.name, "versions", `${d.version}.yaml`);
    if (!existsSync(file)) continue;
    const dv = readYaml(file, `datasets/${d.name}/versions/${d.version}.yaml`, "dataset-version");
    const profile = str((dv.profile as Obj | undefined)?.sha256);
    if (profile) profileSha256s.push(profile);
  }
  const subject = buildSubject({
    model: o.model,
    version,
    modelDoc: model,
    versionDoc: mv,
    artifactSha256: artifactSha,
    datasets,
    profileSha256s,
    datasetSchemaSha256: schemaDigest(reg, datasetName),
  });

  // Evidence: the version manifest's evidence files plus every JSON file in the evidence directories.
  const paths = new Set<string>();
  const evalCfg = (mv.evaluation ?? {}) as Obj;
  for (const e of Array.isArray(evalCfg.evidence) ? (evalCfg.evidence as Obj[]) : []) {
    const uri = str(e?.uri);
    if (uri?.startsWith("file:")) {
      const p = resolve(reg, uri.slice(5));
      if (inside(reg, p) && existsSync(p)) paths.add(p);
    }
  }
  const dirs = o.evidenceDirs ?? [join(reg, "evidence", o.model, version)];
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      if (o.evidenceDirs) throw new UserError(`--evidence ${dir}: directory not found`);
      continue;
    }
    if (!statSync(dir).isDirectory()) throw new UserError(`--evidence ${dir}: not a directory`);
    for (const p of jsonFiles(dir)) paths.add(p);
  }
  const evidence: EvidenceFile[] = [];
  for (const p of [...paths].sort()) {
    const file = readEvidence(p, reg);
    // the same report reached twice (the manifest's evidence and an evidence directory) counts once
    if (file && !evidence.some((e) => e.sha256 === file.sha256)) evidence.push(file);
  }

  // Declarations.
  let declarations: DeclarationsFile | null = null;
  let declarationsRef: LoadedScoreInputs["declarationsRef"] = null;
  const declPath = o.declarations ?? join(reg, "models", o.model, "ml-test-score.yaml");
  if (o.declarations !== undefined || existsSync(declPath)) {
    if (!existsSync(declPath)) throw new UserError(`--declarations ${o.declarations}: file not found`);
    const bytes = readFileSync(declPath);
    const label = displayPath(reg, declPath);
    declarations = parseDeclarations(bytes.toString("utf8"), label, o.model);
    declarationsRef = { uri: `file:${label}`, sha256: hashBytes(bytes) };
  }

  const roots = [reg, ...(o.repositoryRoots ?? [])];
  const repositoryFiles = DEPENDENCY_AUTOMATION_FILES.filter((f) =>
    roots.some((r) => existsSync(join(r, f))),
  );

  const champion = envName === null ? undefined : liveChampion(reg, o.model, envName, version);
  return {
    input: {
      subject,
      environment,
      ...(champion !== undefined ? { champion } : {}),
      evidence,
      declarations,
      repositoryFiles: [...repositoryFiles],
    },
    artifact: { uri: str(artifact.uri) ?? "", sha256: artifactSha },
    declarationsRef,
    maxEvidenceAgeDays,
    minTestScore: environment?.policy.minTestScore,
    environments,
    config: registry,
    versionManifest: mv,
  };
}

/** The lineage datasets of a version manifest (entries without name, version and sha256 are skipped). */
export function lineageDatasets(lineage: Obj): ScoreSubject["datasets"] {
  return (Array.isArray(lineage.datasets) ? (lineage.datasets as Obj[]) : []).flatMap((d) => {
    const name = str(d?.name);
    const ver = str(d?.version);
    const sha = str(d?.sha256);
    return name && ver && sha ? [{ name, version: ver, sha256: sha, role: str(d.role) ?? "train" }] : [];
  });
}

/** The score's view of a model version from its parsed model.yaml and versions/<v>.yaml. */
export function buildSubject(a: {
  model: string;
  version: string;
  modelDoc: Obj;
  versionDoc: Obj;
  artifactSha256: string;
  datasets: ScoreSubject["datasets"];
  profileSha256s: string[];
  datasetSchemaSha256: string | null;
}): ScoreSubject {
  const signature = (a.modelDoc.signature ?? {}) as Obj;
  const features = ((signature.inputs ?? {}) as Obj).features;
  const lineage = (a.versionDoc.lineage ?? {}) as Obj;
  const createdAt = a.versionDoc.createdAt;
  return {
    model: a.model,
    version: a.version,
    artifactSha256: a.artifactSha256,
    createdAt: str(createdAt) ?? (createdAt instanceof Date ? createdAt.toISOString() : null),
    codeCommit: str(lineage.codeCommit),
    datasets: a.datasets,
    profileSha256s: a.profileSha256s,
    datasetSchemaSha256: a.datasetSchemaSha256,
    protectedAttributes: Array.isArray(a.modelDoc.protectedAttributes)
      ? (a.modelDoc.protectedAttributes as unknown[]).filter((x): x is string => typeof x === "string")
      : [],
    features: Array.isArray(features) ? features.filter((x): x is string => typeof x === "string") : [],
  };
}

function schemaDigest(reg: string, dataset: string | null): string | null {
  if (dataset === null) return null;
  const file = join(reg, "datasets", dataset, "schema.yaml");
  return existsSync(file) ? hashBytes(readFileSync(file)) : null;
}

/**
 * The version live in `env`: the champion the policy compares a candidate with (as the gate
 * would at its promotion), with its digest, summary and first evaluation evidence file. Null
 * when nothing is live; undefined when the scored version is the live one (each evaluation is
 * then judged against the champion it ran, the one it replaced).
 */
function liveChampion(
  reg: string,
  model: string,
  env: string,
  scored: string,
): LiveChampion | null | undefined {
  const envFile = `environments/${env}/${model}.yaml`;
  if (!existsSync(join(reg, envFile))) return null;
  const live = str(readYaml(join(reg, envFile), envFile, "environment").version);
  if (live === null) return null;
  if (live === scored) return undefined;
  const name = `${model}@${live}`;
  const file = `models/${model}/versions/${live}.yaml`;
  if (!existsSync(join(reg, file))) return { name, sha256: "", summary: null }; // nothing can match: fails closed
  const mv = readYaml(join(reg, file), file, "model-version");
  const evaluation = (mv.evaluation ?? {}) as Obj;
  let own: PolicyEvaluation | null = null;
  for (const e of Array.isArray(evaluation.evidence) ? (evaluation.evidence as Obj[]) : []) {
    const uri = str(e?.uri);
    if (e?.kind !== "evaluation" || !uri?.startsWith("file:")) continue;
    const p = resolve(reg, uri.slice(5));
    if (!inside(reg, p) || !existsSync(p)) continue;
    const doc = readEvidence(p, reg)?.doc;
    if (typeof doc === "object" && doc !== null) own = doc as PolicyEvaluation;
    break;
  }
  return {
    name,
    sha256: str((mv.artifact as Obj | undefined)?.sha256) ?? "",
    evaluation: own,
    summary: (evaluation.summary as Record<string, number> | undefined) ?? null,
  };
}

function defaultVersion(reg: string, model: string, env: string | null): string {
  if (env !== null) {
    const file = join(reg, "environments", env, `${model}.yaml`);
    if (existsSync(file)) {
      const state = readYaml(file, `environments/${env}/${model}.yaml`, "environment");
      const v = str(state.version);
      if (v) return v;
    }
  }
  const dir = join(reg, "models", model, "versions");
  const versions = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".yaml"))
        .map((f) => f.slice(0, -5))
    : [];
  if (versions.length === 0)
    throw new UserError(`models/${model}/versions: no version registered; pass --version`);
  return versions.sort(compareVersions)[versions.length - 1]!;
}

export function* jsonFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsonFiles(p);
    else if (entry.isFile() && entry.name.endsWith(".json")) yield p;
  }
}

export function readEvidence(path: string, reg: string): EvidenceFile | null {
  const uri = `file:${displayPath(reg, path)}`;
  const size = statSync(path).size;
  if (size > MAX_EVIDENCE_BYTES) {
    return {
      uri,
      sha256: "0".repeat(64),
      parseError: `evidence is ${size} bytes, over ${MAX_EVIDENCE_BYTES}`,
    };
  }
  return evidenceFromBytes(uri, readFileSync(path));
}

/** Parses one evidence file's bytes; a score report (this command's own output) is skipped (null). */
export function evidenceFromBytes(uri: string, bytes: Uint8Array | string): EvidenceFile | null {
  const sha256 = hashBytes(bytes);
  let doc: unknown;
  try {
    doc = JSON.parse(typeof bytes === "string" ? bytes : Buffer.from(bytes).toString("utf8"));
  } catch (error) {
    return { uri, sha256, parseError: `not valid JSON: ${(error as Error).message}` };
  }
  if (typeof doc === "object" && doc !== null && (doc as Obj).kind === "ml-test-score-report") return null;
  return { uri, sha256, doc };
}

function inside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel !== "" && !rel.startsWith("..") && !rel.startsWith(sep);
}

function displayPath(reg: string, p: string): string {
  return inside(reg, p) ? relative(reg, p).split(sep).join("/") : p;
}
