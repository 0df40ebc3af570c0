import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seededRandom } from "@modelgate/core";
import { describe, expect, it } from "vitest";
import { DataEngine, ksAndWasserstein, profileDataset, profileTables, SKETCH_STEPS } from "../src/index.js";
import { sketchFromEcdf } from "../src/profile.js";

const context = { commit: null, ref: null, runUrl: null, ci: false };
const dir = mkdtempSync(join(tmpdir(), "mg-sketch-"));

/** Share of sorted values < x and ≤ x. */
function ranks(sorted: readonly number[], x: number): [number, number] {
  const bisect = (strict: boolean) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? sorted[mid]! < x : sorted[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [bisect(true) / sorted.length, bisect(false) / sorted.length];
}

describe("sketchFromEcdf", () => {
  it("picks the point whose exact rank is closest and states the rank error", () => {
    // 10 values 1..10, ECDF counted at every value
    const bounds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const counts = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const { values, rankError } = sketchFromEcdf(bounds, counts, 10, bounds);
    expect(values).toHaveLength(SKETCH_STEPS + 1);
    expect(values[0]).toBe(1);
    expect(values[SKETCH_STEPS]).toBe(10);
    expect(values[500]).toBe(5); // share ≤ 5 is exactly 0.5
    expect(values[250]).toBe(2); // 0.2 is 0.05 away from 0.25, 0.3 too: the lower one
    expect(rankError).toBeCloseTo(0.05, 12);
  });
  it("a point mass isolated by the bound just below it has no rank error inside its jump", () => {
    const below = 0 - Number.MIN_VALUE;
    // 40% at 0, then 60% spread over 1..6
    const bounds = [-1, below, 0, 1, 2, 3, 4, 5, 6];
    const counts = [0, 0, 40, 50, 60, 70, 80, 90, 100];
    const { values } = sketchFromEcdf(bounds, counts, 100, [-1, 0, 0, 1, 2, 3, 4, 5, 6]);
    expect(values.slice(1, 400).every((v) => v === 0)).toBe(true);
    expect(values).not.toContain(below);
  });
});

describe("sketched profiles above 100,000 rows", () => {
  it("every sketch point's exact rank is within the stated rank error; point masses are exact", async () => {
    const rand = seededRandom(42);
    const n = 150_000;
    const x: number[] = [];
    const z: number[] = [];
    for (let i = 0; i < n; i++) {
      x.push(Math.round(-Math.log(1 - rand()) * 1e4) / 1e3); // exponential, skewed
      z.push(rand() < 0.3 ? 0 : Math.round(rand() * 1e5) / 10); // 30% zeros
    }
    writeFileSync(join(dir, "s.csv"), `x,z\n${x.map((v, i) => `${v},${z[i]}`).join("\n")}\n`);
    const p = await profileDataset(join(dir, "s.csv"), { subject: "s", inputs: [], context });
    for (const [name, values] of [
      ["x", x],
      ["z", z],
    ] as const) {
      const col = p.columns.find((c) => c.name === name)!;
      const sorted = [...values].sort((a, b) => a - b);
      const { values: sketch, rankError } = col.sketch!;
      expect(rankError).toBeGreaterThan(0);
      expect(rankError).toBeLessThanOrEqual(0.002);
      sketch.forEach((q, k) => {
        const [lt, le] = ranks(sorted, q);
        const f = k / SKETCH_STEPS;
        const err = f < lt ? lt - f : f > le ? f - le : 0;
        expect(err).toBeLessThanOrEqual(rankError + 1e-12);
      });
      // the decile histogram counts are exact for its edges
      const { edges, counts } = col.histogram!;
      counts.forEach((c, d) => {
        const hi = ranks(sorted, edges[d + 1]!)[1] * n;
        const lo = d === 0 ? 0 : ranks(sorted, edges[d]!)[1] * n;
        expect(c).toBe(Math.round(hi - lo));
      });
    }
    const zq = p.columns.find((c) => c.name === "z")!.quantiles!;
    expect([zq.p1, zq.p5, zq.p25]).toEqual([0, 0, 0]);
    // the sample is chosen by a hash of each row's content: the same data gives the same sketch
    const again = await profileDataset(join(dir, "s.csv"), { subject: "s", inputs: [], context });
    expect(again.columns.map((c) => c.sketch)).toEqual(p.columns.map((c) => c.sketch));
  });

  it("tables profiled together share their ECDF bounds: KS within its bound of the exact D", async () => {
    const rand = seededRandom(7);
    const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    const a = Array.from({ length: 130_000 }, () => Math.round(normal() * 1e4) / 1e4);
    // a shifted current with a point mass the reference does not have
    const b = Array.from({ length: 110_000 }, () =>
      rand() < 0.05 ? 0.25 : Math.round((normal() * 0.8 + 0.2) * 1e4) / 1e4,
    );
    writeFileSync(join(dir, "ra.csv"), `v\n${a.join("\n")}\n`);
    writeFileSync(join(dir, "rb.csv"), `v\n${b.join("\n")}\n`);
    const engine = await DataEngine.create({ threads: 2 });
    try {
      const ta = await engine.load(join(dir, "ra.csv"));
      const tb = await engine.load(join(dir, "rb.csv"));
      const [pa, pb] = await profileTables(engine, [ta, tb]);
      const { computeDrift, DEFAULT_DRIFT_THRESHOLDS } = await import("../src/drift.js");
      let queries = 0;
      const query = engine.query.bind(engine);
      engine.query = ((sql: string, lists?: readonly (readonly number[])[]) => {
        queries++;
        return query(sql, lists);
      }) as typeof engine.query;
      const drift = await computeDrift(
        engine,
        { columns: pa!.columns, rows: pa!.rows, loaded: ta },
        { columns: pb!.columns, rows: pb!.rows, loaded: tb },
        () => DEFAULT_DRIFT_THRESHOLDS,
      );
      const ks = drift.get("v")!.ks!;
      expect(queries).toBe(0); // nothing read again
      expect(ks.method).toBe("binned");
      expect(ks.errorBound).toBeLessThanOrEqual(0.002);
      expect(Math.abs(ks.statistic - ksAndWasserstein(a, b).d)).toBeLessThanOrEqual(ks.errorBound!);
    } finally {
      engine.close();
    }
  });
});
