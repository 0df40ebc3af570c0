import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import {
  checkName,
  checkRegularFile,
  classifyRegistryPath,
  EVIDENCE_LIMITS,
  hashBytes,
  loadEvidenceText,
  redactCredentials,
  schemaId,
  UserError,
  verifyEvidence,
} from "@modelgate/core";
import { type FetchLike, hashHttpArtifact, repoPathOfFileUri } from "./artifact.js";
import {
  type EnvironmentFile,
  type EvidenceRef,
  loadAt,
  type ModelVersion,
  paths,
  readConfig,
} from "./desired-state.js";
import {
  blobOidAt,
  compareAndSwapRef,
  configIdentity,
  defaultHead,
  type EditContent,
  type Identity,
  mergeBase,
  pushBranch,
  type Registry,
  readCommit,
  refValue,
  writeEditCommit,
} from "./git.js";
import { previouslyLiveVersions } from "./history/history.js";
import { editManifest, renderManifest } from "./manifest-file.js";

export type ProposalKind =
  | "register"
  | "promote"
  | "canary"
  | "complete"
  | "rollback"
  | "deprecate"
  | "dataset";

/** A proposed change: a branch with one commit on top of the default branch, and a PR-like description. */
export interface ProposedChange {
  type: ProposalKind;
  model: string;
  environment: string | null;
  version: string;
  branch: string;
  /** the commit on the branch */
  commit: string;
  /** the default-branch commit it was made on */
  base: string;
  /** pull-request title */
  title: string;
  /** pull-request body (markdown) */
  body: string;
  /** files the commit adds, edits or deletes */
  files: string[];
}

export interface ProposalOptions {
  /** commit author; defaults to the repository's user.name/user.email, else "modelgate" */
  author?: Identity;
  /** commit time (default now) */
  now?: Date;
  /** HTTP headers for pushing to a remote registry */
  headers?: Record<string, string>;
  /** called at each named step of writing the change branch; lets a test stop it at an exact point */
  onStep?: (step: ProposalStep) => void | Promise<void>;
}

/** The named steps of writing a change, in order: its objects, the branch ref locked, the branch ref written. */
export type ProposalStep = "objects" | "ref-locked" | "ref";

const DEFAULT_AUTHOR: Identity = { name: "modelgate", email: "modelgate@localhost" };

/** The branch name of a change: modelgate/<kind>/<model>-<env>-<version> (env omitted when none). */
export function changeBranch(type: ProposalKind, model: string, env: string | null, version: string): string {
  return `modelgate/${type}/${model}${env ? `-${env}` : ""}-${version}`;
}

async function commitChange(
  reg: Registry,
  args: {
    type: ProposalKind;
    model: string;
    environment: string | null;
    version: string;
    base: string;
    edits: Map<string, EditContent>;
    title: string;
    body: string;
  },
  options: ProposalOptions,
): Promise<ProposedChange> {
  const branch = changeBranch(args.type, args.model, args.environment, args.version);
  const ref = `refs/heads/${branch}`;
  const local = await refValue(reg, ref);
  const remote = reg.remoteUrl ? await refValue(reg, `refs/remotes/origin/${branch}`) : null;
  // a branch whose tip is in the default branch holds nothing unmerged: the change may be made again
  for (const existing of [local, remote]) {
    if (existing !== null && (await mergeBase(reg, existing, args.base)) !== existing)
      throw new UserError(
        `the branch ${branch} already exists with a change not merged yet: merge it (modelgate merge ${branch}) or delete it (git branch -D ${branch})`,
      );
  }
  const author = options.author ?? (await configIdentity(reg)) ?? DEFAULT_AUTHOR;
  const baseCommit = await readCommit(reg, args.base);
  const { commit } = await writeEditCommit(reg, {
    parents: [args.base],
    baseTree: baseCommit.tree,
    edits: args.edits,
    message: `${args.title}\n\n${args.body}`,
    author,
    now: options.now ?? new Date(),
  });
  const step = options.onStep ?? (() => undefined);
  await step("objects");
  if (!(await compareAndSwapRef(reg, ref, commit, local, { onLocked: () => step("ref-locked") }))) {
    throw new UserError(`the branch ${branch} was created by someone else meanwhile; retry`);
  }
  await step("ref");
  if (reg.remoteUrl) {
    // replacing a merged branch on the remote is a forced push of a branch nobody needs
    const pushed = await pushBranch(reg, branch, { headers: options.headers, force: remote !== null });
    if (!pushed.ok) throw new UserError(`the remote refused ${branch}: ${pushed.error}`, { exitCode: 1 });
  }
  return {
    type: args.type,
    model: args.model,
    environment: args.environment,
    version: args.version,
    branch,
    commit,
    base: args.base,
    title: args.title,
    body: args.body,
    files: [...args.edits.keys()].sort(),
  };
}

