import {
  championEntry,
  championOf,
  classifyRegistryPath,
  createEnvelope,
  decidePolicy,
  decidesOnEvaluation,
  type EvidenceEnvelope,
  type EvidenceInput,
  type EvidenceVerifyMode,
  evidenceVerifyMode,
  hasGitComponent,
  type LiveChampion,
  mdCode,
  mdText,
  type PolicyEvaluation,
  type RegistryPath,
  SCHEMA_NAMES,
  type Verdict,
  validateValue,
  verifyEvidence,
} from "@modelgate/core";
import {
  type ApprovalsRecord,
  approvalsCheck,
  type EnvironmentApprovals,
  renderApprovalsMarkdown,
} from "./approvals.js";
import { repoPathOfFileUri } from "./artifact.js";
import {
  type DataValidationRole,
  type EnvironmentFile,
  type EvidenceRef,
  type Loaded,
  type ModelVersion,
  type Policy,
  paths,
  type RegistryConfig,
} from "./desired-state.js";
import {
  type EvidenceVerificationRecord,
  type EvidenceVerificationResult,
  type EvidenceVerifier,
  noVerifier,
  trustedAsIs,
} from "./evidence-verification.js";
import { type GateInputs, previouslyLiveAt } from "./gate-inputs.js";
import type { ChangedFile } from "./git.js";
import type { HistoryEntry } from "./history/history.js";
import type { FileDiagnostic } from "./manifest-file.js";
import { isRegularFile, type RegistrySnapshot } from "./snapshot.js";
import { classifyTransition, type EnvState, type TransitionKind } from "./transitions.js";

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

export type GateTransitionKind = TransitionKind | "register" | "deprecate" | "edit" | "policy" | "add";

/** One changed file of the registry and what the gate found about it. */
export interface GateTransition {
  path: string;
  /** the layout's class of the file (registry, model, model-version, environment, artifact, …) */
  fileKind: string;
  kind: GateTransitionKind;
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
  /** false when the change touches no registry file (or head equals base): nothing to gate */
  desiredStateChanged: boolean;
  blocked: boolean;
  changes: GateTransition[];
  blocking: BlockingReason[];
  /** every evidence file the gate decided on (or a pluggable check asked about), and how it was verified */
  evidence: EvidenceVerificationRecord[];
  /** who approved, per environment whose policy requires approvals (null: none requires any) */
  approvals: ApprovalsRecord | null;
  /** other open pull requests changing the same (model, environment), named by the pull-request check */
  competing?: CompetingChange[];
}

/** Another open pull request that changes the same (model, environment). */
export interface CompetingChange {
  pullRequest: string;
  url: string;
  title: string;
  model: string;
  environment: string;
}

/** What a pluggable check sees: one version entering one environment, at the head snapshot. */
export interface ExtraCheckInput {
  /** the head snapshot: every file the check reads comes from it */
  snapshot: RegistrySnapshot;
  /** every state change of the model up to the merge base (oldest first) */
  history: HistoryEntry[];
  head: string;
  change: GateTransition;
  environment: string;
  policy: Policy;
  version: ModelVersion;
  config: RegistryConfig;
  now: Date;
  /** reads a regular file of the head commit (null when absent or not a regular file) */
  readText(path: string): Promise<string | null>;
  /**
   * How an evidence file about this version is verified under this environment's
   * `evidence.verify` (the gate's verifier, memoized: a file the gate verified is not re-run)
   */
  verify(ref: EvidenceRef, doc: Record<string, unknown>): Promise<EvidenceVerificationResult>;
}

/**
 * A check plugged into the gate from outside the registry package (the ML Test Score is
 * wired in this way). `id: "ml-test-score"` satisfies a policy's `minTestScore`.
 */
export interface ExtraCheck {
  id: string;
  run(input: ExtraCheckInput): Promise<GateCheck[]>;
}

const DAY_MS = 86_400_000;

const newChange = (path: string, fileKind: string, kind: GateTransitionKind): GateTransition => ({
  path,
  fileKind,
  kind,
  environment: null,
  model: null,
  version: null,
  from: null,
  to: null,
  traffic: null,
  qualityGatesSkipped: false,
  checks: [],
});

