import { posix } from "node:path";
import { UserError } from "./errors.js";

/**
 * The registry layout: where each kind of file lives in a registry repository, and the one
 * classifier every reader uses (lint, the gate, the deploy plan, history, status, the score).
 *
 *   modelgate.yaml                          registry      the configuration and policies
 *   models/<model>/model.yaml               model
 *   models/<model>/versions/<version>.yaml  model-version
 *   models/<model>/ml-test-score.yaml       ml-test-score the manual test declarations
 *   environments/<env>/<model>.yaml         environment   the desired state
 *   datasets/<dataset>/schema.yaml          dataset-schema
 *   datasets/<dataset>/versions/<v>.yaml    dataset-version
 *   artifacts/**                            artifact      model files a registration stores
 *   evidence/**                             evidence      reports a registration stores
 *
 * Manifests are spelled `.yaml`; a `.yml` file at a manifest's place is "misnamed" (refused
 * everywhere, with the fix: rename it). Any other path under the registry's directories, or a
 * manifest-like file at a wrong depth, is "unknown". Files outside those directories (README,
 * CODEOWNERS, .github/, docs/, …) are "repository" files: not part of the desired state.
 */

/** Every class a registry path can have. */
export const REGISTRY_PATH_KINDS = [
  "registry",
  "model",
  "model-version",
  "ml-test-score",
  "environment",
  "dataset-schema",
  "dataset-version",
  "artifact",
  "evidence",
  "misnamed",
  "unknown",
  "repository",
] as const;
export type RegistryPathKind = (typeof REGISTRY_PATH_KINDS)[number];

/** The classes that are manifests (YAML with a schema of the same name). */
export type RegistryManifestKind = Exclude<
  RegistryPathKind,
  "artifact" | "evidence" | "misnamed" | "unknown" | "repository"
>;

export interface RegistryPath {
  path: string;
  kind: RegistryPathKind;
  /** names the path implies: model, version, environment, dataset */
  names: { model?: string; version?: string; environment?: string; dataset?: string };
  /** for misnamed and unknown paths: what is wrong and how to fix it */
  problem?: string;
}

/** The top-level directories the registry owns; every path under them must have a class. */
export const REGISTRY_DIRECTORIES = ["models", "environments", "datasets", "artifacts", "evidence"] as const;

/** Paths of the registry's files. */
export const registryPaths = {
  config: "modelgate.yaml",
  model: (m: string) => `models/${m}/model.yaml`,
  version: (m: string, v: string) => `models/${m}/versions/${v}.yaml`,
  mlTestScore: (m: string) => `models/${m}/ml-test-score.yaml`,
  environment: (e: string, m: string) => `environments/${e}/${m}.yaml`,
  datasetSchema: (d: string) => `datasets/${d}/schema.yaml`,
  datasetVersion: (d: string, v: string) => `datasets/${d}/versions/${v}.yaml`,
  /** where `register` stores a version's evidence files */
  evidenceDir: (m: string, v: string) => `evidence/${m}/${v}`,
} as const;

type Rule = { re: RegExp; kind: RegistryManifestKind; groups: Array<keyof RegistryPath["names"]> };

// rules by top-level directory: whole-registry reads classify every file, so one lookup, few regexes
const RULES: Record<string, Rule[]> = {
  "": [{ re: /^modelgate\.(ya?ml)$/, kind: "registry", groups: [] }],
  models: [
    {
      re: /^models\/([^/]+)\/versions\/([^/]+)\.(ya?ml)$/,
      kind: "model-version",
      groups: ["model", "version"],
    },
    { re: /^models\/([^/]+)\/model\.(ya?ml)$/, kind: "model", groups: ["model"] },
    { re: /^models\/([^/]+)\/ml-test-score\.(ya?ml)$/, kind: "ml-test-score", groups: ["model"] },
  ],
  environments: [
    {
      re: /^environments\/([^/]+)\/([^/]+)\.(ya?ml)$/,
      kind: "environment",
      groups: ["environment", "model"],
    },
  ],
  datasets: [
    { re: /^datasets\/([^/]+)\/schema\.(ya?ml)$/, kind: "dataset-schema", groups: ["dataset"] },
    {
      re: /^datasets\/([^/]+)\/versions\/([^/]+)\.(ya?ml)$/,
      kind: "dataset-version",
      groups: ["dataset", "version"],
    },
  ],
};

const NOT_NORMALIZED = /^\/|\/\/|\/$|(?:^|\/)\.\.?(?:\/|$)/;
const GIT_COMPONENT = /(?:^|\/)\.git(?:\/|$)/i;

/** True when a path component is `.git` in any letter case (git refuses those on checkout). */
export function hasGitComponent(path: string): boolean {
  return GIT_COMPONENT.test(path);
}

