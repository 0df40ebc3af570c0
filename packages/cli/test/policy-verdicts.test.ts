// The policy verdict table of docs/registry.md ("Policy verdicts"), row by row, through all three
// entry points: `modelgate evaluate` (the ONNX models of examples/ run on examples/data or a
// subset of it), `modelgate check` on a real git registry whose production policy is the row's
// policy and whose candidate carries that evaluation as evidence, and `modelgate score` on the
// same registry. Each must give the verdicts the table lists, and so the same ones.
//
// Zero and negative baselines come from real evaluations, not crafted reports:
// - positive_rate is exactly 0 for a model that predicts no positive row at the 0.5 threshold:
//   the rows credit-default 3.0.0 (and 1.0.0) score below 0.45 (their reference predictions);
// - r2 is negative for credit-default 3.0.0 used as a regression of `default` on the grade D
//   loans (sklearn reference predictions: −0.159), positive for 1.0.0 (0.115).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type EnvironmentPolicy, hashBytes } from "@modelgate/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GIT_ENV } from "../../registry/test/fixture.js";
import { runCli } from "../src/cli.js";

const root = new URL("../../../", import.meta.url).pathname;
const examples = join(root, "examples");
const FEATURES =
  "age,income,loan_amount,term_months,interest_rate,credit_score,debt_to_income,employment_years,num_open_accounts,num_delinquencies,revolving_utilization,has_cosigner";
/** a CI context: it earns the score nothing (only verified evidence does), and changes no verdict */
const CI_ENV = { CI: "true", GITHUB_SHA: "0".repeat(40) };

