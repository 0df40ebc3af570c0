import { describe, expect, it } from "vitest";
import {
  parseDeclarations,
  RUBRIC,
  renderHtml,
  renderMarkdown,
  type ScoreInput,
  scoreForGate,
  scoreModel,
} from "../src/index.js";
import { ARTIFACT, evidenceDoc, fixtureInput, NOW, OTHER_ARTIFACT } from "./fixture.js";

const pointsOf = (input: ScoreInput) =>
  Object.fromEntries(scoreModel(input).tests.map((t) => [t.id, t.points]));
const test = (input: ScoreInput, id: string) => scoreModel(input).tests.find((t) => t.id === id)!;
const refusal = (t: { refused: Array<{ source: string; reason: string }> }, file: string) =>
  t.refused.find((x) => x.source.endsWith(`/${file}`))?.reason;

describe("scoreModel on the fixture registry", () => {
  it("scores every test as worked out by hand", () => {
    const r = scoreModel(fixtureInput());
    const byId = Object.fromEntries(r.tests.map((t) => [t.id, [t.points, t.mode]]));
    // Worked out by hand from the fixture files (see fixtures/registry):
    // data: schema + train validation (1), feature importance (1), data-3/4/5 declared (.5 each),
    //       data-6 declaration expired (0), data-7 nothing (0) → 3.5
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => byId[`data-${n}`])).toEqual([
      [1, "automated"],
      [1, "automated"],
      [0.5, "manual"],
      [0.5, "manual"],
      [0.5, "manual"],
      [0, "none"],
      [0, "none"],
    ]);
    // model: approvals + codeCommit (1), model-2/3 declared (.5), model-4 nothing, baseline, slices, fairness (1) → 5
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => byId[`model-${n}`]?.[0])).toEqual([1, 0.5, 0.5, 0, 1, 1, 1]);
    // infra: determinism (1), infra-2/3 declared, requireEvaluation (1), infra-5 declared, canary, rollback → 5.5
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => byId[`infra-${n}`]?.[0])).toEqual([1, 0.5, 0.5, 1, 0.5, 1, 1]);
    // monitor: dependabot, serving validation, drift, age 83 <= 180 days, finite, latency, recent labels → 7
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => byId[`monitor-${n}`]?.[0])).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(r.sections).toEqual({ data: 3.5, model: 5, infra: 5.5, monitor: 7 });
    expect(r.score).toBe(3.5);
    expect(r.limitingSections).toEqual(["data"]);
    expect(r.band.range).toBe("(3, 5]");
    expect(r.environment).toBe("production");
  });

  it("names the evidence digest or the declaration as each point's source", () => {
    const r = scoreModel(fixtureInput());
    // the freshest evaluation is tried first: evaluation-recent.json (2026-11-22) proves what it can
    const m5 = r.tests.find((t) => t.id === "model-5")!;
    expect(m5.source).toMatchObject({
      type: "evidence",
      kind: "evaluation",
      uri: "file:evidence/credit-default/1.0.0/evaluation-recent.json",
    });
    expect((m5.source as { sha256: string }).sha256).toMatch(/^[0-9a-f]{64}$/);
    const d3 = r.tests.find((t) => t.id === "data-3")!;
    expect(d3.source).toMatchObject({ type: "declaration", owner: "alice@acme.example", line: 4 });
    expect(d3.step).toBe(
      "Nothing in modelgate automates this test yet: half a point is the most a declaration earns.",
    );
    const i6 = r.tests.find((t) => t.id === "infra-6")!;
    expect(i6.source).toMatchObject({ type: "history", kind: "canary", environment: "production" });
    expect(r.tests.find((t) => t.id === "monitor-1")!.source).toEqual({
      type: "repository",
      path: ".github/dependabot.yml",
    });
    const used = r.evidence.find((e) => e.uri.endsWith("evaluation.json"))!;
    expect(used.usedFor).toEqual(["data-2", "model-6", "monitor-6"]);
    const recent = r.evidence.find((e) => e.uri.endsWith("evaluation-recent.json"))!;
    // the recent evaluation has no champion: its slice comparison measured nothing, but the policy's
    // fairness limit (demographicParityDifference 0.10) applies to its gender metrics
    expect(recent.usedFor).toEqual(["model-5", "model-7", "infra-1", "monitor-5", "monitor-7"]);
  });

  it("every missing point has a concrete step", () => {
    const r = scoreModel(fixtureInput());
    for (const t of r.tests) {
      if (t.points < 1) expect(t.step, t.id).toMatch(/\w/);
      else expect(t.step).toBeNull();
    }
    expect(r.tests.find((t) => t.id === "data-7")!.step).toContain("ml-test-score.yaml");
  });
});

