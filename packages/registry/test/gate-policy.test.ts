// The gate's side of the policy verdicts that only a registry has: which champion is live, and
// whether the evaluation evidence ran it. The verdicts themselves are core's decidePolicy.
import type { EnvironmentPolicy } from "@modelgate/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openRegistry, proposePromotion, type Registry, runGate } from "../src/index.js";
import { addVersion, CONFIG, createRegistryFixture, NOW, type RegistryFixture } from "./fixture.js";

let f: RegistryFixture;
let reg: Registry;

beforeEach(async () => {
  f = createRegistryFixture();
  reg = await openRegistry(f.dir);
});
afterEach(() => f.cleanup());

/**
 * Production's policy replaced by `policy` (the fixture's hand-written evidence taken on trust:
 * verify none), 2.0.0 registered, then promoted to production.
 */
async function gatePromotion(policy: EnvironmentPolicy) {
  const trusting = JSON.stringify({ ...policy, evidence: { verify: "none" } });
  const config = CONFIG.replace(
    /( {2}- name: production\n) {4}policy:\n[\s\S]*?(\nartifacts:)/,
    `$1    policy: ${trusting}$2`,
  );
  expect(config).toContain(trusting);
  f.write("modelgate.yaml", config);
  addVersion(f, "2.0.0", 0.85);
  f.commitAll("production policy under test; register 2.0.0");
  const change = await proposePromotion(
    reg,
    { model: "credit-default", version: "2.0.0", environment: "production" },
    { now: NOW },
  );
  const report = await runGate(reg, { base: "main", head: change.branch, now: NOW });
  const checks = report.changes.find((c) => c.path === "environments/production/credit-default.yaml")!.checks;
  return checks.filter((c) => /^(metric:|slices$|fairness$|latency$)/.test(c.id));
}

describe("gate policy verdicts", () => {
  it("a policy of slice and latency limits alone is enforced: the evidence did not run the live champion", async () => {
    // the fixture's evaluation of 2.0.0 has no champion entry while 1.0.0 is live in production
    const checks = await gatePromotion({ maxSliceDrop: 0.05, maxLatencyRatio: 2 });
    expect(checks.map((c) => `${c.id} ${c.status}`)).toEqual(["slices fail", "latency fail"]);
    expect(checks[0]?.message).toBe(
      "the evaluation did not run the champion credit-default@1.0.0 on the same rows: slices cannot be compared; evaluate with the champion (--environment or --champion)",
    );
  });

  it("the champion's baseline is its own evaluation evidence when the candidate's did not run it", async () => {
    // 1.0.0's evidence says roc_auc 0.8; 2.0.0's 0.85: a gain of 0.05
    const pass = await gatePromotion({
      metrics: { roc_auc: { minAbsoluteChange: 0.05, greaterIsBetter: true } },
    });
    expect(pass.map((c) => `${c.id} ${c.status}`)).toEqual(["metric:roc_auc pass"]);
    expect(pass[0]?.message).toBe("roc_auc 0.85 vs the champion's 0.8: change 0.05 >= the required 0.05");
  });

  it("a fairness limit with no fairness measured fails", async () => {
    const checks = await gatePromotion({ fairness: { demographicParityDifference: 0.1 } });
    expect(checks.map((c) => `${c.id} ${c.status}`)).toEqual(["fairness fail"]);
  });
});