/**
 * The `$schema` comment of a file modelgate writes `depth` directories below the registry root:
 * the registry's own copy in schemas/ (what `modelgate init` writes) when the base has it, else
 * the schema's URL, so the comment never points at a missing file.
 */
async function schemaComment(reg: Registry, base: string, kind: string, depth: number): Promise<string> {
  const local = `schemas/${kind}.schema.json`;
  return (await blobOidAt(reg, base, local)) !== null ? `${"../".repeat(depth)}${local}` : schemaId(kind);
}

function describe(lines: Array<[string, string | number | null | undefined]>, extra = ""): string {
  const rows = lines.filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => `| ${k} | ${v} |`);
  return `| field | value |\n| --- | --- |\n${rows.join("\n")}\n${extra ? `\n${extra}\n` : ""}`;
}

export interface RegistrationInput {
  model: string;
  version: string;
  /** `file:<path inside the repository>` or an http(s) URL on the allow-list */
  artifact: string;
  /** the artifact's bytes for a file: URI that is not yet in the registry (e.g. a path on disk); committed with the change */
  artifactSource?: string;
  /**
   * reference predictions on disk (CSV: what the model predicted at training time on its test
   * data); committed beside the artifact as reference-predictions.csv and named in the version file
   * (artifact.referencePredictions), so `evaluate --registry` checks parity
   */
  referencePredictions?: string;
  /** evidence files on disk (JSON reports with an envelope); copied to evidence/<model>/<version>/ */
  evidence?: string[];
  format?: string;
  createdAt?: Date;
  lineage?: Record<string, unknown>;
  /** lineage.codeCommit: the training code's commit (7 to 64 hex characters) */
  codeCommit?: string;
  /**
   * lineage.datasets by reference: each `name@version` must be registered in
   * datasets/<name>/versions/<version>.yaml, whose sha256 binds it
   */
  datasets?: Array<{ ref: string; role: "train" | "test" | "validation" }>;
  summary?: Record<string, number>;
  fetch?: FetchLike;
}

const DATASET_ROLES = ["train", "test", "validation"] as const;

/** `train=loans@2026-11-train` -> a dataset reference for RegistrationInput.datasets. */
export function parseDatasetRef(text: string): { ref: string; role: "train" | "test" | "validation" } {
  const m = /^([a-z]+)=([^@\s]+@[^@\s]+)$/.exec(text);
  const role = m?.[1] as (typeof DATASET_ROLES)[number] | undefined;
  if (!m || !role || !DATASET_ROLES.includes(role))
    throw new UserError(
      `dataset "${text}": expected <role>=<name>@<version> with role ${DATASET_ROLES.join(", ")} (e.g. train=loans@2026-11-train)`,
    );
  return { ref: m[2]!, role };
}

/** Resolves dataset references against the registry at `base`: their digests come from the dataset version files. */
async function datasetLineage(
  reg: Registry,
  base: string,
  datasets: NonNullable<RegistrationInput["datasets"]>,
): Promise<Array<{ name: string; version: string; sha256: string; role: string }>> {
  const out = [];
  for (const { ref, role } of datasets) {
    const [name = "", version = ""] = ref.split("@");
    checkName("dataset", name);
    checkName("dataset version", version);
    const path = `datasets/${name}/versions/${version}.yaml`;
    const loaded = await loadAt<{ sha256?: unknown }>(reg, base, path);
    if (!loaded) throw new UserError(`dataset ${ref} is not registered: ${path} does not exist`);
    const sha256 = loaded.value?.sha256;
    if (typeof sha256 !== "string" || !/^[0-9a-f]{64}$/.test(sha256))
      throw new UserError(`${path}: no valid sha256 to bind dataset ${ref} by`);
    out.push({ name, version, sha256, role });
  }
  return out;
}

