// Evidence verification by recomputation, on real files: the example ONNX models through
// onnxruntime-node, the example data through DuckDB, a real git registry. One recompute
// verifier serves the file, so the honest evaluation and data validation run again once and
// every edited copy is compared with those re-runs.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openRegistry, type RegistryCheckReport, runGate } from "@modelgate/registry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  asksForRecomputation,
  compareFigures,
  EVALUATION_FIGURES,
  type EvidenceRecomputer,
  mlTestScoreGateCheck,
  PROVENANCE_UNAVAILABLE,
  RECOMPUTE_TOLERANCE,
  recomputeVerifier,
  scoreRegistry,
} from "../src/index.js";
import { createVerifyFixture, type VerifyFixture } from "./verify-fixture.js";

type Obj = Record<string, unknown>;
const challenger = (ev: Obj) =>
  (ev.models as Obj[]).find((m) => m.role === "challenger") as Obj & { metrics: Obj };

let f: VerifyFixture;
let verifier: EvidenceRecomputer;
/** the slice whose ROC AUC the forger raises, the first evaluated one */
let slice: { feature: string; value: string };

beforeAll(async () => {
  f = await createVerifyFixture({
    // the classic forgery: a better number typed into the report
    "2.0.1": {
      edit: (ev) => {
        challenger(ev).metrics.roc_auc = 0.9;
      },
    },
    // a slice and a fairness figure made to pass their limits
    "2.0.2": {
      edit: (ev) => {
        const s = (ev.slices as Obj[]).find((x) => x.evaluated === true)!;
        (s.metrics as Obj).roc_auc = 0.99;
        (ev.fairness as Obj[])[0]!.demographicParityDifference = 0.001;
      },
    },
    // the data validation claims rows it did not read
    "2.0.3": {
      edit: (_ev, dv) => {
        (dv.summary as Obj).rows = 5200;
      },
    },
    // the manifest names 2.0.0's digest, the registry stores 1.0.0's model
    "2.0.4": { artifact: "1.0.0" },
  });
  const s = (f.evaluation.slices as Obj[]).find((x) => x.evaluated === true)!;
  slice = { feature: String(s.feature), value: String(s.value) };
  // embedded mode: the data lives next to the registry and is read from this machine by digest
  verifier = recomputeVerifier({ localRoot: f.dir });
}, 240_000);
afterAll(() => f?.cleanup());

async function gate(head: string, options: { verifier?: EvidenceRecomputer | null; base?: string } = {}) {
  const reg = await openRegistry(f.dir);
  const report = await runGate(reg, {
    base: options.base ?? "main",
    head,
    ...(options.verifier === null ? {} : { verifier: options.verifier ?? verifier }),
  });
  const change = report.changes.find((c) => c.path === "environments/staging/credit-default.yaml")!;
  return { report, checks: change.checks };
}

const evidenceOf = (report: RegistryCheckReport, kind: string) =>
  report.evidence.find((e) => e.kind === kind)!;
const reasons = (report: RegistryCheckReport) => report.blocking.map((b) => `${b.check}: ${b.message}`);

