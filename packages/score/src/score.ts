import {
  championOf,
  decidePolicy,
  type EnvironmentPolicy,
  type EvidenceEnvelope,
  type LiveChampion,
  type PolicyCheck,
  type PolicyEvaluation,
  reportChampion,
  verifyEvidence,
} from "@modelgate/core";
import { type Declaration, type DeclarationsFile, endOfDay } from "./declarations.js";
import { type Band, bandFor, type Points, sectionScores } from "./points.js";
import { RUBRIC, type RubricTest, type Section, type TestId } from "./rubric.js";

const DAY_MS = 86_400_000;

/** The model version being scored, as read from the registry manifests. */
export interface ScoreSubject {
  model: string;
  version: string;
  /** artifact.sha256 of the version manifest */
  artifactSha256: string;
  /** createdAt of the version manifest (RFC 3339), null when unknown */
  createdAt: string | null;
  /** lineage.codeCommit, null when not recorded */
  codeCommit: string | null;
  /** lineage.datasets of the version manifest */
  datasets: Array<{ name: string; version: string; sha256: string; role: string }>;
  /** sha256 of the training dataset versions' profiles (datasets/<d>/versions/<v>.yaml profile.sha256) */
  profileSha256s: string[];
  /** sha256 of datasets/<dataset>/schema.yaml of the model's dataset; null when it has none */
  datasetSchemaSha256: string | null;
  /** model.yaml protectedAttributes */
  protectedAttributes: string[];
  /** model.yaml signature.inputs.features, when known (data-2 requires importance for each) */
  features: string[];
}

/** The policy of one environment of modelgate.yaml: core's generated type. */
export type ScorePolicy = EnvironmentPolicy;

/** One change of the registry history (what `readHistoryEntries` of the registry returns). */
export interface ScoreHistoryEntry {
  kind: "promote" | "canary" | "complete" | "rollback" | "retire" | string;
  env: string;
  model: string;
  time: string | Date;
  version?: string | null;
}

/** A piece of evidence as read from disk: where it is, its digest, and the parsed JSON (or why not). */
export interface EvidenceFile {
  uri: string;
  sha256: string;
  /** the parsed JSON; undefined when `parseError` is set */
  doc?: unknown;
  parseError?: string;
  /**
   * How its figures were verified (the environment's evidence.verify): only verified evidence
   * earns an automated point, read as verified (`doc`: the recomputed figures). Absent: not verified.
   */
  verification?: EvidenceFileVerification;
}

/** The verification of one evidence file, as the score reads it. */
export interface EvidenceFileVerification {
  status: "verified" | "refused" | "unverified";
  method: "recompute" | "provenance" | null;
  message: string;
  /** the report as verified (figures re-derived); the file's own when absent */
  doc?: Record<string, unknown> | null;
  /** the environment takes its figures on trust (verify: none): the gate decides on them, the score counts no point */
  onTrust?: boolean;
}

export interface ScoreOptions {
  /** the time to judge freshness and validity against */
  now: Date;
  /** evidence older than this is stale (modelgate.yaml evidence.maxAgeDays; default 30) */
  maxEvidenceAgeDays?: number;
  /** a rollback (or drill) must be this recent for infra-7 (default 90) */
  rollbackWindowDays?: number;
  /** a declaration without validUntil is valid this long after reviewedAt (default 365) */
  declarationValidityDays?: number;
  /** validates a report against its JSON Schema; returns messages (core's validateValue) */
  validate?: (doc: EvidenceEnvelope) => string[];
  /** the minimum score the report's verdict requires (null: no minimum, verdict pass) */
  minimum?: number | null;
}

export interface ScoreInput {
  subject: ScoreSubject;
  /** the environment whose policy applies, or null when scoring outside an environment */
  environment: { name: string; policy: ScorePolicy } | null;
  /**
   * The version live in that environment, the champion the policy compares with (null: none is
   * live; undefined: the champion each evaluation report ran, if any)
   */
  champion?: LiveChampion | null;
  evidence: EvidenceFile[];
  declarations: DeclarationsFile | null;
  history: ScoreHistoryEntry[];
  /** repository-relative paths that exist among DEPENDENCY_AUTOMATION_FILES */
  repositoryFiles: string[];
  options: ScoreOptions;
}

