import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import {
  checkRegularFile,
  DiagnosticCodes,
  type EvidenceContext,
  hashBytes,
  loadManifestFile,
  loadManifestText,
  type ManifestKind,
  nodeAtPath,
  type ProgressListener,
  policyErrorPath,
  policyErrors,
  policyErrorText,
  renderDiagnostics,
  repoPathOfFileUri,
  UserError,
} from "@modelgate/core";
import { type EvaluateOptions, type EvaluationReport, evaluateModel, type ModelInput } from "./evaluate.js";
import type { EvaluationPolicy } from "./evaluation-policy.js";
import { renderHtml, renderMarkdown } from "./evaluation-render.js";
import { type ModelSpec, modelSpecFromManifest, TASKS, type Task } from "./spec.js";

/** Everything `modelgate evaluate` and the evaluate-model action take; paths relative to `cwd`. */
export interface EvaluationJob {
  cwd: string;
  context: EvidenceContext;
  /** ONNX file (direct mode) */
  model?: string;
  /**
   * Direct mode: a model manifest (models/<model>/model.yaml) whose task, label, signature,
   * decision threshold, slices and protected attributes apply, as in registry mode.
   */
  modelManifest?: string;
  champion?: string;
  data?: string;
  label?: string;
  task?: string;
  features?: string[];
  policy?: string;
  slices?: string[];
  protectedAttributes?: string[];
  /** registry mode */
  registry?: string;
  modelName?: string;
  version?: string;
  environment?: string;
  reference?: string;
  tolerance?: number;
  batchSize?: number;
  minSupport?: number;
  bins?: number;
  bootstrap?: number;
  seed?: number;
  /** compute permutation feature importance */
  importance?: boolean;
  /** how a message names an option: `--data` (the default, the CLI's flags), `input data` (the action's) */
  optionName?: (option: string) => string;
  threads?: number;
  /** rows re-run for the determinism check (default 1000) */
  determinismRows?: number;
  /** rows run one at a time for the batch-size-1 latency (default 100) */
  singleRowRuns?: number;
  /** progress of the evaluation's phases (for a bar or log lines; the report is the same without it) */
  onProgress?: ProgressListener;
}

export interface EvaluationJobResult {
  report: EvaluationReport;
  markdown: string;
  html: string;
  /** things the caller should tell the user (champion found, policy used, ...) */
  notes: string[];
}

async function loadKind(path: string, kind: ManifestKind, file: string): Promise<Record<string, unknown>> {
  if (!existsSync(path)) throw new UserError(`${file}: not found`);
  const loaded = await loadManifestFile(path, { kind, file });
  const errors = loaded.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0 || loaded.value === undefined)
    throw new UserError(
      `${file} is not a valid ${kind} manifest:\n${renderDiagnostics(errors, "text").trimEnd()}`,
    );
  return loaded.value as Record<string, unknown>;
}

/**
 * Reads a policy file: YAML or JSON of the shape of an environment's `policy` in modelgate.yaml,
 * validated by core against that schema; each problem names the file, line and field.
 */
export function readPolicyFile(path: string, file = path): EvaluationPolicy {
  let text: string;
  checkRegularFile(path, "policy");
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new UserError(`${file}: policy file not found`);
  }
  const loaded = loadManifestText(text, { file });
  const errors = loaded.diagnostics.filter(
    (d) => d.severity === "error" && d.code !== DiagnosticCodes.UnknownKind,
  );
  if (errors.length > 0 || loaded.value === undefined)
    throw new UserError(`${file} is not valid YAML:\n${renderDiagnostics(errors, "text").trimEnd()}`);
  const problems = policyErrors(loaded.value);
  if (problems.length > 0) {
    const lines = problems.map((e) => {
      const at = loaded.document ? nodeAtPath(loaded.document, policyErrorPath(e)) : null;
      const offset = at?.node?.range?.[0] ?? at?.key?.range?.[0];
      const pos = offset === undefined ? null : loaded.lineCounter.linePos(offset);
      return `${file}${pos ? `:${pos.line}:${pos.col}` : ""}: ${policyErrorText(e, loaded.value)}`;
    });
    throw new UserError(
      `${file} is not a valid policy (the shape of an environment's policy):\n${lines.join("\n")}`,
    );
  }
  return loaded.value as EvaluationPolicy;
}

/** A `file:` URI inside the registry to a path; anything else is refused here. */
function fileUri(registry: string, uri: string, field: string): string {
  if (!uri.startsWith("file:"))
    throw new UserError(`${field}: ${uri}: only file: URIs (inside the registry) can be evaluated locally`);
  try {
    // the gate's rule: a path inside the repository, never outside it or in .git
    return resolve(registry, repoPathOfFileUri(uri));
  } catch (error) {
    throw new UserError(`${field}: ${(error as Error).message}`);
  }
}

/**
 * Resolves a job (direct paths, or a model version in a registry with its champion, dataset,
 * policy and reference predictions), evaluates it, and renders the reports. Writes nothing.
 */
