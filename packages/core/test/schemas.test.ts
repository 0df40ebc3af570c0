import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { getSchema, SCHEMA_NAMES, schemaId, validateValue } from "../src/schemas.js";

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;
const schemasDir = join(import.meta.dirname, "../../../schemas");
const files = readdirSync(schemasDir).filter((f) => f.endsWith(".schema.json"));

/** Every `properties` entry anywhere in a schema, with its JSON path. */
function* properties(node: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* properties(item, `${path}/${i}`);
    return;
  }
  const obj = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(obj)) {
    if (key === "examples" || key === "if") continue;
    if (key === "properties" && value !== null && typeof value === "object") {
      for (const [prop, sub] of Object.entries(value as Record<string, unknown>)) {
        yield [`${path}/properties/${prop}`, sub as Record<string, unknown>];
      }
    }
    yield* properties(value, `${path}/${key}`);
  }
}

describe("schemas", () => {
  // the runtime validator skips meta-schema checks for start-up time; they are made here
  it.each(files)("%s is a valid JSON Schema 2020-12 document", (file) => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    addFormats(ajv);
    const raw = JSON.parse(readFileSync(join(schemasDir, file), "utf8")) as Record<string, unknown>;
    expect(ajv.validateSchema(raw), JSON.stringify(ajv.errors)).toBe(true);
  });

  it("registers every file in schemas/", () => {
    const names = files.map((f) => f.replace(/\.schema\.json$/, "")).sort();
    expect([...SCHEMA_NAMES].sort()).toEqual(names);
  });

  it.each(files)("%s has the right $id, a description on every property and valid examples", (file) => {
    const name = file.replace(/\.schema\.json$/, "");
    const raw = JSON.parse(readFileSync(join(schemasDir, file), "utf8")) as Record<string, unknown>;
    expect(raw.$id).toBe(schemaId(name));
    expect(raw.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(getSchema(name)).toEqual(raw);
    const missing = [...properties(raw, "")].filter(([, s]) => typeof s.description !== "string");
    expect(missing.map(([p]) => p)).toEqual([]);
    const examples = raw.examples as unknown[];
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(validateValue(name, example)).toEqual([]);
  });

  it("reports each violation with its keyword and JSON pointer", () => {
    const errors = validateValue("environment", {
      model: "Credit",
      environment: "production",
      canary: { version: "1.1.0", traffic: 100 },
      extra: 1,
    });
    const summary = errors.map((e) => `${e.keyword} ${e.instancePath}`).sort();
    expect(summary).toEqual([
      "additionalProperties ",
      "maximum /canary/traffic",
      "pattern /model",
      "required ",
    ]);
    expect(errors.find((e) => e.keyword === "required")?.params).toEqual({ missingProperty: "version" });
    expect(errors.find((e) => e.keyword === "additionalProperties")?.params).toEqual({
      additionalProperty: "extra",
    });
  });

  it("a deprecated version needs its deprecation", () => {
    const base = getSchema("model-version").examples as Record<string, unknown>[];
    const errors = validateValue("model-version", { ...base[0], status: "deprecated" });
    expect(errors.some((e) => e.keyword === "required" && e.params.missingProperty === "deprecation")).toBe(
      true,
    );
  });

  it("accepts report schemas built on the envelope", () => {
    expect(validateValue("evidence-envelope", { kind: "evaluation" }).length).toBeGreaterThan(0);
  });

  it("names an unknown schema", () => {
    expect(() => validateValue("nope", {})).toThrow(/unknown schema "nope"/);
  });
});
