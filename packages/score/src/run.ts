import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  type EvidenceContext,
  evidenceVerifyMode,
  SCHEMA_NAMES,
  UserError,
  validateValue,
} from "@modelgate/core";
import {
  type ModelVersion,
  openRegistry,
  type RegistryConfig,
  readHistoryEntries,
} from "@modelgate/registry";
import { verifyScoredEvidence } from "./gate-check.js";
import { type LoadOptions, loadScoreInputs } from "./load.js";
import { EvidenceRecomputer } from "./recompute.js";
import { directoryFiles } from "./registry-files.js";
import { createScoreReport, type MlTestScoreReport } from "./report.js";
import { type ScoreHistoryEntry, type ScoreResult, scoreModel } from "./score.js";

export interface ScoreRegistryOptions extends LoadOptions {
  /** the time to judge at */
  now: Date;
  /** where the score runs (contextFromEnv of the caller's environment) */
  context: EvidenceContext;
  /** default: the environment's minTestScore, else none */
  minimum?: number;
  /** default: modelgate.yaml evidence.maxAgeDays, else 30 */
  maxEvidenceAgeDays?: number;
  rollbackWindowDays?: number;
  /**
   * Recomputes evidence when the environment's evidence.verify asks for it (default: a
   * recomputer that reads `file:` URIs leaving the registry relative to the registry directory)
   */
  recomputer?: EvidenceRecomputer;
}

export interface ScoreRegistryResult {
  report: MlTestScoreReport;
  result: ScoreResult;
  /** things the caller should tell the user (e.g. no git history) */
  notes: string[];
}

/**
 * Scores a model version of a registry directory: reads the manifests, evidence and
 * declarations, the registry's git history (canaries, rollbacks), validates every evidence
 * file of a known kind against its schema, and returns the ml-test-score-report.
 */
export async function scoreRegistry(o: ScoreRegistryOptions): Promise<ScoreRegistryResult> {
  const registry = resolve(o.registry);
  if (!existsSync(join(registry, "modelgate.yaml"))) {
    throw new UserError(`${o.registry}: no modelgate.yaml (not a modelgate registry)`);
  }
  const loaded = loadScoreInputs({ ...o, registry });
  const notes: string[] = [];
  let history: ScoreHistoryEntry[] = [];
  if (existsSync(join(registry, ".git"))) {
    const changes = await readHistoryEntries(await openRegistry(registry), { model: o.model });
    history = changes.map((c) => ({ kind: c.kind, env: c.env, model: c.model, time: c.time, version: c.to }));
  } else {
    notes.push("the registry is not a git repository: no history, so infra-6 and infra-7 earn nothing");
  }
  // only verified evidence earns an automated point: recomputed here as the environment asks
  const policy = loaded.input.environment?.policy;
  const mode = evidenceVerifyMode(policy);
  if (mode === "none")
    notes.push(
      `${loaded.input.environment?.name} takes evidence on trust (evidence.verify: none): no report earns an automated point`,
    );
  const recomputer = o.recomputer ?? new EvidenceRecomputer({ localRoot: registry });
  const files = directoryFiles(registry);
  await verifyScoredEvidence(loaded.input.evidence, mode, (ref, doc) =>
    recomputer.verifyFile({
      files,
      config: loaded.config as unknown as RegistryConfig,
      version: loaded.versionManifest as unknown as ModelVersion,
      kind: ref.kind,
      doc,
      mode,
    }),
  );
  const result = scoreModel({
    ...loaded.input,
    history,
    options: {
      now: o.now,
      maxEvidenceAgeDays: o.maxEvidenceAgeDays ?? loaded.maxEvidenceAgeDays ?? 30,
      ...(o.rollbackWindowDays !== undefined ? { rollbackWindowDays: o.rollbackWindowDays } : {}),
      minimum: o.minimum ?? loaded.minTestScore ?? null,
      validate: (doc) =>
        SCHEMA_NAMES.includes(doc.kind)
          ? validateValue(doc.kind, doc).map(
              (e) => `schema ${doc.kind}: ${e.instancePath || "/"} ${e.message}`,
            )
          : [],
    },
  });
  const report = createScoreReport(result, {
    context: o.context,
    artifact: loaded.artifact,
    declarations: loaded.declarationsRef,
    createdAt: o.now,
  });
  const problems = validateValue("ml-test-score-report", report);
  if (problems.length > 0) {
    throw new Error(
      `the report does not match its schema: ${problems.map((p) => `${p.instancePath} ${p.message}`).join("; ")}`,
    );
  }
  return { report, result, notes };
}