/** Where a point came from. */
export type ScoreSource =
  | { type: "evidence"; kind: string; uri: string; sha256: string }
  | { type: "declaration"; file: string; line: number; document: string; owner: string }
  | { type: "policy"; file: "modelgate.yaml"; environment: string; fields: string[] }
  | { type: "history"; kind: string; environment: string; time: string; version: string | null }
  | { type: "repository"; path: string };

export interface TestResult {
  id: TestId;
  section: Section;
  number: number;
  title: string;
  points: Points;
  mode: "automated" | "manual" | "none";
  source: ScoreSource | null;
  reason: string;
  /** evidence and declarations that were considered for this test and refused, with why */
  refused: Array<{ source: string; reason: string }>;
  /** the concrete step that earns the missing point(s); null at a full point */
  step: string | null;
}

export interface EvidenceVerdict {
  uri: string;
  sha256: string;
  kind: string | null;
  subject: string | null;
  /** passed the envelope checks (schema, verdict pass, fresh, verified; an evaluation: bound to this artifact) */
  trusted: boolean;
  /** how its figures were verified (null: they were not) */
  verifiedBy: "recompute" | "provenance" | null;
  problems: string[];
  /** the tests it earned a point for */
  usedFor: TestId[];
}

export interface DeclarationVerdict {
  test: string;
  line: number;
  accepted: boolean;
  reason: string;
}

export interface ScoreResult {
  model: string;
  version: string;
  environment: string | null;
  tests: TestResult[];
  sections: Record<Section, number>;
  score: number;
  limitingSections: Section[];
  band: Band;
  minimum: number | null;
  passed: boolean;
  evidence: EvidenceVerdict[];
  /**
   * The environment policy decided (core's decidePolicy) on the newest verified evaluation of
   * this artifact, against the live champion; null without an environment or such an evaluation
   */
  policy: { evidence: string; checks: PolicyCheck[] } | null;
  declarations: DeclarationVerdict[];
  settings: {
    now: string;
    maxEvidenceAgeDays: number;
    rollbackWindowDays: number;
    declarationValidityDays: number;
  };
}

/** Files whose presence means dependency changes open pull requests (monitor-1). */
export const DEPENDENCY_AUTOMATION_FILES = [
  ".github/dependabot.yml",
  ".github/dependabot.yaml",
  "renovate.json",
  "renovate.json5",
  ".renovaterc",
  ".renovaterc.json",
  ".github/renovate.json",
  ".github/renovate.json5",
] as const;

/** Check names in an evaluation report's checks[] that the score reads (matched as a name prefix). */
export const CHECK_NAMES = {
  baseline: ["beats-baseline", "baseline"],
  slices: ["max-slice-drop", "slices", "slice"],
  fairness: ["fairness"],
  determinism: ["determinism", "deterministic", "reproducibility"],
  finite: ["numerical-stability", "numeric-stability", "finite"],
  latency: ["latency"],
} as const;

interface Candidate {
  file: EvidenceFile;
  env: EvidenceEnvelope | null;
  generic: string[];
  /** why its figures do not count as verified (null: verified) */
  unverified: string | null;
}

type Outcome =
  | { ok: true; source: ScoreSource; reason: string; evidence?: Candidate }
  | { ok: false; refused: Array<{ source: string; reason: string }>; missing: string };

/**
 * The ML Test Score of one model version: each of the 28 tests earns 1 point when verified
 * evidence shows it runs automatically, 0.5 for a valid manual declaration, 0 otherwise; the
 * score is the minimum of the four section sums (Breck et al. 2017). Pure: every input is passed in.
 */
