import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  type Diagnostic,
  findDeepJsonLine,
  loadEvidenceText,
  loadManifestText,
  nameProblem,
  UserError,
} from "../../packages/core/src/index.js";
import { DataEngine } from "../../packages/data/src/index.js";

/**
 * Property-based fuzzing of the input readers: whatever the bytes, a loader returns diagnostics
 * (never throws, never hangs) and a data reader either loads or throws a UserError. CI runs a
 * fixed seed; `pnpm fuzz` runs longer (FUZZ_RUNS, FUZZ_SEED).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 13);
const params = (runs: number) => ({ numRuns: runs, seed: SEED, endOnFailure: true });
const counted: Record<string, number> = {};

afterAll(() => {
  // the number of inputs each property ran, for the record
  process.stdout.write(`fuzz seed ${SEED}: ${JSON.stringify(counted)}\n`);
});

// fragments that exercise YAML's structure: indicators, quotes, anchors, tags, flow collections
const YAML_PIECES = [
  "a",
  "b: ",
  ": ",
  "- ",
  "? ",
  "[",
  "]",
  "{",
  "}",
  ",",
  "\n",
  "  ",
  "\t",
  "#",
  "&x ",
  "*x",
  "!!str ",
  "!!binary ",
  "|",
  ">",
  '"',
  "'",
  "\\",
  "---\n",
  "...\n",
  "name: m\n",
  "null",
  "~",
  "1e309",
  "0x1",
  "<<: *x",
  "%YAML 1.2\n",
  "\r",
  "\r\n",
  "\u00a0",
  "\ufeff",
  "é",
  "\u0000",
];
const yamlText = fc.array(fc.constantFrom(...YAML_PIECES), { maxLength: 60 }).map((p) => p.join(""));
const anyText = fc.oneof(
  yamlText,
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
);
const anyBytes = fc.uint8Array({ maxLength: 300 });
const FILES = [
  "models/m/model.yaml",
  "models/m/versions/1.0.0.yaml",
  "environments/prod/m.yaml",
  "modelgate.yaml",
  "x.yaml",
];

function checkDiagnostics(loaded: { diagnostics: Diagnostic[] }, text: string | Uint8Array): void {
  const lines = (typeof text === "string" ? text : Buffer.from(text).toString("latin1")).split(
    /\r\n|\r|\n/,
  ).length;
  for (const d of loaded.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines + 1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message).not.toMatch(/Maximum call stack|undefined|\[object Object\]/);
  }
}

describe("fuzz", () => {
  it("the manifest loader never throws and points inside the file", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, anyBytes), fc.constantFrom(...FILES), (input, file) => {
        counted.manifest = (counted.manifest ?? 0) + 1;
        checkDiagnostics(loadManifestText(input, { file }), input);
      }),
      params(RUNS * 3),
    );
  });

  it("the manifest loader refuses any nesting past the limit without throwing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("[", "{a: ", "- ", "a:\n  ", "? "), { minLength: 1, maxLength: 200 }),
        (openers) => {
          counted.nesting = (counted.nesting ?? 0) + 1;
          const text = `x: ${openers.join("")}1\n`;
          checkDiagnostics(loadManifestText(text, { file: "models/m/model.yaml" }), text);
        },
      ),
      params(RUNS),
    );
  });

  it("the evidence loader never throws", () => {
    const json = fc.jsonValue({ maxDepth: 8 }).map((v) => JSON.stringify({ kind: "evaluation", v }));
    fc.assert(
      fc.property(fc.oneof(json, anyText, anyBytes), (input) => {
        counted.evidence = (counted.evidence ?? 0) + 1;
        checkDiagnostics(loadEvidenceText(input, { file: "evidence/m/1/e.json" }), input);
      }),
      params(RUNS * 2),
    );
  });

  it("the JSON depth scan agrees with a parser on valid JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 12 }), fc.integer({ min: 1, max: 12 }), (v, limit) => {
        counted.jsonDepth = (counted.jsonDepth ?? 0) + 1;
        const depth = (x: unknown): number =>
          x !== null && typeof x === "object" ? 1 + Math.max(0, ...Object.values(x).map(depth)) : 0;
        const line = findDeepJsonLine([Buffer.from(JSON.stringify(v))], limit);
        expect(line === undefined).toBe(depth(v) <= limit);
      }),
      params(RUNS * 3),
    );
  });

  it("a name passes nameProblem only when git takes it in a branch name and a path", () => {
    // names become branches modelgate/register/<model>-<version> and paths models/<m>/versions/<v>.yaml
    const name = fc.oneof(
      fc.stringMatching(/^[a-z0-9._-]{1,12}$/),
      fc
        .array(
          fc.constantFrom("a", "1", ".", "..", "-", "_", ".lock", "@{", "/", " ", "~", "^", ":", "A", "é"),
          {
            minLength: 1,
            maxLength: 6,
          },
        )
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(name, (value) => {
        counted.names = (counted.names ?? 0) + 1;
        if (nameProblem(value) !== null) return;
        const git = spawnSync("git", ["check-ref-format", `refs/heads/modelgate/register/m-${value}`]);
        expect(git.status, value).toBe(0);
        expect(value).not.toMatch(/[/\\]|^\.+$/);
      }),
      params(Math.max(50, Math.round(RUNS / 3))),
    );
  });

  it("the CSV and JSONL readers load or refuse with a UserError", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mg-fuzz-"));
    const engine = await DataEngine.create({ threads: 1 });
    const cell = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('"', '""', ",", "\n", "\r", "\u0000", "1", "-1.5", "x"),
    );
    const csv = fc
      .array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 })
      .map((rows) => rows.map((r) => r.join(",")).join("\n"));
    const jsonl = fc
      .array(
        fc.oneof(
          fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ a: v })),
          fc.string({ maxLength: 20 }),
        ),
        {
          minLength: 1,
          maxLength: 5,
        },
      )
      .map((lines) => lines.join("\n"));
    let n = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            csv.map((t) => ["csv", t] as const),
            jsonl.map((t) => ["jsonl", t] as const),
          ),
          async ([ext, text]) => {
            counted.dataReaders = (counted.dataReaders ?? 0) + 1;
            const path = join(dir, `f${n++}.${ext}`);
            writeFileSync(path, text);
            try {
              await engine.load(path);
            } catch (error) {
              expect(error, String(error)).toBeInstanceOf(UserError);
            }
          },
        ),
        params(Math.max(20, Math.round(RUNS / 5))),
      );
    } finally {
      engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
