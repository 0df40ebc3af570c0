import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { DataEngine } from "../src/index.js";

it("a loaded table lists its columns in file order, however many there are", async () => {
  // DESCRIBE returns its rows in any order once there are several chunks of them (insertion order
  // is not preserved); the column list must not depend on that
  const dir = mkdtempSync(join(tmpdir(), "mg-engine-"));
  const cols = Array.from({ length: 4500 }, (_, i) => `c${i}`);
  writeFileSync(join(dir, "w.csv"), `${cols.join(",")}\n${cols.map((_, i) => i % 5).join(",")}\n`);
  const engine = await DataEngine.create({ threads: 2 });
  try {
    const t = await engine.load(join(dir, "w.csv"));
    expect(t.columns.map((c) => c.name)).toEqual(cols);
  } finally {
    engine.close();
  }
});