export function scoreModel(input: ScoreInput): ScoreResult {
  const o = input.options;
  const now = o.now;
  const maxEvidenceAgeDays = o.maxEvidenceAgeDays ?? 30;
  const rollbackWindowDays = o.rollbackWindowDays ?? 90;
  const declarationValidityDays = o.declarationValidityDays ?? 365;
  const s = input.subject;

  // 1. Envelope checks shared by every test: parsed, schema-valid, verdict pass, fresh, verified.
  // Where it was made (context.ci) earns nothing: a laptop can say CI=true.
  const candidates: Candidate[] = input.evidence.map((file) => {
    if (file.parseError !== undefined)
      return { file, env: null, generic: [file.parseError], unverified: null };
    const verified = file.verification?.status === "verified";
    const v = verifyEvidence((verified ? file.verification?.doc : null) ?? file.doc, {
      acceptVerdicts: ["pass"],
      maxAgeDays: maxEvidenceAgeDays,
      now,
      ...(o.validate ? { validate: o.validate } : {}),
    });
    const generic = v.problems.map((p) => p.message);
    const unverified = verified
      ? null
      : `not verified (${file.verification?.message ?? "nothing verified its figures"}): only recomputed or provenance-checked evidence counts as automated`;
    // An evaluation is about one artifact: bound to another, it proves nothing for this version.
    if (v.envelope?.kind === "evaluation") {
      generic.push(...evaluationBinding(v.envelope, `${s.model}@${s.version}`, s.artifactSha256));
    }
    return { file, env: v.envelope, generic, unverified };
  });
  // Newest first: the freshest evidence of a kind is tried first for every test.
  const ofKind = (kind: string) =>
    candidates
      .filter((c) => c.env?.kind === kind)
      .sort(
        (a, b) =>
          Date.parse(b.env!.createdAt) - Date.parse(a.env!.createdAt) || a.file.uri.localeCompare(b.file.uri),
      );
  const trainShas = new Set(s.datasets.filter((d) => d.role === "train").map((d) => d.sha256));
  const lineageShas = new Set(s.datasets.map((d) => d.sha256));
  const referenceShas = new Set([...trainShas, ...s.profileSha256s]);

  /** Tries each candidate of a kind; the first that passes the envelope, binding and content checks wins. */
  const firstEvidence = (
    kind: string,
    what: string,
    content: (c: Candidate, doc: Record<string, unknown>) => string | null,
  ): Outcome => {
    const refused: Array<{ source: string; reason: string }> = [];
    for (const c of ofKind(kind)) {
      const problems = [...c.generic, ...(c.unverified === null ? [] : [c.unverified])];
      if (c.env && problems.length === 0) {
        const why = content(c, c.env as unknown as Record<string, unknown>);
        if (why !== null) problems.push(why);
      }
      if (problems.length === 0) {
        return {
          ok: true,
          evidence: c,
          source: { type: "evidence", kind, uri: c.file.uri, sha256: c.file.sha256 },
          reason: `automated: ${what} (${c.file.uri}, ${c.env?.createdAt}, verified by ${c.file.verification?.method})`,
        };
      }
      refused.push({ source: c.file.uri, reason: problems.join("; ") });
    }
    return { ok: false, refused, missing: refusedWhy(`no verified ${kind} evidence shows ${what}`, refused) };
  };

  const policy = input.environment?.policy ?? null;
  const envName = input.environment?.name ?? null;
  /** The environment policy's verdicts on one evaluation report (core's decidePolicy). */
  const decide = (d: Record<string, unknown>): PolicyCheck[] | null => {
    if (policy === null) return null;
    const report = d as unknown as PolicyEvaluation;
    if (!Array.isArray(report.models) || !Array.isArray(report.slices) || !Array.isArray(report.fairness))
      return null;
    const champion =
      input.champion === undefined ? reportChampion(report) : championOf(report, input.champion);
    return decidePolicy(policy, report, champion);
  };
  const policyRule = (fields: string[], ok: boolean, what: string, missing: string): Outcome =>
    envName === null
      ? {
          ok: false,
          refused: [],
          missing: "no environment policy to read (score within a registry environment)",
        }
      : ok
        ? {
            ok: true,
            source: { type: "policy", file: "modelgate.yaml", environment: envName, fields },
            reason: `automated: ${what} (modelgate.yaml, environment ${envName})`,
          }
        : { ok: false, refused: [], missing: `${missing} (modelgate.yaml, environment ${envName})` };

  const automation: Record<TestId, () => Outcome | null> = {
    "data-1": () => {
      const schemaSha = s.datasetSchemaSha256;
      if (schemaSha === null) return { ok: false, refused: [], missing: "the dataset has no schema.yaml" };
      return firstEvidence(
        "data-validation",
        "the version's data was validated against the dataset schema",
        (_c, d) => {
          const inputs = (d.inputs as Array<{ role: string; sha256: string }>) ?? [];
          const data = inputs.filter((i) => i.role === "data");
          if (data.length === 0) return 'evidence names no "data" input';
          if (!data.some((i) => lineageShas.has(i.sha256))) {
            return `evidence "data" input has sha256 ${short(data[0]!.sha256)}, none of the version's lineage datasets`;
          }
          return schemaBinding(inputs, schemaSha);
        },
      );
    },
    "data-2": () =>
      firstEvidence("evaluation", "every feature has positive importance", (_c, d) =>
        featureImportance(d, s.features),
      ),
    "model-1": () =>
      policyRule(
        ["requiredApprovals"],
        (policy?.requiredApprovals ?? 0) >= 1 && s.codeCommit !== null,
        `every change needs ${policy?.requiredApprovals} approval(s) and the version records its code commit`,
        (policy?.requiredApprovals ?? 0) < 1
          ? "the policy requires no approval"
          : "the version manifest records no lineage.codeCommit",
      ),
    "model-5": () =>
      firstEvidence("evaluation", "the model beats the trivial baseline", (_c, d) =>
        checkPassed(d, CHECK_NAMES.baseline),
      ),
    "model-6": () =>
      firstEvidence("evaluation", "quality holds on every important slice", (_c, d) => {
        if (!Array.isArray(d.slices) || d.slices.length === 0) return "the evaluation has no slices";
        return checkPassed(withPolicyChecks(d, policy, decide(d)), CHECK_NAMES.slices);
      }),
    "model-7": () =>
      firstEvidence("evaluation", "fairness was measured on a declared protected attribute", (_c, d) => {
        if (s.protectedAttributes.length === 0) return "model.yaml declares no protectedAttributes";
        const attrs = fairnessAttributes(d.fairness);
        if (!attrs.some((a) => s.protectedAttributes.includes(a))) {
          return `the evaluation has no fairness metrics on ${s.protectedAttributes.join(", ")}`;
        }
        return checkPassed(withPolicyChecks(d, policy, decide(d)), CHECK_NAMES.fairness);
      }),
    "infra-1": () =>
      firstEvidence("evaluation", "the determinism check passed", (_c, d) =>
        checkPassed(d, CHECK_NAMES.determinism),
      ),
    "infra-4": () =>
      policyRule(
        ["requireEvaluation", "metrics"],
        policy?.requireEvaluation === true && Object.keys(policy.metrics ?? {}).length > 0,
        "the registry gate requires evaluation against metric thresholds",
        policy?.requireEvaluation !== true
          ? "the policy does not set requireEvaluation"
          : "the policy sets no metric thresholds",
      ),
    "infra-6": () => {
      if (envName === null) return policyRule([], false, "", "");
      if (policy?.requireCanary !== true) {
        return { ok: false, refused: [], missing: `the policy of ${envName} does not set requireCanary` };
      }
      const seen = input.history
        .filter((h) => h.kind === "canary" && h.model === s.model && h.env === envName)
        .sort((a, b) => timeOf(b.time) - timeOf(a.time))[0];
      if (!seen)
        return { ok: false, refused: [], missing: `the history shows no canary of ${s.model} in ${envName}` };
      return {
        ok: true,
        source: historySource(seen),
        reason: `automated: ${envName} requires a canary and the history shows one (${iso(seen.time)})`,
      };
    },
    "infra-7": () => {
      const since = now.getTime() - rollbackWindowDays * DAY_MS;
      const rollbacks = input.history
        .filter((h) => h.kind === "rollback" && h.model === s.model)
        .sort((a, b) => timeOf(b.time) - timeOf(a.time));
      const recent = rollbacks.find(
        (h) => timeOf(h.time) >= since && timeOf(h.time) <= now.getTime() + DAY_MS,
      );
      if (!recent) {
        const last = rollbacks[0];
        return {
          ok: false,
          refused: last
            ? [{ source: `history ${last.env} ${iso(last.time)}`, reason: "rollback older than the window" }]
            : [],
          missing: `the history shows no rollback of ${s.model} in the last ${rollbackWindowDays} days`,
        };
      }
      return {
        ok: true,
        source: historySource(recent),
        reason: `automated: ${s.model} was rolled back in ${recent.env} on ${iso(recent.time)}`,
      };
    },
    "monitor-1": () => {
      const path = DEPENDENCY_AUTOMATION_FILES.find((f) => input.repositoryFiles.includes(f));
      return path
        ? {
            ok: true,
            source: { type: "repository", path },
            reason: `automated: dependency updates configured (${path})`,
          }
        : { ok: false, refused: [], missing: "no dependabot or Renovate configuration in the repository" };
    },
    "monitor-2": () =>
      firstEvidence(
        "data-validation",
        "a serving sample satisfies the data contract of the training data",
        (_c, d) => {
          const inputs = (d.inputs as Array<{ role: string; sha256: string }>) ?? [];
          return servingSample(d, lineageShas) ?? referenceBinding(inputs, referenceShas);
        },
      ),
    "monitor-3": () =>
      firstEvidence("data-validation", "serving features are not skewed from training", (_c, d) => {
        const inputs = (d.inputs as Array<{ role: string; sha256: string }>) ?? [];
        return servingSample(d, lineageShas) ?? referenceBinding(inputs, referenceShas) ?? driftWithin(d);
      }),
    "monitor-4": () => {
      const maxAge = policy?.maxModelAgeDays;
      if (envName === null || maxAge === undefined) {
        return policyRule(["maxModelAgeDays"], false, "", "the policy sets no maxModelAgeDays");
      }
      if (s.createdAt === null || Number.isNaN(Date.parse(s.createdAt))) {
        return { ok: false, refused: [], missing: "the version manifest has no createdAt" };
      }
      const age = (now.getTime() - Date.parse(s.createdAt)) / DAY_MS;
      return age <= maxAge
        ? policyRule(
            ["maxModelAgeDays"],
            true,
            `the model is ${age.toFixed(0)} days old, within the policy's ${maxAge}`,
            "",
          )
        : {
            ok: false,
            refused: [],
            missing: `the model is ${age.toFixed(1)} days old, over the policy's maxModelAgeDays ${maxAge}`,
          };
    },
    "monitor-5": () =>
      firstEvidence("evaluation", "every prediction is finite", (_c, d) =>
        checkPassed(d, CHECK_NAMES.finite),
      ),
    "monitor-6": () =>
      firstEvidence("evaluation", "latency is within the limits of the champion's", (_c, d) => {
        const models = Array.isArray(d.models) ? (d.models as Array<Record<string, unknown>>) : [];
        const champion = models.find((m) => m.role === "champion");
        if (!champion) return "the evaluation has no champion to compare latency with";
        if (!isObject(champion.latency)) return "the evaluation has no champion latency";
        const cand = models.find((m) => m.role !== "champion" && m.sha256 === s.artifactSha256);
        if (!cand || !isObject(cand.latency)) return "the evaluation has no latency of this artifact";
        return checkPassed(withPolicyChecks(d, policy, decide(d)), CHECK_NAMES.latency);
      }),
    "monitor-7": () =>
      firstEvidence("evaluation", "quality holds on recently labelled data", (_c, d) => {
        const data = ((d.inputs as Array<{ role: string; sha256: string }>) ?? []).filter(
          (i) => i.role === "data",
        );
        if (data.length === 0) return 'evidence names no "data" input';
        if (data.every((i) => lineageShas.has(i.sha256))) {
          return "the evaluation ran on the version's own train/test data, not on recently labelled data";
        }
        return null;
      }),
  } as Record<TestId, () => Outcome | null>;

  // 2. Declarations: valid ones are worth half a point on their test.
  const declarationVerdicts: DeclarationVerdict[] = [];
  const validDeclarations = new Map<string, Declaration>();
  const refusedDeclarations = new Map<string, string[]>();
  for (const d of input.declarations?.declarations ?? []) {
    const reason = declarationProblem(d, now, declarationValidityDays);
    declarationVerdicts.push({
      test: d.test,
      line: d.line,
      accepted: reason === null,
      reason: reason ?? `valid until ${validityEnd(d, declarationValidityDays)}`,
    });
    if (reason === null) validDeclarations.set(d.test, d);
    else refusedDeclarations.set(d.test, [...(refusedDeclarations.get(d.test) ?? []), reason]);
  }
  const declFile = input.declarations?.file ?? "ml-test-score.yaml";

  // 3. Each test: automated evidence first, then a declaration.
  const usedFor = new Map<Candidate, TestId[]>();
  const tests: TestResult[] = RUBRIC.map((t) => {
    const rule = automation[t.id];
    const outcome = rule ? rule() : null;
    const refused = [
      ...(outcome && !outcome.ok ? outcome.refused : []),
      ...(refusedDeclarations.get(t.id) ?? []).map((reason) => ({ source: declFile, reason })),
    ];
    const base = { id: t.id, section: t.section, number: t.number, title: t.title, refused };
    if (outcome?.ok) {
      if (outcome.evidence) usedFor.set(outcome.evidence, [...(usedFor.get(outcome.evidence) ?? []), t.id]);
      return {
        ...base,
        points: 1,
        mode: "automated",
        source: outcome.source,
        reason: outcome.reason,
        step: null,
      };
    }
    const why = outcome ? outcome.missing : "nothing in modelgate automates this test";
    const d = validDeclarations.get(t.id);
    if (d) {
      return {
        ...base,
        points: 0.5,
        mode: "manual",
        source: {
          type: "declaration",
          file: declFile,
          line: d.line,
          document: d.document ?? "",
          owner: d.owner ?? "",
        },
        reason: `manual: declared by ${d.owner}, reviewed ${d.reviewedAt}, valid until ${validityEnd(d, declarationValidityDays)} (${d.document}); not automated: ${why}`,
        step: stepFor(t, 0.5),
      };
    }
    const declared = refusedDeclarations.get(t.id) ?? [];
    return {
      ...base,
      points: 0,
      mode: "none",
      source: null,
      reason: `no points: ${why}; ${declared.length === 0 ? "no declaration" : `the declaration in ${declFile} was refused: ${declared.join("; ")}`}`,
      step: stepFor(t, 0),
    };
  });

  const { sections, score, limiting } = sectionScores(tests);
  // the policy's verdicts as the gate gives them: on verified figures, or on the file's own
  // where the environment takes them on trust (verify: none)
  const evaluation = ofKind("evaluation").find(
    (c) => c.generic.length === 0 && (c.unverified === null || c.file.verification?.onTrust === true),
  );
  const decided = evaluation ? decide(evaluation.env as unknown as Record<string, unknown>) : null;
  const minimum = o.minimum ?? null;
  return {
    model: s.model,
    version: s.version,
    environment: envName,
    tests,
    sections,
    score,
    limitingSections: limiting,
    band: bandFor(score),
    minimum,
    passed: minimum === null || score >= minimum,
    evidence: candidates.map((c) => ({
      uri: c.file.uri,
      sha256: c.file.sha256,
      kind: c.env?.kind ?? null,
      subject: c.env?.subject ?? null,
      trusted: c.generic.length === 0 && c.unverified === null,
      verifiedBy: c.file.verification?.status === "verified" ? (c.file.verification.method ?? null) : null,
      problems: [...c.generic, ...(c.unverified === null ? [] : [c.unverified])],
      usedFor: usedFor.get(c) ?? [],
    })),
    policy: evaluation && decided ? { evidence: evaluation.file.uri, checks: decided } : null,
    declarations: declarationVerdicts,
    settings: {
      now: now.toISOString(),
      maxEvidenceAgeDays,
      rollbackWindowDays,
      declarationValidityDays,
    },
  };
}