export async function runEvaluationJob(job: EvaluationJob): Promise<EvaluationJobResult> {
  const o = job.optionName ?? ((option: string) => `--${option}`);
  const at = (p: string) => resolve(job.cwd, p);
  const notes: string[] = [];
  let spec: ModelSpec;
  let model: ModelInput;
  let champion: ModelInput | undefined;
  let dataPath = job.data === undefined ? undefined : at(job.data);
  let dataUri = job.data;
  let policy: EvaluationPolicy | undefined;
  let reference: string | undefined = job.reference === undefined ? undefined : at(job.reference);
  let referenceUri: string | undefined = job.reference;
  let subject: string;
  let versionDoc: Record<string, unknown> | undefined;

  if (job.registry !== undefined) {
    const reg = at(job.registry);
    if (!job.modelName || !job.version)
      throw new UserError(`${o("registry")} needs ${o("model-name")} and ${o("version")}`);
    const rel = (p: string) => relative(job.cwd, p) || ".";
    const modelFile = join(reg, "models", job.modelName, "model.yaml");
    const versionFile = join(reg, "models", job.modelName, "versions", `${job.version}.yaml`);
    const modelDoc = await loadKind(modelFile, "model", rel(modelFile));
    spec = modelSpecFromManifest(modelDoc, rel(modelFile));
    subject = `${job.modelName}@${job.version}`;
    if (job.model !== undefined) {
      // before registering: the manifest, champion and policy from the registry, the file as given
      if (existsSync(versionFile))
        throw new UserError(
          `${o("model")}: ${subject} is registered (${rel(versionFile)}), so the registry names its artifact: leave out ${o("model")}`,
        );
      model = { path: at(job.model), uri: job.model };
      notes.push(`${subject} is not registered yet: evaluating ${job.model}`);
    } else {
      if (!existsSync(versionFile))
        throw new UserError(
          `${rel(versionFile)}: not found; to evaluate ${subject} before registering it, pass its file with --model`,
        );
      versionDoc = await loadKind(versionFile, "model-version", rel(versionFile));
      const artifact = versionDoc.artifact as {
        uri: string;
        sha256: string;
        referencePredictions?: { uri: string; sha256: string };
      };
      const artifactPath = fileUri(reg, artifact.uri, `${rel(versionFile)}: artifact.uri`);
      model = { path: artifactPath, uri: artifact.uri, expectedSha256: artifact.sha256 };
      const named = artifact.referencePredictions;
      if (reference === undefined && named !== undefined) {
        // the registered reference predictions, bound by their digest like the artifact
        const path = fileUri(reg, named.uri, `${rel(versionFile)}: artifact.referencePredictions.uri`);
        checkRegularFile(path, "reference predictions", rel(path));
        const actual = hashBytes(readFileSync(path));
        if (actual !== named.sha256)
          throw new UserError(
            `${rel(path)}: reference predictions digest sha256:${actual} differs from the manifest's sha256:${named.sha256}`,
          );
        reference = path;
        referenceUri = named.uri;
        notes.push(`reference predictions: ${rel(path)}`);
      }
      if (reference === undefined) {
        const beside = join(dirname(artifactPath), "reference-predictions.csv");
        if (existsSync(beside)) {
          reference = beside;
          referenceUri = `${artifact.uri.replace(/[^/]*$/, "")}reference-predictions.csv`;
          notes.push(`reference predictions: ${rel(beside)}`);
        }
      }
    }
    if (job.environment !== undefined) {
      const envFile = join(reg, "environments", job.environment, `${job.modelName}.yaml`);
      if (existsSync(envFile)) {
        const envDoc = await loadKind(envFile, "environment", rel(envFile));
        const live = envDoc.version as string;
        if (live === job.version)
          notes.push(`${job.version} is already live in ${job.environment}; no champion`);
        else {
          const champFile = join(reg, "models", job.modelName, "versions", `${live}.yaml`);
          const champDoc = await loadKind(champFile, "model-version", rel(champFile));
          const ca = champDoc.artifact as { uri: string; sha256: string };
          champion = {
            path: fileUri(reg, ca.uri, `${rel(champFile)}: artifact.uri`),
            uri: ca.uri,
            expectedSha256: ca.sha256,
          };
          notes.push(`champion: ${job.modelName}@${live}, live in ${job.environment}`);
        }
      } else notes.push(`nothing is live in ${job.environment}: no champion`);
      if (job.policy === undefined) {
        const regFile = join(reg, "modelgate.yaml");
        if (existsSync(regFile)) {
          const regDoc = await loadKind(regFile, "registry", rel(regFile));
          const env = (regDoc.environments as { name: string; policy?: unknown }[] | undefined)?.find(
            (e) => e.name === job.environment,
          );
          if (!env) throw new UserError(`${rel(regFile)}: no environment '${job.environment}'`);
          if (env.policy !== undefined) {
            // validated with the whole of modelgate.yaml by loadKind
            policy = env.policy as EvaluationPolicy;
            notes.push(`policy: environment ${job.environment} in ${rel(regFile)}`);
          }
        }
      }
    }
    if (dataPath === undefined) {
      if (versionDoc === undefined)
        throw new UserError(
          `${o("data")} is required: ${subject} is not registered, so no lineage names its test data`,
        );
      const test = (
        (versionDoc.lineage as { datasets?: { name: string; version: string; role: string }[] })?.datasets ??
        []
      ).find((d) => d.role === "test");
      if (!test)
        throw new UserError(`${rel(versionFile)}: no dataset with role test in lineage; pass ${o("data")}`);
      const dsFile = join(reg, "datasets", test.name, "versions", `${test.version}.yaml`);
      const dsDoc = await loadKind(dsFile, "dataset-version", rel(dsFile));
      dataUri = dsDoc.uri as string;
      // a dataset's data may live beside the registry (bound by the sha256 its version file
      // names), unlike artifacts and evidence, which the registry holds
      if (!dataUri.startsWith("file:") || dataUri.startsWith("file://"))
        throw new UserError(
          `${rel(dsFile)}: uri: ${dataUri}: only file: paths (relative to the registry) can be evaluated locally; pass --data`,
        );
      try {
        dataPath = resolve(reg, decodeURIComponent(dataUri.slice("file:".length)));
      } catch {
        throw new UserError(`${rel(dsFile)}: uri: ${dataUri}: invalid percent-encoding`);
      }
      notes.push(`data: ${test.name}@${test.version} (${rel(dataPath)})`);
    }
    if (job.champion !== undefined) champion = { path: at(job.champion), uri: job.champion };
  } else {
    if (job.model === undefined)
      throw new UserError(
        `give ${o("model")} (an ONNX file), or ${o("registry")} with ${o("model-name")} and ${o("version")}`,
      );
    if (job.data === undefined) throw new UserError(`${o("data")} is required`);
    if (job.modelManifest !== undefined) {
      spec = modelSpecFromManifest(
        await loadKind(at(job.modelManifest), "model", job.modelManifest),
        job.modelManifest,
      );
      if (job.task !== undefined) {
        if (!TASKS.includes(job.task as Task))
          throw new UserError(`${o("task")} "${job.task}" must be one of ${TASKS.join(", ")}`);
        spec.task = job.task as Task;
      }
    } else {
      const task = job.task ?? "binary-classification";
      if (!TASKS.includes(task as Task))
        throw new UserError(`${o("task")} "${task}" must be one of ${TASKS.join(", ")}`);
      if (job.label === undefined)
        throw new UserError(`${o("label")} is required without a registry model manifest`);
      spec = { task: task as Task, label: job.label };
    }
    model = { path: at(job.model), uri: job.model };
    if (job.champion !== undefined) champion = { path: at(job.champion), uri: job.champion };
    // named by the caller, never guessed from the path (evaluationJobFromText says which flags)
    if (!job.modelName || !job.version)
      throw new UserError(
        `${o("model")} needs ${o("model-name")} and ${o("version")}: they name the report's subject`,
      );
    subject = `${job.modelName}@${job.version}`;
  }
  if (job.label !== undefined) spec.label = job.label;
  if (job.task !== undefined && job.registry !== undefined) {
    if (!TASKS.includes(job.task as Task))
      throw new UserError(`${o("task")} "${job.task}" must be one of ${TASKS.join(", ")}`);
    spec.task = job.task as Task;
  }
  if (job.policy !== undefined) policy = readPolicyFile(at(job.policy), job.policy);
  if (dataPath === undefined) throw new UserError(`${o("data")} is required`);

  const opts: EvaluateOptions = {
    model,
    data: { path: dataPath, uri: dataUri ?? dataPath },
    spec,
    subject,
    context: job.context,
  };
  if (champion) opts.champion = champion;
  if (job.features) opts.features = job.features;
  if (job.slices) opts.slices = job.slices;
  if (job.protectedAttributes) opts.protectedAttributes = job.protectedAttributes;
  if (policy) opts.policy = policy;
  if (reference)
    opts.reference = {
      path: reference,
      uri: referenceUri ?? relative(job.cwd, reference),
      ...(job.tolerance !== undefined ? { tolerance: job.tolerance } : {}),
    };
  if (job.batchSize !== undefined) opts.batchSize = job.batchSize;
  if (job.minSupport !== undefined) opts.minSupport = job.minSupport;
  if (job.bins !== undefined) opts.bins = job.bins;
  if (job.threads !== undefined) opts.threads = job.threads;
  if (job.determinismRows !== undefined) opts.determinismRows = job.determinismRows;
  if (job.singleRowRuns !== undefined) opts.singleRowRuns = job.singleRowRuns;
  if (job.onProgress) opts.onProgress = job.onProgress;
  if (job.importance) opts.importance = { seed: job.seed ?? 1 };
  if (job.bootstrap !== undefined && job.bootstrap > 0)
    opts.bootstrap = { resamples: job.bootstrap, seed: job.seed ?? 1 };
  const report = await evaluateModel(opts);
  return { report, markdown: renderMarkdown(report), html: renderHtml(report), notes };
}
