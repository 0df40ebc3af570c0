import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  it("bad input: a required input left out is exit 2 naming it, no stack trace", async () => {
    for (const [given, name] of [
      [{ data: "examples/data/serving.csv" }, "schema"],
      [{ schema, data: "  " }, "data"],
    ] as const) {
      const run = await runAction(
        "validate-data",
        { ...given, out: "/tmp/mg-validate-data-action/r.json" },
        { cwd: root },
      );
      expect(run.exitCode).toBe(2);
      expect(run.stdout).toContain(`::error::input ${name} is required (set it in the step's with:)`);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at |internal error/);
    }
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
  it("a data URL: downloaded only from a host on the registry input's modelgate.yaml data.allowedHosts (as committed)", async () => {
    const serving = readFileSync(join(root, "examples/data/serving.csv"));
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? "");
      res.writeHead(200);
      res.end(serving);
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    const url = `http://${host}/serving.csv`;
    // a workspace with the registry's checkout in it: modelgate.yaml and the dataset schema
    const workspace = mkdtempSync(join(tmpdir(), "mg-validate-data-url-"));
    const registry = join(workspace, "registry");
    mkdirSync(join(registry, "datasets/loans"), { recursive: true });
    copyFileSync(join(root, schema), join(registry, "datasets/loans/schema.yaml"));
    const config = (hosts: string) =>
      `name: acme-ml\nenvironments:\n  - name: staging\ndata:\n  allowedHosts: [${hosts}]\n`;
    const git = (...args: string[]) =>
      execFileSync("git", ["-C", registry, "-c", "user.name=t", "-c", "user.email=t@t", ...args]);
    git("init", "-q", "-b", "main");
    writeFileSync(join(registry, "modelgate.yaml"), config(""));
    git("add", ".");
    git("commit", "-qm", "registry");
    const inputs = {
      schema: "registry/datasets/loans/schema.yaml",
      data: url,
      environment: "serving",
      out: "out/report.json",
    };
    const run = (more: Record<string, string>) =>
      runAction("validate-data", { ...inputs, ...more }, { cwd: workspace });
    try {
      // no registry input: refused before any request, the input named as the fix
      const none = await run({});
      expect(none.exitCode).toBe(2);
      expect(none.stdout).toContain(
        "::error::a data URL is downloaded only from a host on the registry's modelgate.yaml data.allowedHosts, and no registry is given: set the input registry to the registry's checkout in the workspace (actions/checkout)",
      );
      // a registry input that is no registry
      const notOne = await run({ registry: "out" });
      expect(notOne.exitCode).toBe(2);
      expect(notOne.stdout).toContain("and input registry out is not a registry checkout (");
      // the registry's list is empty: the host is refused, naming the list and where it lives
      const empty = await run({ registry: "registry" });
      expect(empty.exitCode).toBe(2);
      expect(empty.stdout).toContain(
        `::error::data host "${host}" is not on the data allow-list (registry: modelgate.yaml data.allowedHosts on main: empty)`,
      );
      // on the list only in the working tree: the committed list is the one that counts
      writeFileSync(join(registry, "modelgate.yaml"), config(`"${host}"`));
      expect((await run({ registry: "registry" })).exitCode).toBe(2);
      expect(hits).toEqual([]);
      expect(existsSync(join(workspace, "out/report.json"))).toBe(false);
      git("commit", "-qam", "data host");
      const ok = await run({ registry: "registry" });
      expect(ok.stdout).not.toContain("::error::");
      expect(ok.exitCode).toBe(0);
      expect(ok.outputs.verdict).toBe("pass");
      expect(hits).toEqual(["/serving.csv"]);
      const report = JSON.parse(readFileSync(join(workspace, "out/report.json"), "utf8"));
      expect(report.kind).toBe("data-validation");
      expect(JSON.stringify(report)).toContain(url);
    } finally {
      server.close();
    }
  }, 60_000);
});
