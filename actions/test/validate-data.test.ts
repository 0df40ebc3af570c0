import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runAction } from "./run-action.js";

const root = new URL("../../", import.meta.url).pathname;
const schema = "examples/registry/datasets/loans/schema.yaml";

describe("validate-data action", () => {
  it("fails on the drifted serving data: outputs, report, summary and annotations on schema lines", async () => {
    const run = await runAction(
      "validate-data",
      {
        schema,
        data: "examples/data/serving_drift.csv",
        reference: "examples/data/train.csv",
        environment: "serving",
        out: "/tmp/mg-validate-data-action/report.json",
      },
      { cwd: root },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(4);
    expect(Number(run.outputs["drifted-share"])).toBeGreaterThan(0);
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.kind).toBe("data-validation");
    expect(report.context.ci).toBe(true);
    expect(run.summary).toMatch(/Data validation: FAIL/);
    // the purpose domain is on line 66 of the example schema
    const lines = readFileSync(`${root}${schema}`, "utf8").split("\n");
    const domainLine =
      lines.findIndex((l, i) => l.includes("domain: { values: [car") && lines[i - 3]?.includes("purpose")) +
      1;
    expect(domainLine).toBeGreaterThan(0);
    expect(run.stdout).toContain(
      `::error title=unexpected-values (purpose),file=${schema},line=${domainLine}::`,
    );
  });
  it("passes clean serving data, and fails on warnings with fail-on warn", async () => {
    const ok = await runAction(
      "validate-data",
      {
        schema,
        data: "examples/data/serving.csv",
        environment: "serving",
        out: "/tmp/mg-validate-data-action/ok.json",
      },
      { cwd: root },
    );
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs.verdict).toBe("pass");
    const warn = await runAction(
      "validate-data",
      {
        schema,
        data: "examples/data/train.csv",
        environment: "serving",
        "fail-on": "warn",
        out: "/tmp/mg-validate-data-action/warn.json",
      },
      { cwd: root },
    );
    expect(warn.outputs.verdict).toBe("warn"); // the label is present where the schema declares it absent
    expect(warn.exitCode).toBe(1);
  });
  it("bad input: an unknown fail-on or on-error is exit 2 naming the input", async () => {
    for (const [input, message] of [
      ["fail-on", 'input fail-on must be error or warn, not "never"'],
      ["on-error", 'input on-error must be error or skip, not "never"'],
    ] as const) {
      const run = await runAction(
        "validate-data",
        {
          schema,
          data: "examples/data/serving.csv",
          [input]: "never",
          out: "/tmp/mg-validate-data-action/x.json",
        },
        { cwd: root },
      );
      expect(run.exitCode).toBe(2);
      expect(run.stdout).toContain(`::error::${message}`);
    }
    expect(existsSync("/tmp/mg-validate-data-action/x.json")).toBe(false);
  });
  it("bad input: a missing data file is exit 2 with a message", async () => {
    const run = await runAction(
      "validate-data",
      { schema, data: "examples/data/nope.csv", out: "/tmp/mg-validate-data-action/none.json" },
      { cwd: root },
    );
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(/::error::examples\/data\/nope\.csv: no such file/);
    expect(existsSync("/tmp/mg-validate-data-action/none.json")).toBe(false);
  });
});
