import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import {
  checkRegularFile,
  decidesOnEvaluation,
  downloadRemote,
  type EvidenceInput,
  type EvidenceVerifyMode,
  evidenceVerifyMode,
  type FetchLike,
  hashBytes,
  hashFile,
  loadManifestText,
  type ManifestKind,
  UserError,
  verificationMethods,
} from "@modelgate/core";
import {
  artifactRemoteRules,
  type EvidenceVerificationResult,
  type EvidenceVerifier,
  type EvidenceVerifyRequest,
  type ExtraCheck,
  type FigureMismatch,
  type ModelVersion,
  type Registry,
  type RegistryConfig,
  repoPathOfFileUri,
  trustedAsIs,
} from "@modelgate/registry";
import {
  compareFigures,
  DATA_VALIDATION_FIGURES,
  EVALUATION_FIGURES,
  type FigureRules,
  isTimingCheck,
  RECOMPUTE_TOLERANCE,
  showFigure,
} from "./figures.js";
import { mlTestScoreGateCheck } from "./gate-check.js";
import { type RegistryFiles, snapshotFiles } from "./registry-files.js";

/**
 * Evidence verification by recomputation: the gate re-derives every figure it decides on from
 * inputs bound by digest — the challenger's and the champion's artifacts, the registered
 * dataset versions, the dataset schema, the reference predictions — with the same jobs
 * `modelgate evaluate` and `modelgate validate-data` run, and compares each figure with the
 * file. A figure that differs refuses the file, naming it with both values; an input it cannot
 * reach leaves the file unverified, with the reason and the fix.
 */

export interface RecomputeOptions {
  /** the fetch for https artifacts and data (default: the global fetch) */
  fetch?: FetchLike;
  /**
   * Where `file:` URIs that leave the repository (`file:../data/test.csv`) are read from: the
   * registry's checkout on this machine (modelgate check in embedded mode). The bytes must
   * still hash to the registered sha256. Without it such inputs are unreachable.
   */
  localRoot?: string;
  /** relative tolerance of a recomputed figure (default RECOMPUTE_TOLERANCE) */
  tolerance?: number;
  /** onnxruntime and DuckDB threads while re-running (default: theirs) */
  threads?: number;
  /**
   * Asked before a re-run starts: why re-runs cannot start here (the engines, onnxruntime and
   * DuckDB, are not installed: the check and deploy actions install them only when a policy asks
   * for recomputation), or null when they can. A reason leaves every evaluation and
   * data-validation file unverified with it, so the gate blocks (fail closed).
   */
  enginesMissing?: () => string | null;
  /**
   * The verifier of `evidence.verify: provenance` (and of `either` when recomputing cannot):
   * on GitHub, `provenanceVerifier` of @modelgate/github, which asks the Actions API which run
   * made each file. Without it provenance cannot be checked here and such files stay unverified.
   */
  provenance?: EvidenceVerifier;
}

/** One file to verify, wherever the registry's files come from. */
export interface VerifyFileRequest {
  files: RegistryFiles;
  config: RegistryConfig;
  /** the version the evidence is about */
  version: ModelVersion;
  kind: string;
  doc: Record<string, unknown>;
  mode: EvidenceVerifyMode;
}

/** Why provenance cannot be verified where no GitHub API is at hand (docs/security.md). */
export const PROVENANCE_UNAVAILABLE =
  "cannot verify provenance here: which trusted workflow run made a file is asked of GitHub's Actions API, which the check and deploy actions reach and the embedded mode does not; gate it on GitHub, or set evidence.verify: recompute or either";

/** An input that cannot be reached: the file stays unverified, with this reason and fix. */
class Unreachable extends Error {}

/** A re-run: the recomputed report and what it cost. */
interface Rerun {
  report: Record<string, unknown>;
  rows: number;
  seconds: number;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const short = (sha: string) => `${sha.slice(0, 12)}…`;
const EMPTY_CONTEXT = { commit: null, ref: null, runUrl: null, ci: false };

/**
 * The recompute verifier (`GateOptions.verifier`). Re-runs are memoized by their inputs'
 * digests and settings, so two files claiming one evaluation (or the same data validated for
 * two versions) cost one run; a file's own bytes never decide what is re-run.
 */
export class EvidenceRecomputer implements EvidenceVerifier {
  private readonly reruns = new Map<string, Promise<Rerun>>();