/**
 * `register`: adds models/<model>/versions/<version>.yaml with the artifact's sha256 and size,
 * committing a local artifact and the evidence files alongside it.
 */
export async function proposeRegistration(
  reg: Registry,
  input: RegistrationInput,
  options: ProposalOptions = {},
): Promise<ProposedChange> {
  checkName("model", input.model);
  checkName("version", input.version);
  const base = await defaultHead(reg);
  const config = await readConfig(reg, base);
  if (!(await loadAt(reg, base, paths.model(input.model)))) {
    throw new UserError(`unknown model "${input.model}": ${paths.model(input.model)} does not exist`);
  }
  const versionPath = paths.version(input.model, input.version);
  if (await loadAt(reg, base, versionPath)) {
    throw new UserError(`${input.model} ${input.version} is already registered (${versionPath})`);
  }
  // the URI is committed in the version file and the change description
  if (redactCredentials(input.artifact) !== input.artifact)
    throw new UserError(
      `artifact ${redactCredentials(input.artifact)}: credentials in artifact URLs are not allowed (they would be committed)`,
    );
  const edits = new Map<string, EditContent>();
  let digest: { sha256: string; bytes: number };
  if (input.artifact.startsWith("file:")) {
    const repoPath = repoPathOfFileUri(input.artifact);
    // the gate refuses both; saying so here keeps a registration from writing over a file
    if (classifyRegistryPath(repoPath).kind !== "artifact")
      throw new UserError(
        `artifact ${input.artifact}: artifacts are stored under artifacts/ (e.g. file:artifacts/${input.model}/${input.version}/model.onnx)`,
      );
    if (await blobOidAt(reg, base, repoPath))
      throw new UserError(
        `artifact ${input.artifact}: ${repoPath} already exists in the registry; a new version stores its artifact at a path of its own (e.g. file:artifacts/${input.model}/${input.version}/model.onnx)`,
      );
    const source = input.artifactSource ?? `${reg.dir}/${repoPath}`;
    let data: Buffer;
    checkRegularFile(source, "artifact file");
    try {
      data = await readFile(source);
    } catch {
      throw new UserError(`artifact ${input.artifact}: cannot read ${source}`);
    }
    digest = { sha256: hashBytes(data), bytes: data.byteLength };
    edits.set(repoPath, data);
  } else {
    digest = await hashHttpArtifact(input.artifact, config.artifacts?.allowedHosts ?? [], input.fetch);
  }
  let referencePredictions: { uri: string; sha256: string } | undefined;
  if (input.referencePredictions !== undefined) {
    // beside a file: artifact (where evaluate looks), else in the version's own artifacts/ folder
    const dir = input.artifact.startsWith("file:")
      ? repoPathOfFileUri(input.artifact).replace(/[^/]*$/, "")
      : `artifacts/${input.model}/${input.version}/`;
    const repoPath = `${dir}reference-predictions.csv`;
    if (edits.has(repoPath) || (await blobOidAt(reg, base, repoPath)))
      throw new UserError(
        `reference predictions: ${repoPath} already exists${edits.has(repoPath) ? " (it is the artifact)" : " in the registry"}; store the artifact in a folder of its own (e.g. file:artifacts/${input.model}/${input.version}/model.onnx)`,
      );
    checkRegularFile(input.referencePredictions, "reference predictions");
    let data: Buffer;
    try {
      data = await readFile(input.referencePredictions);
    } catch {
      throw new UserError(`reference predictions ${input.referencePredictions} cannot be read`);
    }
    edits.set(repoPath, data);
    referencePredictions = { uri: `file:${repoPath}`, sha256: hashBytes(data) };
  }
  const evidence: EvidenceRef[] = [];
  for (const file of input.evidence ?? []) {
    let data: Buffer;
    const size = checkRegularFile(file, "evidence");
    if (size > EVIDENCE_LIMITS.maxBytes) {
      throw new UserError(
        `evidence file ${file} is ${size} bytes; evidence files are limited to ${EVIDENCE_LIMITS.maxBytes} bytes`,
      );
    }
    try {
      data = await readFile(file);
    } catch {
      throw new UserError(`evidence file ${file} cannot be read`);
    }
    // checked as lint and the gate check it, before anything is committed: the evidence loader
    // (size, JSON, a known report kind, its schema), then the envelope against this version
    const loaded = loadEvidenceText(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), { file });
    const bad = loaded.diagnostics.find((d) => d.severity === "error");
    if (bad !== undefined) {
      throw new UserError(
        `evidence file ${file}:${bad.line}:${bad.column}: ${bad.message}${bad.hint ? ` (${bad.hint})` : ""}; the gate would refuse it`,
      );
    }
    const kind = loaded.kind;
    if (kind === undefined) throw new UserError(`evidence file ${file} has no report kind (field "kind")`);
    const verified = verifyEvidence(loaded.value, {
      kind,
      ...(kind === "evaluation" ? { subject: `${input.model}@${input.version}` } : {}),
      bindings: kind === "evaluation" ? [{ role: "model", sha256: digest.sha256 }] : [],
      // the verdict is the policy's to judge, at the gate
      acceptVerdicts: ["pass", "warn", "fail"],
    });
    if (!verified.ok) {
      throw new UserError(
        `evidence file ${file}: ${verified.problems.map((p) => p.message).join("; ")}; the gate would refuse it`,
      );
    }
    const repoPath = `evidence/${input.model}/${input.version}/${basename(file)}`;
    if (edits.has(repoPath))
      throw new UserError(`two evidence files are named ${basename(file)}; rename one`);
    edits.set(repoPath, data);
    evidence.push({ kind, uri: `file:${repoPath}`, sha256: hashBytes(data) });
  }
  const version: Record<string, unknown> = {
    model: input.model,
    version: input.version,
    createdAt: (input.createdAt ?? options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z"),
    artifact: {
      uri: input.artifact,
      sha256: digest.sha256,
      bytes: digest.bytes,
      format: input.format ?? (input.artifact.endsWith(".onnx") ? "onnx" : "other"),
      ...(referencePredictions ? { referencePredictions } : {}),
    },
  };
  const lineage: Record<string, unknown> = { ...(input.lineage ?? {}) };
  if (input.codeCommit !== undefined) {
    if (!/^[0-9a-f]{7,64}$/.test(input.codeCommit))
      throw new UserError(`code commit "${input.codeCommit}": expected 7 to 64 lowercase hex characters`);
    lineage.codeCommit = input.codeCommit;
  }
  if (input.datasets && input.datasets.length > 0)
    lineage.datasets = await datasetLineage(reg, base, input.datasets);
  if (Object.keys(lineage).length > 0) version.lineage = lineage;
  if (input.summary || evidence.length > 0) {
    version.evaluation = {
      ...(input.summary ? { summary: input.summary } : {}),
      ...(evidence.length > 0 ? { evidence } : {}),
    };
  }
  version.status = "active";
  edits.set(versionPath, renderManifest(version, await schemaComment(reg, base, "model-version", 3)));
  const title = `Register ${input.model} ${input.version}`;
  const body = describe(
    [
      ["model", input.model],
      ["version", input.version],
      ["artifact", input.artifact],
      ["sha256", digest.sha256],
      ["bytes", digest.bytes],
      ["reference predictions", referencePredictions?.uri ?? "none (no parity check)"],
      ["evidence", evidence.map((e) => `${e.kind} (${e.uri})`).join(", ") || "none"],
    ],
    "Registers a new model version. Merging it deploys nothing; promote it to an environment next.",
  );
  return commitChange(
    reg,
    {
      type: "register",
      model: input.model,
      environment: null,
      version: input.version,
      base,
      edits,
      title,
      body,
    },
    options,
  );
}

