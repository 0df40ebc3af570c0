import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import {
  classifyRegistryPath,
  createEnvelope,
  type EvidenceContext,
  type EvidenceEnvelope,
  type EvidenceInput,
  hashBytes,
} from "@modelgate/core";
import { stringify } from "yaml";
import { type EnvironmentFile, loadAt, type ModelVersion, paths } from "./desired-state.js";
import { changedPaths, type Registry, readBlobAt, resolveCommit } from "./git.js";
import { previouslyLiveVersions } from "./history/history.js";
import { classifyTransition, type EnvState, type TransitionKind } from "./transitions.js";

/** One (environment, model) whose desired state moved between two commits. */
export interface DeployEntry {
  environment: string;
  model: string;
  kind: Exclude<TransitionKind, "none">;
  /** version traffic moves from / to (see classifyTransition) */
  from: string | null;
  to: string | null;
  /** percent of traffic `to` serves afterwards */
  traffic: number | null;
  /** the full desired state after the change (null: retired) */
  desired: { version: string; canary: { version: string; traffic: number } | null } | null;
  /** artifacts of the versions that serve afterwards */
  artifacts: Array<{ version: string; uri: string; sha256: string; traffic: number }>;
}

/** The `deploy-plan` evidence (schemas/deploy-plan.schema.json). */
export interface DeployPlan extends EvidenceEnvelope<"deploy-plan"> {
  before: string;
  after: string;
  entries: DeployEntry[];
}

function toEnvState(f: EnvironmentFile | null | undefined): EnvState | null {
  if (!f || typeof f.version !== "string") return null;
  return f.canary ? { version: f.version, canary: { ...f.canary } } : { version: f.version };
}

/**
 * The deploy plan from `before` to `after`: one entry per (environment, model) whose desired
 * state changed, classified, with traffic and artifacts. Pure in its inputs: running it twice
 * gives the same plan, and before == after gives an empty plan.
 */
export async function planDeployment(
  reg: Registry,
  args: { before: string; after: string; now?: Date; context?: EvidenceContext },
): Promise<DeployPlan> {
  const before = await resolveCommit(reg, args.before);
  const after = await resolveCommit(reg, args.after);
  const entries: DeployEntry[] = [];
  const inputs: EvidenceInput[] = [];
  for (const path of before === after ? [] : await changedPaths(reg, before, after)) {
    const file = classifyRegistryPath(path);
    if (file.kind !== "environment") continue;
    const [environment, model] = [file.names.environment!, file.names.model!];
    const from = toEnvState((await loadAt<EnvironmentFile>(reg, before, path).catch(() => null))?.value);
    const afterFile = await loadAt<EnvironmentFile>(reg, after, path);
    const to = toEnvState(afterFile?.value);
    if (afterFile && !to) continue; // an invalid file deploys nothing; the gate reports it
    const previous = await previouslyLiveVersions(reg, environment, model, before);
    const cls = classifyTransition(from, to, { previouslyLive: previous });
    if (cls.kind === "none") continue;
    const blob = await readBlobAt(reg, after, path);
    if (blob) inputs.push({ role: "desired-state", uri: `file:${path}`, sha256: hashBytes(blob.blob) });
    const artifacts: DeployEntry["artifacts"] = [];
    if (to) {
      const serving: Array<[string, number]> = [[to.version, 100 - (to.canary?.traffic ?? 0)]];
      if (to.canary) serving.push([to.canary.version, to.canary.traffic]);
      for (const [version, traffic] of serving) {
        const v = (await loadAt<ModelVersion>(reg, after, paths.version(model, version)))?.value;
        artifacts.push({ version, uri: v?.artifact?.uri ?? "", sha256: v?.artifact?.sha256 ?? "", traffic });
      }
    }
    entries.push({
      environment,
      model,
      kind: cls.kind,
      from: cls.from,
      to: cls.to,
      traffic: cls.traffic,
      desired: to ? { version: to.version, canary: to.canary ?? null } : null,
      artifacts,
    });
  }
  entries.sort((a, b) => a.environment.localeCompare(b.environment) || a.model.localeCompare(b.model));
  return {
    ...createEnvelope({
      kind: "deploy-plan",
      subject: `${before.slice(0, 12)}..${after.slice(0, 12)}`,
      inputs,
      context: args.context ?? { commit: after, ref: null, runUrl: null, ci: false },
      verdict: "pass",
      createdAt: args.now,
    }),
    before,
    after,
    entries,
  };
}

/**
 * A KServe `InferenceService` for one plan entry. KServe's canary rollout serves the latest
 * revision (its storageUri) at `canaryTrafficPercent` and the previous revision with the rest,
 * so a canary entry points storageUri at the canary artifact.
 */
export function renderInferenceService(entry: DeployEntry): Record<string, unknown> | null {
  if (!entry.desired) return null;
  const canary = entry.desired.canary;
  const serving = entry.artifacts.find(
    (a) => a.version === (canary ? canary.version : entry.desired!.version),
  );
  const model: Record<string, unknown> = {
    modelFormat: { name: "onnx" },
    storageUri: serving?.uri ?? "",
  };
  const predictor: Record<string, unknown> = { model };
  if (canary) predictor.canaryTrafficPercent = canary.traffic;
  return {
    apiVersion: "serving.kserve.io/v1beta1",
    kind: "InferenceService",
    metadata: {
      name: entry.model,
      namespace: entry.environment,
      labels: { "modelgate.dev/model": entry.model, "modelgate.dev/environment": entry.environment },
      annotations: {
        "modelgate.dev/version": entry.desired.version,
        ...(canary ? { "modelgate.dev/canary-version": canary.version } : {}),
        "modelgate.dev/sha256": serving?.sha256 ?? "",
      },
    },
    spec: { predictor },
  };
}

/**
 * Writes `<dir>/<environment>/<model>.yaml` for every entry (and removes the file of a retired
 * model). Each file is written to a temporary name and renamed: no half-written manifests.
 */
export async function renderPlan(plan: DeployPlan, dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const entry of plan.entries) {
    const file = join(dir, entry.environment, `${entry.model}.yaml`);
    const doc = renderInferenceService(entry);
    if (!doc) {
      await rm(file, { force: true });
      continue;
    }
    await mkdir(dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${randomBytes(6).toString("hex")}`;
    await writeFile(tmp, stringify(doc));
    await rename(tmp, file);
    written.push(file);
  }
  return written;
}