function stepFor(t: RubricTest, points: number): string {
  if (t.automation !== null) return t.step;
  if (points === 0) return t.step;
  return "Nothing in modelgate automates this test yet: half a point is the most a declaration earns.";
}

function evaluationBinding(env: EvidenceEnvelope, subject: string, artifact: string): string[] {
  const problems: string[] = [];
  const model = env.inputs.filter((i) => i.role === "model");
  if (model.length === 0) problems.push('evidence names no "model" input');
  else if (!model.some((i) => i.sha256 === artifact)) {
    problems.push(
      `forged or foreign evidence: its "model" input has sha256 ${short(model[0]!.sha256)}, the artifact is ${short(artifact)}`,
    );
  }
  if (env.subject !== subject && env.subject.includes("@")) {
    problems.push(`evidence is about "${env.subject}", not "${subject}"`);
  }
  return problems;
}

/** Why the validated data is not a serving sample, or null when it is. */
function servingSample(d: Record<string, unknown>, lineage: Set<string>): string | null {
  if (typeof d.environment === "string" && d.environment !== "serving") {
    return `the validation ran in the "${d.environment}" environment, not on a serving sample`;
  }
  const data = ((d.inputs as Array<{ role: string; sha256: string }>) ?? []).filter((i) => i.role === "data");
  if (data.length === 0) return 'evidence names no "data" input';
  if (data.every((i) => lineage.has(i.sha256))) {
    return "the validated data is the version's own train/test data, not a serving sample";
  }
  return null;
}