async function cli(
  argv: string[],
  cwd: string,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const exitCode = await runCli(argv, {
    cwd,
    env: CI_ENV,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { exitCode, stdout, stderr };
}

type Csv = { header: string; rows: string[] };
function readCsv(path: string): Csv {
  const [header, ...rows] = readFileSync(path, "utf8").trimEnd().split("\n");
  return { header: header!, rows };
}
const column = (csv: Csv, name: string) => csv.header.split(",").indexOf(name);
const scores = (version: string) =>
  readCsv(join(examples, "models", "credit-default", version, "reference-predictions.csv")).rows.map(Number);

interface Scenario {
  /** the challenger's ONNX (examples/models/credit-default/<v>) and the champion's, null for none */
  challenger: string;
  champion: string | null;
  task: "binary-classification" | "regression";
  /** the rows of examples/data/test.csv evaluated (all when absent) */
  rows?: (csv: Csv, i: number) => boolean;
  flags?: string[];
}

const testCsv = readCsv(join(examples, "data", "test.csv"));
const s1 = scores("1.0.0");
const s3 = scores("3.0.0");
const s2 = scores("2.0.0");
/** the first 25 women who defaulted and whom 2.0.0 scores above 0.5 */
const women2 = new Set(
  testCsv.rows
    .map((r, i) => [r.split(","), i] as const)
    .filter(
      ([c, i]) =>
        c[column(testCsv, "gender")] === "female" && c[column(testCsv, "default")] === "1" && s2[i]! > 0.5,
    )
    .slice(0, 25)
    .map(([, i]) => i),
);

const SCENARIOS: Record<string, Scenario> = {
  "2.0.0 vs 1.0.0": {
    challenger: "2.0.0",
    champion: "1.0.0",
    task: "binary-classification",
    flags: ["--slices", "region"],
  },
  "2.0.0 vs itself": { challenger: "2.0.0", champion: "2.0.0", task: "binary-classification" },
  "2.0.0, no champion": {
    challenger: "2.0.0",
    champion: null,
    task: "binary-classification",
    flags: ["--slices", "region"],
  },
  "2.0.0 vs 3.0.0 predicting no positive": {
    challenger: "2.0.0",
    champion: "3.0.0",
    task: "binary-classification",
    rows: (_c, i) => s3[i]! < 0.45,
  },
  "1.0.0 vs 3.0.0, both predicting no positive": {
    challenger: "1.0.0",
    champion: "3.0.0",
    task: "binary-classification",
    rows: (_c, i) => s3[i]! < 0.45 && s1[i]! < 0.45,
  },
  "regression of default on grade D, 1.0.0 vs 3.0.0": {
    challenger: "1.0.0",
    champion: "3.0.0",
    task: "regression",
    rows: (c, i) => c.rows[i]!.split(",")[column(c, "grade")] === "D",
  },
  // every defaulter is one of 25 women, a group below minSupport (30): the only measured group,
  // the men, has no positive, so the equal opportunity difference is null (men 2.0.0 scores
  // below 0.05 and women it scores above 0.5 keep it better than the constant baseline)
  "2.0.0 where no measured group has a positive": {
    challenger: "2.0.0",
    champion: null,
    task: "binary-classification",
    rows: (c, i) => {
      const cells = c.rows[i]!.split(",");
      const [gender, label] = [cells[column(c, "gender")], cells[column(c, "default")]];
      if (gender === "male") return label === "0" && s2[i]! < 0.05;
      return label === "1" && s2[i]! > 0.5 && women2.has(i);
    },
    flags: ["--protected", "gender"],
  },
};

interface Measured {
  challenger: Record<string, number | null>;
  fairness: Array<{ attribute: string; equalOpportunityDifference: number | null }>;
}

interface Row {
  row: string;
  scenario: keyof typeof SCENARIOS;
  policy: (m: Measured) => EnvironmentPolicy;
  verdicts: string[];
}

/** The next double above x (x > 0): the smallest threshold an equal value misses. */
function nextUp(x: number): number {
  const b = new Float64Array([x]);
  const u = new BigUint64Array(b.buffer);
  u[0] = u[0]! + 1n;
  return b[0]!;
}

const gib = (greaterIsBetter: boolean, t: Record<string, number>) => ({ ...t, greaterIsBetter });

// The table of docs/registry.md, "Policy verdicts".
const ROWS: Row[] = [
  {
    row: "equal values: threshold equal to the measured value",
    scenario: "2.0.0 vs 1.0.0",
    policy: (m) => ({ metrics: { roc_auc: gib(true, { threshold: m.challenger.roc_auc! }) } }),
    verdicts: ["metric:roc_auc pass"],
  },
  {
    row: "threshold one double above the measured value",
    scenario: "2.0.0 vs 1.0.0",
    policy: (m) => ({ metrics: { roc_auc: gib(true, { threshold: nextUp(m.challenger.roc_auc!) }) } }),
    verdicts: ["metric:roc_auc fail"],
  },
  {
    row: "slices no worse than the champion (maxSliceDrop 0)",
    scenario: "2.0.0 vs 1.0.0",
    policy: () => ({ maxSliceDrop: 0 }),
    verdicts: ["slices pass"],
  },
  {
    row: "latency within 1000 × the champion's",
    scenario: "2.0.0 vs 1.0.0",
    policy: () => ({ maxLatencyRatio: 1000 }),
    verdicts: ["latency pass"],
  },
  {
    row: "equal values: minAbsoluteChange 0",
    scenario: "2.0.0 vs itself",
    policy: () => ({ metrics: { roc_auc: gib(true, { minAbsoluteChange: 0 }) } }),
    verdicts: ["metric:roc_auc pass"],
  },
  {
    row: "equal values: minAbsoluteChange > 0",
    scenario: "2.0.0 vs itself",
    policy: () => ({ metrics: { log_loss: gib(false, { minAbsoluteChange: 0.001 }) } }),
    verdicts: ["metric:log_loss fail"],
  },
  {
    row: "equal values: minRelativeChange 0",
    scenario: "2.0.0 vs itself",
    policy: () => ({ metrics: { roc_auc: gib(true, { minRelativeChange: 0 }) } }),
    verdicts: ["metric:roc_auc pass"],
  },
  {
    row: "no champion: threshold decides, changes skip",
    scenario: "2.0.0, no champion",
    policy: () => ({
      metrics: { roc_auc: gib(true, { threshold: 0.7, minAbsoluteChange: 0, minRelativeChange: 0 }) },
    }),
    verdicts: ["metric:roc_auc pass", "metric:roc_auc skip", "metric:roc_auc skip"],
  },
  {
    row: "no champion: slices and latency skip",
    scenario: "2.0.0, no champion",
    policy: () => ({ maxSliceDrop: 0.05, maxLatencyRatio: 2 }),
    verdicts: ["slices skip", "latency skip"],
  },
  {
    row: "a missing metric (r2 of a classifier)",
    scenario: "2.0.0, no champion",
    policy: () => ({ metrics: { r2: gib(true, { threshold: 0 }) } }),
    verdicts: ["metric:r2 fail"],
  },
  {
    row: "zero baseline, relative change 0, challenger better",
    scenario: "2.0.0 vs 3.0.0 predicting no positive",
    policy: () => ({ metrics: { positive_rate: gib(true, { minRelativeChange: 0 }) } }),
    verdicts: ["metric:positive_rate pass"],
  },
  {
    row: "zero baseline, relative change > 0, challenger better (+∞)",
    scenario: "2.0.0 vs 3.0.0 predicting no positive",
    policy: () => ({ metrics: { positive_rate: gib(true, { minRelativeChange: 0.5 }) } }),
    verdicts: ["metric:positive_rate pass"],
  },
  {
    row: "zero baseline, relative change 0, challenger worse (−∞)",
    scenario: "2.0.0 vs 3.0.0 predicting no positive",
    policy: () => ({ metrics: { positive_rate: gib(false, { minRelativeChange: 0 }) } }),
    verdicts: ["metric:positive_rate fail"],
  },
  {
    row: "zero baseline, relative change 0, equal values",
    scenario: "1.0.0 vs 3.0.0, both predicting no positive",
    policy: () => ({ metrics: { positive_rate: gib(true, { minRelativeChange: 0 }) } }),
    verdicts: ["metric:positive_rate pass"],
  },
  {
    row: "zero baseline, relative change > 0, equal values",
    scenario: "1.0.0 vs 3.0.0, both predicting no positive",
    policy: () => ({ metrics: { positive_rate: gib(true, { minRelativeChange: 0.5 }) } }),
    verdicts: ["metric:positive_rate fail"],
  },
  {
    row: "negative baseline: gain / |champion| >= 1.5",
    scenario: "regression of default on grade D, 1.0.0 vs 3.0.0",
    policy: () => ({ metrics: { r2: gib(true, { minRelativeChange: 1.5 }) } }),
    verdicts: ["metric:r2 pass"],
  },
  {
    row: "negative baseline: gain / |champion| >= 2",
    scenario: "regression of default on grade D, 1.0.0 vs 3.0.0",
    policy: () => ({ metrics: { r2: gib(true, { minRelativeChange: 2 }) } }),
    verdicts: ["metric:r2 fail"],
  },
  {
    row: "a null fairness value under a set limit",
    scenario: "2.0.0 where no measured group has a positive",
    policy: () => ({ fairness: { equalOpportunityDifference: 0.1 } }),
    verdicts: ["fairness fail"],
  },
  {
    row: "a defined fairness value under its limit",
    scenario: "2.0.0 where no measured group has a positive",
    policy: () => ({ fairness: { demographicParityDifference: 1 } }),
    verdicts: ["fairness pass"],
  },
];

const POLICY_IDS = /^(metric:|slices$|fairness$|latency$)/;
const work = mkdtempSync(join(tmpdir(), "mg-policy-verdicts-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MODEL_YAML = (task: Scenario["task"]) => `name: credit-default
owner: risk-ml@acme.example
task: ${task}
dataset: loans
label: default
signature:
  inputs: { mode: tensor, name: input, dtype: float32, features: [${FEATURES.split(",").join(", ")}] }
  outputs: ${task === "regression" ? "{ kind: value, name: probabilities }" : "{ kind: probabilities, name: probabilities, positiveClass: 1 }"}
`;

function versionYaml(version: string, artifact: Buffer, evidence?: { path: string; bytes: Buffer }): string {
  const lines = [
    "model: credit-default",
    `version: ${version}`,
    "createdAt: 2026-11-01T00:00:00Z",
    "artifact:",
    `  uri: file:artifacts/credit-default/${version}/model.onnx`,
    `  sha256: ${hashBytes(artifact)}`,
    `  bytes: ${artifact.length}`,
    "  format: onnx",
  ];
  if (evidence)
    lines.push(
      "evaluation:",
      "  evidence:",
      `    - { kind: evaluation, uri: "file:${evidence.path}", sha256: ${hashBytes(evidence.bytes)} }`,
    );
  lines.push("status: active", "");
  return lines.join("\n");
}

function write(dir: string, path: string, content: string | Buffer): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}

/** The evaluation flags of a scenario, run from a registry directory holding its artifacts. */
function evaluateArgs(s: Scenario, data: string, out: string): string[] {
  return [
    "evaluate",
    "--model",
    "artifacts/credit-default/2.0.0/model.onnx",
    "--model-name",
    "credit-default",
    "--version",
    "2.0.0",
    ...(s.champion ? ["--champion", "artifacts/credit-default/1.0.0/model.onnx"] : []),
    "--data",
    data,
    "--label",
    "default",
    "--task",
    s.task,
    "--features",
    FEATURES,
    ...(s.flags ?? []),
    "--out",
    out,
  ];
}

interface Prepared {
  /** a registry working tree without modelgate.yaml and without git: artifacts, model, versions */
  dir: string;
  data: string;
  measured: Measured;
}

const prepared = new Map<string, Promise<Prepared>>();

/** Artifacts, data and the candidate's evaluation evidence (no policy: verdict pass) of a scenario. */
function prepare(name: keyof typeof SCENARIOS): Promise<Prepared> {
  let p = prepared.get(name);
  if (!p) {
    p = (async () => {
      const s = SCENARIOS[name]!;
      const dir = join(work, name.replace(/[^a-z0-9.]+/gi, "-"));
      const data = `${dir}.csv`;
      const rows = s.rows ? testCsv.rows.filter((_r, i) => s.rows!(testCsv, i)) : testCsv.rows;
      writeFileSync(data, `${[testCsv.header, ...rows].join("\n")}\n`);
      const artifact = (v: string) =>
        readFileSync(join(examples, "models", "credit-default", v, "model.onnx"));
      write(dir, "artifacts/credit-default/2.0.0/model.onnx", artifact(s.challenger));
      if (s.champion) write(dir, "artifacts/credit-default/1.0.0/model.onnx", artifact(s.champion));
      const evidence = "evidence/credit-default/2.0.0/evaluation.json";
      const run = await cli(evaluateArgs(s, data, evidence), dir);
      expect(run.stderr).toMatch(/^(created directory \S+\n)*$/);
      expect(run.exitCode).toBe(0);
      const bytes = readFileSync(join(dir, evidence));
      const report = JSON.parse(bytes.toString("utf8"));
      expect(report.verdict).toBe("pass");
      write(dir, "models/credit-default/model.yaml", MODEL_YAML(s.task));
      write(
        dir,
        "models/credit-default/versions/2.0.0.yaml",
        versionYaml("2.0.0", artifact(s.challenger), { path: evidence, bytes }),
      );
      if (s.champion) {
        write(dir, "models/credit-default/versions/1.0.0.yaml", versionYaml("1.0.0", artifact(s.champion)));
        write(
          dir,
          "environments/production/credit-default.yaml",
          "model: credit-default\nenvironment: production\nversion: 1.0.0\n",
        );
      }
      const challenger = report.models.find((m: { role: string }) => m.role === "challenger");
      return { dir, data, measured: { challenger: challenger.metrics, fairness: report.fairness } };
    })();
    prepared.set(name, p);
  }
  return p;
}

const verdictsOf = (checks: Array<{ id?: string; name?: string; status?: string }>) =>
  checks
    .map((c) => [c.id ?? c.name ?? "", c.status] as const)
    .filter(([id, status]) => POLICY_IDS.test(id) && status !== undefined)
    .map(([id, status]) => `${id} ${status}`);

describe("policy verdicts: modelgate evaluate, check and score agree on every row", () => {
  beforeAll(async () => {
    // the measured values the rows are built from, checked against sklearn at training time
    const negative = await prepare("regression of default on grade D, 1.0.0 vs 3.0.0");
    expect(negative.measured.challenger.r2).toBeCloseTo(0.1154, 4);
    const zero = await prepare("1.0.0 vs 3.0.0, both predicting no positive");
    expect(zero.measured.challenger.positive_rate).toBe(0);
    const unfair = await prepare("2.0.0 where no measured group has a positive");
    expect(unfair.measured.fairness).toMatchObject([
      { attribute: "gender", equalOpportunityDifference: null },
    ]);
  }, 240_000);

  for (const r of ROWS) {
    it(`${r.row}: ${r.verdicts.join(", ")}`, async () => {
      const s = SCENARIOS[r.scenario]!;
      const base = await prepare(r.scenario);
      const policy = r.policy(base.measured);
      const dir = mkdtempSync(join(work, "row-"));
      cpSync(base.dir, dir, { recursive: true });

      // 1. modelgate evaluate with the row's policy
      const policyFile = join(dir, "..", `${dir.split("/").pop()}-policy.json`);
      writeFileSync(policyFile, JSON.stringify(policy));
      const evaluation = await cli([...evaluateArgs(s, base.data, "r.json"), "--policy", policyFile], dir);
      expect(evaluation.stderr).toBe("");
      const evaluated = verdictsOf(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")).checks);
      rmSync(join(dir, "r.json"));

      // 2. modelgate check: production's policy is the row's; the candidate is promoted into it.
      // The rows evaluate subsets of test.csv that are no registered dataset version: the
      // evidence is taken on trust (verify: none), so each verdict is decided on the report as
      // evaluated (recomputation: packages/score/test/verify.test.ts)
      const gatePolicy = { requireEvaluation: true, ...policy, evidence: { verify: "none" } };
      write(
        dir,
        "modelgate.yaml",
        `name: verdicts\nenvironments:\n  - name: production\n    policy: ${JSON.stringify(gatePolicy)}\n`,
      );
      const git = (args: string[]) => execFileSync("git", args, { cwd: dir, env: GIT_ENV, encoding: "utf8" });
      git(["init", "-q", "-b", "main"]);
      git(["config", "user.name", "Ada Admin"]);
      git(["config", "user.email", "ada@acme.example"]);
      git(["add", "-A"]);
      git(["commit", "-q", "-m", "Registry with the candidate registered"]);
      const promote = await cli(["promote", "credit-default", "2.0.0", "--to", "production"], dir);
      expect(promote.stderr).toBe("");
      expect(promote.exitCode).toBe(0);
      const check = await cli(
        ["check", "--head", "modelgate/promote/credit-default-production-2.0.0", "--out", "../check.json"],
        dir,
      );
      const gate = JSON.parse(readFileSync(join(dir, "..", "check.json"), "utf8"));
      const change = gate.changes.find(
        (c: { path: string }) => c.path === "environments/production/credit-default.yaml",
      );
      expect(change.checks.find((c: { id: string }) => c.id === "evidence:evaluation").status).toBe("pass");
      const gated = verdictsOf(change.checks);
      expect(check.exitCode).toBe(gated.some((v) => v.endsWith(" fail")) ? 1 : 0);

      // 3. modelgate score of the candidate in production
      const score = await cli(
        [
          "score",
          "--model",
          "credit-default",
          "--version",
          "2.0.0",
          "--environment",
          "production",
          "--out",
          "../score.json",
        ],
        dir,
      );
      expect(score.stderr).toBe(
        "modelgate: production takes evidence on trust (evidence.verify: none): no report earns an automated point\n",
      );
      expect(score.exitCode).toBe(0);
      const scored = JSON.parse(readFileSync(join(dir, "..", "score.json"), "utf8"));
      expect(scored.policy?.evidence).toBe("file:evidence/credit-default/2.0.0/evaluation.json");
      const scoredVerdicts = verdictsOf(scored.policy.checks);

      expect({ evaluate: evaluated, check: gated, score: scoredVerdicts }).toEqual({
        evaluate: r.verdicts,
        check: r.verdicts,
        score: r.verdicts,
      });
      rmSync(dir, { recursive: true, force: true });
    }, 120_000);
  }
});
