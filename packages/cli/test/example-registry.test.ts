// The example registry copied where a registry usually lives: outside this checkout, with no
// schemas/ folder beside it. Its `$schema` comments are the schemas' URLs, so nothing points
// at a missing file (MG022) and editors still find the schemas.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const example = join(import.meta.dirname, "../../../examples/registry");

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith(".yaml") ? [path] : [];
  });
}

describe("the example registry outside the checkout", () => {
  it("lints with no MG022: every manifest's $schema comment is the schema's URL", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "mg-example-copy-")), "registry");
    cpSync(example, dir, { recursive: true, filter: (src) => !/\.(onnx|csv)$/.test(src) });
    const files = yamlFiles(dir);
    expect(files.length).toBeGreaterThanOrEqual(13);
    for (const file of files) {
      const first = readFileSync(file, "utf8").split("\n")[0];
      expect(first, relative(dir, file)).toMatch(
        /^# yaml-language-server: \$schema=https:\/\/modelgate\.dev\/schemas\/[a-z-]+\.schema\.json$/,
      );
    }
    const run = await cli(["lint", "--format", "json", "."], dir);
    const report = JSON.parse(run.stdout) as { diagnostics: Array<{ code: string; file: string }> };
    expect(report.diagnostics.filter((d) => d.code === "MG022")).toEqual([]);
    expect(run.exitCode).toBe(0);
  });
});
