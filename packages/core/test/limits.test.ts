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

  it("loads a mapping of 60,000 keys in linear time (twice the keys, about twice the time)", () => {
    const text = (n: number) =>
      `name: m\nlabels: {${Array.from({ length: n }, (_, i) => `k${i}: v`).join(", ")}}\n`;
    const time = (n: number) => {
      const t = performance.now();
      loadManifestText(text(n), { file: FILE });
      return performance.now() - t;
    };
    time(5_000);
    const small = Math.min(time(15_000), time(15_000));
    const large = Math.min(time(60_000), time(60_000));
    // quadratic would be 16x; allow noise on a shared machine
    expect(large / small).toBeLessThan(8);
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