describe("refused evidence", () => {
  it("forged evidence: an evaluation of another artifact earns nothing", () => {
    const input = fixtureInput();
    const doc = evidenceDoc(input, "evaluation.json");
    (doc.inputs as Array<{ role: string; sha256: string }>)[0]!.sha256 = OTHER_ARTIFACT;
    const t = test(input, "monitor-6");
    expect(t.points).toBe(0);
    expect(refusal(t, "evaluation.json")).toContain("forged or foreign evidence");
    expect(refusal(t, "evaluation.json")).toContain(OTHER_ARTIFACT.slice(0, 12));
    const listed = scoreModel(input).evidence.find((e) => e.uri.endsWith("/evaluation.json"))!;
    expect(listed.trusted).toBe(false);
    expect(listed.problems[0]).toContain("forged or foreign evidence");
  });

  it("a data validation against another schema does not prove the registry's schema", () => {
    const input = fixtureInput();
    for (const name of ["validation-train.json", "validation-serving.json"]) {
      const inputs = evidenceDoc(input, name).inputs as Array<{ role: string; sha256: string }>;
      inputs.find((i) => i.role === "schema")!.sha256 = OTHER_ARTIFACT;
    }
    const t = test(input, "data-1");
    expect(t.points).toBe(0);
    expect(refusal(t, "validation-train.json")).toBe(
      `evidence "schema" input has sha256 ${OTHER_ARTIFACT.slice(0, 12)}…, not the registry's dataset schema 91ece9604538…`,
    );
    // monitor-2 still holds through the reference binding to the training profile
    expect(test(input, "monitor-2").points).toBe(1);
  });

  it("data-1 needs the version's own data; monitor-2 needs the training data as reference", () => {
    const input = fixtureInput();
    input.evidence = input.evidence.filter((e) => !e.uri.endsWith("validation-train.json"));
    const d1 = test(input, "data-1");
    expect(d1.points).toBe(0);
    expect(refusal(d1, "validation-serving.json")).toBe(
      'evidence "data" input has sha256 4dc69fae4535…, none of the version\'s lineage datasets',
    );
    const inputs = evidenceDoc(input, "validation-serving.json").inputs as Array<{ role: string }>;
    evidenceDoc(input, "validation-serving.json").inputs = inputs.filter((i) => i.role !== "reference");
    const m2 = test(input, "monitor-2");
    expect(m2.points).toBe(0);
    expect(refusal(m2, "validation-serving.json")).toBe(
      'evidence names no "reference" input (the training data or its profile)',
    );
  });

  it("stale evidence: older than the window earns nothing", () => {
    const input = fixtureInput();
    evidenceDoc(input, "evaluation.json").createdAt = "2026-10-01T00:00:00Z";
    const r = scoreModel(input);
    const t = r.tests.find((x) => x.id === "model-6")!;
    expect(t.points).toBe(0);
    // 2026-10-01T00:00Z to 2026-11-23T12:00Z = 53.5 days
    expect(refusal(t, "evaluation.json")).toContain("evidence is 53.5 days old, the limit is 30 days");
    // the "why" names the refused file and its reason, not only that nothing verified was found
    expect(t.reason).toMatch(
      /^no points: no verified evaluation evidence shows quality holds on every important slice: \S+\/evaluation-recent\.json was refused \(check "slices" measured nothing: no champion to compare slices with\); \S+\/evaluation\.json was refused \(evidence is 53\.5 days old, the limit is 30 days\); no declaration$/,
    );
    expect(r.evidence.find((e) => e.uri.endsWith("evaluation.json"))?.trusted).toBe(false);
  });

  it("the evidence window is configurable", () => {
    const input = fixtureInput({ maxEvidenceAgeDays: 2 });
    // evaluation.json is 3.1 days old: refused; evaluation-recent.json is 1.25 days old: accepted
    const r = scoreModel(input);
    expect(r.tests.find((t) => t.id === "model-6")!.points).toBe(0);
    expect(r.tests.find((t) => t.id === "monitor-7")!.points).toBe(1);
  });

  it("evidence with verdict fail earns nothing", () => {
    const input = fixtureInput();
    evidenceDoc(input, "validation-serving.json").verdict = "fail";
    const t = test(input, "monitor-2");
    expect(t.points).toBe(0);
    expect(refusal(t, "validation-serving.json")).toContain('evidence verdict is "fail", accepted: pass');
  });

  it("a laptop with CI=true earns no automated point: evidence counts only when verified", () => {
    const input = fixtureInput();
    const file = input.evidence.find((e) => e.uri.endsWith("/validation-serving.json"))!;
    // what contextFromEnv writes when CI=true is set on a laptop; nothing verified the figures
    expect((evidenceDoc(input, "validation-serving.json").context as { ci: boolean }).ci).toBe(true);
    delete file.verification;
    const t = test(input, "monitor-2");
    expect(t.points).toBe(0);
    expect(t.mode).toBe("none");
    expect(refusal(t, "validation-serving.json")).toContain(
      "not verified (nothing verified its figures): only recomputed or provenance-checked evidence counts as automated",
    );
    // refused by its recomputation, or taken on trust (verify: none): the same
    file.verification = {
      status: "refused",
      method: null,
      message: "summary.rows: claimed 812, recomputed 800",
    };
    expect(refusal(test(input, "monitor-2"), "validation-serving.json")).toContain(
      "not verified (summary.rows: claimed 812, recomputed 800)",
    );
  });

  it("verified evidence counts wherever it was made: context.ci false earns the point too", () => {
    const input = fixtureInput();
    (evidenceDoc(input, "validation-serving.json").context as { ci: boolean }).ci = false;
    const t = test(input, "monitor-2");
    expect(t.points).toBe(1);
    expect(t.reason).toContain("verified by recompute");
  });

  it("a failed check in otherwise good evidence withholds that test's point only", () => {
    const input = fixtureInput();
    const checks = evidenceDoc(input, "evaluation.json").checks as Array<{
      name: string;
      passed: boolean;
      message: string;
    }>;
    const latency = checks.find((c) => c.name === "latency")!;
    latency.passed = false;
    latency.message = "p95 batch latency 10.8 ms vs the champion's 0.5192 ms (ratio 20.8)";
    const p = pointsOf(input);
    expect(p["monitor-6"]).toBe(0);
    expect(p["model-6"]).toBe(1);
    expect(refusal(test(input, "monitor-6"), "evaluation.json")).toContain("(ratio 20.8)");
  });

  it("an evaluation run without the policy is judged by the environment's policy", () => {
    const input = fixtureInput();
    input.evidence = input.evidence.filter((e) => !e.uri.endsWith("evaluation-recent.json"));
    const doc = evidenceDoc(input, "evaluation.json");
    doc.checks = (doc.checks as Array<{ name: string }>).filter(
      (c) => c.name !== "max-slice-drop" && !c.name.startsWith("fairness"),
    );
    input.environment = {
      name: "production",
      policy: {
        ...input.environment!.policy,
        maxSliceDrop: 0.05,
        fairness: { demographicParityDifference: 0.001 },
      },
    };
    // slices (fixture): east 0.8503 - 0.854 = -0.0037, north 0.8326 - 0.8439 = -0.0113: worst -0.0037 <= 0.05;
    // gender demographic parity difference 0.002816 > 0.001
    expect(test(input, "model-6").points).toBe(1);
    const m7 = test(input, "model-7");
    expect(m7.points).toBe(0);
    expect(refusal(m7, "evaluation.json")).toContain(
      'check "fairness" did not pass: gender: demographicParityDifference 0.002816 > 0.001',
    );
  });

  it("a slice check that compared nothing proves nothing", () => {
    const input = fixtureInput();
    input.evidence = input.evidence.filter((e) => !e.uri.endsWith("/evaluation.json"));
    // evaluation-recent.json has no champion: the policy's slice rule has nothing to compare
    const t = test(input, "model-6");
    expect(t.points).toBe(0);
    expect(refusal(t, "evaluation-recent.json")).toBe(
      'check "slices" measured nothing: no champion to compare slices with',
    );
  });

  it("drift over a threshold withholds monitor-3 but not monitor-2", () => {
    const input = fixtureInput();
    const features = evidenceDoc(input, "validation-serving.json").features as Array<{
      drift: { drifted: boolean };
    }>;
    features[1]!.drift.drifted = true;
    const p = pointsOf(input);
    expect(p["monitor-3"]).toBe(0);
    expect(p["monitor-2"]).toBe(1);
  });

  it("validation of the training data is not a serving check", () => {
    const input = fixtureInput();
    input.evidence = input.evidence.filter((e) => !e.uri.endsWith("validation-serving.json"));
    const t = test(input, "monitor-2");
    expect(t.points).toBe(0);
    expect(refusal(t, "validation-train.json")).toBe(
      'the validation ran in the "training" environment, not on a serving sample',
    );
  });

  it("evidence that is not JSON is listed with its reason", () => {
    const input = fixtureInput();
    input.evidence.push({
      uri: "file:evidence/broken.json",
      sha256: "0".repeat(64),
      parseError: "not valid JSON: Unexpected end",
    });
    const r = scoreModel(input);
    expect(r.evidence.find((e) => e.uri === "file:evidence/broken.json")).toMatchObject({
      trusted: false,
      problems: ["not valid JSON: Unexpected end"],
    });
    expect(r.score).toBe(3.5);
  });

  it("schema validation problems refuse the evidence", () => {
    const input = fixtureInput({
      validate: (doc) => (doc.kind === "evaluation" ? ["/models/0/metrics/roc_auc: must be number"] : []),
    });
    const p = pointsOf(input);
    expect(p["model-5"]).toBe(0);
    expect(refusal(test(input, "model-5"), "evaluation.json")).toContain("must be number");
    expect(p["data-1"]).toBe(1);
  });
});