export interface PromotionInput {
  model: string;
  version: string;
  environment: string;
  /** percent of traffic for a canary (1..99) */
  canary?: number;
  /** take the current canary to 100% (version must be the canary's) */
  complete?: boolean;
}

async function readEnvFile(reg: Registry, base: string, env: string, model: string) {
  const loaded = await loadAt<EnvironmentFile>(reg, base, paths.environment(env, model));
  if (loaded && !loaded.value) {
    const d = loaded.parsed.diagnostics[0];
    throw new UserError(
      `${loaded.path}${d?.line ? `:${d.line}` : ""}: ${d?.message ?? "invalid"}; fix it first`,
    );
  }
  return loaded;
}

async function requireVersion(
  reg: Registry,
  base: string,
  model: string,
  version: string,
): Promise<ModelVersion> {
  const loaded = await loadAt<ModelVersion>(reg, base, paths.version(model, version));
  if (!loaded)
    throw new UserError(
      `${model} ${version} is not registered (${paths.version(model, version)} is missing)`,
    );
  if (!loaded.value) throw new UserError(`${loaded.path} is not valid YAML`);
  return loaded.value;
}

/**
 * `promote`: points environments/<env>/<model>.yaml at a version (or adds a canary, or completes
 * one). Reads only modelgate.yaml, the version file and the environment file.
 */
