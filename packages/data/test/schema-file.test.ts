import { afterEach, describe, expect, it, vi } from "vitest";
import { parseDatasetSchema } from "../src/schema-file.js";

const head = "dataset: t\nfeatures:\n  - name: a\n    type: int\n";
const refused = (text: string) => {
  try {
    parseDatasetSchema(text, "s.yaml");
  } catch (error) {
    return (error as Error).message;
  }
  return "accepted";
};

describe("dataset schema files", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("refuses a list as a key at that key, without a process warning", () => {
    // yaml's toJS would turn the key into the text "[ x, y ]" and warn on the process
    const warn = vi.spyOn(process, "emitWarning");
    expect(refused(`${head}    ? [x, y]\n    : 1\n`)).toMatch(
      /^s\.yaml is not a valid dataset schema:\ns\.yaml:5:7: error MG010 a key must be a single value, not a list/,
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it("refuses a duplicate key at the second one, and a bad value at the value", () => {
    expect(refused(`${head}    type: float\n`)).toContain('s.yaml:5:5: error MG011 duplicate key "type"');
    expect(refused("dataset: t\nfeatures:\n  - name: a\n    type: integer\n")).toContain(
      "s.yaml:4:11: error MG034 features[0].type must be one of int, float, string, bool, timestamp",
    );
  });

  it("keeps the line of every constraint", () => {
    const s = parseDatasetSchema(`${head}    domain: { min: 0, max: 9 }\nkeys: [a]\n`, "s.yaml");
    expect(Object.fromEntries(s.lines)).toMatchObject({
      a: 3,
      "a.type": 4,
      "a.domain": 5,
      keys: 6,
      dataset: 1,
    });
  });
});