describe("policy and history tests", () => {
  it("staging: no canary requirement, one approval, no age limit", () => {
    const input = fixtureInput();
    input.environment = {
      name: "staging",
      policy: {
        requireEvaluation: true,
        metrics: { roc_auc: { greaterIsBetter: true } },
        requiredApprovals: 1,
      },
    };
    const p = pointsOf(input);
    expect(p["infra-6"]).toBe(0);
    expect(p["model-1"]).toBe(1);
    expect(p["monitor-4"]).toBe(0);
    expect(test(input, "infra-6").reason).toContain("does not set requireCanary");
  });

  it("a version older than maxModelAgeDays loses monitor-4", () => {
    const input = fixtureInput();
    input.subject = { ...input.subject, createdAt: "2026-05-01T00:00:00Z" };
    // 2026-05-01T00:00Z to 2026-11-23T12:00Z: 184 days to 2026-11-01 + 22.5 = 206.5
    expect(test(input, "monitor-4").reason).toContain("206.5 days old");
    expect(test(input, "monitor-4").points).toBe(0);
  });

  it("a rollback older than the window does not count", () => {
    const input = fixtureInput({ rollbackWindowDays: 14 });
    // the staging rollback was on 2026-11-01, 22 days before NOW
    const t = test(input, "infra-7");
    expect(t.points).toBe(0);
    expect(t.reason).toContain("last 14 days");
  });

  it("without an environment policy the policy tests earn nothing", () => {
    const input = fixtureInput();
    input.environment = null;
    const p = pointsOf(input);
    expect([p["model-1"], p["infra-4"], p["infra-6"], p["monitor-4"]]).toEqual([0, 0, 0, 0]);
  });
});

