import { afterEach, describe, expect, it, vi } from "vitest";
import { parseManifest } from "../src/manifest-file.js";

describe("reading a manifest without its schema (status)", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("refuses a mapping as a key at its line, without a process warning", () => {
    const warn = vi.spyOn(process, "emitWarning");
    const r = parseManifest(
      "model: m\nenvironment: e\n{ a: 1 }: x\nversion: 1.0.0\n",
      "environments/e/m.yaml",
      {
        validate: false,
      },
    );
    expect(r.value).toBeNull();
    expect(r.diagnostics).toEqual([
      {
        file: "environments/e/m.yaml",
        line: 3,
        column: 1,
        field: "",
        message: "a key must be a single value, not a mapping",
      },
    ]);
    expect(warn).not.toHaveBeenCalled();
  });
});