/** Schema check of one manifest: the loader's YAML, schema and cross-field errors, with lines. */
export function schemaChecks(loaded: Loaded<unknown>, schema: string): GateCheck[] {
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

/** The evidence a version lists, each file verified on its own. */
interface VerifiedEvidence {
  ref: EvidenceRef;
  checks: GateCheck[];
  /** the report, when every check of this file passed */
  doc: Record<string, unknown> | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The rules: a pure function of the gathered inputs (the two snapshots are content-addressed
 * reads) to the report. Transitions come first (each changed path classified by the layout),
 * then each transition's rules, then the report.
 */
export class GateRules {
  private readonly changes = new Map<string, ChangedFile>();
  /** the registry's modelgate.yaml at the base judges every change */
  readonly config: RegistryConfig;

  /** verifications by environment, version and evidence digest (each file is verified once per environment) */
  private readonly verifications = new Map<string, Promise<EvidenceVerificationResult>>();
  private readonly records = new Map<string, EvidenceVerificationRecord>();

  constructor(
    readonly inputs: GateInputs,
    readonly extraChecks: readonly ExtraCheck[],
    readonly verifier: EvidenceVerifier | null = null,
  ) {
    for (const c of inputs.changes) this.changes.set(c.path, c);
    this.config = inputs.baseConfig ?? { name: "invalid", environments: [] };
  }

  get head(): RegistrySnapshot {
    return this.inputs.headSnapshot;
  }
  get base(): RegistrySnapshot {
    return this.inputs.baseSnapshot;
  }

  async judge(): Promise<RegistryCheckReport> {
    const { inputs } = this;
    const out: GateTransition[] = [];
    const classified = inputs.changes.map((c) => ({ change: c, file: classifyRegistryPath(c.path) }));
    const registryFiles = classified.filter((c) => c.file.kind !== "repository");
    for (const { change, file } of classified) {
      const gc = await this.transition(change, file, registryFiles.length);
      if (gc) out.push(gc);
    }
    return this.report(out, registryFiles.length > 0);
  }

  /** One changed path: its refusals, then the rules of its class. */
  async transition(
    c: ChangedFile,
    file: RegistryPath,
    registryChanges: number,
  ): Promise<GateTransition | null> {
    const refused = entryRefusals(c);
    if (file.kind === "repository" && refused.length === 0) return null;
    const gc = newChange(c.path, file.kind, "edit");
    gc.model = file.names.model ?? null;
    gc.environment = file.names.environment ?? null;
    gc.checks.push(...refused);
    if (refused.length > 0) return gc;
    switch (file.kind) {
      case "misnamed":
      case "unknown":
        gc.checks.push({
          id: "layout",
          status: "fail",
          message: file.problem ?? `${c.path} has no class`,
          file: c.path,
        });
        return gc;
      case "registry":
        await this.policyChange(gc, registryChanges);
        return gc;
      case "environment":
        await this.envChange(gc, file.names.environment!, file.names.model!);
        return gc;
      case "model-version":
        await this.versionChange(gc, file.names.model!, file.names.version!);
        return gc;
      case "artifact":
      case "evidence":
        await this.storedFileChange(gc, c);
        return gc;
      default:
        await this.manifestChange(gc, file.kind);
        return gc;
    }
  }

  /** modelgate.yaml: valid, approved as the strictest environment demands, and alone in its change. */
  async policyChange(gc: GateTransition, registryChanges: number): Promise<void> {
    gc.kind = "policy";
    const after = await this.head.load<RegistryConfig>(paths.config);
    if (!after) {
      gc.checks.push({
        id: "policy-change",
        status: "fail",
        message: `${paths.config} cannot be deleted`,
        file: gc.path,
      });
      return;
    }
    gc.checks.push(...schemaChecks(after, "registry"));
    if (registryChanges > 1) {
      gc.checks.push({
        id: "policy-change",
        status: "fail",
        message: `a change to ${paths.config} cannot merge together with other registry changes (${registryChanges - 1} more file(s)): the base policy judges every change, so split the pull request — the policy change first, the rest after it merged`,
        file: gc.path,
      });
    } else {
      gc.checks.push({
        id: "policy-change",
        status: "pass",
        message: "the policy change is the only registry change",
        file: gc.path,
      });
    }
    const envs = [...this.config.environments, ...(after.value?.environments ?? [])];
    const strictest = envs.reduce<{ name: string; n: number } | null>((best, e) => {
      const n = e.policy?.requiredApprovals ?? 0;
      return best === null || n > best.n ? { name: e.name, n } : best;
    }, null);
    if (strictest && strictest.n > 0) {
      // the strictest count of the policies before and after, and never a stale approval
      this.requireApprovals(
        gc,
        strictest.name,
        { requiredApprovals: strictest.n, allowStaleApprovals: false },
        `policy change (the strictest environment, ${strictest.name})`,
      );
    } else {
      gc.checks.push({
        id: "approvals",
        status: "skip",
        message: "policy change: no environment requires approvals",
        file: gc.path,
      });
    }
  }

  /** Approvals per environment, the strictest rule applied to each (the report's `approvals`). */
  private readonly approvalRecords = new Map<string, EnvironmentApprovals>();
  private approvalsRequired = false;

  /** The `approvals` check of a change under an environment's policy (nothing when it requires none). */
  requireApprovals(
    change: GateTransition,
    environment: string,
    policy: Pick<Policy, "requiredApprovals" | "allowStaleApprovals"> | undefined,
    what: string,
  ): void {
    const required = policy?.requiredApprovals ?? 0;
    if (required <= 0) return;
    this.approvalsRequired = true;
    const rule = { environment, required, allowStaleApprovals: policy?.allowStaleApprovals ?? false };
    const r = approvalsCheck(this.inputs.approvals, rule, what, change.kind);
    change.checks.push({ id: "approvals", status: r.status, message: r.message, file: change.path });
    const kept = this.approvalRecords.get(environment);
    if (
      r.record &&
      (!kept ||
        r.record.required > kept.required ||
        (r.record.required === kept.required && !r.record.allowStaleApprovals))
    )
      this.approvalRecords.set(environment, r.record);
  }

  /** A registry manifest without rules of its own beyond its schema (model, declarations, datasets). */
  async manifestChange(gc: GateTransition, kind: string): Promise<void> {
    const after = await this.head.load<Record<string, unknown>>(gc.path);
    if (!after) {
      // versions, lineages and environments name models and datasets: removing one breaks them
      if (kind !== "ml-test-score")
        gc.checks.push({
          id: "immutable",
          status: "fail",
          message: `${gc.path} is registered: a ${kind} file cannot be removed`,
          file: gc.path,
        });
      return;
    }
    gc.checks.push(...schemaChecks(after, kind));
    if (kind !== "dataset-version") return;
    // a registered dataset version is bound by digest from model lineages: it cannot change
    const before = (await this.base.load<Record<string, unknown>>(gc.path))?.value;
    if (!before || !after.value) {
      if (!before) gc.kind = "register";
      return;
    }
    for (const field of ["uri", "sha256", "profile"]) {
      if (!same(before[field], after.value[field]))
        gc.checks.push({
          id: "immutable",
          status: "fail",
          message: `a registered dataset version's ${field} cannot change; register a new dataset version`,
          file: gc.path,
          line: after.parsed.lineOf(field),
          field,
        });
    }
  }

  /** A file under artifacts/ or evidence/: new, and named by a registration in the same change. */
  async storedFileChange(gc: GateTransition, c: ChangedFile): Promise<void> {
    const what = gc.fileKind === "artifact" ? "artifact" : "evidence file";
    if (c.before) {
      gc.checks.push({
        id: "immutable",
        status: "fail",
        message: `${c.path} is a registered ${what}: it cannot be ${c.after ? "changed" : "removed"}; register a new version instead`,
        file: c.path,
      });
      return;
    }
    gc.kind = "add";
    const by = await this.registrationNaming(c.path);
    gc.checks.push(
      by
        ? { id: "layout", status: "pass", message: `${what} of the registration ${by}`, file: c.path }
        : {
            id: "layout",
            status: "fail",
            message: `${c.path} is not named by a model or dataset version registered in this change: files under ${gc.fileKind === "artifact" ? "artifacts" : "evidence"}/ come only with their registration`,
            file: c.path,
          },
    );
  }

  /** The version file added in this change that names `path` (artifact, evidence or profile), if any. */
  async registrationNaming(path: string): Promise<string | null> {
    for (const c of this.inputs.changes) {
      if (c.before || !c.after) continue;
      const file = classifyRegistryPath(c.path);
      if (file.kind !== "model-version" && file.kind !== "dataset-version") continue;
      const v = (await this.head.load<Record<string, unknown>>(c.path))?.value;
      if (!v) continue;
      const uris: unknown[] =
        file.kind === "model-version"
          ? [
              (v.artifact as { uri?: unknown } | undefined)?.uri,
              (v.artifact as { referencePredictions?: { uri?: unknown } } | undefined)?.referencePredictions
                ?.uri,
              ...((v.evaluation as { evidence?: Array<{ uri?: unknown }> } | undefined)?.evidence ?? []).map(
                (e) => e?.uri,
              ),
            ]
          : [(v.profile as { uri?: unknown } | undefined)?.uri];
      for (const uri of uris) {
        if (typeof uri !== "string" || !uri.startsWith("file:")) continue;
        try {
          if (repoPathOfFileUri(uri) === path) return c.path;
        } catch {
          // an escaping URI names nothing here; its own registration fails on it
        }
      }
    }
    return null;
  }

  /** Verifies every evidence file of a kind a version lists (each on its own). */
  async evidence(version: ModelVersion, kind: string, accept: Verdict[]): Promise<VerifiedEvidence[]> {
    const refs = (version.evaluation?.evidence ?? []).filter((e) => e.kind === kind);
    const out: VerifiedEvidence[] = [];
    for (const ref of refs) out.push(await this.verifyOne(version, ref, accept));
    return out;
  }

  async verifyOne(version: ModelVersion, ref: EvidenceRef, accept: Verdict[]): Promise<VerifiedEvidence> {
    const id = `evidence:${ref.kind}`;
    const file = paths.version(version.model, version.version);
    const fail = (message: string, at = file): VerifiedEvidence => ({
      ref,
      checks: [{ id, status: "fail", message, file: at }],
      doc: null,
    });
    let path: string;
    try {
      path = repoPathOfFileUri(ref.uri);
    } catch (error) {
      return fail(`${ref.uri}: ${(error as Error).message}; evidence must be stored in the registry`);
    }
    if (classifyRegistryPath(path).kind !== "evidence")
      return fail(`${ref.uri}: evidence is stored under evidence/ (${path} is not)`);
    const read = await this.head.read(path);
    if (!read.ok)
      return fail(read.missing ? `${ref.uri} is missing from the registry` : `${ref.uri}: ${read.problem}`);
    if (read.sha256 !== ref.sha256) {
      return fail(
        `${ref.uri} has sha256 ${read.sha256.slice(0, 12)}…, the version lists ${String(ref.sha256).slice(0, 12)}…`,
      );
    }
    let doc: unknown;
    try {
      doc = JSON.parse(Buffer.from(read.bytes).toString("utf8"));
    } catch {
      return fail(`${ref.uri} is not JSON`, path);
    }
    const result = verifyEvidence(doc, {
      kind: ref.kind,
      ...(ref.kind === "evaluation" ? { subject: `${version.model}@${version.version}` } : {}),
      bindings: ref.kind === "evaluation" ? [{ role: "model", sha256: version.artifact?.sha256 ?? "" }] : [],
      acceptVerdicts: accept,
      ...(this.config.evidence?.maxAgeDays !== undefined
        ? { maxAgeDays: this.config.evidence.maxAgeDays }
        : {}),
      now: this.inputs.now,
      // a report of a known kind must match its schema (schemas/<kind>.schema.json)
      validate: (d) =>
        SCHEMA_NAMES.includes(d.kind)
          ? validateValue(d.kind, d).map((e) => `schema ${d.kind}: ${e.instancePath || "/"} ${e.message}`)
          : [],
    });
    const problems = result.problems.map((p) => p.message);
    if (result.envelope) problems.push(...(await this.datasetBindings(version, result.envelope)));
    if (problems.length > 0) {
      return {
        ref,
        checks: problems.map((message) => ({
          id,
          status: "fail" as const,
          message: `${ref.uri}: ${message}`,
          file: path,
        })),
        doc: null,
      };
    }
    return {
      ref,
      checks: [
        {
          id,
          status: "pass",
          message: `${ref.uri}: ${ref.kind} evidence verified (verdict ${result.envelope?.verdict})`,
          file: path,
        },
      ],
      doc: doc as Record<string, unknown>,
    };
  }

  /**
   * How one evidence file (its envelope and bindings verified) is verified for a version
   * entering an environment, under that environment's `evidence.verify`: memoized per
   * (environment, version, digest), recorded for the report.
   */
  verification(
    version: ModelVersion,
    ref: EvidenceRef,
    doc: Record<string, unknown>,
    env: string,
    policy: Policy,
  ): Promise<EvidenceVerificationResult> {
    const mode = evidenceVerifyMode(policy);
    const key = `${env}\0${version.model}@${version.version}\0${ref.sha256}`;
    let p = this.verifications.get(key);
    if (!p) {
      p = (async () => {
        const result =
          mode === "none"
            ? trustedAsIs()
            : this.verifier === null
              ? noVerifier(mode)
              : await this.verifier.verify({
                  snapshot: this.head,
                  config: this.config,
                  version,
                  ref,
                  doc,
                  environment: env,
                  mode,
                });
        this.records.set(key, verificationRecord(version, ref, env, mode, result));
        return result;
      })();
      this.verifications.set(key, p);
    }
    return p;
  }

  /**
   * Inputs of a report that name a registry file (the dataset schema, a profile) must match
   * that file at the head; a "data" input of a training-data report must be one of the
   * version's lineage datasets.
   */
  async datasetBindings(version: ModelVersion, report: EvidenceEnvelope): Promise<string[]> {
    const problems: string[] = [];
    const lineage = ((version.lineage?.datasets ?? []) as Array<{ name?: string; sha256?: string }>).filter(
      (d) => typeof d.sha256 === "string",
    );
    const data = report.inputs.filter((i) => i.role === "data");
    if (
      report.kind === "data-validation" &&
      (report as { environment?: unknown }).environment === "training" &&
      lineage.length > 0 &&
      !data.some((i) => lineage.some((d) => d.sha256 === i.sha256))
    )
      problems.push(
        `a training-data report must validate one of the version's lineage datasets (${lineage.map((d) => d.name).join(", ")}); its "data" input is ${data[0] ? `${data[0].sha256.slice(0, 12)}…` : "missing"}`,
      );
    for (const input of report.inputs) {
      // the model input is bound to the artifact digest by the evidence check itself
      if (input.role === "model" || !input.uri.startsWith("file:")) continue;
      let path: string;
      try {
        path = repoPathOfFileUri(input.uri);
      } catch {
        continue; // outside the registry (e.g. file:../data/test.csv): bound by its digest only
      }
      const read = await this.head.read(path, Number.POSITIVE_INFINITY);
      if (read.ok && read.sha256 !== input.sha256)
        problems.push(
          `its "${input.role}" input ${input.uri} has sha256 ${input.sha256.slice(0, 12)}…, the registry's file has ${read.sha256.slice(0, 12)}…`,
        );
    }
    return problems;
  }

  async artifactCheck(version: ModelVersion): Promise<GateCheck> {
    const file = paths.version(version.model, version.version);
    const a = version.artifact;
    if (!a || typeof a.uri !== "string")
      return { id: "artifact", status: "fail", message: "the version has no artifact", file };
    const digest = this.inputs.artifacts.get(a.uri);
    if (digest === undefined)
      return {
        id: "artifact",
        status: "fail",
        message: `${a.uri} was not read before the gate ran`,
        file,
        field: "artifact.uri",
      };
    if (digest === null)
      return {
        id: "artifact",
        status: "fail",
        message: `${a.uri} is missing from the registry`,
        file,
        field: "artifact.uri",
      };
    if ("error" in digest)
      return { id: "artifact", status: "fail", message: digest.error, file, field: "artifact.uri" };
    if (digest.sha256 !== a.sha256)
      return {
        id: "artifact",
        status: "fail",
        message: `${a.uri} hashes to ${digest.sha256}, the version says ${a.sha256}`,
        file,
        field: "artifact.sha256",
      };
    if (typeof a.bytes === "number" && digest.bytes !== a.bytes)
      return {
        id: "artifact",
        status: "fail",
        message: `${a.uri} is ${digest.bytes} bytes, the version says ${a.bytes}`,
        file,
        field: "artifact.bytes",
      };
    return { id: "artifact", status: "pass", message: `${a.uri} re-hashed: sha256 and size match`, file };
  }

  async envChange(change: GateTransition, env: string, model: string): Promise<void> {
    const path = change.path;
    change.kind = "none";
    const before = await this.base.load<EnvironmentFile>(path);
    const after = await this.head.load<EnvironmentFile>(path);
    if (after) {
      const sc = schemaChecks(after, "environment");
      change.checks.push(...sc);
      if (sc.some((c) => c.status === "fail")) return;
    }
    const envIndex = this.config.environments.findIndex((e) => e.name === env);
    if (envIndex < 0) {
      change.checks.push({
        id: "references",
        status: "fail",
        message: `environment "${env}" is not in the base's modelgate.yaml`,
        file: path,
      });
      return;
    }
    await this.envTransition(change, { env, model, envIndex, before, after });
    // every change of the environment's desired state, rollbacks and retirements included; after
    // the other rules, so a missing approval never hides what else must be fixed
    this.requireApprovals(change, env, this.config.environments[envIndex]!.policy, env);
  }

  /** An environment file's transition, classified and judged (the environment is in the base's policy). */
  async envTransition(
    change: GateTransition,
    ctx: {
      env: string;
      model: string;
      envIndex: number;
      before: Loaded<EnvironmentFile> | null;
      after: Loaded<EnvironmentFile> | null;
    },
  ): Promise<void> {
    const { env, model, envIndex, before, after } = ctx;
    const path = change.path;
    const a = after?.value ?? null;
    if (a && (a.model !== model || a.environment !== env)) {
      change.checks.push({
        id: "references",
        status: "fail",
        message: `the file says model "${a.model}" in "${a.environment}" but its path is environments/${env}/${model}.yaml`,
        file: path,
        line: after?.parsed.lineOf(a.model !== model ? "model" : "environment"),
        field: a.model !== model ? "model" : "environment",
      });
      return;
    }
    const previous = previouslyLiveAt(this.inputs, env, model);
    const cls = classifyTransition(toEnvState(before?.value), toEnvState(a), { previouslyLive: previous });
    Object.assign(change, { kind: cls.kind, from: cls.from, to: cls.to, traffic: cls.traffic });
    if (!a) return; // retire: nothing enters the environment
    const entering = cls.kind === "none" ? null : cls.to;
    change.version = entering;
    for (const [field, v] of [
      ["version", a.version],
      ["canary.version", a.canary?.version],
    ] as const) {
      if (!v) continue;
      if (!(await this.head.load(paths.version(model, v)))) {
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
    if (!(await this.head.load(paths.model(model)))) {
      change.checks.push({
        id: "references",
        status: "fail",
        message: `model "${model}" has no ${paths.model(model)}`,
        file: path,
      });
    }
    if (change.checks.some((c) => c.status === "fail") || !entering) return;
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
  }

  /** The checks for one version entering an environment (champion or canary). */
  async checkEntering(
    change: GateTransition,
    ctx: {
      path: string;
      env: string;
      model: string;
      envIndex: number;
      cls: ReturnType<typeof classifyTransition>;
      before: Loaded<EnvironmentFile> | null;
      after: Loaded<EnvironmentFile> | null;
      a: EnvironmentFile;
      previous: string[];
      entering: string;
    },
  ): Promise<void> {
    const { path, env, model, envIndex, cls, before, after, a, previous, entering } = ctx;
    const version = (await this.head.load<ModelVersion>(paths.version(model, entering)))?.value;
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
    change.checks.push(await this.artifactCheck(version));
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
      // the environment before, as the base has it: a change cannot vouch for itself
      const prevEnv = this.config.environments[envIndex - 1]!.name;
      const prevNow = await this.base.load<EnvironmentFile>(paths.environment(prevEnv, model));
      const wasLive =
        prevNow?.value?.version === entering ||
        previouslyLiveAt(this.inputs, prevEnv, model).includes(entering);
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
    change: GateTransition,
    env: string,
    policy: Policy,
    version: ModelVersion,
    champion: EnvironmentFile | null,
  ): Promise<void> {
    const file = change.path;
    if (policy.maxModelAgeDays !== undefined) {
      const created = Date.parse(version.createdAt);
      const age = (this.inputs.now.getTime() - created) / DAY_MS;
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
    // any rule decided on the evaluation needs the evidence, not only requireEvaluation
    if (decidesOnEvaluation(policy)) {
      const evaluations = await this.evidence(version, "evaluation", ["pass", "warn"]);
      if (evaluations.length === 0)
        change.checks.push({
          id: "evidence:evaluation",
          status: "fail",
          message: `no evaluation evidence listed for ${version.model} ${version.version}`,
          file: paths.version(version.model, version.version),
        });
      for (const ev of evaluations) {
        change.checks.push(...ev.checks);
        if (!ev.doc) continue;
        // the figures count only as verified (policy.evidence.verify): nothing is decided on the rest
        const verified = await this.verification(version, ev.ref, ev.doc, env, policy);
        change.checks.push(verifyCheck(ev, verified, evidenceVerifyMode(policy)));
        if (verified.status !== "verified" && evidenceVerifyMode(policy) !== "none") continue;
        // the live version is the champion; its baseline and the verdicts are core's decidePolicy
        const report = (verified.doc ?? ev.doc) as unknown as PolicyEvaluation;
        const live = await this.liveChampion(version, champion, report, env, policy);
        if (live?.unverified && hasChangeRule(policy))
          change.checks.push({ id: "verify:champion", status: "fail", message: live.unverified, file });
        for (const c of decidePolicy(policy, report, championOf(report, live)))
          change.checks.push({ id: c.id, status: c.status, message: c.message, file });
      }
    }
    if (policy.requireDataValidation)
      change.checks.push(
        ...(await this.dataValidationChecks(version, policy.requireDataValidation, env, policy)),
      );
    const extra = this.extraChecks;
    for (const check of extra) {
      const results = await check.run({
        snapshot: this.head,
        history: this.inputs.histories.get(version.model) ?? [],
        head: this.inputs.head,
        change,
        environment: env,
        policy,
        version,
        config: this.config,
        now: this.inputs.now,
        readText: (p) => this.head.text(p),
        verify: (ref, doc) => this.verification(version, ref, doc, env, policy),
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
  }

  /** The champion's metrics: evaluated on the same rows in this report, else from its own evidence. */
  /** The version live in the environment as core's champion input (null: nothing live). */
  async liveChampion(
    version: ModelVersion,
    champion: EnvironmentFile | null,
    report: PolicyEvaluation,
    env: string,
    policy: Policy,
  ): Promise<(LiveChampion & { unverified?: string }) | null> {
    const championVersion = champion?.version;
    if (!championVersion || championVersion === version.version) return null;
    const cv = (await this.head.load<ModelVersion>(paths.version(version.model, championVersion)))?.value;
    const name = `${version.model}@${championVersion}`;
    // unreadable: nothing matches, so every comparison with the champion fails closed
    if (!cv) return { name, sha256: "", summary: null };
    // measured on the same rows in the report: verified (or not) with the report itself
    if (championEntry(report, cv.artifact.sha256) !== null)
      return { name, sha256: cv.artifact.sha256, evaluation: null, summary: null };
    const own = (await this.evidence(cv, "evaluation", ["pass", "warn", "fail"])).find((e) => e.doc);
    if (evidenceVerifyMode(policy) === "none")
      return {
        name,
        sha256: cv.artifact.sha256,
        evaluation: (own?.doc as unknown as PolicyEvaluation | null) ?? null,
        summary: cv.evaluation?.summary ?? null,
      };
    // the baseline is a figure the gate decides on: only a verified one counts
    const verified = own?.doc ? await this.verification(cv, own.ref, own.doc, env, policy) : null;
    if (verified?.status === "verified")
      return {
        name,
        sha256: cv.artifact.sha256,
        evaluation: (verified.doc ?? own?.doc) as unknown as PolicyEvaluation,
        summary: null,
      };
    return {
      name,
      sha256: cv.artifact.sha256,
      evaluation: null,
      summary: null,
      unverified: `the champion ${name}'s baseline cannot be verified: ${
        verified
          ? `its evaluation ${own!.ref.uri}: ${verified.message}`
          : "it has no verified evaluation evidence, and its manifest's evaluation.summary is typed, not measured"
      }; evaluate the challenger against the champion on the same rows (modelgate evaluate --environment ${env})`,
    };
  }

  /**
   * requireDataValidation: every data-validation report the version lists must verify and pass
   * on its own; a list names the reports that must be among them — `training` (the version's
   * training data against the dataset contract) and `serving` (a serving sample against the
   * training data: skew).
   */
  async dataValidationChecks(
    version: ModelVersion,
    required: true | DataValidationRole[],
    env: string,
    policy: Policy,
  ): Promise<GateCheck[]> {
    const file = paths.version(version.model, version.version);
    const mode = evidenceVerifyMode(policy);
    const reports = await this.evidence(version, "data-validation", ["pass", "warn"]);
    const out = reports.flatMap((r) => r.checks);
    for (const r of reports) {
      if (!r.doc) continue;
      const verified = await this.verification(version, r.ref, r.doc, env, policy);
      out.push(verifyCheck(r, verified, mode));
      // a report whose verdict cannot be re-derived proves nothing here
      if (verified.status !== "verified" && mode !== "none") r.doc = null;
    }
    if (reports.length === 0) {
      out.push({
        id: "evidence:data-validation",
        status: "fail",
        message: `no data-validation evidence listed for ${version.model} ${version.version}`,
        file,
      });
      return out;
    }
    if (required === true) return out;
    const trainShas = new Set(
      ((version.lineage?.datasets ?? []) as Array<{ role?: string; sha256?: string }>)
        .filter((d) => (d.role ?? "train") === "train" && typeof d.sha256 === "string")
        .map((d) => d.sha256!),
    );
    for (const role of required) {
      const match = reports.find((r) => r.doc && dataValidationRole(r.doc, trainShas) === role);
      out.push(
        match
          ? {
              id: `data-validation:${role}`,
              status: "pass",
              message: `${match.ref.uri}: the ${ROLE_TEXT[role]} report passed`,
              file: match.checks[0]?.file ?? file,
            }
          : {
              id: `data-validation:${role}`,
              status: "fail",
              message: `the policy requires a passing ${ROLE_TEXT[role]} report (${ROLE_HOW[role]}); none of the version's data-validation evidence is one`,
              file,
            },
      );
    }
    return out;
  }

  async versionChange(change: GateTransition, model: string, versionName: string): Promise<void> {
    const path = change.path;
    change.model = model;
    change.version = versionName;
    const before = await this.base.load<ModelVersion>(path);
    const after = await this.head.load<ModelVersion>(path);
    if (!after) {
      change.checks.push({
        id: "immutable",
        status: "fail",
        message: `${model} ${versionName} is registered: its version file cannot be removed (deprecate it instead)`,
        file: path,
      });
      return;
    }
    const sc = schemaChecks(after, "model-version");
    change.checks.push(...sc);
    if (sc.some((c) => c.status === "fail")) return;
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
      return;
    }
    if (!(await this.head.load(paths.model(model)))) {
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
      if (before) {
        change.checks.push({
          id: "immutable",
          status: "fail",
          message: `${path} is registered but invalid at the base; it cannot be replaced`,
          file: path,
        });
        return;
      }
      change.kind = "register";
      change.to = versionName;
      change.checks.push(...(await this.registrationFiles(v, path, after)));
      change.checks.push(await this.artifactCheck(v));
      for (const ref of v.evaluation?.evidence ?? []) {
        const { checks } = await this.verifyOne(v, ref, ["pass", "warn", "fail"]);
        change.checks.push(...checks.map((c) => ({ ...c, id: "evidence-binding" })));
      }
      return;
    }
    const b = before.value;
    for (const [field, label] of [
      ["artifact", "artifact"],
      ["lineage", "lineage"],
      ["evaluation", "evaluation (evidence list and summary)"],
      ["createdAt", "createdAt"],
    ] as const) {
      if (!same(b[field], v[field]))
        change.checks.push({
          id: "immutable",
          status: "fail",
          message: `a registered version's ${label} cannot change; register a new version`,
          file: path,
          line: after.parsed.lineOf(field),
          field,
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
  }

  /** A registration stores its artifact under artifacts/ and its evidence under evidence/, never over an existing file. */
  async registrationFiles(v: ModelVersion, path: string, after: Loaded<ModelVersion>): Promise<GateCheck[]> {
    const out: GateCheck[] = [];
    const named: Array<[string, string, "artifact" | "evidence"]> = [];
    if (v.artifact?.uri?.startsWith("file:")) named.push([v.artifact.uri, "artifact.uri", "artifact"]);
    const reference = v.artifact?.referencePredictions;
    if (typeof reference?.uri === "string")
      named.push([reference.uri, "artifact.referencePredictions.uri", "artifact"]);
    (v.evaluation?.evidence ?? []).forEach((e, i) => {
      if (typeof e.uri === "string") named.push([e.uri, `evaluation.evidence.${i}.uri`, "evidence"]);
    });
    for (const [uri, field, kind] of named) {
      let repoPath: string;
      try {
        repoPath = repoPathOfFileUri(uri);
      } catch (error) {
        out.push({
          id: "layout",
          status: "fail",
          message: (error as Error).message,
          file: path,
          line: after.parsed.lineOf(field),
          field,
        });
        continue;
      }
      const file = classifyRegistryPath(repoPath);
      if (file.kind !== kind) {
        out.push({
          id: "layout",
          status: "fail",
          message: `${uri}: a version's ${kind === "artifact" ? "artifact is stored under artifacts/" : "evidence is stored under evidence/"}, not at ${repoPath}`,
          file: path,
          line: after.parsed.lineOf(field),
          field,
        });
        continue;
      }
      if (await this.base.entry(repoPath)) {
        out.push({
          id: "immutable",
          status: "fail",
          message: `${uri} already exists in the registry: a new version cannot write over an existing file; store it at a path of its own (e.g. ${kind === "artifact" ? `artifacts/${v.model}/${v.version}/` : `${paths.evidenceDir(v.model, v.version)}/`})`,
          file: path,
          line: after.parsed.lineOf(field),
          field,
        });
        continue;
      }
      if (field === "artifact.referencePredictions.uri") {
        // evaluate --registry trusts this file by its digest: the stored bytes must be the named ones
        const read = await this.head.read(repoPath);
        const problem = !read.ok
          ? read.problem
          : read.sha256 !== reference?.sha256
            ? `${uri}: sha256 ${read.sha256} differs from artifact.referencePredictions.sha256 ${reference?.sha256}`
            : null;
        if (problem)
          out.push({
            id: "artifact",
            status: "fail",
            message: problem,
            file: path,
            line: after.parsed.lineOf("artifact.referencePredictions.sha256"),
            field: "artifact.referencePredictions.sha256",
          });
      }
    }
    return out;
  }

  report(changes: GateTransition[], desiredStateChanged: boolean): RegistryCheckReport {
    const { inputs } = this;
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
        subject: subjects.length === 1 ? subjects[0]! : (inputs.baseConfig?.name ?? "registry"),
        inputs: this.manifestInputs,
        context: inputs.context,
        verdict,
        createdAt: inputs.now,
      }),
      base: inputs.base,
      head: inputs.head,
      mergeBase: inputs.mergeBase,
      desiredStateChanged,
      blocked: blocking.length > 0,
      changes,
      blocking,
      evidence: [...this.records.values()],
      approvals: this.approvalsRequired ? this.approvalsRecord() : null,
    };
  }

  approvalsRecord(): ApprovalsRecord {
    const a = this.inputs.approvals;
    const facts = a && (a.source === "github" || a.source === "local") ? a : null;
    return {
      source: a?.source ?? null,
      pullRequest: facts?.pullRequest ?? null,
      author: facts?.author ?? null,
      headSha: facts?.headSha ?? null,
      environments: [...this.approvalRecords.values()].sort((x, y) =>
        x.environment < y.environment ? -1 : x.environment > y.environment ? 1 : 0,
      ),
    };
  }

  /** The registry files the report judged, by their head digest (a blob id names them; sha256 is read). */
  manifestInputs: EvidenceInput[] = [];

  async collectInputs(): Promise<void> {
    for (const c of this.inputs.changes) {
      const kind = classifyRegistryPath(c.path).kind;
      if (kind === "repository" || kind === "misnamed" || kind === "unknown" || !c.after) continue;
      if (kind === "artifact" || kind === "evidence") continue;
      const read = await this.head.read(c.path);
      if (read.ok) this.manifestInputs.push({ role: "manifest", uri: `file:${c.path}`, sha256: read.sha256 });
    }
  }
}

const ROLE_TEXT: Record<DataValidationRole, string> = {
  training: "training-data validation",
  serving: "serving-sample validation",
};
const ROLE_HOW: Record<DataValidationRole, string> = {
  training: 'environment "training", its "data" input one of the version\'s lineage training datasets',
  serving: 'environment "serving", comparison "skew", its data not the version\'s own datasets',
};

/** Which required report a verified data-validation report is (null: neither). */
function dataValidationRole(doc: Record<string, unknown>, trainShas: Set<string>): DataValidationRole | null {
  const inputs = Array.isArray(doc.inputs) ? (doc.inputs as EvidenceInput[]) : [];
  const data = inputs.filter((i) => i.role === "data");
  if (doc.environment === "training")
    return trainShas.size > 0 && data.some((i) => trainShas.has(i.sha256)) ? "training" : null;
  if (doc.environment === "serving" && doc.comparison === "skew")
    return data.length > 0 && !data.some((i) => trainShas.has(i.sha256)) ? "serving" : null;
  return null;
}

/** The check of one evidence file's verification: `verify:<kind>`, failing unless verified (skip under none). */
function verifyCheck(
  ev: VerifiedEvidence,
  v: EvidenceVerificationResult,
  mode: EvidenceVerifyMode,
): GateCheck {
  const file = ev.checks[0]?.file;
  const at = file ? { file } : {};
  const id = `verify:${ev.ref.kind}`;
  if (mode === "none") return { id, status: "skip", message: `${ev.ref.uri}: ${v.message}`, ...at };
  return {
    id,
    status: v.status === "verified" ? "pass" : "fail",
    message: `${ev.ref.uri}: ${v.message}`,
    ...at,
  };
}

function verificationRecord(
  version: ModelVersion,
  ref: EvidenceRef,
  environment: string,
  mode: EvidenceVerifyMode,
  v: EvidenceVerificationResult,
): EvidenceVerificationRecord {
  return {
    uri: ref.uri,
    sha256: ref.sha256,
    kind: ref.kind,
    subject: `${version.model}@${version.version}`,
    environment,
    mode,
    status: v.status,
    method: v.method,
    message: v.message,
    mismatches: v.mismatches,
    seconds: v.cost ? Math.round(v.cost.seconds * 1000) / 1000 : null,
    rows: v.cost ? v.cost.rows : null,
    cached: v.cost?.cached ?? false,
  };
}

/** Whether a policy compares a metric with the champion's (its baseline is then a gated figure). */
function hasChangeRule(policy: Policy): boolean {
  return Object.values(policy.metrics ?? {}).some(
    (m) => m?.minAbsoluteChange !== undefined || m?.minRelativeChange !== undefined,
  );
}

/** Symlinks, submodules and `.git` components are refused anywhere in the repository. */
function entryRefusals(c: ChangedFile): GateCheck[] {
  const out: GateCheck[] = [];
  if (hasGitComponent(c.path))
    out.push({
      id: "refused-path",
      status: "fail",
      message: `${c.path}: a path component named .git (in any case) is refused`,
      file: c.path,
    });
  if (c.after && !isRegularFile(c.after.mode))
    out.push({
      id: "refused-path",
      status: "fail",
      message: `${c.path} is a ${c.after.mode === "120000" ? "symbolic link" : c.after.mode === "160000" ? "submodule" : `mode ${c.after.mode} entry`}: the registry holds regular files only`,
      file: c.path,
    });
  return out;
}

/** A markdown summary of a gate report (PR comment / job summary). */
export function renderCheckMarkdown(report: RegistryCheckReport): string {
  const icon: Record<CheckStatus, string> = { pass: "✅", fail: "❌", warn: "⚠️", skip: "⏭️" };
  const lines: string[] = [];
  const state = report.blocked
    ? "❌ blocked"
    : report.desiredStateChanged
      ? "✅ passed"
      : "✅ no change to the desired state";
  lines.push(`## modelgate registry check: ${state}`);
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
  if ((report.evidence ?? []).length > 0) {
    const shown: Record<string, string> = { verified: "✅", refused: "❌", unverified: "⚠️" };
    lines.push("", "### Evidence verification", "");
    lines.push(
      "| | evidence | environment | verify | result | cost |",
      "| --- | --- | --- | --- | --- | --- |",
    );
    for (const e of report.evidence) {
      const cost =
        e.seconds === null
          ? ""
          : `${e.seconds.toFixed(2)} s, ${e.rows ?? 0} rows${e.cached ? " (reused)" : ""}`;
      lines.push(
        `| ${e.mode === "none" ? "⏭️" : (shown[e.status] ?? "")} | ${mdCode(e.uri)} | ${mdText(e.environment)} | ${mdText(e.mode)} | ${mdText(e.method ? `${e.status} by ${e.method}: ${e.message}` : `${e.status}: ${e.message}`)} | ${mdText(cost)} |`,
      );
    }
  }
  lines.push(...renderApprovalsMarkdown(report.approvals));
  if (report.competing?.length) {
    lines.push("", "### Competing pull requests", "");
    for (const c of report.competing) {
      const ref = /^https?:\/\/[^\s()<>]+$/.test(c.url)
        ? `[${mdText(c.pullRequest)}](${c.url})`
        : mdText(c.pullRequest);
      lines.push(
        `- ${ref} ${mdText(c.title)} — also changes ${mdText(c.model)} in ${mdText(c.environment)}; whichever merges second is gated again against the new base`,
      );
    }
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

export type { RegistryPath };