describe("recompute: the gate re-derives every figure it decides on", () => {
  it("honest evidence is recomputed, verified and decided on", async () => {
    const { report, checks } = await gate(f.promote("2.0.0"));
    expect(reasons(report)).toEqual([]);
    for (const kind of ["evaluation", "data-validation"]) {
      expect(evidenceOf(report, kind)).toMatchObject({
        subject: "credit-default@2.0.0",
        environment: "staging",
        mode: "recompute", // staging's policy says nothing: the default
        status: "verified",
        method: "recompute",
        mismatches: [],
        rows: 5000, // examples/data/test.csv
      });
    }
    expect(evidenceOf(report, "evaluation").message).toMatch(
      /^recomputed on credit-default@2\.0\.0 and the champion credit-default@1\.0\.0 on loans@2026-11-test: \d+ figures agree \(5000 rows, [\d.]+ s\)$/,
    );
    expect(evidenceOf(report, "evaluation").seconds).toBeGreaterThan(0);
    expect(checks.filter((c) => c.id.startsWith("verify:")).map((c) => `${c.id} ${c.status}`)).toEqual([
      "verify:evaluation pass",
      "verify:data-validation pass",
    ]);
    // the policy is decided on the verified figures: 2.0.0's ROC AUC, 0.8437 by scikit-learn at
    // training time (examples/models/README.md)
    expect(checks.find((c) => c.id === "metric:roc_auc")).toMatchObject({ status: "pass" });
    expect(checks.find((c) => c.id === "metric:roc_auc")!.message).toMatch(/^roc_auc 0\.8436\d* meets/);
  });

  it("an edited metric is refused, naming the figure, the claimed value and the recomputed one", async () => {
    const { report, checks } = await gate(f.promote("2.0.1"));
    const ev = evidenceOf(report, "evaluation");
    expect(ev.status).toBe("refused");
    expect(ev.mismatches).toHaveLength(1);
    expect(ev.mismatches[0]).toMatchObject({ figure: "models[challenger].metrics.roc_auc", claimed: 0.9 });
    expect(ev.mismatches[0]!.recomputed).toBeCloseTo(0.8437, 4); // examples/models/README.md
    expect(ev.cached).toBe(true); // the same inputs as 2.0.0's: its re-run is compared again
    expect(reasons(report)).toEqual([
      expect.stringMatching(
        /^verify:evaluation: file:evidence\/credit-default\/2\.0\.1\/evaluation\.json: 1 figure\(s\) differ from their recomputation on credit-default@2\.0\.1 and the champion credit-default@1\.0\.0 on loans@2026-11-test: models\[challenger\]\.metrics\.roc_auc: claimed 0\.9, recomputed 0\.8436\d* \(5000 rows, [\d.]+ s, reused\)$/,
      ),
    ]);
    // nothing is decided on figures that did not verify
    expect(checks.some((c) => c.id === "metric:roc_auc")).toBe(false);
  });

  it("an edited slice and an edited fairness figure are refused, each named", async () => {
    const { report } = await gate(f.promote("2.0.2"));
    const ev = evidenceOf(report, "evaluation");
    expect(ev.status).toBe("refused");
    const honest = f.evaluation;
    const s = (honest.slices as Obj[]).find((x) => x.feature === slice.feature && x.value === slice.value)!;
    expect(ev.mismatches).toEqual([
      {
        figure: `slices[${slice.feature}=${slice.value}].metrics.roc_auc`,
        claimed: 0.99,
        recomputed: (s.metrics as Obj).roc_auc,
      },
      {
        figure: "fairness[gender].demographicParityDifference",
        claimed: 0.001,
        recomputed: (honest.fairness as Obj[])[0]!.demographicParityDifference,
      },
    ]);
    expect(report.blocking.map((b) => b.check)).toEqual(["verify:evaluation"]);
  });

  it("a data-validation report is re-derived from the registered data and schema", async () => {
    const { report } = await gate(f.promote("2.0.3"));
    expect(evidenceOf(report, "evaluation").status).toBe("verified");
    expect(evidenceOf(report, "data-validation")).toMatchObject({
      status: "refused",
      mismatches: [{ figure: "summary.rows", claimed: 5200, recomputed: 5000 }],
    });
    expect(reasons(report)).toEqual([expect.stringContaining("summary.rows: claimed 5200, recomputed 5000")]);
    expect(reasons(report)[0]).toMatch(
      /^verify:data-validation: .*on loans@2026-11-test with datasets\/loans\/schema\.yaml/,
    );
  });

  it("an artifact that is not the registered one blocks, with the reason", async () => {
    const { report } = await gate(f.promote("2.0.4"));
    const why = reasons(report);
    expect(why).toContainEqual(
      expect.stringMatching(/^artifact: file:artifacts\/credit-default\/2\.0\.4\/model\.onnx hashes to /),
    );
    expect(why).toContainEqual(
      expect.stringMatching(
        /^verify:evaluation: .*: the artifact of credit-default@2\.0\.4 \(file:artifacts\/credit-default\/2\.0\.4\/model\.onnx\) has sha256 [0-9a-f]{12}… in the registry, not the registered [0-9a-f]{12}…$/,
      ),
    );
    expect(evidenceOf(report, "evaluation")).toMatchObject({ status: "unverified", seconds: null });
  });
});