  constructor(readonly options: RecomputeOptions = {}) {}

  async verify(request: EvidenceVerifyRequest): Promise<EvidenceVerificationResult> {
    const file = (mode: EvidenceVerifyRequest["mode"]) =>
      this.verifyFile({
        files: snapshotFiles(request.snapshot),
        config: request.config,
        version: request.version,
        kind: request.ref.kind,
        doc: request.doc,
        mode,
      });
    const provenance = this.options.provenance;
    const methods = verificationMethods(request.mode);
    if (provenance === undefined || !methods.includes("provenance")) return file(request.mode);
    if (!methods.includes("recompute")) return provenance.verify(request);
    // either: a recomputation that disagrees stands; provenance answers only where it cannot run
    const r = await file("recompute");
    if (r.status !== "unverified") return r;
    const p = await provenance.verify({ ...request, mode: "provenance" });
    return p.status === "verified"
      ? p
      : { ...p, message: `recompute: ${r.message}; provenance: ${p.message}` };
  }

  /** Verifies one file under a mode: recompute, and for either, provenance when recomputing cannot. */
  async verifyFile(req: VerifyFileRequest): Promise<EvidenceVerificationResult> {
    const methods = verificationMethods(req.mode);
    if (methods.length === 0) return trustedAsIs();
    let recomputeNote: string | null = null;
    if (methods.includes("recompute")) {
      const r = await this.recompute(req);
      if (r.status !== "unverified" || !methods.includes("provenance")) return r;
      recomputeNote = r.message;
    }
    return {
      status: "unverified",
      method: null,
      message: recomputeNote
        ? `recompute: ${recomputeNote}; provenance: ${PROVENANCE_UNAVAILABLE}`
        : PROVENANCE_UNAVAILABLE,
      mismatches: [],
      doc: null,
      cost: null,
    };
  }

