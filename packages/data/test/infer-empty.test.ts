import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { inferSchema, profileDataset } from "../src/index.js";

it("a column with no value at all gets no (empty) categorical domain", async () => {
  const dir = mkdtempSync(join(tmpdir(), "mg-infer-"));
  writeFileSync(join(dir, "e.csv"), "x,empty\n1,\n2,\n3,\n");
  const context = { commit: null, ref: null, runUrl: null, ci: false };
  const p = await profileDataset(join(dir, "e.csv"), { subject: "e", inputs: [], context });
  const { schema, yaml } = inferSchema(p, { dataset: "e" });
  const f = schema.features.find((x) => x.name === "empty")!;
  expect(f.domain).toBeUndefined();
  expect(f.presence).toEqual({ minCount: 1 });
  expect(yaml).toContain("no values: no categorical domain");
});