function referenceBinding(
  inputs: Array<{ role: string; sha256: string }>,
  reference: Set<string>,
): string | null {
  const refs = inputs.filter((i) => i.role === "reference");
  if (refs.length === 0) return 'evidence names no "reference" input (the training data or its profile)';
  if (!refs.some((i) => reference.has(i.sha256))) {
    return `evidence "reference" input has sha256 ${short(refs[0]!.sha256)}, not the version's training data or its profile`;
  }
  return null;
}

function schemaBinding(inputs: Array<{ role: string; sha256: string }>, schemaSha: string): string | null {
  const schemas = inputs.filter((i) => i.role === "schema");
  if (schemas.length === 0) return 'evidence names no "schema" input';
  if (!schemas.some((i) => i.sha256 === schemaSha)) {
    return `evidence "schema" input has sha256 ${short(schemas[0]!.sha256)}, not the registry's dataset schema ${short(schemaSha)}`;
  }
  return null;
}

function driftWithin(d: Record<string, unknown>): string | null {
  const features = Array.isArray(d.features) ? (d.features as Array<Record<string, unknown>>) : [];
  const withDrift = features.filter((f) => isObject(f.drift));
  if (withDrift.length === 0) return "the validation measured no drift (features[].drift)";
  for (const f of withDrift) {
    const drift = f.drift as Record<string, unknown>;
    if (drift.drifted === true || drift.exceeded === true || drift.passed === false) {
      return `feature "${String(f.name)}" drifted over its threshold`;
    }
  }
  return null;
}