  async recompute(req: VerifyFileRequest): Promise<EvidenceVerificationResult> {
    const unverified = (message: string): EvidenceVerificationResult => ({
      status: "unverified",
      method: null,
      message,
      mismatches: [],
      doc: null,
      cost: null,
    });
    if (req.kind !== "evaluation" && req.kind !== "data-validation")
      return unverified(
        `${req.kind} evidence has no recomputation (only evaluation and data-validation reports do)`,
      );
    const missing = this.options.enginesMissing?.() ?? null;
    if (missing !== null) return unverified(missing);
    const tmp = mkdtempSync(join(tmpdir(), "modelgate-recompute-"));
    try {
      const plan =
        req.kind === "evaluation"
          ? await this.evaluationPlan(req, tmp)
          : await this.dataValidationPlan(req, tmp);
      const started = performance.now();
      let cached = true;
      let run = this.reruns.get(plan.key);
      if (!run) {
        cached = false;
        run = plan.run();
        this.reruns.set(plan.key, run);
        // a failed run is not remembered: the next file may find its inputs
        run.catch(() => this.reruns.delete(plan.key));
      }
      let rerun: Rerun;
      try {
        rerun = await run;
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        return unverified(`running it again on the registered inputs failed: ${error.message}`);
      }
      const seconds = cached ? rerun.seconds : (performance.now() - started) / 1000 + plan.fetchSeconds;
      const cost = { seconds, rows: rerun.rows, cached };
      const figures = compareFigures(
        req.doc,
        rerun.report,
        plan.rules,
        this.options.tolerance ?? RECOMPUTE_TOLERANCE,
      );
      const mismatches: FigureMismatch[] = [...inputMismatches(req.doc, rerun.report), ...figures.mismatches];
      const costText = `${rerun.rows} rows, ${seconds.toFixed(2)} s${cached ? ", reused" : ""}`;
      if (mismatches.length > 0) {
        const total = mismatches.length + figures.more;
        const shown = mismatches
          .slice(0, 5)
          .map(
            (m) => `${m.figure}: claimed ${showFigure(m.claimed)}, recomputed ${showFigure(m.recomputed)}`,
          );
        return {
          status: "refused",
          method: null,
          message: `${total} figure(s) differ from their recomputation on ${plan.what}: ${shown.join("; ")}${total > 5 ? `; and ${total - 5} more` : ""} (${costText})`,
          mismatches,
          doc: null,
          cost,
        };
      }
      return {
        status: "verified",
        method: "recompute",
        message: `recomputed on ${plan.what}: ${figures.compared} figures agree (${costText})`,
        mismatches: [],
        doc: plan.verified(rerun.report),
        cost,
      };
    } catch (error) {
      if (error instanceof Unreachable) return unverified(error.message);
      throw error;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  /** The inputs of an evaluation, fetched by digest, and how to run it again. */
  private async evaluationPlan(req: VerifyFileRequest, tmp: string): Promise<Plan> {
    const claim = req.doc;
    const v = req.version;
    const fetchStarted = performance.now();
    const inputs = inputsOf(claim);
    const model = inputs.find((i) => i.role === "model");
    if (!model || model.sha256 !== v.artifact.sha256)
      throw new Unreachable(`its "model" input is not ${v.model}@${v.version}'s artifact`);
    const data = inputs.find((i) => i.role === "data");
    if (!data) throw new Unreachable('it names no "data" input, so there is nothing to run it on');
    const models = Array.isArray(claim.models) ? (claim.models as Obj[]) : [];
    const championSha =
      (models.find((m) => m.role === "champion")?.sha256 as string | undefined) ??
      inputs.find((i) => i.role === "champion")?.sha256 ??
      null;
    const reference = inputs.find((i) => i.role === "reference") ?? null;

    const challengerPath = join(v.model, v.version, "model.onnx");
    await this.materialize(
      req,
      v.artifact.uri,
      v.artifact.sha256,
      join(tmp, challengerPath),
      `the artifact of ${v.model}@${v.version}`,
      "artifact",
    );
    let championName: string | null = null;
    let championPath: string | null = null;
    if (championSha) {
      const cv = await versionByArtifact(req.files, v.model, championSha);
      if (!cv)
        throw new Unreachable(
          `the champion it ran (artifact sha256 ${short(championSha)}) is not a registered version of ${v.model}, so the gate cannot fetch it: evaluate against a registered version`,
        );
      championName = `${v.model}@${cv.version}`;
      championPath = await this.materialize(
        req,
        cv.artifact.uri,
        cv.artifact.sha256,
        join(tmp, "champion", "model.onnx"),
        `the artifact of the champion ${championName}`,
        "artifact",
      );
    }
    const { dataset, path: dataPath } = await this.registeredData(req, data.sha256, join(tmp, "data"));
    let referencePath: string | null = null;
    if (reference) {
      // the reference predictions registered with the version (artifact.referencePredictions)
      // when they are the bytes it compared with; the report's own URI is where evaluate read them
      const registered = v.artifact.referencePredictions;
      const uri = registered?.sha256 === reference.sha256 ? registered.uri : reference.uri;
      if (!/^(file|https):/i.test(uri))
        throw new Unreachable(
          `the reference predictions it compared with (${uri}, sha256 ${short(reference.sha256)}) are not registered with ${v.model}@${v.version}, so the gate cannot fetch them: register them with the version (modelgate register --reference)`,
        );
      referencePath = await this.materialize(
        req,
        uri,
        reference.sha256,
        join(tmp, "reference", fileName(uri, "reference-predictions.csv")),
        "the reference predictions",
      );
    }
    const manifestPath = `models/${v.model}/model.yaml`;
    const manifest = await req.files.read(manifestPath);
    if (!manifest.ok) throw new Unreachable(`${manifestPath}: ${manifest.problem}`);
    writeFile(join(tmp, "model.yaml"), manifest.bytes);
    const manifestDoc = parseManifest(manifest.bytes, manifestPath, "model");
    const signatureFeatures = (
      ((manifestDoc.signature as Obj | undefined)?.inputs as Obj | undefined)?.features as
        | unknown[]
        | undefined
    )?.length;

    const settings = settingsOf(claim);
    if (settings.policy !== null) writeFile(join(tmp, "policy.json"), JSON.stringify(settings.policy));
    const slices = [...new Set(((claim.slices as Obj[] | undefined) ?? []).map((s) => String(s.feature)))];
    const protectedAttributes = ((claim.fairness as Obj[] | undefined) ?? []).map((f) => String(f.attribute));
    const challenger = models.find((m) => m.role === "challenger");
    const batchSize = ((challenger?.latency as Obj | undefined)?.batch as Obj | undefined)?.batchSize;
    const determinismRows = (claim.determinism as Obj | undefined)?.rows;
    const parity = claim.parity as Obj | null | undefined;
    const job = {
      cwd: tmp,
      context: EMPTY_CONTEXT,
      model: challengerPath,
      // the report's subject; the re-run is the same whichever version names these bytes
      modelName: v.model,
      version: v.version,
      modelManifest: "model.yaml",
      data: dataPath,
      ...(typeof claim.label === "string" ? { label: claim.label } : {}),
      ...(typeof claim.task === "string" ? { task: claim.task } : {}),
      ...(championPath ? { champion: championPath } : {}),
      ...(!signatureFeatures && Array.isArray(claim.features)
        ? { features: claim.features.map(String) }
        : {}),
      ...(slices.length > 0 ? { slices } : {}),
      ...(protectedAttributes.length > 0 ? { protectedAttributes } : {}),
      ...(typeof claim.minSupport === "number" ? { minSupport: claim.minSupport } : {}),
      bins: settings.bins,
      seed: settings.seed,
      ...(settings.bootstrap > 0 ? { bootstrap: settings.bootstrap } : {}),
      importance: Array.isArray(claim.featureImportance),
      ...(referencePath ? { reference: referencePath } : {}),
      ...(typeof parity?.tolerance === "number" ? { tolerance: parity.tolerance } : {}),
      ...(typeof batchSize === "number" ? { batchSize } : {}),
      ...(typeof determinismRows === "number" && determinismRows > 0 ? { determinismRows } : {}),
      ...(settings.policy !== null ? { policy: "policy.json" } : {}),
      ...(this.options.threads !== undefined ? { threads: this.options.threads } : {}),
    };
    const key = hashBytes(
      JSON.stringify({
        kind: "evaluation",
        challenger: v.artifact.sha256,
        champion: championSha,
        data: dataset.sha256,
        reference: reference?.sha256 ?? null,
        manifest: manifest.sha256,
        job: {
          ...job,
          cwd: null,
          model: null,
          modelName: null,
          version: null,
          data: null,
          champion: null,
          reference: null,
        },
      }),
    );
    return {
      key,
      what: `${v.model}@${v.version}${championName ? ` and the champion ${championName}` : ""} on ${dataset.name}@${dataset.version}`,
      rules: EVALUATION_FIGURES,
      fetchSeconds: (performance.now() - fetchStarted) / 1000,
      run: async () => {
        const started = performance.now();
        const { runEvaluationJob } = await import("@modelgate/model");
        const { report } = await runEvaluationJob(job);
        return {
          report: report as unknown as Obj,
          rows: report.dataset.rows,
          seconds: (performance.now() - started) / 1000,
        };
      },
      verified: (recomputed) => withMeasurements(claim, recomputed),
    };
  }

  /** The inputs of a data validation (schema, data, reference), fetched by digest, and how to run it again. */
  private async dataValidationPlan(req: VerifyFileRequest, tmp: string): Promise<Plan> {
    const claim = req.doc;
    const fetchStarted = performance.now();
    const inputs = inputsOf(claim);
    const schemaIn = inputs.find((i) => i.role === "schema");
    const dataIn = inputs.find((i) => i.role === "data");
    const refIn = inputs.find((i) => i.role === "reference") ?? null;
    if (!schemaIn || !dataIn)
      throw new Unreachable(
        `it names no "${schemaIn ? "data" : "schema"}" input, so there is nothing to run it on`,
      );
    const schema = await schemaBySha(req.files, schemaIn.sha256);
    if (!schema)
      throw new Unreachable(
        `its schema (sha256 ${short(schemaIn.sha256)}) is no datasets/<dataset>/schema.yaml of the registry: validate against the registry's schema`,
      );
    writeFile(join(tmp, "schema.yaml"), schema.bytes);
    const { dataset: data, path: dataPath } = await this.registeredData(
      req,
      dataIn.sha256,
      join(tmp, "data"),
    );
    let referencePath: string | null = null;
    let referenceName = "";
    if (refIn) {
      const profile = await profileBySha(req.files, refIn.sha256);
      if (profile) {
        referenceName = `the profile of ${profile.name}@${profile.version}`;
        referencePath = await this.materialize(
          req,
          profile.uri,
          refIn.sha256,
          join(tmp, "reference", fileName(profile.uri, "profile.json")),
          referenceName,
        );
      } else {
        const ref = await this.registeredData(req, refIn.sha256, join(tmp, "reference"), "reference");
        referenceName = `${ref.dataset.name}@${ref.dataset.version}`;
        referencePath = ref.path;
      }
    }
    const environment = typeof claim.environment === "string" ? claim.environment : "training";
    const referenceEnvironment =
      claim.comparison === "skew"
        ? "training"
        : claim.comparison === "drift" && environment === "serving"
          ? "serving"
          : undefined;
    const job = {
      cwd: tmp,
      context: EMPTY_CONTEXT,
      schema: "schema.yaml",
      data: dataPath,
      ...(referencePath ? { reference: referencePath } : {}),
      environment,
      ...(referenceEnvironment ? { referenceEnvironment } : {}),
      ...(typeof claim.subject === "string" ? { subject: claim.subject } : {}),
      ...(this.options.threads !== undefined ? { engine: { threads: this.options.threads } } : {}),
    };
    const key = hashBytes(
      JSON.stringify({
        kind: "data-validation",
        schema: schemaIn.sha256,
        data: data.sha256,
        reference: refIn?.sha256 ?? null,
        environment,
        referenceEnvironment: referenceEnvironment ?? null,
        subject: job.subject ?? null,
      }),
    );
    return {
      key,
      what: `${data.name}@${data.version}${referencePath ? ` against ${referenceName}` : ""} with ${schema.path}`,
      rules: DATA_VALIDATION_FIGURES,
      fetchSeconds: (performance.now() - fetchStarted) / 1000,
      run: async () => {
        const started = performance.now();
        const { runDataValidationJob } = await import("@modelgate/data");
        const { report } = await runDataValidationJob(job);
        return {
          report: report as unknown as Obj,
          rows: report.summary.rows,
          seconds: (performance.now() - started) / 1000,
        };
      },
      verified: () => claim,
    };
  }

  /**
   * The registered dataset version with this digest, fetched: every version registered with it
   * is tried (the version's lineage first) until one is reachable; none reachable leaves the
   * file unverified with the first one's reason.
   */
  private async registeredData(
    req: VerifyFileRequest,
    sha256: string,
    dir: string,
    role = "data",
  ): Promise<{ dataset: DatasetVersionRef; path: string }> {
    let first: Unreachable | null = null;
    for await (const d of datasetVersions(req.files, req.version)) {
      if (d.sha256 !== sha256) continue;
      try {
        const path = await this.materialize(
          req,
          d.uri,
          d.sha256,
          join(dir, fileName(d.uri, "data.csv")),
          `the ${role} ${d.name}@${d.version}`,
        );
        return { dataset: d, path };
      } catch (error) {
        if (!(error instanceof Unreachable)) throw error;
        first ??= error;
      }
    }
    throw first ?? new Unreachable(unregistered(role, sha256));
  }

  /**
   * The bytes a URI names, checked against the registered digest: a regular file of the
   * registry, a file on this machine (`localRoot`, for URIs that leave the repository), or an
   * https download from an allowed host. Returns the path to read them from.
   */
  private async materialize(
    req: VerifyFileRequest,
    uri: string,
    sha256: string,
    dest: string,
    what: string,
    remote: "artifact" | "data" = "data",
  ): Promise<string> {
    if (uri.startsWith("file:")) {
      let path: string | null;
      try {
        path = repoPathOfFileUri(uri);
      } catch {
        path = null;
      }
      if (path !== null) {
        const r = await req.files.read(path);
        if (!r.ok) throw new Unreachable(`${what} (${uri}): ${r.problem}`);
        if (r.sha256 !== sha256)
          throw new Unreachable(
            `${what} (${uri}) has sha256 ${short(r.sha256)} in the registry, not the registered ${short(sha256)}`,
          );
        writeFile(dest, r.bytes);
        return dest;
      }
      return this.localFile(uri, sha256, what);
    }
    if (!/^https:\/\//i.test(uri))
      throw new Unreachable(`${what} (${uri}): only file: and https: URIs can be fetched`);
    mkdirSync(dirname(dest), { recursive: true });
    const fd = openSync(dest, "w");
    let got: { sha256: string };
    try {
      got = await downloadRemote(
        uri,
        { ...artifactRemoteRules(req.config.artifacts?.allowedHosts ?? []), what: remote },
        (chunk) => {
          writeSync(fd, chunk);
        },
        this.options.fetch,
      );
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      throw new Unreachable(`${what}: ${error.message}`);
    } finally {
      closeSync(fd);
    }
    if (got.sha256 !== sha256)
      throw new Unreachable(
        `${what} (${uri}) downloaded with sha256 ${short(got.sha256)}, not the registered ${short(sha256)}`,
      );
    return dest;
  }

  /** A `file:` URI outside the repository, read on this machine when the caller says where the registry is. */
  private async localFile(uri: string, sha256: string, what: string): Promise<string> {
    const raw = uri.slice("file:".length);
    const root = this.options.localRoot;
    const fix =
      "store the file in the registry or on an allowed https host (modelgate.yaml artifacts.allowedHosts), or run the check where the file is (modelgate check in the registry's checkout)";
    if (root === undefined)
      throw new Unreachable(`${what} (${uri}) is outside the registry, so the gate cannot fetch it: ${fix}`);
    let at: string;
    try {
      if (raw.startsWith("//") || raw.includes("\0")) throw new Error("not a path");
      at = resolve(root, decodeURIComponent(raw));
    } catch {
      throw new Unreachable(`${what} (${uri}) is not a path`);
    }
    if (!existsSync(at))
      throw new Unreachable(`${what} (${uri}) is outside the registry and not on this machine: ${fix}`);
    try {
      checkRegularFile(at, what, uri);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      throw new Unreachable(error.message);
    }
    // the bytes, not the path, are what was registered; a file that differs is not named here by its digest
    if ((await hashFile(at, what)).sha256 !== sha256)
      throw new Unreachable(
        `${what} (${uri}): the file on this machine is not the registered one (its sha256 is not ${short(sha256)})`,
      );
    return at;
  }
}

/**
 * Whether a gate under this registry policy may recompute anything: some environment verifies
 * by recompute (or either) and decides on evaluation or data-validation evidence, or scores it.
 * A caller that must install or load the inference and data engines first (the check action)
 * needs them only then; the recompute verifier itself loads them only when a re-run starts.
 */
export function asksForRecomputation(config: RegistryConfig): boolean {
  return config.environments.some((e) => {
    const p = e.policy;
    if (!verificationMethods(evidenceVerifyMode(p)).includes("recompute")) return false;
    return decidesOnEvaluation(p) || p?.requireDataValidation !== undefined || p?.minTestScore !== undefined;
  });
}

/** The recompute verifier for `GateOptions.verifier`. */
export function recomputeVerifier(options: RecomputeOptions = {}): EvidenceRecomputer {
  return new EvidenceRecomputer(options);
}

/**
 * What the gate runs besides its own rules, wherever it runs (`modelgate check` and `merge`,
 * the pull-request check and the deploy re-gate on GitHub): the ML Test Score and the recompute
 * verifier. A registry checked out on this machine reads the data it names outside itself
 * (`file:../data/...`) from here, by its registered digest; a remote registry's clone has no
 * such neighbours.
 */
export function gateExtras(
  reg: Registry,
  options: Omit<RecomputeOptions, "localRoot"> = {},
): { extraChecks: ExtraCheck[]; verifier: EvidenceRecomputer } {
  return {
    extraChecks: [mlTestScoreGateCheck()],
    verifier: recomputeVerifier(reg.remoteUrl === null ? { ...options, localRoot: reg.dir } : options),
  };
}

interface Plan {
  /** the re-run's identity: its inputs' digests and settings */
  key: string;
  /** what was re-run, for messages */
  what: string;
  rules: FigureRules;
  fetchSeconds: number;
  run(): Promise<Rerun>;
  /** the report as verified, from the recomputation */
  verified(recomputed: Obj): Obj;
}

/**
 * The name a fetched file gets in the scratch directory: the URI's last path segment (its
 * extension tells the readers the format), with anything but letters, digits, dot, dash and
 * underscore replaced; `fallback` when nothing is left of it (`..`, an empty segment).
 */
function fileName(uri: string, fallback: string): string {
  let path = uri.replace(/^file:/, "");
  if (/^https?:/i.test(uri)) {
    try {
      path = new URL(uri).pathname;
    } catch {
      path = "";
    }
  }
  const name = posix.basename(path).replace(/[^A-Za-z0-9._-]/g, "_");
  return name === "" || /^\.+$/.test(name) ? fallback : name;
}

function writeFile(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

function inputsOf(doc: Obj): EvidenceInput[] {
  return Array.isArray(doc.inputs) ? (doc.inputs as EvidenceInput[]).filter(isObject) : [];
}

/** Each input of the claim whose recomputation read other bytes (by role). */
function inputMismatches(claimed: Obj, recomputed: Obj): FigureMismatch[] {
  const out: FigureMismatch[] = [];
  const theirs = inputsOf(recomputed);
  for (const i of inputsOf(claimed)) {
    const r = theirs.find((x) => x.role === i.role);
    if (r && r.sha256 !== i.sha256)
      out.push({ figure: `inputs[${i.role}].sha256`, claimed: i.sha256, recomputed: r.sha256 });
  }
  return out;
}

const unregistered = (role: string, sha: string) =>
  `the ${role === "data" ? "data it ran on" : `${role} it compared with`} (sha256 ${short(sha)}) is not a registered dataset version${role === "reference" ? " or profile" : ""}, so the gate cannot fetch it: register it (modelgate dataset register) and name it in the version's lineage`;

/** The settings an evaluation ran with (reports made before they were recorded: the defaults). */
function settingsOf(claim: Obj): { bins: number; seed: number; bootstrap: number; policy: unknown } {
  const s = isObject(claim.settings) ? claim.settings : {};
  return {
    bins: typeof s.bins === "number" ? s.bins : 4,
    seed: typeof s.seed === "number" ? s.seed : 1,
    bootstrap: typeof s.bootstrap === "number" ? s.bootstrap : 0,
    policy: isObject(s.policy) ? s.policy : null,
  };
}

/** The claim with what a recomputation measures anew (latency, and the checks decided on it) taken from it. */
function withMeasurements(claim: Obj, recomputed: Obj): Obj {
  const out = structuredClone(claim);
  const fresh = (recomputed.models as Obj[] | undefined) ?? [];
  for (const m of (out.models as Obj[] | undefined) ?? []) {
    const r = fresh.find((x) => x.role === m.role);
    if (r) m.latency = r.latency ?? null;
  }
  const timing = ((recomputed.checks as Obj[] | undefined) ?? []).filter((c) => isTimingCheck(c.name));
  out.checks = [
    ...((out.checks as Obj[] | undefined) ?? []).filter((c) => !isTimingCheck(c.name)),
    ...timing,
  ];
  return out;
}

function parseManifest(bytes: Uint8Array, file: string, kind: ManifestKind): Obj {
  const loaded = loadManifestText(Buffer.from(bytes).toString("utf8"), { file, kind });
  const error = loaded.diagnostics.find((d) => d.severity === "error");
  if (error || !isObject(loaded.value))
    throw new Unreachable(`${file} is not valid: ${error?.message ?? "not a mapping"}`);
  return loaded.value;
}

async function readManifest(files: RegistryFiles, path: string, kind: ManifestKind): Promise<Obj | null> {
  const r = await files.read(path);
  if (!r.ok) return null;
  try {
    return parseManifest(r.bytes, path, kind);
  } catch (error) {
    if (error instanceof Unreachable) return null;
    throw error;
  }
}

/** The registered version of a model whose artifact has this digest. */
async function versionByArtifact(
  files: RegistryFiles,
  model: string,
  sha256: string,
): Promise<ModelVersion | null> {
  for (const f of (await files.list(`models/${model}/versions`)).sort()) {
    if (!f.endsWith(".yaml")) continue;
    const v = await readManifest(files, `models/${model}/versions/${f}`, "model-version");
    if (v && (v.artifact as Obj | undefined)?.sha256 === sha256) return v as unknown as ModelVersion;
  }
  return null;
}

interface DatasetVersionRef {
  name: string;
  version: string;
  uri: string;
  sha256: string;
  profile: { uri: string; sha256: string } | null;
}

function datasetRef(doc: Obj | null): DatasetVersionRef | null {
  if (!doc || typeof doc.uri !== "string" || typeof doc.sha256 !== "string") return null;
  const profile = isObject(doc.profile) && typeof doc.profile.uri === "string" ? doc.profile : null;
  return {
    name: String(doc.dataset),
    version: String(doc.version),
    uri: doc.uri,
    sha256: doc.sha256,
    profile: profile ? { uri: String(profile.uri), sha256: String(profile.sha256) } : null,
  };
}

/** Every registered dataset version: the version's lineage first, then the rest of datasets/. */
async function* datasetVersions(
  files: RegistryFiles,
  version: ModelVersion,
): AsyncGenerator<DatasetVersionRef> {
  const seen = new Set<string>();
  const lineage = ((version.lineage?.datasets ?? []) as Obj[]).filter(isObject);
  for (const d of lineage) {
    if (typeof d.name !== "string" || typeof d.version !== "string") continue;
    const path = `datasets/${d.name}/versions/${d.version}.yaml`;
    seen.add(path);
    const ref = datasetRef(await readManifest(files, path, "dataset-version"));
    if (ref) yield ref;
  }
  for (const name of (await files.list("datasets")).sort()) {
    for (const f of (await files.list(`datasets/${name}/versions`)).sort()) {
      const path = `datasets/${name}/versions/${f}`;
      if (!f.endsWith(".yaml") || seen.has(path)) continue;
      const ref = datasetRef(await readManifest(files, path, "dataset-version"));
      if (ref) yield ref;
    }
  }
}

/** A registered dataset version's profile with this digest. */
async function profileBySha(
  files: RegistryFiles,
  sha256: string,
): Promise<{ name: string; version: string; uri: string } | null> {
  for await (const d of datasetVersions(files, { lineage: {} } as ModelVersion))
    if (d.profile?.sha256 === sha256) return { name: d.name, version: d.version, uri: d.profile.uri };
  return null;
}

/** The registry's dataset schema with this digest. */
async function schemaBySha(
  files: RegistryFiles,
  sha256: string,
): Promise<{ path: string; bytes: Uint8Array } | null> {
  for (const name of (await files.list("datasets")).sort()) {
    const path = `datasets/${name}/schema.yaml`;
    const r = await files.read(path);
    if (r.ok && r.sha256 === sha256) return { path, bytes: r.bytes };
  }
  return null;
}
