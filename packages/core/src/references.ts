import type { Document } from "yaml";
import { DiagnosticCodes as C, type Diagnostic, type DiagnosticCode, type Severity } from "./diagnostics.js";
import type { LoadedManifest } from "./manifest.js";
import { kindFromPath, nodeAtPath } from "./manifest.js";

/** One loaded manifest of a registry, for the checks that look across files. */
export interface RegistryFile {
  /** The file name diagnostics carry. */
  file: string;
  loaded: LoadedManifest;
}

type Obj = Record<string, unknown>;

/**
 * Checks references between the manifests of one registry: environments name environments
 * of modelgate.yaml and registered versions, versions belong to registered models, lineage
 * digests match the dataset versions, a model's label and features are columns of its
 * dataset's schema. Files with errors of their own are skipped (their values are not trusted).
 */
export function checkRegistryReferences(files: readonly RegistryFile[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ok = files.filter(
    (f) => f.loaded.kind !== undefined && !f.loaded.diagnostics.some((d) => d.severity === "error"),
  );
  const of = (kind: string) => ok.filter((f) => f.loaded.kind === kind);
  const value = (f: RegistryFile) => f.loaded.value as Obj;
  // A file with errors of its own still exists: what it defines is not reported as missing
  // elsewhere (its own error names the cause). Keys as in the maps below, from its path.
  const broken = new Set<string>();
  for (const f of files) {
    if (ok.includes(f)) continue;
    const at = kindFromPath(f.file);
    if (at === undefined) continue;
    const n = at.names;
    if (at.kind === "model") broken.add(`model:${n.model}`);
    if (at.kind === "model-version") broken.add(`model-version:${n.model}@${n.version}`);
    if (at.kind === "dataset-schema") broken.add(`dataset-schema:${n.dataset}`);
    if (at.kind === "dataset-version") broken.add(`dataset-version:${n.dataset}@${n.version}`);
  }

  const models = new Map(of("model").map((f) => [value(f).name as string, f]));
  const versions = new Map(
    of("model-version").map((f) => [`${value(f).model as string}@${value(f).version as string}`, f]),
  );
  const schemas = new Map(of("dataset-schema").map((f) => [value(f).dataset as string, f]));
  const datasetVersions = new Map(
    of("dataset-version").map((f) => [`${value(f).dataset as string}@${value(f).version as string}`, f]),
  );
  const registries = of("registry");
  // only when modelgate.yaml itself loaded cleanly do we know the environments
  const environments =
    registries.length === 1 && files.filter((f) => f.loaded.kind === "registry").length === 1
      ? new Set(((value(registries[0]!).environments as Obj[]) ?? []).map((e) => e.name as string))
      : undefined;

  const report = (
    f: RegistryFile,
    path: (string | number)[],
    severity: Severity,
    code: DiagnosticCode,
    message: string,
    hint?: string,
  ) => {
    const pos = position(f.loaded, path);
    const d: Diagnostic = { severity, code, message, file: f.file, ...pos };
    if (hint !== undefined) d.hint = hint;
    out.push(d);
  };
  // environments, versions and declarations all name a model that must be registered
  const requireModel = (f: RegistryFile, model: string) => {
    if (!models.has(model) && !broken.has(`model:${model}`)) {
      report(
        f,
        ["model"],
        "error",
        C.UnknownReference,
        `model "${model}" is not registered`,
        `add models/${model}/model.yaml`,
      );
    }
  };

  for (const f of of("environment")) {
    const v = value(f);
    const model = v.model as string;
    const env = v.environment as string;
    if (environments !== undefined && !environments.has(env)) {
      report(
        f,
        ["environment"],
        "error",
        C.UnknownReference,
        `environment "${env}" is not an environment of modelgate.yaml`,
        `known environments: ${[...environments].join(", ")}`,
      );
    }
    requireModel(f, model);
    const canary = v.canary as Obj | undefined;
    const pointers: Array<[(string | number)[], string]> = [[["version"], v.version as string]];
    if (canary) pointers.push([["canary", "version"], canary.version as string]);
    for (const [path, version] of pointers) {
      const target = versions.get(`${model}@${version}`);
      if (target === undefined && broken.has(`model-version:${model}@${version}`)) continue;
      if (target === undefined) {
        report(
          f,
          path,
          "error",
          C.UnknownReference,
          `${model} ${version} is not registered`,
          `register it first: models/${model}/versions/${version}.yaml`,
        );
      } else if (value(target).status === "deprecated") {
        report(
          f,
          path,
          "warning",
          C.DeprecatedInUse,
          `${model} ${version} is deprecated but still serves in ${env}`,
        );
      }
    }
  }

  for (const f of of("model-version")) {
    const v = value(f);
    const model = v.model as string;
    requireModel(f, model);
    const lineage = (v.lineage as Obj | undefined)?.datasets as Obj[] | undefined;
    (lineage ?? []).forEach((d, i) => {
      const key = `${d.name as string}@${d.version as string}`;
      const target = datasetVersions.get(key);
      if (target === undefined && broken.has(`dataset-version:${key}`)) return;
      if (target === undefined) {
        report(
          f,
          ["lineage", "datasets", i, "version"],
          "warning",
          C.UnknownReference,
          `dataset version ${key} is not registered`,
          `add datasets/${d.name as string}/versions/${d.version as string}.yaml to bind the data by digest`,
        );
      } else if (value(target).sha256 !== d.sha256) {
        report(
          f,
          ["lineage", "datasets", i, "sha256"],
          "error",
          C.DigestMismatch,
          `sha256 of ${key} does not match the registered dataset version (${String(value(target).sha256).slice(0, 12)}…)`,
          "the version was trained or tested on other data than the registry records",
        );
      }
    });
  }

  for (const f of of("model")) {
    const v = value(f);
    const dataset = v.dataset as string;
    const schema = schemas.get(dataset);
    if (schema === undefined && broken.has(`dataset-schema:${dataset}`)) continue;
    if (schema === undefined) {
      report(
        f,
        ["dataset"],
        "warning",
        C.UnknownReference,
        `dataset "${dataset}" has no schema in the registry`,
        `add datasets/${dataset}/schema.yaml so data validation and signature checks can run`,
      );
      continue;
    }
    const columns = new Set(((value(schema).features as Obj[]) ?? []).map((c) => c.name as string));
    const check = (path: (string | number)[], column: unknown, what: string) => {
      if (typeof column === "string" && !columns.has(column)) {
        report(
          f,
          path,
          "error",
          C.UnknownReference,
          `${what} "${column}" is not a column of dataset ${dataset}`,
        );
      }
    };
    check(["label"], v.label, "label");
    const sig = v.signature as { inputs?: { features?: unknown[] } } | undefined;
    const lists: Array<[string[], unknown[] | undefined, string]> = [
      [["signature", "inputs", "features"], sig?.inputs?.features, "feature"],
      [["slices"], v.slices as unknown[] | undefined, "slice"],
      [["protectedAttributes"], v.protectedAttributes as unknown[] | undefined, "protected attribute"],
    ];
    for (const [path, list, what] of lists) {
      for (const [i, column] of (list ?? []).entries()) check([...path, i], column, what);
    }
  }

  for (const f of of("ml-test-score")) {
    const model = value(f).model as string;
    requireModel(f, model);
  }

  for (const f of of("dataset-version")) {
    const dataset = value(f).dataset as string;
    if (!schemas.has(dataset) && !broken.has(`dataset-schema:${dataset}`)) {
      report(
        f,
        ["dataset"],
        "warning",
        C.UnknownReference,
        `dataset "${dataset}" has no schema in the registry`,
        `add datasets/${dataset}/schema.yaml`,
      );
    }
  }
  return out;
}

function position(
  loaded: LoadedManifest,
  path: (string | number)[],
): { line: number; column: number; endLine: number; endColumn: number } {
  const doc = loaded.document as Document | undefined;
  const start = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if (doc === undefined) return start;
  const { node, key } = nodeAtPath(doc, path);
  const range = node?.range ?? key?.range;
  if (!range) return start;
  const a = loaded.lineCounter.linePos(range[0]);
  const b = loaded.lineCounter.linePos(range[1]);
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}