describe("unreachable inputs leave the evidence unverified, and the change blocked", () => {
  it("data outside the registry, checked where it is not (as on GitHub): the reason and the fix", async () => {
    const { report } = await gate(f.promote("2.0.0"), { verifier: recomputeVerifier() });
    expect(report.blocked).toBe(true);
    expect(evidenceOf(report, "evaluation")).toMatchObject({
      status: "unverified",
      message:
        "the data loans@2026-11-test (file:../data/test.csv) is outside the registry, so the gate cannot fetch it: store the file in the registry or on an allowed https host (modelgate.yaml artifacts.allowedHosts), or run the check where the file is (modelgate check in the registry's checkout)",
    });
    expect(report.blocking.map((b) => b.check)).toEqual(["verify:evaluation", "verify:data-validation"]);
  });

  it("data on this machine that is not the registered bytes is refused without naming its digest", async () => {
    const elsewhere = join(f.base, "elsewhere");
    mkdirSync(join(elsewhere, "registry"), { recursive: true });
    mkdirSync(join(elsewhere, "data"));
    const csv = readFileSync(join(f.base, "data", "test.csv"), "utf8").split("\n");
    csv[1] = csv[1]!.replace(/.$/, (c) => (c === "0" ? "1" : "0")); // one value changed
    writeFileSync(join(elsewhere, "data", "test.csv"), csv.join("\n"));
    const { report } = await gate(f.promote("2.0.0"), {
      verifier: recomputeVerifier({ localRoot: join(elsewhere, "registry") }),
    });
    expect(evidenceOf(report, "evaluation").message).toBe(
      "the data loans@2026-11-test (file:../data/test.csv): the file on this machine is not the registered one (its sha256 is not db8dced3b217…)",
    );
  });

  it("data stored in the registry is fetched from the gated commit, with nothing on the machine", async () => {
    // the same bytes registered again as a file of the registry: found by digest, read from git
    f.git(["checkout", "-q", "-B", "data-in-registry", "main"]);
    cpSync(join(f.base, "data", "test.csv"), join(f.dir, "data", "loans", "test.csv"));
    writeFileSync(
      join(f.dir, "datasets/loans/versions/2026-11-test-stored.yaml"),
      "dataset: loans\nversion: 2026-11-test-stored\nuri: file:data/loans/test.csv\nsha256: db8dced3b217d6e8c092938cd8ad3b51fed97938d632d39041282267ee73b989\nrows: 5000\n",
    );
    f.git(["add", "-A"]);
    f.git(["commit", "-q", "-m", "test.csv stored in the registry"]);
    f.git(["checkout", "-q", "main"]);
    const { report } = await gate(f.promote("2.0.0", "data-in-registry"), {
      base: "data-in-registry",
      verifier: recomputeVerifier(),
    });
    expect(reasons(report)).toEqual([]);
    expect(evidenceOf(report, "evaluation").message).toContain("on loans@2026-11-test-stored:");
  });

  it("without a verifier, an environment that asks for recomputation fails closed", async () => {
    const { report } = await gate(f.promote("2.0.0"), { verifier: null });
    expect(reasons(report)).toContainEqual(
      expect.stringContaining(
        "the environment's policy says verify: recompute, but the gate ran without an evidence verifier",
      ),
    );
  });
});

describe("the modes of evidence.verify", () => {
  it("none: the figures are taken on trust, so an edited metric passes (what recompute prevents)", async () => {
    const { report, checks } = await gate(f.promote("2.0.1", f.modeBase("none")), { base: "verify-none" });
    expect(report.blocked).toBe(false);
    expect(checks.find((c) => c.id === "metric:roc_auc")!.message).toMatch(/^roc_auc 0\.9 meets/);
    expect(checks.find((c) => c.id === "verify:evaluation")).toMatchObject({ status: "skip" });
    expect(evidenceOf(report, "evaluation")).toMatchObject({
      mode: "none",
      status: "unverified",
      method: null,
    });
  });

  it("provenance: accepted by the schema, and fails closed until its verifier exists", async () => {
    const { report } = await gate(f.promote("2.0.0", f.modeBase("provenance")), {
      base: "verify-provenance",
    });
    expect(report.blocked).toBe(true);
    expect(evidenceOf(report, "evaluation").message).toBe(PROVENANCE_UNAVAILABLE);
  });

  it("either: recomputed when the inputs are reachable, else both reasons", async () => {
    const head = f.promote("2.0.0", f.modeBase("either"));
    const reachable = await gate(head, { base: "verify-either" });
    expect(reachable.report.blocked).toBe(false);
    expect(evidenceOf(reachable.report, "evaluation")).toMatchObject({ mode: "either", method: "recompute" });
    const unreachable = await gate(head, { base: "verify-either", verifier: recomputeVerifier() });
    expect(evidenceOf(unreachable.report, "evaluation").message).toMatch(
      /^recompute: the data loans@2026-11-test \(file:\.\.\/data\/test\.csv\) is outside the registry.*; provenance: cannot verify provenance here: /,
    );
  });
});