/**
 * The report's checks with the environment policy's verdicts (core's decidePolicy) in place of
 * the report's own checks of the same rules: slices, fairness and latency are judged by the
 * environment's limits, not by whatever policy the evaluation ran with. A rule the environment
 * does not set keeps the report's own check.
 */
export function withPolicyChecks(
  d: Record<string, unknown>,
  policy: ScorePolicy | null,
  decided: PolicyCheck[] | null,
): Record<string, unknown> {
  if (policy === null || decided === null) return d;
  const governed: Array<[boolean, readonly string[]]> = [
    [policy.maxSliceDrop !== undefined, CHECK_NAMES.slices],
    [policy.fairness !== undefined, CHECK_NAMES.fairness],
    [policy.maxLatencyRatio !== undefined, CHECK_NAMES.latency],
  ];
  const replaced = governed.filter(([set]) => set).map(([, names]) => namePattern(names));
  if (replaced.length === 0) return d;
  const own = Array.isArray(d.checks) ? (d.checks as Array<{ name?: unknown }>) : [];
  const kept = own.filter(
    (c) => !(typeof c.name === "string" && replaced.some((p) => p.test(c.name as string))),
  );
  const added = decided
    .filter((c) => replaced.some((p) => p.test(c.id)))
    .map((c) => ({
      name: c.id,
      passed: c.status !== "fail",
      status: c.status,
      observed: c.observed,
      expected: c.expected,
      message: c.message,
    }));
  return { ...d, checks: [...kept, ...added] };
}

