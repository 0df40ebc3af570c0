import { describe, expect, it } from "vitest";
import { binLabels, labelLayout } from "../src/validation-render.js";

describe("histogram labels", () => {
  it("shortens numeric bin edges to 4 significant digits, exponents far from 1", () => {
    expect(binLabels(["(−∞, 26418.5]", "(26418.5, 1057370]", "(1057370, +∞]"], "float")).toEqual([
      "(−∞, 26420]",
      "(26420, 1.06e6]",
      "(1.06e6, +∞]",
    ]);
    expect(binLabels(["(−∞, 0.0000963105]", "(0.0000963105, +∞]"], "float")).toEqual([
      "(−∞, 9.63e-5]",
      "(9.63e-5, +∞]",
    ]);
  });

  it("writes timestamp edges (epoch seconds) as dates", () => {
    // 1740390000 = 2025-02-24T09:40:00Z, 1747938240 = 2025-05-22T18:24:00Z
    expect(
      binLabels(["(−∞, 1740390000]", "(1740390000, 1747938240]", "(1747938240, +∞]"], "timestamp"),
    ).toEqual(["(−∞, 2025-02-24]", "(2025-02-24, 2025-05-22]", "(2025-05-22, +∞]"]);
  });

  it("keeps the labels as drift wrote them when short edges would read the same, and categories as they are", () => {
    const close = ["(−∞, 0.12341]", "(0.12341, 0.12344]", "(0.12344, +∞]"];
    expect(binLabels(close, "float")).toEqual(close);
    expect(binLabels(["(a, b]", "north"], "string")).toEqual(["(a, b]", "north"]);
  });

  it("sets labels horizontally when they fit, vertically when not, and thins them when even that is too wide", () => {
    expect(labelLayout(["a", "b"], 40)).toMatchObject({ vertical: false, step: 1 });
    expect(labelLayout(["(26420, 1.06e6]", "x"], 40)).toMatchObject({ vertical: true, step: 1 });
    // a vertical line box is 13 px (font 10 px × 1.25, rounded up) plus a 3 px gap: 16 px per label
    expect(labelLayout(["segment 1", "segment 2"], 12)).toMatchObject({ vertical: true, step: 2 });
    const long = labelLayout(["a-category-name-far-too-long-for-any-axis-at-all"], 40);
    expect(long.text[0]).toMatch(/…$/);
  });
});