describe("the ML Test Score counts verified evidence", () => {
  it("recomputed evidence made on a laptop (context.ci false) earns its automated points", async () => {
    expect((f.evaluation.context as Obj).ci).toBe(false);
    const { result } = await scoreRegistry({
      registry: f.dir,
      model: "credit-default",
      version: "2.0.0",
      environment: "staging",
      now: new Date(),
      context: { commit: null, ref: null, runUrl: null, ci: false },
      recomputer: verifier,
    });
    const evaluation = result.evidence.find((e) => e.kind === "evaluation")!;
    expect(evaluation).toMatchObject({ verifiedBy: "recompute", trusted: true });
    for (const id of ["model-5", "infra-1", "monitor-5"]) {
      const t = result.tests.find((x) => x.id === id)!;
      expect([t.points, t.mode]).toEqual([1, "automated"]);
      expect(t.reason).toContain("verified by recompute");
    }
  });

  it("in the gate, the score asks the gate's verifier: a refused evaluation earns nothing", async () => {
    const reg = await openRegistry(f.dir);
    const report = await runGate(reg, {
      base: "main",
      head: f.promote("2.0.1"),
      verifier,
      extraChecks: [mlTestScoreGateCheck()],
    });
    // staging sets no minTestScore: the score check asks nothing; the gate verified each file once
    expect(report.evidence.map((e) => `${e.kind} ${e.status}`)).toEqual([
      "evaluation refused",
      "data-validation verified",
    ]);
  });
});

describe("asksForRecomputation", () => {
  it("is true when an environment recomputes evidence it decides on or scores, false otherwise", () => {
    const env = (policy: Obj) => ({ name: "x", environments: [{ name: "e", policy }] });
    expect(asksForRecomputation(env({ requireEvaluation: true }))).toBe(true); // the default mode
    expect(asksForRecomputation(env({ minTestScore: 1, evidence: { verify: "either" } }))).toBe(true);
    expect(asksForRecomputation(env({ requireEvaluation: true, evidence: { verify: "none" } }))).toBe(false);
    expect(asksForRecomputation(env({ requireEvaluation: true, evidence: { verify: "provenance" } }))).toBe(
      false,
    );
    expect(asksForRecomputation(env({ requireCanary: true }))).toBe(false); // nothing read from evidence
  });
});

describe("compareFigures", () => {
  it("compares within the relative tolerance, keys lists by their entries, skips what is no figure", () => {
    const claim = {
      createdAt: "2026-01-01T00:00:00Z",
      models: [
        { role: "baseline", metrics: { roc_auc: 0.5 }, latency: null },
        { role: "challenger", metrics: { roc_auc: 0.8, log_loss: 0.4 }, latency: { batch: { p95Ms: 3 } } },
      ],
      checks: [
        { name: "latency", passed: true },
        { name: "determinism", passed: true, message: "typed" },
      ],
    };
    const recomputed = {
      createdAt: "2026-12-01T00:00:00Z", // the envelope is no figure
      models: [
        // listed in another order: matched by role
        {
          role: "challenger",
          metrics: { roc_auc: 0.8 * (1 + RECOMPUTE_TOLERANCE / 2), log_loss: 0.4 + 1e-8 },
        },
        { role: "baseline", metrics: { roc_auc: 0.5 }, latency: null },
      ],
      checks: [
        { name: "latency", passed: false }, // a timing: re-measured, never compared
        { name: "determinism", passed: false, message: "recomputed" },
      ],
    };
    expect(compareFigures(claim, recomputed, EVALUATION_FIGURES).mismatches).toEqual([
      { figure: "models[challenger].metrics.log_loss", claimed: 0.4, recomputed: 0.4 + 1e-8 },
      { figure: "checks[determinism].passed", claimed: true, recomputed: false },
    ]);
    const added = compareFigures({ models: [] }, { models: [{ role: "champion" }] }, EVALUATION_FIGURES);
    expect(added.mismatches).toEqual([
      { figure: "models[champion]", claimed: "absent", recomputed: "present" },
    ]);
    // a claimed value is untrusted input: kept clipped in the report
    const long = compareFigures({ label: "x".repeat(10_000) }, { label: "default" }, EVALUATION_FIGURES);
    expect(long.mismatches[0]).toEqual({
      figure: "label",
      claimed: `${"x".repeat(200)}…`,
      recomputed: "default",
    });
  });
});
