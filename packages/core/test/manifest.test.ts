import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DiagnosticCodes as C, isUnreadable, renderDiagnostics } from "../src/diagnostics.js";
import {
  detectManifestKind,
  kindFromSchemaComment,
  loadEvidenceFile,
  loadEvidenceText,
  loadManifestFile,
  loadManifestText,
  MANIFEST_LIMITS,
} from "../src/manifest.js";
import { getSchema } from "../src/schemas.js";

const SHA = "a".repeat(64);
const ENV_FILE = "environments/production/credit-default.yaml";

/** [code, line, column] of each diagnostic, for compact assertions. */
function where(text: string | Uint8Array, file = ENV_FILE) {
  return loadManifestText(text, { file }).diagnostics.map((d) => [d.code, d.line, d.column]);
}

describe("kind detection", () => {
  it.each([
    ["modelgate.yaml", "registry", {}],
    ["/srv/reg/models/credit-default/model.yaml", "model", { model: "credit-default" }],
    [
      "models/credit-default/versions/1.0.0.yaml",
      "model-version",
      { model: "credit-default", version: "1.0.0" },
    ],
    ["models/m/ml-test-score.yml", "ml-test-score", { model: "m" }],
    ["environments/staging/m.yaml", "environment", { environment: "staging", model: "m" }],
    ["datasets/loans/schema.yaml", "dataset-schema", { dataset: "loans" }],
    ["datasets\\loans\\versions\\2026-08.yaml", "dataset-version", { dataset: "loans", version: "2026-08" }],
  ])("%s is %s", (path, kind, names) => {
    expect(detectManifestKind(path)).toEqual({ kind, by: "path", names });
  });

  it("falls back to the $schema comment, else nothing", () => {
    const text =
      "# yaml-language-server: $schema=https://modelgate.dev/schemas/environment.schema.json\nmodel: x\n";
    expect(detectManifestKind("elsewhere/prod.yaml", text)).toEqual({
      kind: "environment",
      by: "schema-comment",
      names: {},
    });
    expect(kindFromSchemaComment("# yaml-language-server: $schema=../../schemas/model.schema.json\n")).toBe(
      "model",
    );
    expect(kindFromSchemaComment("# yaml-language-server: $schema=other.schema.json\n")).toBeUndefined();
    expect(detectManifestKind("elsewhere/prod.yaml", "model: x\n")).toBeUndefined();
  });
});