describe("declarations", () => {
  const base = {
    subject: fixtureInput().subject,
    environment: null,
    evidence: [],
    history: [],
    repositoryFiles: [],
  };
  const allDeclared = (ids: string[]) =>
    parseDeclarations(
      `model: credit-default\ndeclarations:\n${ids
        .map(
          (id) =>
            `  - { test: ${id}, summary: done, document: "https://wiki.acme.example/${id}", owner: a@acme.example, reviewedAt: 2026-10-01 }\n`,
        )
        .join("")}`,
      "ml-test-score.yaml",
    );

  it("all 28 tests declared and nothing automated: 3.5 per section, score 3.5", () => {
    const r = scoreModel({
      ...base,
      declarations: allDeclared(RUBRIC.map((t) => t.id)),
      options: { now: NOW },
    });
    expect(r.sections).toEqual({ data: 3.5, model: 3.5, infra: 3.5, monitor: 3.5 });
    expect(r.score).toBe(3.5);
    expect(r.tests.every((t) => t.points === 0.5 && t.mode === "manual")).toBe(true);
  });

  it("a section with nothing scores 0 overall", () => {
    const ids = RUBRIC.filter((t) => t.section !== "infra").map((t) => t.id);
    const r = scoreModel({ ...base, declarations: allDeclared(ids), options: { now: NOW } });
    expect(r.sections.infra).toBe(0);
    expect(r.score).toBe(0);
    expect(r.band.range).toBe("0");
  });

  it("an expired declaration is refused with its reason", () => {
    const r = scoreModel(fixtureInput());
    const d6 = r.declarations.find((d) => d.test === "data-6")!;
    expect(d6.accepted).toBe(false);
    expect(d6.reason).toContain("expired: validUntil 2026-06-01 has passed");
    const t6 = r.tests.find((t) => t.id === "data-6")!;
    expect(t6.refused[0]?.reason).toContain("expired");
    expect(t6.reason).toContain(
      "the declaration in models/credit-default/ml-test-score.yaml was refused: data-6 (line 21): expired: validUntil 2026-06-01 has passed",
    );
  });

  it("a declaration without validUntil expires a year after its review", () => {
    const decl = allDeclared(["data-3"]);
    const later = scoreModel({
      ...base,
      declarations: decl,
      options: { now: new Date("2027-10-02T00:00:00Z") },
    });
    expect(later.tests[2]!.points).toBe(0);
    expect(later.declarations[0]!.reason).toContain("more than 365 days ago");
    const before = scoreModel({
      ...base,
      declarations: decl,
      options: { now: new Date("2027-09-30T00:00:00Z") },
    });
    expect(before.tests[2]!.points).toBe(0.5);
  });

  it("a declaration for an unknown test id is refused", () => {
    const r = scoreModel(fixtureInput());
    const unknown = r.declarations.find((d) => d.test === "model-9")!;
    expect(unknown.accepted).toBe(false);
    expect(unknown.reason).toMatch(
      /ml-test-score\.yaml:\d+: declarations\[9\]\.test: unknown test id "model-9"/,
    );
  });

  it("a declaration never earns more than half a point, even on an automatable test", () => {
    const input = fixtureInput();
    input.evidence = [];
    const t = test(input, "model-5");
    expect(t.points).toBe(0);
    const declared = { ...base, declarations: allDeclared(["model-5"]), options: { now: NOW } };
    expect(scoreModel(declared).tests.find((x) => x.id === "model-5")!.points).toBe(0.5);
  });

  it("a declaration claiming points is refused", () => {
    const decl = parseDeclarations(
      "model: m\ndeclarations:\n  - test: data-3\n    summary: s\n    document: https://x.example/d\n    owner: o\n    reviewedAt: 2026-10-01\n    points: 1\n",
      "ml-test-score.yaml",
    );
    const r = scoreModel({ ...base, declarations: decl, options: { now: NOW } });
    expect(r.tests[2]!.points).toBe(0);
    expect(r.declarations[0]!.reason).toBe(
      "ml-test-score.yaml:8: declarations[0].points: a declaration cannot set its points; manual evidence is worth at most half a point",
    );
  });
});

