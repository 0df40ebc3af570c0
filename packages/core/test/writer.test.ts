import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadManifestText } from "../src/manifest.js";
import { editManifestText, writeManifestFile } from "../src/writer.js";

const ENV = `# yaml-language-server: $schema=https://modelgate.dev/schemas/environment.schema.json
# Desired state of credit-default in production.
model: credit-default   # owned by risk-ml
environment: production

# the champion
version: 1.0.0
canary:
  version: 1.1.0        # under observation
  traffic: 10           # percent
`;

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
    },
  });
}

/** Commits `before`, writes `after`, and returns git's own `added deleted` line counts. */
function numstat(before: string, after: string): [number, number] {
  const dir = mkdtempSync(join(tmpdir(), "mg-writer-"));
  git(dir, "init", "-q");
  writeFileSync(join(dir, "m.yaml"), before);
  git(dir, "add", "m.yaml");
  git(dir, "commit", "-q", "-m", "before");
  writeFileSync(join(dir, "m.yaml"), after);
  const out = git(dir, "diff", "--numstat").trim();
  if (out === "") return [0, 0];
  const [added, deleted] = out.split("\t");
  return [Number(added), Number(deleted)];
}

describe("editManifestText", () => {
  it("changing one version is a one-line diff that keeps the comment", () => {
    const after = editManifestText(ENV, [{ path: ["version"], value: "1.1.0" }]);
    expect(numstat(ENV, after)).toEqual([1, 1]);
    expect(after).toContain("version: 1.1.0\ncanary:");
    expect(after).toContain("  version: 1.1.0        # under observation");
  });

  it("a canary traffic change keeps alignment and comment", () => {
    const after = editManifestText(ENV, [{ path: ["canary", "traffic"], value: 50 }]);
    expect(numstat(ENV, after)).toEqual([1, 1]);
    expect(after).toContain("  traffic: 50           # percent\n");
  });

  it("completing a canary (promote it, drop the block) touches only those lines", () => {
    const after = editManifestText(ENV, [
      { path: ["version"], value: "1.1.0" },
      { path: ["canary"], value: undefined },
    ]);
    expect(numstat(ENV, after)).toEqual([1, 4]);
    expect(loadManifestText(after, { file: "environments/production/credit-default.yaml" }).value).toEqual({
      model: "credit-default",
      environment: "production",
      version: "1.1.0",
    });
    expect(after.startsWith(ENV.split("\n# the champion")[0]!)).toBe(true);
  });

  it("removing the last entry takes its comment and blank separator line with it", () => {
    const text = "model: m\nversion: 1.0.0\n\n# canary under way\ncanary:\n  version: 1.1.0\n  traffic: 10\n";
    const after = editManifestText(text, [{ path: ["canary"], value: undefined }]);
    expect(after).toBe("model: m\nversion: 1.0.0\n");
    const spaced = "model: m\nversion: 1.0.0\n\ncanary:\n  version: 1.1.0\n  traffic: 10\n";
    expect(editManifestText(spaced, [{ path: ["canary"], value: undefined }])).toBe(
      "model: m\nversion: 1.0.0\n",
    );
    // the file's header comment stays when the first entry goes
    expect(
      editManifestText("# header\nmodel: m\nversion: 1\n", [{ path: ["model"], value: undefined }]),
    ).toBe("# header\nversion: 1\n");
  });

  it("adding a canary appends only its lines", () => {
    const base = editManifestText(ENV, [{ path: ["canary"], value: undefined }]);
    const after = editManifestText(base, [{ path: ["canary"], value: { version: "1.2.0", traffic: 5 } }]);
    expect(numstat(base, after)).toEqual([3, 0]);
    expect(after.endsWith("version: 1.0.0\ncanary:\n  version: 1.2.0\n  traffic: 5\n")).toBe(true);
  });

  it("quotes a version that YAML would read as a number and keeps quoting styles", () => {
    expect(editManifestText("version: 1.0.0\n", [{ path: ["version"], value: "2.0" }])).toBe(
      'version: "2.0"\n',
    );
    expect(editManifestText("version: '1.0'\n", [{ path: ["version"], value: "2.0" }])).toBe(
      "version: '2.0'\n",
    );
    expect(editManifestText('version: "1.0"\n', [{ path: ["version"], value: "2.0" }])).toBe(
      'version: "2.0"\n',
    );
  });

  it("creates missing parents, edits inside flow collections and sequences", () => {
    const created = editManifestText("model: m\n", [{ path: ["labels", "team"], value: "risk" }]);
    expect(created).toBe("model: m\nlabels:\n  team: risk\n");
    const flow = editManifestText("canary: { version: 1.1.0, traffic: 10 }\n", [
      { path: ["canary", "traffic"], value: 20 },
    ]);
    expect(flow).toBe("canary: { version: 1.1.0, traffic: 20 }\n");
    // odd spacing inside a flow mapping survives: only the scalar's characters change
    const odd = "canary: {  version: 1.1.0,   traffic: 10  }   # keep me\n";
    expect(editManifestText(odd, [{ path: ["canary", "traffic"], value: 25 }])).toBe(
      "canary: {  version: 1.1.0,   traffic: 25  }   # keep me\n",
    );
    const seq = editManifestText("datasets:\n  - name: a # first\n  - name: b\n", [
      { path: ["datasets", 1, "name"], value: "c" },
    ]);
    expect(seq).toBe("datasets:\n  - name: a # first\n  - name: c\n");
    expect(editManifestText("a: 1\n", [{ path: ["b", "c"], value: undefined }])).toBe("a: 1\n");
  });

  it("keeps CRLF line endings", () => {
    const crlf = "model: m\r\nversion: 1.0.0\r\ncanary:\r\n  version: 1.1.0\r\n  traffic: 10\r\n";
    expect(editManifestText(crlf, [{ path: ["canary"], value: undefined }])).toBe(
      "model: m\r\nversion: 1.0.0\r\n",
    );
    expect(
      editManifestText("model: m\r\n", [{ path: ["canary"], value: { version: "1.2.0", traffic: 5 } }]),
    ).toBe("model: m\r\ncanary:\r\n  version: 1.2.0\r\n  traffic: 5\r\n");
    const seq = "items:\r\n  - a\r\n";
    expect(editManifestText(seq, [{ path: ["items", 1], value: "b" }])).toBe("items:\r\n  - a\r\n  - b\r\n");
  });

  it("refuses to edit broken YAML", () => {
    expect(() => editManifestText("a: 1\na: 2\n", [{ path: ["a"], value: 3 }])).toThrow(/YAML errors/);
  });
});

describe("writeManifestFile", () => {
  it("replaces the file in one step and leaves no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mg-write-"));
    const file = join(dir, "m.yaml");
    writeFileSync(file, ENV);
    await writeManifestFile(file, "version: 2.0.0\n");
    expect(readFileSync(file, "utf8")).toBe("version: 2.0.0\n");
    expect(readdirSync(dir)).toEqual(["m.yaml"]);
    await expect(writeManifestFile(join(dir, "missing", "m.yaml"), "x")).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(["m.yaml"]);
  });
});