function namePattern(names: readonly string[]): RegExp {
  return new RegExp(`^(${names.map(escapeRegExp).join("|")})([^a-z0-9]|$)`, "i");
}

/** Why no check of these names passed, or null when at least one matches and all matching passed. */
export function checkPassed(d: Record<string, unknown>, names: readonly string[]): string | null {
  const checks = Array.isArray(d.checks) ? (d.checks as Array<Record<string, unknown>>) : [];
  const pattern = namePattern(names);
  const matching = checks.filter((c) => typeof c.name === "string" && pattern.test(c.name));
  if (matching.length === 0) return `the evaluation has no "${names[0]}" check`;
  const failed = matching.find((c) => c.passed !== true);
  if (failed) {
    const msg = typeof failed.message === "string" ? `: ${failed.message}` : "";
    return `check "${String(failed.name)}" did not pass${msg}`;
  }
  // A check that measured nothing (skipped, e.g. slices with no champion to compare) proves nothing.
  if (matching.every((c) => c.status === "skip" || c.observed === null || c.observed === undefined)) {
    const msg = typeof matching[0]!.message === "string" ? `: ${matching[0]!.message}` : "";
    return `check "${String(matching[0]!.name)}" measured nothing${msg}`;
  }
  return null;
}

function featureImportance(d: Record<string, unknown>, features: string[]): string | null {
  const fi = d.featureImportance;
  const entries: Array<[string, number]> = [];
  if (Array.isArray(fi)) {
    for (const e of fi as Array<Record<string, unknown>>) {
      if (isObject(e) && typeof e.feature === "string" && typeof e.importance === "number") {
        entries.push([e.feature, e.importance]);
      }
    }
  } else if (isObject(fi)) {
    for (const [k, v] of Object.entries(fi)) if (typeof v === "number") entries.push([k, v]);
  }
  if (entries.length === 0) return "the evaluation has no featureImportance";
  const byName = new Map(entries);
  const missing = features.filter((f) => !byName.has(f));
  if (missing.length > 0) return `featureImportance misses ${missing.join(", ")}`;
  const useless = entries.filter(([, v]) => !(v > 0)).map(([k]) => k);
  if (useless.length > 0) return `features with no positive importance: ${useless.join(", ")}`;
  return null;
}

