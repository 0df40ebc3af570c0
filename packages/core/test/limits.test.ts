import { describe, expect, it, vi } from "vitest";
import { findDeepJsonLine, loadEvidenceText, loadManifestText, MANIFEST_LIMITS } from "../src/index.js";

const FILE = "models/m/model.yaml";
const errors = (text: string) =>
  loadManifestText(text, { file: FILE }).diagnostics.filter((d) => d.severity === "error");

describe("manifest loader limits", () => {
  it("accepts nesting up to the limit and refuses one level more, at the token that goes deeper", () => {
    const max = MANIFEST_LIMITS.maxDepth;
    // the top-level mapping is one level; the flow lists below it the rest
    const nested = (levels: number) => `name: m\nx: ${"[".repeat(levels - 1)}1${"]".repeat(levels - 1)}\n`;
    expect(errors(nested(max)).filter((d) => d.message.includes("nested"))).toEqual([]);
    const deep = errors(nested(max + 1));
    expect(deep).toHaveLength(1);
    expect(deep[0]).toMatchObject({
      code: "MG010",
      line: 2,
      column: 3 + max,
      message: `nested more than ${max} levels deep`,
    });
  });

  it("reports a duplicate key once, at the second key, as the JSON value sees keys", () => {
    const dup = errors('name: m\nlabels:\n  1: a\n  "1": b\n');
    expect(dup.map((d) => [d.code, d.line, d.message])).toEqual([
      ["MG011", 4, 'duplicate key "1": this mapping already has this key'],
    ]);
  });

  it("reports a collection key at the key and emits no process warning", () => {
    const warn = vi.spyOn(process, "emitWarning");
    try {
      const bad = errors("name: m\nlabels:\n  ? [a, b]\n  : x\n");
      expect(bad.map((d) => [d.code, d.line, d.message])).toEqual([
        ["MG010", 3, "a key must be a single value, not a list"],
      ]);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it("loads a mapping of 20,000 keys in linear time (four times the keys, about four times the time)", () => {
    const text = (n: number) =>
      `name: m\nlabels: {${Array.from({ length: n }, (_, i) => `k${i}: v`).join(", ")}}\n`;
    const time = (n: number) => {
      const t = performance.now();
      loadManifestText(text(n), { file: FILE });
      return performance.now() - t;
    };
    time(2_000);
    const small = Math.min(time(5_000), time(5_000));
    const large = Math.min(time(20_000), time(20_000));
    // quadratic would be 16x; allow noise on a shared machine
    expect(large / small).toBeLessThan(10);
  });

  it("accepts the token limit and refuses one token more, at that token, before composing", () => {
    const max = MANIFEST_LIMITS.maxTokens;
    // `x: [a, ..., a]` is x, :, [, n values, n - 1 commas and ]: 2n + 3 tokens; `y: z` three more
    const list = (n: number) => `x: [${"a, ".repeat(n - 1)}a]`;
    const at = `${list((max - 6) / 2)}\ny: z\n`;
    expect(errors(at).filter((d) => d.code === "MG016")).toEqual([]);
    const over = list((max + 1 - 3) / 2);
    const refused = errors(`${over}\n`);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      code: "MG016",
      line: 1,
      column: over.length,
      message: `more than ${max} YAML tokens (keys, values, indicators); manifests are limited to ${max}`,
    });
    // comments and spaces are free
    expect(errors(`# ${"x ".repeat(200_000)}\n${"   # c\n".repeat(10_000)}name: m\n`)).not.toContainEqual(
      expect.objectContaining({ code: "MG016" }),
    );
  });

  it("names tags that are not JSON's types, a null key at its line, and CR-only line endings", () => {
    expect(errors("name: m\nowner: !!binary aGVsbG8=\n").map((d) => [d.code, d.line, d.message])).toEqual([
      [
        "MG010",
        2,
        "the YAML tag !!binary is not supported: a manifest holds strings, numbers, booleans, null, lists and mappings",
      ],
    ]);
    expect(errors("name: m\nx: !custom 1\n")[0]?.message).toContain("the YAML tag !custom is not supported");
    // explicit core tags are JSON values
    expect(errors('name: m\nowner: !!str "a"\n').filter((d) => d.message.includes("tag"))).toEqual([]);
    const nullKey = errors("name: m\nowner: a@b.example\nnull: x\n");
    expect(nullKey.map((d) => [d.code, d.line, d.column])).toContainEqual(["MG031", 3, 1]);
    const cr = errors("name: m\rowner: a@b.example\r");
    expect(cr.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ["MG010", 1, 8, "the file's lines end with CR only (old Mac line endings): YAML reads it as one line"],
    ]);
    expect(errors("name: m\r\nowner: a\rb\n")[0]?.message).toBe(
      "a carriage return (CR) without a line feed: YAML files end lines with LF or CR LF",
    );
    expect(errors("name: m\r\nowner: a@b.example\r\n").filter((d) => d.message.includes("carriage"))).toEqual(
      [],
    );
  });

  it("evidence files nested past the limit are refused, not overflowed", () => {
    const text = `{"kind":"evaluation","x":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const d = loadEvidenceText(text, { file: "e.json" }).diagnostics;
    expect(d.map((x) => x.message)).toEqual([`nested more than ${MANIFEST_LIMITS.maxDepth} levels deep`]);
  });
});

describe("JSON depth scan", () => {
  it("finds the first line nested past the limit, across chunks and ignoring brackets in strings", () => {
    const lines = ['{"a": "[[[[[[[["}', `{"b": ${"[".repeat(5)}${"]".repeat(5)}}`, `{"c": ${"[".repeat(9)}`];
    const bytes = Buffer.from(lines.join("\n"));
    const chunks = [bytes.subarray(0, 7), bytes.subarray(7, 30), bytes.subarray(30)];
    expect(findDeepJsonLine(chunks, 8)).toBe(3);
    expect(findDeepJsonLine(chunks, 10)).toBeUndefined();
    expect(findDeepJsonLine([Buffer.from('{"s": "\\"[[[[", "t": [1]}')], 2)).toBeUndefined();
  });
});
