import { describe, expect, it } from "vitest";
import { parseEnvState, parseYaml } from "../src/history/env-state-text.js";

describe("reading environment-file states from history", () => {
  const cases: [string, unknown][] = [
    ["model: m\nenvironment: production\nversion: 1.0.0\n", { state: { version: "1.0.0" } }],
    [
      "# yaml-language-server: $schema=x\nmodel: m\nversion: 2.0.0\ncanary:\n  version: 2.1.0\n  traffic: 10\n",
      { state: { version: "2.0.0", canary: { version: "2.1.0", traffic: 10 } } },
    ],
    ["version: 1.0.0\r\nmodel: m\r\n", { state: { version: "1.0.0" } }],
    // numbers keep the text the author wrote, not the number YAML reads
    ["version: 1.10\n", { state: { version: "1.10" } }],
    ["version: 2\n", { state: { version: "2" } }],
    ['version: "1.0.0"\n', { state: { version: "1.0.0" } }],
    [
      "{version: 3.0.0, canary: {version: 3.1.0, traffic: 5}}\n",
      { state: { version: "3.0.0", canary: { version: "3.1.0", traffic: 5 } } },
    ],
    ["version: 1.0.0\ncanary: null\n", { state: { version: "1.0.0" } }],
    ["version: 1.0.0  # the champion\n", { state: { version: "1.0.0" } }],
    ["version: [unclosed\n", "not valid YAML"],
    ["- a\n- b\n", "not a YAML mapping"],
    ["model: m\n", "field version"],
    ["version: true\n", "field version"],
    ["version: 1.0.0\ncanary:\n  version: 1.1.0\n", "canary.traffic"],
    ["version: 1.0.0\ncanary:\n  version: 1.1.0\n  traffic: 100\n", "canary.traffic"],
    ["version: 1.0.0\ncanary: 5\n", "field canary: not a mapping"],
    ["version: 1.0.0\nversion: 1.1.0\n", "not valid YAML"], // duplicate key
  ];
  it.each(cases)("%j", (text, expected) => {
    const fast = parseEnvState(text);
    const full = parseYaml(text);
    // the fast path and the YAML parser agree on every input
    expect(fast).toEqual(full);
    if (typeof expected === "string") expect((fast as { problem: string }).problem).toContain(expected);
    else expect(fast).toEqual(expected);
  });
});
