import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openRegistry, runGate } from "@modelgate/registry";
import { describe, expect, it } from "vitest";
import { mlTestScoreGateCheck } from "../src/index.js";
import { FIXTURE_REGISTRY, gitFixture, NOW, trustEvidence } from "./fixture.js";

const EVIDENCE = join(FIXTURE_REGISTRY, "evidence/credit-default/1.0.0");

async function gate(dir: string) {
  const reg = await openRegistry(dir);
  const report = await runGate(reg, {
    base: "main",
    head: "promote",
    now: NOW,
    extraChecks: [mlTestScoreGateCheck({ evidenceDirs: [EVIDENCE] })],
  });
  const change = report.changes.find((c) => c.path === "environments/production/credit-default.yaml")!;
  return { report, check: change.checks.find((c) => c.id === "ml-test-score") };
}

describe("the ML Test Score in the registry gate", () => {
  it("passes a promotion whose score meets the environment's minTestScore", async () => {
    const dir = gitFixture((d) => trustEvidence(d, (t) => t.replace("minTestScore: 3", "minTestScore: 1.5")));
    const { check } = await gate(dir);
    // the hand-worked case of the package test scores 3.5 with its evidence verified; taken on
    // trust the evidence earns nothing, leaving the declarations, the policy and the git history
    // (the canary and the staging rollback)
    expect(check).toMatchObject({ id: "ml-test-score", status: "pass" });
    expect(check?.message).toBe("ML Test Score 1.5 meets the minimum 1.5 of production");
  });

  it("blocks a promotion below the minimum and lists the missing points of the limiting section", async () => {
    const { report, check } = await gate(gitFixture((d) => trustEvidence(d)));
    expect(check?.status).toBe("fail");
    const lines = check!.message.split("\n");
    expect(lines[0]).toBe("ML Test Score 1.5 is below the minimum 3 of production");
    expect(lines.some((l) => l.startsWith("Data data-6 (0): no points"))).toBe(true);
    expect(lines.some((l) => l.startsWith("Data data-1 (0): no points: no verified data-validation"))).toBe(
      true,
    );
    expect(report.blocked).toBe(true);
  });

  it("malformed declarations fail the check with the file and line", async () => {
    const dir = gitFixture((d) =>
      writeFileSync(
        join(d, "models/credit-default/ml-test-score.yaml"),
        "model: credit-default\ndeclarations: [\n",
      ),
    );
    const { check } = await gate(dir);
    expect(check?.status).toBe("fail");
    expect(check?.message).toMatch(/^models\/credit-default\/ml-test-score\.yaml:\d+:\d+: not valid YAML/);
  });

  it("reads the evidence the version manifest lists, at the head commit", async () => {
    const files = [
      "evaluation.json",
      "evaluation-recent.json",
      "validation-train.json",
      "validation-serving.json",
    ];
    const dir = gitFixture((d) => {
      trustEvidence(d, (t) => t.replace("minTestScore: 3", "minTestScore: 1.5"));
      const version = join(d, "models/credit-default/versions/1.0.0.yaml");
      const entries = files.map((f) => {
        const sha = createHash("sha256")
          .update(readFileSync(join(d, "evidence/credit-default/1.0.0", f)))
          .digest("hex");
        const kind = f.startsWith("evaluation") ? "evaluation" : "data-validation";
        return `    - { kind: ${kind}, uri: file:evidence/credit-default/1.0.0/${f}, sha256: ${sha} }\n`;
      });
      const text = readFileSync(version, "utf8").replace(
        "status: active",
        `evaluation:\n  evidence:\n${entries.join("")}status: active`,
      );
      writeFileSync(version, text);
    });
    const reg = await openRegistry(dir);
    const report = await runGate(reg, {
      base: "main",
      head: "promote",
      now: NOW,
      extraChecks: [mlTestScoreGateCheck()],
    });
    const change = report.changes.find((c) => c.path === "environments/production/credit-default.yaml")!;
    expect(change.checks.find((c) => c.id === "ml-test-score")).toMatchObject({
      status: "pass",
      message: "ML Test Score 1.5 meets the minimum 1.5 of production",
    });
    // the score read each file at the head commit and asked how it was verified: on trust
    expect(report.evidence.map((e) => [e.uri, e.environment, e.mode, e.status]).sort()).toEqual(
      files
        .map((f) => [`file:evidence/credit-default/1.0.0/${f}`, "production", "none", "unverified"])
        .sort(),
    );
  });
});
