import { describe, expect, it } from "vitest";
import { formatDuration, plural } from "../src/duration.js";

describe("formatDuration", () => {
  it("picks the unit that fits", () => {
    // the DORA figure that used to print as "0.0072 h": 0.0072 × 3600 = 25.92 s
    expect(formatDuration(0.0072 * 3600)).toBe("25.9 s");
    expect(formatDuration(0.42)).toBe("0.42 s");
    expect(formatDuration(0)).toBe("0 s");
    expect(formatDuration(59.4)).toBe("59.4 s");
    expect(formatDuration(90)).toBe("1.5 min");
    expect(formatDuration(4 * 3600)).toBe("4 h");
    expect(formatDuration(18 * 3600)).toBe("18 h");
    expect(formatDuration(36 * 3600)).toBe("1.5 days");
    expect(formatDuration(86_400)).toBe("1 day");
    expect(formatDuration(400 * 86_400)).toBe("400 days");
    expect(formatDuration(-90)).toBe("-1.5 min");
  });

  it("never prints 60 of a unit: it is 1 of the next", () => {
    expect(formatDuration(59.96)).toBe("1 min");
    expect(formatDuration(3599.9)).toBe("1 h");
    expect(formatDuration(86_399)).toBe("1 day");
  });

  it("counts with the noun in the right number", () => {
    expect(plural(1, "rollback")).toBe("1 rollback");
    expect(plural(2, "rollback")).toBe("2 rollbacks");
    expect(plural(0, "day")).toBe("0 days");
  });
});
