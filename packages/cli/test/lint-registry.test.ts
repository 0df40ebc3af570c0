import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { editManifestText, getSchema } from "@modelgate/core";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const example = join(import.meta.dirname, "../../../examples/registry");

/**
 * A copy of the example registry's manifests, next to a copy of schemas/ at the same
 * relative place, so the files' `$schema` comments still resolve.
 */
function copy(): string {
  const root = mkdtempSync(join(tmpdir(), "mg-lint-reg-"));
  cpSync(join(example, "../../schemas"), join(root, "schemas"), { recursive: true });
  const dir = join(root, "examples", "registry");
  cpSync(example, dir, { recursive: true, filter: (src) => !/\.(onnx|csv)$/.test(src) });
  return dir;
}

describe("modelgate lint on a registry directory", () => {
  it("checks references between files: a pointer to an unregistered version", async () => {
    const dir = copy();
    expect((await cli(["lint", "."], dir)).exitCode).toBe(0);

    const file = "environments/production/credit-default.yaml";
    const text = readFileSync(join(dir, file), "utf8");
    writeFileSync(join(dir, file), editManifestText(text, [{ path: ["version"], value: "9.9.9" }]));
    const line = text.split("\n").findIndex((l) => l.startsWith("version:")) + 1;

    const run = await cli(["lint", "."], dir);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`${file}:${line}:10: error MG050 credit-default 9.9.9 is not registered\n`);
    // the same file alone has no registry around it: only its own checks run
    expect((await cli(["lint", file], dir)).exitCode).toBe(0);
  });

  it("a duplicate key is one error at its line, in whatever file: no cascade of MG050 from the files that point at it", async () => {
    const dir = copy();
    const cases: [string, string][] = [
      ["models/credit-default/versions/1.0.0.yaml", "version"],
      ["models/credit-default/model.yaml", "task"],
      ["datasets/loans/versions/2026-11-test.yaml", "dataset"],
      ["environments/production/credit-default.yaml", "environment"],
      ["modelgate.yaml", "name"],
    ];
    for (const [file, key] of cases) {
      const path = join(dir, file);
      const text = readFileSync(path, "utf8");
      const lines = text.split("\n");
      const at = lines.findIndex((l) => l.startsWith(`${key}:`));
      lines.splice(at + 1, 0, lines[at]!);
      writeFileSync(path, lines.join("\n"));
      const run = await cli(["lint", "--format", "json", "."], dir);
      const report = JSON.parse(run.stdout) as {
        diagnostics: Array<{ code: string; file: string; line: number }>;
      };
      expect(report.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([["MG011", file, at + 2]]);
      writeFileSync(path, text);
    }
  });

  it("reports an environment that modelgate.yaml does not list", async () => {
    const dir = copy();
    const from = join(dir, "environments/staging/credit-default.yaml");
    const text = readFileSync(from, "utf8").replace("environment: staging", "environment: qa");
    cpSync(join(dir, "environments/staging"), join(dir, "environments/qa"), { recursive: true });
    writeFileSync(join(dir, "environments/qa/credit-default.yaml"), text);
    const run = await cli(["lint", "--format", "json", dir], dir);
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout) as {
      diagnostics: Array<{ code: string; file: string; message: string }>;
    };
    expect(report.diagnostics.map((d) => [d.code, d.file, d.message])).toEqual([
      [
        "MG050",
        "environments/qa/credit-default.yaml",
        'environment "qa" is not an environment of modelgate.yaml',
      ],
    ]);
  });

  it("validates evidence JSON under evidence/ against the schema its kind names", async () => {
    const dir = copy();
    const evidence = join(dir, "evidence", "credit-default", "1.0.0");
    mkdirSync(evidence, { recursive: true });
    const plan = (getSchema("deploy-plan").examples as Record<string, unknown>[])[0]!;
    writeFileSync(join(evidence, "deploy-plan.json"), `${JSON.stringify(plan, null, 2)}\n`);
    expect((await cli(["lint", "."], dir)).stdout).toMatch(/^\d+ files checked: 0 errors, 0 warnings\n$/);

    // the verdict becomes a value the envelope does not allow
    const text = `${JSON.stringify({ ...plan, verdict: "maybe" }, null, 2)}\n`;
    const line = text.split("\n").findIndex((l) => l.startsWith('  "verdict"')) + 1;
    writeFileSync(join(evidence, "deploy-plan.json"), text);
    writeFileSync(join(evidence, "notes.json"), '{ "kind": "diary" }\n');
    const run = await cli(["lint", "evidence"], dir);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      `evidence/credit-default/1.0.0/deploy-plan.json:${line}:14: error MG034 verdict must be one of pass, warn, fail; got "maybe"\n`,
    );
    expect(run.stdout).toContain(
      'evidence/credit-default/1.0.0/notes.json:1:11: error MG020 unknown report kind "diary"\n',
    );
  });

  it("--fix quotes versions YAML reads as numbers, as written, and changes nothing else", async () => {
    const dir = copy();
    const file = "environments/staging/credit-default.yaml";
    const before = readFileSync(join(dir, file), "utf8");
    const broken = before.replace(
      "version: 1.0.0",
      "version: 1.10 # two-part version\ncanary: { version: 2.0, traffic: 5 }",
    );
    writeFileSync(join(dir, file), broken);
    const check = await cli(["lint", file], dir);
    expect(check.exitCode).toBe(1);
    expect(check.stdout.match(/error MG030/g)).toHaveLength(2);

    const fix = await cli(["lint", "--fix", file], dir);
    expect(fix.stderr).toBe("fixed 2 problems in 1 file\n");
    expect(fix.exitCode).toBe(0);
    expect(readFileSync(join(dir, file), "utf8")).toBe(
      before.replace(
        "version: 1.0.0",
        'version: "1.10" # two-part version\ncanary: { version: "2.0", traffic: 5 }',
      ),
    );
  });
});
