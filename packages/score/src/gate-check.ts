import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  type EvidenceVerifyMode,
  evidenceVerifyMode,
  hashBytes,
  parseYamlText,
  registryPaths,
  SCHEMA_NAMES,
  UserError,
  validateValue,
} from "@modelgate/core";
import {
  type EvidenceRef,
  type EvidenceVerificationResult,
  type ExtraCheck,
  type ExtraCheckInput,
  type GateCheck,
  repoPathOfFileUri,
} from "@modelgate/registry";
import { type DeclarationsFile, parseDeclarations } from "./declarations.js";
import {
  buildSubject,
  evidenceFromBytes,
  jsonFiles,
  lineageDatasets,
  type Obj,
  readEvidence,
  str,
} from "./load.js";
import { scoreForGate } from "./minimum.js";
import {
  DEPENDENCY_AUTOMATION_FILES,
  type EvidenceFile,
  type ScoreHistoryEntry,
  type ScoreInput,
} from "./score.js";

/** The report kinds the score reads figures from: the ones verified before they count. */
const SCORED_KINDS = new Set(["evaluation", "data-validation"]);

/**
 * Verifies each report the score could take a point from (an evaluation or data validation
 * with verdict pass) as the environment's evidence.verify asks, and records the outcome on it.
 */
export async function verifyScoredEvidence(
  evidence: EvidenceFile[],
  mode: EvidenceVerifyMode,
  verify: (ref: EvidenceRef, doc: Obj) => Promise<EvidenceVerificationResult>,
): Promise<void> {
  for (const e of evidence) {
    const doc = e.doc as Obj | undefined;
    if (!doc || typeof doc !== "object" || !SCORED_KINDS.has(String(doc.kind)) || doc.verdict !== "pass")
      continue;
    const result = await verify({ kind: String(doc.kind), uri: e.uri, sha256: e.sha256 }, doc);
    e.verification = {
      status: result.status,
      method: result.method,
      message: result.message,
      doc: result.doc,
      onTrust: mode === "none",
    };
  }
}

export interface GateCheckOptions {
  /** evidence directories on disk (e.g. the CI workspace's reports), besides the version's evidence files */
  evidenceDirs?: string[];
  /** directories to look for dependency-update configuration in, besides the registry at head */
  repositoryRoots?: string[];
  rollbackWindowDays?: number;
}

/**
 * The ML Test Score as a registry gate check (`extraChecks` of runGate): for a promotion into an
 * environment whose policy sets `minTestScore`, scores the version from the gated commit's
 * snapshot (manifests, the version's evidence files, the declarations — never the working
 * tree), the history the gate gathered and the given evidence directories. One check
 * `ml-test-score`: pass when the score meets the minimum.
 */
export function mlTestScoreGateCheck(options: GateCheckOptions = {}): ExtraCheck {
  return {
    id: "ml-test-score",
    async run(input: ExtraCheckInput): Promise<GateCheck[]> {
      const minimum = input.policy.minTestScore;
      if (minimum === undefined) return [];
      const model = input.version.model;
      const file = registryPaths.mlTestScore(model);
      try {
        const scoreInput = await gateScoreInput(input, options);
        const gate = scoreForGate(scoreInput, minimum);
        return [
          {
            id: "ml-test-score",
            status: gate.passed ? "pass" : "fail",
            message: gate.reasons.join("\n"),
          },
        ];
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        return [{ id: "ml-test-score", status: "fail", message: error.message, file }];
      }
    },
  };
}

async function readYaml(input: ExtraCheckInput, path: string): Promise<Obj | null> {
  const text = await input.readText(path);
  if (text === null) return null;
  const parsed = parseYamlText(text, path);
  if (parsed.error)
    throw new UserError(`${path}:${parsed.error.line}: not valid YAML: ${parsed.error.message}`);
  const value = parsed.value;
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Obj) : null;
}

/** Builds the score's input from what the gate sees at the head commit. */
export async function gateScoreInput(
  input: ExtraCheckInput,
  options: GateCheckOptions = {},
): Promise<ScoreInput> {
  const v = input.version;
  const modelDoc = (await readYaml(input, registryPaths.model(v.model))) ?? {};
  const versionDoc = v as unknown as Obj;
  const datasets = lineageDatasets((v.lineage ?? {}) as Obj);
  const profileSha256s: string[] = [];
  for (const d of datasets.filter((x) => x.role === "train")) {
    const dv = await readYaml(input, registryPaths.datasetVersion(d.name, d.version));
    const profile = str((dv?.profile as Obj | undefined)?.sha256);
    if (profile) profileSha256s.push(profile);
  }
  const datasetName = str(modelDoc.dataset) ?? datasets[0]?.name ?? null;
  const schemaText =
    datasetName === null ? null : await input.readText(registryPaths.datasetSchema(datasetName));
  const datasetSchemaSha256 = schemaText === null ? null : hashBytes(schemaText);

  const evidence: EvidenceFile[] = [];
  for (const ref of v.evaluation?.evidence ?? []) {
    if (!ref.uri.startsWith("file:")) continue;
    let path: string;
    try {
      path = repoPathOfFileUri(ref.uri);
    } catch {
      continue; // not stored in the registry: the gate's evidence check reports it
    }
    const text = await input.readText(path);
    if (text === null) continue;
    const e = evidenceFromBytes(ref.uri, text);
    if (e) evidence.push(e);
  }
  for (const dir of options.evidenceDirs ?? []) {
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      throw new UserError(`evidence directory ${dir} not found`);
    for (const p of jsonFiles(dir)) {
      const e = readEvidence(p, dir);
      if (e && !evidence.some((x) => x.sha256 === e.sha256)) evidence.push(e);
    }
  }

  // only verified evidence earns an automated point (memoized by the gate: nothing runs twice)
  await verifyScoredEvidence(evidence, evidenceVerifyMode(input.policy), (ref, doc) =>
    input.verify(ref, doc),
  );

  const declPath = registryPaths.mlTestScore(v.model);
  const declText = await input.readText(declPath);
  const declarations: DeclarationsFile | null =
    declText === null ? null : parseDeclarations(declText, declPath, v.model);

  const repositoryFiles: string[] = [];
  for (const f of DEPENDENCY_AUTOMATION_FILES) {
    if (
      (await input.readText(f)) !== null ||
      (options.repositoryRoots ?? []).some((r) => existsSync(join(r, f)))
    ) {
      repositoryFiles.push(f);
    }
  }

  // the history the gate gathered: every state change of the model up to the merge base
  const history: ScoreHistoryEntry[] = input.history.map((c) => ({
    kind: c.kind,
    env: c.env,
    model: c.model,
    time: c.time,
    version: c.to,
  }));

  return {
    subject: buildSubject({
      model: v.model,
      version: v.version,
      modelDoc,
      versionDoc,
      artifactSha256: v.artifact.sha256,
      datasets,
      profileSha256s,
      datasetSchemaSha256,
    }),
    environment: { name: input.environment, policy: input.policy },
    evidence,
    declarations,
    history,
    repositoryFiles,
    options: {
      now: input.now,
      maxEvidenceAgeDays: input.config.evidence?.maxAgeDays ?? 30,
      ...(options.rollbackWindowDays !== undefined ? { rollbackWindowDays: options.rollbackWindowDays } : {}),
      validate: (doc) =>
        SCHEMA_NAMES.includes(doc.kind)
          ? validateValue(doc.kind, doc).map(
              (e) => `schema ${doc.kind}: ${e.instancePath || "/"} ${e.message}`,
            )
          : [],
    },
  };
}