export async function proposePromotion(
  reg: Registry,
  input: PromotionInput,
  options: ProposalOptions = {},
): Promise<ProposedChange> {
  checkName("model", input.model);
  checkName("version", input.version);
  checkName("environment", input.environment);
  const base = await defaultHead(reg);
  const config = await readConfig(reg, base);
  const envs = config.environments.map((e) => e.name);
  if (!envs.includes(input.environment)) {
    throw new UserError(
      `unknown environment "${input.environment}" (modelgate.yaml has: ${envs.join(", ")})`,
    );
  }
  const version = await requireVersion(reg, base, input.model, input.version);
  if (version.status === "deprecated") {
    throw new UserError(`${input.model} ${input.version} is deprecated and cannot be promoted`, {
      exitCode: 1,
    });
  }
  const path = paths.environment(input.environment, input.model);
  const current = await readEnvFile(reg, base, input.environment, input.model);
  const state = current?.value ?? null;
  let type: ProposalKind;
  let text: string;
  if (input.complete) {
    if (!state?.canary) {
      throw new UserError(`${input.model} has no canary in ${input.environment} to complete`);
    }
    if (state.canary.version !== input.version) {
      throw new UserError(
        `the canary of ${input.model} in ${input.environment} is ${state.canary.version}, not ${input.version}`,
      );
    }
    type = "complete";
    text = editManifest(current!.text, [
      { path: ["version"], value: input.version },
      { path: ["canary"], value: undefined },
    ]);
  } else if (input.canary !== undefined) {
    if (!Number.isInteger(input.canary) || input.canary < 1 || input.canary > 99) {
      throw new UserError(`--canary must be a whole percent from 1 to 99 (got ${input.canary})`);
    }
    if (!state) {
      throw new UserError(
        `${input.model} has no champion in ${input.environment} yet: a canary needs one; promote without --canary first`,
      );
    }
    if (state.version === input.version) {
      throw new UserError(
        `${input.version} is already the champion of ${input.model} in ${input.environment}`,
      );
    }
    type = "canary";
    text = editManifest(current!.text, [
      { path: ["canary"], value: { version: input.version, traffic: input.canary } },
    ]);
  } else {
    if (state && state.version === input.version && !state.canary) {
      throw new UserError(`${input.model} ${input.version} is already live in ${input.environment}`);
    }
    type = "promote";
    if (current) {
      const edits: Array<{ path: string[]; value: unknown }> = [{ path: ["version"], value: input.version }];
      if (state?.canary?.version === input.version) edits.push({ path: ["canary"], value: undefined });
      text = editManifest(current.text, edits);
    } else {
      text = renderManifest(
        { model: input.model, environment: input.environment, version: input.version },
        await schemaComment(reg, base, "environment", 2),
      );
    }
  }
  const verb =
    { promote: "Promote", canary: "Canary", complete: "Complete canary of" }[type as string] ?? "Change";
  const title =
    type === "canary"
      ? `Canary ${input.model} ${input.version} at ${input.canary}% in ${input.environment}`
      : `${verb} ${input.model} ${input.version} ${type === "complete" ? "in" : "to"} ${input.environment}`;
  const body = describe(
    [
      ["model", input.model],
      ["environment", input.environment],
      [
        "from",
        state
          ? state.version + (state.canary ? ` (canary ${state.canary.version} ${state.canary.traffic}%)` : "")
          : "nothing",
      ],
      ["to", input.version],
      ["traffic", type === "canary" ? `${input.canary}%` : "100%"],
      ["artifact", `${version.artifact?.uri} (sha256 ${version.artifact?.sha256})`],
    ],
    `Merging this change deploys it. The gate checks ${input.environment}'s policy (modelgate.yaml).`,
  );
  return commitChange(
    reg,
    {
      type,
      model: input.model,
      environment: input.environment,
      version: input.version,
      base,
      edits: new Map([[path, text]]),
      title,
      body,
    },
    options,
  );
}