describe("scoreForGate", () => {
  it("passes at the environment's minimum and explains the limiting section when it fails", () => {
    const ok = scoreForGate(fixtureInput(), 3);
    expect(ok).toMatchObject({ score: 3.5, minimum: 3, passed: true });
    const input = fixtureInput();
    input.evidence = input.evidence.filter((e) => !e.uri.includes("/validation-"));
    // without data validations: data loses data-1 (3.5 - 1 = 2.5 < 3), monitor loses 2 and 3 (5)
    const blocked = scoreForGate(input, 3);
    expect(blocked).toMatchObject({ score: 2.5, minimum: 3, passed: false });
    expect(blocked.reasons[0]).toBe("ML Test Score 2.5 is below the minimum 3 of production");
    expect(blocked.reasons.some((r) => r.startsWith("Data data-1 (0)"))).toBe(true);
  });

  it("defaults to the policy's minTestScore", () => {
    const input = fixtureInput();
    input.environment = { name: "production", policy: { ...input.environment!.policy, minTestScore: 4 } };
    expect(scoreForGate(input)).toMatchObject({ minimum: 4, passed: false });
  });

  it("binds to the artifact digest of the version it scores", () => {
    expect(fixtureInput().subject.artifactSha256).toBe(ARTIFACT);
  });
});

describe("rendering", () => {
  it("escapes what declarations say in HTML and table cells in Markdown", () => {
    const decl = parseDeclarations(
      'model: credit-default\ndeclarations:\n  - { test: data-7, summary: s, document: "https://x.example/a|b", owner: "<script>x</script>", reviewedAt: 2026-10-01 }\n',
      "ml-test-score.yaml",
    );
    const r = scoreModel({
      subject: fixtureInput().subject,
      environment: null,
      evidence: [],
      history: [],
      repositoryFiles: [],
      declarations: decl,
      options: { now: NOW },
    });
    const html = renderHtml(r);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;x&lt;/script&gt;");
    const md = renderMarkdown(r);
    expect(md).toContain("https://x.example/a\\|b");
    expect(md).toContain("| Data | 0 | 0 | 0 | 0 | 0 | 0 | ½ | 0.5 |");
    expect(md).toContain("| **Model** ⬅ limiting | **0** |");
  });
});
