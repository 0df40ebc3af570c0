import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateValidators, schemaNames, VALIDATORS_DIR } from "../../../scripts/gen-validators.js";
import { SCHEMA_NAMES } from "../src/schemas.js";

describe("generated validators", () => {
  it("regenerating from schemas/ gives byte-identical files (run pnpm gen:validators when this fails)", () => {
    const files = generateValidators();
    expect(readdirSync(VALIDATORS_DIR).sort()).toEqual([...files.keys()].sort());
    for (const [file, text] of files) {
      expect(readFileSync(join(VALIDATORS_DIR, file), "utf8"), file).toBe(text);
    }
  }, 60_000);

  it("every registered schema has one", () => {
    expect([...SCHEMA_NAMES].sort()).toEqual(schemaNames());
  });
});