export interface RollbackInput {
  model: string;
  environment: string;
  /** a version that was live in the environment before; default: the one live before the current one */
  to?: string;
  /** why (recorded in the description) */
  reason?: string;
}

/**
 * `rollback`: aborts a running canary, or points the environment back to the version live before
 * the current one (from history), or to a named version that was live there before.
 */
export async function proposeRollback(
  reg: Registry,
  input: RollbackInput,
  options: ProposalOptions = {},
): Promise<ProposedChange> {
  checkName("model", input.model);
  checkName("environment", input.environment);
  if (input.to !== undefined) checkName("version", input.to);
  const base = await defaultHead(reg);
  const envs = (await readConfig(reg, base)).environments.map((e) => e.name);
  if (!envs.includes(input.environment))
    throw new UserError(
      `unknown environment "${input.environment}" (modelgate.yaml has: ${envs.join(", ")})`,
    );
  const current = await readEnvFile(reg, base, input.environment, input.model);
  const state = current?.value;
  if (!current || !state)
    throw new UserError(`${input.model} is not deployed in ${input.environment}: nothing to roll back`, {
      exitCode: 1,
    });
  let target: string;
  const edits: Array<{ path: string[]; value: unknown }> = [];
  if (state.canary && (input.to === undefined || input.to === state.version)) {
    target = state.version;
    edits.push({ path: ["canary"], value: undefined });
  } else {
    const previous = await previouslyLiveVersions(reg, input.environment, input.model, base);
    if (input.to !== undefined) {
      if (input.to === state.version) {
        throw new UserError(`${input.to} is already live for ${input.model} in ${input.environment}`);
      }
      if (!previous.includes(input.to)) {
        throw new UserError(
          `${input.model} ${input.to} was never live in ${input.environment} (or was rolled back from); rollback targets: ${
            previous.join(", ") || "none"
          }`,
          { exitCode: 1 },
        );
      }
      target = input.to;
    } else {
      const first = previous[0];
      if (!first) {
        throw new UserError(
          `no earlier version of ${input.model} was live in ${input.environment}: nothing to roll back to`,
          {
            exitCode: 1,
          },
        );
      }
      target = first;
    }
    await requireVersion(reg, base, input.model, target);
    edits.push({ path: ["version"], value: target });
    if (state.canary) edits.push({ path: ["canary"], value: undefined });
  }
  const text = editManifest(current.text, edits);
  const from = state.canary && target === state.version ? state.canary.version : state.version;
  const title = `Roll back ${input.model} in ${input.environment} from ${from} to ${target}`;
  const body = describe(
    [
      ["model", input.model],
      ["environment", input.environment],
      ["from", from],
      ["to", target],
      ["reason", input.reason],
    ],
    "Rollback: quality gates are skipped (and recorded as skipped); schema, digest and history checks still run.",
  );
  return commitChange(
    reg,
    {
      type: "rollback",
      model: input.model,
      environment: input.environment,
      version: target,
      base,
      edits: new Map([[paths.environment(input.environment, input.model), text]]),
      title,
      body,
    },
    options,
  );
}

export interface DeprecationInput {
  model: string;
  version: string;
  reason: string;
}

