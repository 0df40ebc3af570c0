import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const fixtures = join(import.meta.dirname, "fixtures", "lint");
const repoRoot = join(import.meta.dirname, "../../..");

/** Files made at test time: too big, binary or not UTF-8 (not committed). */
const tmp = mkdtempSync(join(tmpdir(), "mg-lint-"));
/** An unrelated working directory, so diagnostics show the absolute paths given. */
const elsewhere = mkdtempSync(join(tmpdir(), "mg-cwd-"));
function make(rel: string, data: string | Uint8Array): string {
  const path = join(tmp, rel);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, data);
  return path;
}
const big = make(
  "big/environments/staging/credit-default.yaml",
  `model: credit-default\nenvironment: staging\nversion: 1.0.0\n# ${"x".repeat(10 * 1024 * 1024)}\n`,
);
// random-looking bytes with a NUL, like a gzip header followed by data
const binary = make(
  "binary/models/credit-default/model.yaml",
  new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x9c, 0x3e, 0x5f, 0x67, 0x00, 0x03, 0xcb, 0x48, 0xcd, 0xc9]),
);
// "owner: Zoë" saved as Latin-1: ë is the single byte 0xeb, line 2, byte column 11
const latin1 = make(
  "latin1/models/credit-default/model.yaml",
  Buffer.concat([Buffer.from("name: credit-default\nowner: Zo"), Buffer.from([0xeb]), Buffer.from("\n")]),
);

interface Case {
  name: string;
  path: string;
  code: string;
  line: number;
  column: number;
  exit: number;
  message?: RegExp;
}

const f = (rel: string) => join(fixtures, rel);
const cases: Case[] = [
  {
    name: "wrong type",
    path: f("wrong-type/environments/production/credit-default.yaml"),
    code: "MG030",
    line: 6,
    column: 12,
    exit: 1,
    message: /canary\.traffic must be an integer, got a string/,
  },
  {
    name: "unknown field",
    path: f("unknown-field/models/credit-default/versions/1.0.0.yaml"),
    code: "MG031",
    line: 9,
    column: 3,
    exit: 1,
    message: /unknown field "checksum" in artifact/,
  },
  {
    name: "missing required field",
    path: f("missing-field/datasets/loans/versions/2026-08.yaml"),
    code: "MG032",
    line: 1,
    column: 1,
    exit: 1,
    message: /missing required field "sha256"/,
  },
  {
    name: "duplicate key",
    path: f("duplicate-key/environments/staging/credit-default.yaml"),
    code: "MG011",
    line: 4,
    column: 1,
    exit: 1,
  },
  {
    name: "bad name",
    path: f("bad-name/models/Credit_Default/model.yaml"),
    code: "MG033",
    line: 1,
    column: 7,
    exit: 1,
    message: /name "Credit_Default" is not a valid name/,
  },
  {
    name: "tab indentation",
    path: f("tab-indent/environments/staging/credit-default.yaml"),
    code: "MG012",
    line: 5,
    column: 1,
    exit: 1,
  },
  {
    name: "10 MB file",
    path: big,
    code: "MG002",
    line: 1,
    column: 1,
    exit: 2,
    message: /limited to 1048576 bytes/,
  },
  {
    name: "billion laughs",
    path: f("alias-bomb/environments/staging/credit-default.yaml"),
    code: "MG013",
    line: 1,
    column: 1,
    exit: 1,
  },
  { name: "binary garbage", path: binary, code: "MG004", line: 1, column: 4, exit: 2, message: /binary/ },
  {
    name: "empty file",
    path: f("empty/environments/staging/credit-default.yaml"),
    code: "MG005",
    line: 1,
    column: 1,
    exit: 1,
  },
  {
    name: "non-UTF-8",
    path: latin1,
    code: "MG003",
    line: 2,
    column: 10,
    exit: 2,
    message: /byte 0xeb at offset 30/,
  },
  {
    name: "broken on line 7 reports line 7",
    path: f("line-7/models/credit-default/ml-test-score.yaml"),
    code: "MG034",
    line: 7,
    column: 17,
    exit: 1,
    message: /declarations\[0\]\.reviewedAt must be a date like 2026-09-01/,
  },
  { name: "YAML syntax error", path: f("syntax/modelgate.yaml"), code: "MG010", line: 5, column: 3, exit: 1 },
  { name: "unknown kind", path: f("unknown-kind/notes.yaml"), code: "MG020", line: 1, column: 1, exit: 1 },
  {
    name: "missing path",
    path: join(tmp, "does-not-exist.yaml"),
    code: "MG001",
    line: 1,
    column: 1,
    exit: 2,
  },
];

describe("modelgate lint: bad input", () => {
  it.each(cases)("$name → $code at $line:$column, exit $exit", async (c) => {
    const text = await cli(["lint", c.path], elsewhere);
    expect(text.exitCode).toBe(c.exit);
    const first = text.stdout.split("\n")[0]!;
    expect(first.startsWith(`${c.path}:${c.line}:${c.column}: error ${c.code} `)).toBe(true);
    if (c.message) expect(first).toMatch(c.message);
    expect(`${text.stdout}${text.stderr}`).not.toMatch(/\n\s+at |Error:/);

    const json = await cli(["lint", "--format", "json", c.path], elsewhere);
    expect(json.exitCode).toBe(c.exit);
    const report = JSON.parse(json.stdout) as { diagnostics: Array<Record<string, unknown>>; errors: number };
    expect(report.errors).toBeGreaterThan(0);
    expect(report.diagnostics[0]).toMatchObject({
      severity: "error",
      code: c.code,
      file: c.path,
      line: c.line,
      column: c.column,
    });
  });

  it("a directory with one unreadable file exits 2 and still reports the others", async () => {
    const run = await cli(["lint", tmp], elsewhere);
    expect(run.exitCode).toBe(2);
    for (const code of ["MG002", "MG003", "MG004"]) expect(run.stdout).toContain(` error ${code} `);
    expect(run.stdout).toMatch(/3 files checked: 3 errors, 0 warnings\n$/);
  });

  it("checks a file named twice once", async () => {
    const path = f("duplicate-key/environments/staging/credit-default.yaml");
    const run = await cli(["lint", path, f("duplicate-key"), path], elsewhere);
    expect(run.stdout).toMatch(/\n1 file checked: 1 error, 0 warnings\n$/);
  });

  it("shows paths relative to the working directory", async () => {
    const run = await cli(["lint", "duplicate-key"], fixtures);
    expect(run.stdout.split("\n")[0]).toBe(
      'duplicate-key/environments/staging/credit-default.yaml:4:1: error MG011 duplicate key "version": this mapping already has this key',
    );
  });

  it("rejects an unknown --format as a usage error", async () => {
    const run = await cli(["lint", "--format", "xml", fixtures]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('modelgate: --format must be text, json or github, not "xml"\n');
  });

  it("--format github prints workflow commands the runner turns into annotations", async () => {
    const path = f("wrong-type/environments/production/credit-default.yaml");
    const run = await cli(["lint", "--format", "github", path], elsewhere);
    expect(run.exitCode).toBe(1);
    // the hint follows the message on a second line, escaped as %0A
    expect(run.stdout).toBe(
      `::error file=${path},line=6,col=12,endLine=6,endColumn=15,title=MG030::` +
        "canary.traffic must be an integer, got a string%0APercent of traffic the canary serves, 1..99.\n",
    );
  });

  it("examples/registry is clean", async () => {
    const run = await cli(["lint", "examples/registry"], repoRoot);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^\d+ files checked: 0 errors, 0 warnings\n$/);
    expect(run.exitCode).toBe(0);
  });
});