function fairnessAttributes(f: unknown): string[] {
  if (Array.isArray(f)) return f.flatMap((x) => fairnessAttributes(x));
  if (!isObject(f)) return [];
  if (typeof f.attribute === "string") return [f.attribute];
  if (Array.isArray(f.attributes)) return f.attributes.flatMap((x) => fairnessAttributes(x));
  return Object.keys(f).filter((k) => isObject(f[k]));
}

function declarationProblem(d: Declaration, now: Date, validityDays: number): string | null {
  if (d.problems.length > 0) return d.problems.join("; ");
  const at = `${d.test} (line ${d.line})`;
  if (Date.parse(d.reviewedAt!) > now.getTime()) return `${at}: reviewedAt ${d.reviewedAt} is in the future`;
  if (d.validUntil !== null && endOfDay(d.validUntil) < Date.parse(d.reviewedAt!)) {
    return `${at}: validUntil ${d.validUntil} is before reviewedAt ${d.reviewedAt}`;
  }
  const end =
    d.validUntil !== null ? endOfDay(d.validUntil) : Date.parse(d.reviewedAt!) + validityDays * DAY_MS;
  if (end < now.getTime()) {
    return d.validUntil !== null
      ? `${at}: expired: validUntil ${d.validUntil} has passed; review it again`
      : `${at}: expired: reviewed ${d.reviewedAt}, more than ${validityDays} days ago; review it again`;
  }
  return null;
}

function validityEnd(d: Declaration, validityDays: number): string {
  if (d.validUntil !== null) return d.validUntil;
  return new Date(Date.parse(d.reviewedAt!) + validityDays * DAY_MS).toISOString().slice(0, 10);
}

function historySource(h: ScoreHistoryEntry): ScoreSource {
  return { type: "history", kind: h.kind, environment: h.env, time: iso(h.time), version: h.version ?? null };
}

function timeOf(t: string | Date): number {
  return t instanceof Date ? t.getTime() : Date.parse(t);
}

function iso(t: string | Date): string {
  return new Date(timeOf(t)).toISOString();
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Most refused files the "why" of a test names; the rest are counted (all are in `refused`). */
const WHY_FILES = 3;

/**
 * What is missing, and why each candidate that could have shown it was refused (newest first):
 * the reason a person needs, not only that nothing verified was found.
 */
function refusedWhy(missing: string, refused: ReadonlyArray<{ source: string; reason: string }>): string {
  if (refused.length === 0) return missing;
  const named = refused.slice(0, WHY_FILES).map((r) => `${r.source} was refused (${r.reason})`);
  const more = refused.length - named.length;
  return `${missing}: ${named.join("; ")}${more > 0 ? `; ${more} more refused` : ""}`;
}

function short(sha: string): string {
  return `${sha.slice(0, 12)}…`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