/**
 * `classifyRegistryPath(path).kind` without building the result: for whole-registry reads
 * that classify every file of every commit.
 */
export function registryPathKind(path: string): RegistryPathKind {
  if (path === "" || path.includes("\\")) return classifyRegistryPath(path).kind;
  if (NOT_NORMALIZED.test(path) || GIT_COMPONENT.test(path)) return "unknown";
  const slash = path.indexOf("/");
  const top = slash < 0 ? "" : path.slice(0, slash);
  for (const rule of RULES[top] ?? []) {
    if (rule.re.test(path)) return path.endsWith(".yml") ? "misnamed" : rule.kind;
  }
  return classifyRegistryPath(path).kind;
}

/**
 * The class of a path relative to the registry root (forward slashes). Pure: the same path
 * always gets the same answer, whoever asks.
 */
export function classifyRegistryPath(path: string): RegistryPath {
  const p = path.includes("\\") ? path.replaceAll("\\", "/") : path;
  if (p === "" || NOT_NORMALIZED.test(p)) {
    return { path: p, kind: "unknown", names: {}, problem: "not a normalized path inside the repository" };
  }
  if (GIT_COMPONENT.test(p)) {
    return {
      path: p,
      kind: "unknown",
      names: {},
      problem: "a path component named .git (in any case) is refused",
    };
  }
  const slash = p.indexOf("/");
  const top = slash < 0 ? "" : p.slice(0, slash);
  for (const rule of RULES[top] ?? []) {
    const m = rule.re.exec(p);
    if (!m) continue;
    const names: RegistryPath["names"] = {};
    for (let i = 0; i < rule.groups.length; i++) names[rule.groups[i]!] = m[i + 1]!;
    if (m[rule.groups.length + 1] === "yml") {
      return {
        path: p,
        kind: "misnamed",
        names,
        problem: `registry manifests are spelled .yaml: rename ${p} to ${p.slice(0, -4)}.yaml`,
      };
    }
    return { path: p, kind: rule.kind, names };
  }
  if (top === "artifacts" || top === "evidence") {
    const parts = p.split("/");
    const names: RegistryPath["names"] = {};
    if (parts.length > 2) names.model = parts[1]!;
    if (parts.length > 3) names.version = parts[2]!;
    return { path: p, kind: top === "artifacts" ? "artifact" : "evidence", names };
  }
  if ((REGISTRY_DIRECTORIES as readonly string[]).includes(top)) {
    return {
      path: p,
      kind: "unknown",
      names: {},
      problem: `${p} is not a registry file: ${top}/ holds only ${LAYOUT_HINT[top as keyof typeof LAYOUT_HINT]}`,
    };
  }
  if (top === "" && /^modelgate\./i.test(p)) {
    return {
      path: p,
      kind: "unknown",
      names: {},
      problem: `the registry configuration is modelgate.yaml, not ${p}`,
    };
  }
  return { path: p, kind: "repository", names: {} };
}

const LAYOUT_HINT = {
  models: "<model>/model.yaml, <model>/ml-test-score.yaml and <model>/versions/<version>.yaml",
  environments: "<environment>/<model>.yaml",
  datasets: "<dataset>/schema.yaml and <dataset>/versions/<version>.yaml",
  artifacts: "artifacts",
  evidence: "evidence",
} as const;

/** True for the classes that are part of the desired state (everything but repository files). */
export function isRegistryFile(kind: RegistryPathKind): boolean {
  return kind !== "repository";
}

/**
 * The repository path of a `file:` URI, refusing anything that leaves the repository:
 * absolute paths, `..` segments that climb out, `.git`, backslashes and NUL bytes.
 */
export function repoPathOfFileUri(uri: string): string {
  if (!uri.startsWith("file:")) throw new UserError(`"${uri}" is not a file: URI`);
  let raw = uri.slice("file:".length);
  if (raw.startsWith("//"))
    throw new UserError(`"${uri}": file: URIs are paths inside the repository, not hosts`);
  try {
    raw = decodeURIComponent(raw);
  } catch {
    throw new UserError(`"${uri}": invalid percent-encoding`);
  }
  if (raw.includes("\\") || raw.includes("\0")) throw new UserError(`"${uri}": invalid characters in path`);
  if (raw.startsWith("/"))
    throw new UserError(`"${uri}": absolute paths are not allowed; use a path inside the repository`);
  const norm = posix.normalize(raw);
  if (norm === ".." || norm.startsWith("../") || norm === "." || norm === "") {
    throw new UserError(`"${uri}": the path escapes the repository`);
  }
  if (norm.split("/").some((p) => p === ".git"))
    throw new UserError(`"${uri}": paths inside .git are not allowed`);
  return norm;
}