/** `deprecate`: marks a version deprecated (it can no longer enter an environment). */
export async function proposeDeprecation(
  reg: Registry,
  input: DeprecationInput,
  options: ProposalOptions = {},
): Promise<ProposedChange> {
  checkName("model", input.model);
  checkName("version", input.version);
  if (!input.reason.trim()) throw new UserError("a deprecation needs a reason");
  const base = await defaultHead(reg);
  const path = paths.version(input.model, input.version);
  const loaded = await loadAt<ModelVersion>(reg, base, path);
  if (!loaded?.value) throw new UserError(`${input.model} ${input.version} is not registered (${path})`);
  if (loaded.value.status === "deprecated")
    throw new UserError(`${input.model} ${input.version} is already deprecated`);
  const at = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const text = editManifest(loaded.text, [
    { path: ["status"], value: "deprecated" },
    { path: ["deprecation"], value: { reason: input.reason, at } },
  ]);
  const title = `Deprecate ${input.model} ${input.version}`;
  const body = describe(
    [
      ["model", input.model],
      ["version", input.version],
      ["reason", input.reason],
    ],
    "A deprecated version cannot enter any environment. Where it is live, it stays until replaced.",
  );
  return commitChange(
    reg,
    {
      type: "deprecate",
      model: input.model,
      environment: null,
      version: input.version,
      base,
      edits: new Map([[path, text]]),
      title,
      body,
    },
    options,
  );
}

export interface DatasetVersionInput {
  dataset: string;
  version: string;
  /** where the data is: `file:<path relative to the registry>` or an https:// URL */
  uri: string;
  sha256: string;
  rows: number;
  /** the data-profile JSON of this version; committed under evidence/<dataset>/<version>/ */
  profile: string;
  /** the data-validation verdict against the dataset's schema, for the description */
  validation?: { verdict: string; errors: number; warnings: number };
}

/**
 * A change registering a dataset version: datasets/<dataset>/versions/<version>.yaml with its
 * digest, rows and profile (bound by digest), and the profile file. The dataset's schema must
 * be registered; the data is checked against it by the caller before.
 */
export async function proposeDatasetVersion(
  reg: Registry,
  input: DatasetVersionInput,
  options: ProposalOptions = {},
): Promise<ProposedChange> {
  checkName("dataset", input.dataset);
  checkName("dataset version", input.version, "--version");
  if (!/^[0-9a-f]{64}$/.test(input.sha256))
    throw new UserError(`sha256 "${input.sha256}": expected 64 lowercase hex characters`);
  const base = await defaultHead(reg);
  const schemaPath = paths.datasetSchema(input.dataset);
  if ((await blobOidAt(reg, base, schemaPath)) === null)
    throw new UserError(
      `dataset "${input.dataset}" has no schema on ${reg.defaultBranch}: commit ${schemaPath} first (modelgate infer-schema writes one)`,
    );
  const versionPath = paths.datasetVersion(input.dataset, input.version);
  if ((await blobOidAt(reg, base, versionPath)) !== null)
    throw new UserError(
      `${input.dataset} ${input.version} is already registered (${versionPath}): pick a new --version`,
    );
  const profilePath = `evidence/${input.dataset}/${input.version}/profile.json`;
  if ((await blobOidAt(reg, base, profilePath)) !== null)
    throw new UserError(`${profilePath} already exists on ${reg.defaultBranch}: pick a new --version`);
  const profileBytes = new TextEncoder().encode(input.profile);
  const manifest = {
    dataset: input.dataset,
    version: input.version,
    uri: input.uri,
    sha256: input.sha256,
    rows: input.rows,
    profile: { uri: `file:${profilePath}`, sha256: hashBytes(profileBytes) },
  };
  const edits = new Map<string, EditContent>([
    [versionPath, renderManifest(manifest, await schemaComment(reg, base, "dataset-version", 3))],
    [profilePath, profileBytes],
  ]);
  const v = input.validation;
  return commitChange(
    reg,
    {
      type: "dataset",
      model: input.dataset,
      environment: null,
      version: input.version,
      base,
      edits,
      title: `Register dataset ${input.dataset} ${input.version}`,
      body: describe([
        ["dataset", input.dataset],
        ["version", input.version],
        ["uri", redactCredentials(input.uri)],
        ["sha256", input.sha256],
        ["rows", input.rows],
        ["profile", `file:${profilePath}`],
        ["schema check", v ? `${v.verdict} (${v.errors} errors, ${v.warnings} warnings)` : null],
      ]),
    },
    options,
  );
}