describe("loadManifestText", () => {
  it("loads a valid manifest without diagnostics", () => {
    const r = loadManifestText(
      "model: credit-default\nenvironment: production\nversion: 1.0.0\ncanary: { version: 1.1.0, traffic: 10 }\n",
      { file: ENV_FILE },
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.kind).toBe("environment");
    expect(r.value).toEqual({
      model: "credit-default",
      environment: "production",
      version: "1.0.0",
      canary: { version: "1.1.0", traffic: 10 },
    });
  });

  it("points a wrong type at the value and suggests quoting", () => {
    const r = loadManifestText("model: credit-default\nenvironment: production\nversion: 1.0\n", {
      file: ENV_FILE,
    });
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      code: C.WrongType,
      line: 3,
      column: 10,
      endLine: 3,
      endColumn: 13,
      message: "version must be a string, got a number",
    });
    expect(r.diagnostics[0]!.hint).toContain('quote it: "1.0"');
  });

  it("points an unknown field at its key, with a suggestion", () => {
    const text =
      "model: credit-default\nenvironment: production\nversion: 1.0.0\ncanary:\n  version: 1.1.0\n  trafic: 10\n";
    const r = loadManifestText(text, { file: ENV_FILE });
    const unknown = r.diagnostics.find((d) => d.code === C.UnknownField);
    expect(unknown).toMatchObject({
      line: 6,
      column: 3,
      endLine: 6,
      endColumn: 9,
      message: 'unknown field "trafic" in canary',
    });
    expect(unknown?.hint).toBe('did you mean "traffic"?');
    // and the missing traffic is reported at the mapping that lacks it (its first key, line 5)
    expect(where(text)).toEqual([
      [C.MissingField, 5, 3],
      [C.UnknownField, 6, 3],
    ]);
  });

  it("reports a missing top-level field at the top mapping", () => {
    expect(where("# comment\nmodel: credit-default\nenvironment: production\n")).toEqual([
      [C.MissingField, 2, 1],
    ]);
  });

  it("reports bad names, values and path mismatches", () => {
    const text = [
      "model: Credit_Default", // line 1: bad name (uppercase)
      "environment: staging", // line 2: path says production
      "version: 1.0.0",
      "canary:",
      "  version: 1.0.0", // line 5: same as champion
      "  traffic: 100", // line 6: out of range
      "",
    ].join("\n");
    expect(where(text)).toEqual([
      [C.BadName, 1, 8],
      [C.PathMismatch, 2, 14],
      [C.Inconsistent, 5, 12],
      [C.BadValue, 6, 12],
    ]);
  });

  it("reports duplicate keys, tabs, several documents and syntax errors with their positions", () => {
    expect(where("model: a\nenvironment: production\nmodel: b\n")).toEqual([[C.DuplicateKey, 3, 1]]);
    expect(where("model: a\ncanary:\n\tversion: x\n")).toEqual([[C.TabIndentation, 3, 1]]);
    expect(where("model: a\ncanary:\n  version: x\n \t traffic: 1\n")).toEqual([[C.TabIndentation, 4, 2]]);
    expect(where("model: a\n---\nmodel: b\n")).toEqual([[C.MultipleDocuments, 2, 1]]);
    expect(where("model: [a, b\nversion: 1\n").map(([c]) => c)).toContain(C.YamlSyntax);
    expect(where("model: *nowhere\n")).toEqual([[C.YamlSyntax, 1, 8]]);
  });

  it("refuses alias bombs without expanding them", () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [prev, name] of [
      ["a", "b"],
      ["b", "c"],
      ["c", "d"],
      ["d", "e"],
    ]) {
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
    }
    expect(where(`${lines.join("\n")}\n`)).toEqual([[C.AliasLimit, 1, 1]]);
    // many aliases, even cheap ones, are refused at the first one over the limit (line 102)
    const many = [
      "base: &x 1",
      ...Array.from({ length: MANIFEST_LIMITS.maxAliases + 1 }, (_, i) => `k${i}: *x`),
    ];
    expect(where(`${many.join("\n")}\n`)).toEqual([[C.AliasLimit, MANIFEST_LIMITS.maxAliases + 2, 7]]);
  });

  it("reports empty, comment-only and non-mapping files", () => {
    expect(where("")).toEqual([[C.Empty, 1, 1]]);
    expect(where("# only a comment\n\n")).toEqual([[C.Empty, 1, 1]]);
    expect(where("- a\n- b\n")).toEqual([[C.NotAMapping, 1, 1]]);
  });

  it("reports binary content and invalid UTF-8 at the offending byte", () => {
    // 0xff is never valid in UTF-8: line 2, byte column 8
    const bad = new Uint8Array([...Buffer.from("model: a\nversion"), 0xff, ...Buffer.from(": 1\n")]);
    const r = loadManifestText(bad, { file: ENV_FILE });
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([[C.NotUtf8, 2, 8]]);
    expect(r.diagnostics[0]!.message).toContain("offset 16");
    expect(isUnreadable(r.diagnostics[0]!)).toBe(true);
    // a truncated 3-byte sequence and an overlong encoding of "/" are invalid too
    expect(where(new Uint8Array([0x61, 0xe2, 0x82]))).toEqual([[C.NotUtf8, 1, 2]]);
    expect(where(new Uint8Array([0x61, 0x3a, 0x20, 0xc0, 0xaf]))).toEqual([[C.NotUtf8, 1, 4]]);
    // a NUL byte means binary, even after bytes that are not UTF-8 (a PNG header: NUL on line 3)
    expect(where(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toEqual([
      [C.Binary, 3, 1],
    ]);
    // valid multi-byte UTF-8 and a BOM are fine
    const ok = loadManifestText(
      Buffer.from('\ufeffmodel: credit-default\nenvironment: production\nversion: "1.0.0" # ünïcödé ✓\n'),
      {
        file: ENV_FILE,
      },
    );
    expect(ok.diagnostics).toEqual([]);
  });

  it("refuses oversized input", () => {
    expect(where("a: b\n".repeat(10), ENV_FILE)).not.toEqual([]);
    const r = loadManifestText("x".repeat(100), { file: ENV_FILE, maxBytes: 50 });
    expect(r.diagnostics.map((d) => d.code)).toEqual([C.FileTooLarge]);
  });

  it("lists at most 100 problems per file and counts the rest", () => {
    const text = `${Array.from({ length: 150 }, (_, i) => `\tk${i}: v`).join("\n")}\n`;
    const r = loadManifestText(text, { file: ENV_FILE });
    expect(r.diagnostics).toHaveLength(MANIFEST_LIMITS.maxDiagnostics + 1);
    expect(r.diagnostics[100]).toMatchObject({
      severity: "info",
      code: C.TooManyProblems,
      message: "50 more problems in this file not shown",
      line: 100,
    });
  });

  it("asks for a kind when neither path nor comment gives one", () => {
    expect(where("model: a\n", "prod.yaml")).toEqual([[C.UnknownKind, 1, 1]]);
    const text =
      "# yaml-language-server: $schema=https://modelgate.dev/schemas/environment.schema.json\nmodel: a\n";
    expect(where(text, "prod.yaml")).toEqual([
      [C.MissingField, 2, 1],
      [C.MissingField, 2, 1],
    ]);
    const forced = loadManifestText("model: a\n", { file: "prod.yaml", kind: "environment" });
    expect(forced.kind).toBe("environment");
  });

  it("warns when the $schema comment and the path disagree", () => {
    const text =
      "# yaml-language-server: $schema=../../schemas/model.schema.json\nmodel: credit-default\nenvironment: production\nversion: 1.0.0\n";
    expect(where(text)).toEqual([[C.KindMismatch, 1, 1]]);
  });

  it("checks fields against each other", () => {
    const schema = [
      "dataset: loans",
      "label: default",
      "keys: [loan_id]",
      "rowCount: { min: 10, max: 5 }",
      "features:",
      "  - { name: loan_id, type: string }",
      "  - { name: income, type: float, domain: { min: 5, max: 1 } }",
      "  - { name: income, type: float }",
      "",
    ].join("\n");
    expect(where(schema, "datasets/loans/schema.yaml")).toEqual([
      [C.Inconsistent, 2, 8],
      [C.Inconsistent, 4, 18],
      [C.Inconsistent, 7, 49],
      [C.DuplicateName, 8, 5],
    ]);
    const model = [
      "name: credit-default",
      "owner: risk",
      "task: binary-classification",
      "dataset: loans",
      "label: default",
      "signature:",
      "  inputs: { mode: tensor, name: input, features: [age, default] }",
      "  outputs: { kind: probabilities, name: probabilities }",
      "",
    ].join("\n");
    expect(where(model, "models/credit-default/model.yaml")).toEqual([[C.Inconsistent, 7, 56]]);
    const tensorWithoutName = model.replace("name: input, ", "").replace("age, default", "age");
    expect(where(tensorWithoutName, "models/credit-default/model.yaml")).toEqual([[C.MissingField, 7, 11]]);
  });

  it("renders text and json", () => {
    const r = loadManifestText("model: credit-default\nenvironment: production\nversion: 1.0\n", {
      file: ENV_FILE,
    });
    const text = renderDiagnostics(r.diagnostics, "text");
    expect(text.split("\n")[0]).toBe(`${ENV_FILE}:3:10: error MG030 version must be a string, got a number`);
    expect(text.split("\n")[1]).toMatch(/^ {2}hint: /);
    expect(JSON.parse(renderDiagnostics(r.diagnostics, "json"))).toEqual(r.diagnostics);
    // GitHub workflow commands: '%', CR, LF escaped everywhere, ':' and ',' also in properties
    const github = renderDiagnostics(
      [
        {
          severity: "warning",
          code: C.Inconsistent,
          message: "100% sure\nreally",
          file: "a:b,c.yaml",
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 9,
        },
      ],
      "github",
    );
    expect(github).toBe(
      "::warning file=a%3Ab%2Cc.yaml,line=2,col=3,endLine=2,endColumn=9,title=MG042::100%25 sure%0Areally\n",
    );
  });
});

