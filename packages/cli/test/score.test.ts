import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateValue } from "@modelgate/core";
import { beforeAll, describe, expect, it } from "vitest";
import { trustEvidence } from "../../score/test/fixture.js";
import { runCli } from "../src/cli.js";
import { cli } from "./helpers.js";

const FIXTURE = new URL("../../score/test/fixtures/registry", import.meta.url).pathname;
const NOW = "2026-11-23T12:00:00Z";
const OTHER_ARTIFACT = "2b66f183a9d4f8525bbed6e2ae42542f24ac8ca5a669d615c90f287812894d56";

/**
 * The fixture registry as a git repository whose history has a production canary and a staging
 * rollback. Its reports are hand-written, so nothing can recompute them: with `trust` its
 * environments take them on trust (verify: none; production then needs 1.5, what the
 * declarations, the policy and the history earn), otherwise the default (recompute) refuses them.
 */
function gitRegistry(trust = true): string {
  const dir = mkdtempSync(join(tmpdir(), "score-cli-"));
  cpSync(FIXTURE, dir, { recursive: true });
  if (trust) trustEvidence(dir, (t) => t.replace("minTestScore: 3", "minTestScore: 1.5"));
  rmSync(join(dir, "environments"), { recursive: true, force: true });
  const git = (args: string[], date?: string) =>
    execFileSync("git", ["-c", "user.name=Risk ML", "-c", "user.email=risk@acme.example", ...args], {
      cwd: dir,
      env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
      stdio: "pipe",
    });
  const setEnv = (env: string, body: string, date: string, message: string) => {
    mkdirSync(join(dir, "environments", env), { recursive: true });
    writeFileSync(
      join(dir, "environments", env, "credit-default.yaml"),
      `model: credit-default\nenvironment: ${env}\n${body}`,
    );
    git(["add", "-A"]);
    git(["commit", "-q", "-m", message], date);
  };
  git(["init", "-q", "-b", "main"]);
  git(["add", "-A"]);
  git(["commit", "-q", "-m", "Register credit-default"], "2026-08-01T00:00:00Z");
  setEnv("staging", "version: 0.9.0\n", "2026-08-02T00:00:00Z", "Promote credit-default 0.9.0 to staging");
  setEnv("staging", "version: 1.0.0\n", "2026-09-02T00:00:00Z", "Promote credit-default 1.0.0 to staging");
  setEnv(
    "staging",
    "version: 0.9.0\n",
    "2026-11-01T00:00:00Z",
    "Roll back credit-default in staging (drill)",
  );
  setEnv(
    "production",
    "version: 0.9.0\n",
    "2026-09-05T00:00:00Z",
    "Promote credit-default 0.9.0 to production",
  );
  setEnv(
    "production",
    "version: 0.9.0\ncanary:\n  version: 1.0.0\n  traffic: 10\n",
    "2026-10-15T00:00:00Z",
    "Canary credit-default 1.0.0 in production",
  );
  setEnv(
    "production",
    "version: 1.0.0\n",
    "2026-10-16T00:00:00Z",
    "Complete credit-default 1.0.0 in production",
  );
  return dir;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const points = (report: { tests: Array<{ id: string; points: number }> }, id: string) =>
  report.tests.find((t) => t.id === id)?.points;

describe("modelgate score", () => {
  let registry: string;
  let out: string;
  beforeAll(() => {
    registry = gitRegistry();
    out = mkdtempSync(join(tmpdir(), "score-out-"));
  });

  it("scores a registry from its declarations, policy and git history; evidence on trust earns nothing", async () => {
    const run = await cli([
      "score",
      "--model",
      "credit-default",
      "--registry",
      registry,
      "--now",
      NOW,
      "--out",
      join(out, "report.json"),
      "--markdown",
      join(out, "report.md"),
      "--html",
      join(out, "report.html"),
    ]);
    expect(run.stderr).toBe(
      "modelgate: production takes evidence on trust (evidence.verify: none): no report earns an automated point\n",
    );
    expect(run.exitCode).toBe(0);
    // worked out by hand: the declarations (data 1.5, model 1, infra 1.5), the policy (model-1,
    // infra-4, monitor-4), the history (infra-6 canary, infra-7 rollback) and dependabot
    // (monitor-1); no report counts (verify: none)
    expect(run.stdout).toContain(
      "ML Test Score 1.5 for credit-default@1.0.0 (data 1.5, model 2, infra 4.5, monitor 2)",
    );
    const report = readJson(join(out, "report.json"));
    expect(validateValue("ml-test-score-report", report)).toEqual([]);
    expect(report).toMatchObject({
      kind: "ml-test-score-report",
      subject: "credit-default@1.0.0",
      verdict: "pass",
      score: 1.5,
      minimum: 1.5,
      sections: { data: 1.5, model: 2, infra: 4.5, monitor: 2 },
      limitingSections: ["data"],
    });
    expect(report.evidence.map((e: { verifiedBy: unknown }) => e.verifiedBy)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    // the canary and the rollback come from the registry's git history
    expect(report.tests.find((t: { id: string }) => t.id === "infra-6").source).toMatchObject({
      type: "history",
      kind: "canary",
      environment: "production",
      time: "2026-10-15T00:00:00.000Z",
    });
    expect(points(report, "infra-7")).toBe(1);
    expect(report.inputs.filter((i: { role: string }) => i.role === "evidence")).toHaveLength(4);
    const md = readFileSync(join(out, "report.md"), "utf8");
    expect(md).toContain(
      "| **Data** ⬅ limiting | **0** | **0** | **½** | **½** | **½** | **0** | **0** | **1.5** |",
    );
    expect(md).toContain("| Monitoring | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 2 |");
    expect(md).toContain('unknown test id "model-9"');
    expect(readFileSync(join(out, "report.html"), "utf8")).toContain('<tr class="limiting"><th>Data</th>');
  });

  it("exits 1 below the minimum and still writes the report with verdict fail", async () => {
    const run = await cli([
      "score",
      "--model",
      "credit-default",
      "--registry",
      registry,
      "--now",
      NOW,
      "--min-score",
      "4",
      "--out",
      join(out, "min.json"),
    ]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("below the minimum 4: limiting data");
    expect(readJson(join(out, "min.json"))).toMatchObject({ verdict: "fail", passed: false, minimum: 4 });
  });

  it("refuses forged, stale, failed and unverified evidence with their reasons: CI=true earns nothing", async () => {
    // the default, recompute: the hand-written reports cannot be re-derived
    const registry = gitRegistry(false);
    const evidence = mkdtempSync(join(tmpdir(), "score-evidence-"));
    const base = readJson(join(FIXTURE, "evidence/credit-default/1.0.0/evaluation.json"));
    const forged = structuredClone(base);
    forged.inputs[0].sha256 = OTHER_ARTIFACT;
    const stale = { ...structuredClone(base), createdAt: "2026-09-01T00:00:00Z" };
    const failed = { ...structuredClone(base), verdict: "fail" };
    // a laptop with CI=true: the report says ci, and the command runs with CI=true
    const laptop = structuredClone(base);
    laptop.context = { commit: null, ref: null, runUrl: null, ci: true };
    // the good data validations stay; both good evaluations are replaced by bad copies
    for (const name of ["validation-train.json", "validation-serving.json"]) {
      cpSync(join(FIXTURE, "evidence/credit-default/1.0.0", name), join(evidence, name));
    }
    for (const [name, doc] of Object.entries({ forged, stale, failed, laptop })) {
      writeFileSync(join(evidence, `${name}.json`), JSON.stringify(doc));
    }
    let stdout = "";
    const exitCode = await runCli(
      [
        "score",
        "--model",
        "credit-default",
        "--registry",
        registry,
        "--evidence",
        evidence,
        "--now",
        NOW,
        "--out",
        join(out, "refused.json"),
      ],
      {
        cwd: process.cwd(),
        env: { CI: "true", GITHUB_ACTIONS: "true" },
        stdout: { write: (t: string) => (stdout += t) },
        stderr: { write: () => {} },
      },
    );
    expect(exitCode).toBe(1);
    expect(stdout).toContain("ML Test Score 1.5");
    const report = readJson(join(out, "refused.json"));
    const reason = (file: string) =>
      report.tests
        .find((t: { id: string }) => t.id === "model-5")
        .refused.find((r: { source: string }) => r.source.endsWith(file))?.reason;
    expect(reason("forged.json")).toContain("forged or foreign evidence");
    expect(reason("stale.json")).toContain("83.5 days old, the limit is 30 days");
    expect(reason("failed.json")).toContain('evidence verdict is "fail"');
    expect(reason("laptop.json")).toMatch(
      /^not verified \(.+\): only recomputed or provenance-checked evidence counts as automated$/,
    );
    expect(points(report, "model-5")).toBe(0);
    expect(report.context.ci).toBe(true);
    // worked out by hand: no report counts, so data-1/2, model-5/6/7, infra-1 and monitor-2/3/5/6/7
    // fall to 0: data 1.5, model 1 + 1, infra 3 + 1.5, monitor 2
    expect(report.sections).toEqual({ data: 1.5, model: 2, infra: 4.5, monitor: 2 });
    expect(report.score).toBe(1.5);
  });

  it("malformed declarations are an input error naming file and line; nothing is written", async () => {
    const bad = join(out, "bad.yaml");
    writeFileSync(bad, "model: credit-default\ndeclarations:\n  - test: data-3\n    summary: [unclosed\n");
    const run = await cli([
      "score",
      "--model",
      "credit-default",
      "--registry",
      registry,
      "--declarations",
      bad,
      "--out",
      join(out, "never.json"),
    ]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^modelgate: .*bad\.yaml:\d+:\d+: not valid YAML: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, "never.json"))).toBe(false);
  });

  it("usage errors exit 2", async () => {
    const noOut = await cli(["score", "--model", "credit-default", "--registry", registry]);
    expect(noOut.exitCode).toBe(2);
    expect(noOut.stderr).toContain("--out");
    const badMin = await cli([
      "score",
      "--model",
      "credit-default",
      "--registry",
      registry,
      "--min-score",
      "lots",
      "--out",
      join(out, "x.json"),
    ]);
    expect(badMin.exitCode).toBe(2);
    expect(badMin.stderr).toContain('--min-score "lots" must be a number between 0 and 7');
    const notRegistry = await cli([
      "score",
      "--model",
      "credit-default",
      "--registry",
      out,
      "--out",
      join(out, "x.json"),
    ]);
    expect(notRegistry.exitCode).toBe(2);
    expect(notRegistry.stderr).toContain("no modelgate.yaml");
    const unknownModel = await cli([
      "score",
      "--model",
      "fraud",
      "--registry",
      registry,
      "--out",
      join(out, "x.json"),
    ]);
    expect(unknownModel.exitCode).toBe(2);
    expect(unknownModel.stderr).toContain("models/fraud/model.yaml: file not found");
    const badNow = await cli([
      "score",
      "--model",
      "credit-default",
      "--registry",
      registry,
      "--now",
      "yesterday",
      "--out",
      join(out, "x.json"),
    ]);
    expect(badNow.exitCode).toBe(2);
    expect(badNow.stderr).toContain('--now "yesterday" is not a date-time');
    const badAge = await cli([
      "score",
      "--model",
      "credit-default",
      "--registry",
      registry,
      "--max-age-days",
      "0",
      "--out",
      join(out, "x.json"),
    ]);
    expect(badAge.exitCode).toBe(2);
    expect(badAge.stderr).toContain('--max-age-days "0" must be a number above 0');
    const fileAsDir = await cli([
      "score",
      "--model",
      "credit-default",
      "--registry",
      registry,
      "--evidence",
      join(registry, "modelgate.yaml"),
      "--out",
      join(out, "x.json"),
    ]);
    expect(fileAsDir.exitCode).toBe(2);
    expect(fileAsDir.stderr).toContain("not a directory");
    expect(existsSync(join(out, "x.json"))).toBe(false);
  });

  it("--version scores another version, judged on its own manifest and evidence", async () => {
    const run = await cli([
      "score",
      "--model",
      "credit-default",
      "--version",
      "0.9.0",
      "--registry",
      registry,
      "--now",
      NOW,
      "--out",
      join(out, "old.json"),
    ]);
    // worked out by hand: 0.9.0 has no evidence directory and no lineage.codeCommit, so only the
    // declarations (data 1.5, model 1, infra 1.5), the policy (infra-4; monitor-4: 175.5 days <= 180),
    // the history (infra-6 canary, infra-7 rollback) and dependabot (monitor-1) count
    expect(run.exitCode).toBe(1);
    const report = readJson(join(out, "old.json"));
    expect(report.subject).toBe("credit-default@0.9.0");
    expect(report.sections).toEqual({ data: 1.5, model: 1, infra: 4.5, monitor: 2 });
    expect(report.score).toBe(1);
    expect(report.band.range).toBe("(0, 1]");
  });

  it("a registry directory without git has no history to earn infra-6 and infra-7", async () => {
    const run = await cli([
      "score",
      "--model",
      "credit-default",
      "--registry",
      FIXTURE,
      "--now",
      NOW,
      "--out",
      join(out, "plain.json"),
    ]);
    expect(run.stderr).toContain("not a git repository");
    const report = readJson(join(out, "plain.json"));
    expect([points(report, "infra-6"), points(report, "infra-7")]).toEqual([0, 0]);
    // infra-4 and the declarations; infra-1's determinism check is in a report nothing can recompute
    expect(report.sections.infra).toBe(2.5);
  });
});
