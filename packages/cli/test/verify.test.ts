// `modelgate check` in embedded mode recomputes the evidence of a promotion on this machine and
// shows how each file was verified: real ONNX models, real data through DuckDB, a real git registry.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateValue } from "@modelgate/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVerifyFixture, type VerifyFixture } from "../../score/test/verify-fixture.js";
import { cli } from "./helpers.js";

let f: VerifyFixture;
beforeAll(async () => {
  f = await createVerifyFixture({
    "2.0.1": {
      edit: (ev) => {
        const challenger = (ev.models as Array<{ role: string; metrics: Record<string, number> }>).find(
          (m) => m.role === "challenger",
        )!;
        challenger.metrics.roc_auc = 0.9;
      },
    },
  });
}, 240_000);
afterAll(() => f?.cleanup());

describe("modelgate check recomputes the evidence", () => {
  it("shows each file verified by recomputation, and a forged one refused with both values", async () => {
    const honest = await cli(
      [
        "check",
        "--base",
        "main",
        "--head",
        f.promote("2.0.0"),
        "--out",
        "../honest.json",
        "--markdown",
        "../honest.md",
      ],
      f.dir,
    );
    expect(honest.stderr).toBe("");
    expect(honest.exitCode).toBe(0);
    expect(honest.stdout).toMatch(
      /\n {2}evidence ✓ file:evidence\/credit-default\/2\.0\.0\/evaluation\.json for staging \(verify: recompute\): verified by recompute: recomputed on credit-default@2\.0\.0 and the champion credit-default@1\.0\.0 on loans@2026-11-test: \d+ figures agree \(5000 rows, [\d.]+ s\)\n/,
    );
    expect(honest.stdout).toContain(
      "evidence ✓ file:evidence/credit-default/2.0.0/data-validation.json for staging (verify: recompute): verified by recompute: recomputed on loans@2026-11-test with datasets/loans/schema.yaml:",
    );
    const report = JSON.parse(readFileSync(join(f.base, "honest.json"), "utf8"));
    expect(validateValue("registry-check", report)).toEqual([]);
    expect(report.evidence).toHaveLength(2);
    expect(readFileSync(join(f.base, "honest.md"), "utf8")).toContain("### Evidence verification");

    const forged = await cli(
      ["check", "--base", "main", "--head", f.promote("2.0.1"), "--out", "../forged.json"],
      f.dir,
    );
    expect(forged.exitCode).toBe(1);
    expect(forged.stdout).toMatch(
      /evidence ✗ file:evidence\/credit-default\/2\.0\.1\/evaluation\.json for staging \(verify: recompute\): refused: 1 figure\(s\) differ from their recomputation .*: models\[challenger\]\.metrics\.roc_auc: claimed 0\.9, recomputed 0\.8436\d*/,
    );
    expect(forged.stdout).toMatch(
      /\n {2}✗ evidence\/credit-default\/2\.0\.1\/evaluation\.json: verify:evaluation: file:evidence\/credit-default\/2\.0\.1\/evaluation\.json: 1 figure\(s\) differ/,
    );
    const blocked = JSON.parse(readFileSync(join(f.base, "forged.json"), "utf8"));
    expect(validateValue("registry-check", blocked)).toEqual([]);
    expect(blocked.evidence[0]).toMatchObject({
      status: "refused",
      mismatches: [{ figure: "models[challenger].metrics.roc_auc", claimed: 0.9 }],
    });
  }, 120_000);
});