describe("loadManifestFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "mg-load-"));

  it("loads a file and names it in diagnostics", async () => {
    const path = join(dir, "environments", "production");
    await import("node:fs/promises").then((fs) => fs.mkdir(path, { recursive: true }));
    const file = join(path, "credit-default.yaml");
    writeFileSync(file, `model: credit-default\nenvironment: production\nversion: 1.0.0\nsha: ${SHA}\n`);
    const r = await loadManifestFile(file);
    expect(r.diagnostics.map((d) => [d.file, d.code, d.line, d.column])).toEqual([
      [file, C.UnknownField, 4, 1],
    ]);
  });

  it("warns when a relative $schema comment points nowhere", async () => {
    const envDir = join(dir, "reg", "environments", "staging");
    mkdirSync(envDir, { recursive: true });
    mkdirSync(join(dir, "reg", "schemas"), { recursive: true });
    writeFileSync(join(dir, "reg", "schemas", "environment.schema.json"), "{}");
    const body = "model: credit-default\nenvironment: staging\nversion: 1.0.0\n";
    const good = join(envDir, "credit-default.yaml");
    writeFileSync(good, `# yaml-language-server: $schema=../../schemas/environment.schema.json\n${body}`);
    expect((await loadManifestFile(good)).diagnostics).toEqual([]);
    writeFileSync(good, `# yaml-language-server: $schema=../schemas/environment.schema.json\n${body}`);
    expect(
      (await loadManifestFile(good)).diagnostics.map((d) => [d.code, d.severity, d.line, d.column]),
    ).toEqual([[C.SchemaCommentMissing, "warning", 1, 33]]);
    // URLs are not checked
    writeFileSync(
      good,
      `# yaml-language-server: $schema=https://modelgate.dev/schemas/environment.schema.json\n${body}`,
    );
    expect((await loadManifestFile(good)).diagnostics).toEqual([]);
  });

  it("reports a missing file, a directory and an oversized file without reading it", async () => {
    expect((await loadManifestFile(join(dir, "nope.yaml"))).diagnostics[0]).toMatchObject({
      code: C.FileUnreadable,
      message: "no such file",
    });
    expect((await loadManifestFile(dir)).diagnostics[0]?.code).toBe(C.FileUnreadable);
    const big = join(dir, "big.yaml");
    writeFileSync(big, "a".repeat(MANIFEST_LIMITS.maxBytes + 1));
    expect((await loadManifestFile(big)).diagnostics.map((d) => d.code)).toEqual([C.FileTooLarge]);
  });
});

