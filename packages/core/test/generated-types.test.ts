import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { GENERATED_DIR, generateTypes } from "../../../scripts/gen-types.js";
import type { EvidenceEnvelope } from "../src/evidence.js";
import type { EvidenceEnvelopeSchema, ModelVersionManifest } from "../src/index.js";
import { getSchema } from "../src/schemas.js";

describe("generated types", () => {
  it("regenerating from schemas/ gives byte-identical files (run pnpm gen:types when this fails)", async () => {
    const files = await generateTypes();
    expect(readdirSync(GENERATED_DIR).sort()).toEqual([...files.keys()].sort());
    for (const [file, text] of files) {
      expect(readFileSync(join(GENERATED_DIR, file), "utf8"), file).toBe(text);
    }
  }, 30_000);

  it("the hand-written envelope type agrees with the schema's", () => {
    expectTypeOf<EvidenceEnvelope>().toExtend<EvidenceEnvelopeSchema>();
    const example = (getSchema("model-version").examples as ModelVersionManifest[])[0]!;
    expect(example.artifact.format).toBe("onnx");
  });
});
