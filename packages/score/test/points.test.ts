import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BANDS, bandFor, RUBRIC, SECTIONS, sectionScores } from "../src/index.js";

// Expected values follow the paper's rules (Breck et al. 2017, section "Computing an ML Test Score"
// and Table V): 1 point automated, 0.5 manual, sum per section, final score = minimum of the sums.

const grid = (rows: Record<string, number[]>) =>
  Object.entries(rows).flatMap(([section, points]) =>
    points.map((p) => ({ section: section as (typeof SECTIONS)[number], points: p })),
  );

describe("the rubric", () => {
  it("has 28 tests, 7 per section, numbered 1..7 with unique ids", () => {
    expect(RUBRIC).toHaveLength(28);
    for (const s of SECTIONS) {
      expect(RUBRIC.filter((t) => t.section === s).map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    }
    expect(new Set(RUBRIC.map((t) => t.id)).size).toBe(28);
  });

  it("is published in docs/ml-test-score.md, one row per test with its title", () => {
    const doc = readFileSync(new URL("../../../docs/ml-test-score.md", import.meta.url), "utf8");
    for (const t of RUBRIC) {
      const row = doc.split("\n").find((l) => new RegExp(`^\\| ${t.id}\\s+\\|`).test(l));
      expect(row, t.id).toBeDefined();
      expect(row!.split("|")[2]!.trim(), t.id).toBe(t.title);
    }
  });

  it("uses the paper's short titles", () => {
    const title = (id: string) => RUBRIC.find((t) => t.id === id)?.title;
    expect(title("data-1")).toBe("Feature expectations are captured in a schema");
    expect(title("model-5")).toBe("A simpler model is not better");
    expect(title("infra-6")).toBe("Models are canaried before serving");
    expect(title("monitor-7")).toBe("Prediction quality has not regressed");
  });
});

describe("section sums and the final score", () => {
  it("all 28 tests manual: 3.5 per section, score 3.5", () => {
    const r = sectionScores(RUBRIC.map((t) => ({ section: t.section, points: 0.5 })));
    expect(r.sections).toEqual({ data: 3.5, model: 3.5, infra: 3.5, monitor: 3.5 });
    expect(r.score).toBe(3.5);
    expect(r.limiting).toEqual(["data", "model", "infra", "monitor"]);
  });

  it("all 28 automated: 7 per section, score 7", () => {
    expect(sectionScores(RUBRIC.map((t) => ({ section: t.section, points: 1 }))).score).toBe(7);
  });

  it("one section with nothing makes the score 0 whatever the others earn", () => {
    const r = sectionScores(
      grid({
        data: [1, 1, 1, 1, 1, 1, 1],
        model: [1, 1, 1, 1, 1, 1, 1],
        infra: [1, 1, 1, 1, 1, 1, 1],
        monitor: [0, 0, 0, 0, 0, 0, 0],
      }),
    );
    expect(r.sections.monitor).toBe(0);
    expect(r.score).toBe(0);
    expect(r.limiting).toEqual(["monitor"]);
  });

  it("mixed case computed by hand", () => {
    // data 1+1+.5+.5 = 3; model 7 × .5 = 3.5; infra 7 × 1 = 7; monitor 1 + .5 = 1.5 → min 1.5
    const r = sectionScores(
      grid({
        data: [1, 1, 0.5, 0.5, 0, 0, 0],
        model: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
        infra: [1, 1, 1, 1, 1, 1, 1],
        monitor: [1, 0.5, 0, 0, 0, 0, 0],
      }),
    );
    expect(r.sections).toEqual({ data: 3, model: 3.5, infra: 7, monitor: 1.5 });
    expect(r.score).toBe(1.5);
    expect(r.limiting).toEqual(["monitor"]);
    expect(bandFor(r.score).range).toBe("(1, 2]");
  });

  it("ties name every limiting section", () => {
    // data 2, model 2 (4 × .5), infra 3, monitor 2.5 → min 2, limiting data and model
    const r = sectionScores(
      grid({
        data: [1, 1, 0, 0, 0, 0, 0],
        model: [0.5, 0.5, 0.5, 0.5, 0, 0, 0],
        infra: [1, 1, 1, 0, 0, 0, 0],
        monitor: [1, 1, 0.5, 0, 0, 0, 0],
      }),
    );
    expect(r.score).toBe(2);
    expect(r.limiting).toEqual(["data", "model"]);
  });
});

describe("Table V bands", () => {
  it.each([
    [0, "0"],
    [0.5, "(0, 1]"],
    [1, "(0, 1]"],
    [1.5, "(1, 2]"],
    [2, "(1, 2]"],
    [2.5, "(2, 3]"],
    [3, "(2, 3]"],
    [3.5, "(3, 5]"],
    [5, "(3, 5]"],
    [5.5, "> 5"],
    [7, "> 5"],
  ])("score %s is in %s", (score, range) => {
    expect(bandFor(score).range).toBe(range);
  });

  it("carries the paper's interpretation", () => {
    expect(bandFor(0).text).toBe("More of a research project than a productionized system.");
    expect(bandFor(4).text).toBe(
      "Strong levels of automated testing and monitoring, appropriate for mission-critical systems.",
    );
    expect(BANDS).toHaveLength(6);
  });

  it("refuses a negative score", () => {
    expect(() => bandFor(-0.5)).toThrow(RangeError);
  });
});