describe("loadEvidenceText", () => {
  // The data-profile schema's own published example: a complete, valid report.
  const envelope = (getSchema("data-profile") as { examples: Record<string, unknown>[] }).examples[0];

  it("validates a report against the schema its kind names, with positions", () => {
    const ok = loadEvidenceText(JSON.stringify(envelope, null, 2), { file: "profile.json" });
    expect(ok.kind).toBe("data-profile");
    expect(ok.diagnostics).toEqual([]);
    // the value of "createdAt" starts at column 16 of its line: `  "createdAt": "yesterday",`
    const text = JSON.stringify({ ...envelope, createdAt: "yesterday" }, null, 2);
    const line = text.split("\n").indexOf('  "createdAt": "yesterday",') + 1;
    expect(line).toBeGreaterThan(1);
    const bad = loadEvidenceText(text, { file: "profile.json" });
    expect(bad.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([[C.BadValue, line, 16]]);
    const { columns: _, ...noColumns } = envelope as Record<string, unknown>;
    const missing = loadEvidenceText(JSON.stringify(noColumns, null, 2), { file: "profile.json" });
    expect(missing.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [C.MissingField, 'missing required field "columns"'],
    ]);
  });

  it("rejects unknown kinds, non-objects and JSON syntax errors", () => {
    const unknown = loadEvidenceText('{"kind": "diary"}', { file: "x.json" });
    expect(unknown.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([[C.UnknownKind, 1, 10]]);
    expect(loadEvidenceText("[1, 2]", { file: "x.json" }).diagnostics.map((d) => d.code)).toEqual([
      C.NotAMapping,
    ]);
    expect(loadEvidenceText('{"kind": "evaluation",', { file: "x.json" }).diagnostics[0]?.code).toBe(
      C.YamlSyntax,
    );
  });
});

describe("loadEvidenceFile (JSON first, positions only for problems)", () => {
  const envelope = (getSchema("data-profile") as { examples: Record<string, unknown>[] }).examples[0];
  const dir = mkdtempSync(join(tmpdir(), "mg-evidence-"));
  const put = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const shown = (d: Array<{ code: string; line: number; column: number; message: string }>) =>
    d.map((x) => [x.code, x.line, x.column, x.message]);

  it("passes a clean report without building a YAML document", async () => {
    const loaded = await loadEvidenceFile(put("ok.json", JSON.stringify(envelope, null, 2)));
    expect(loaded.kind).toBe("data-profile");
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.value).toEqual(envelope);
    expect(loaded.document).toBeUndefined();
  });

  it("reports what the text loader reports, at the same line and column, for every problem", async () => {
    const pretty = JSON.stringify(envelope, null, 2);
    const cases: Record<string, string> = {
      // JSON.parse keeps the second "kind"; the positioned loader reports it
      duplicate: pretty.replace(
        '  "kind": "data-profile",',
        '  "kind": "data-profile",\n  "kind": "data-profile",',
      ),
      badValue: JSON.stringify({ ...envelope, createdAt: "yesterday" }, null, 2),
      unknownKind: JSON.stringify({ ...envelope, kind: "diary" }, null, 2),
      tabs: JSON.stringify(envelope, null, "\t"),
      syntax: `${pretty.slice(0, -1)},}`,
      array: "[1, 2]",
    };
    for (const [name, text] of Object.entries(cases)) {
      const fromFile = await loadEvidenceFile(put(`${name}.json`, text), { file: `${name}.json` });
      const fromText = loadEvidenceText(text, { file: `${name}.json` });
      expect(shown(fromFile.diagnostics), name).toEqual(shown(fromText.diagnostics));
      expect(fromFile.document, name).toBeDefined();
    }
    const dup = await loadEvidenceFile(put("dup.json", cases.duplicate!), { file: "dup.json" });
    expect(shown(dup.diagnostics)).toEqual([
      [C.DuplicateKey, 3, 3, 'duplicate key "kind": this mapping already has this key'],
    ]);
    const bad = await loadEvidenceFile(put("bad.json", cases.badValue!), { file: "bad.json" });
    const line = cases.badValue!.split("\n").indexOf('  "createdAt": "yesterday",') + 1;
    expect(bad.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([[C.BadValue, line, 16]]);
  });
});
