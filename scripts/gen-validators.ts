// Generates the precompiled JSON Schema validators (Ajv standalone code) from schemas/ into
// packages/core/src/generated/validators/<name>.cjs, one CommonJS module per schema, so that no
// process compiles a schema at run time (Ajv's compile was a quarter of `modelgate lint` and most
// of ml-test-score's first output). core's schemas.ts `require`s a module the first time its
// schema validates something, so a command reads and compiles only the validators it uses (they
// are 0.9 MB together); scripts/build.ts writes them, bundled, beside the CLI and action bundles.
//   tsx scripts/gen-validators.ts          write the files
//   tsx scripts/gen-validators.ts --check  exit 1 when a generated file is out of date
// packages/core/test/generated-validators.test.ts fails when the files differ from a fresh run.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type Options } from "ajv/dist/2020.js";
import standaloneModule from "ajv/dist/standalone/index.js";
import addFormatsModule from "ajv-formats";

const root = new URL("..", import.meta.url).pathname;
export const SCHEMAS_DIR = join(root, "schemas");
export const VALIDATORS_DIR = join(root, "packages/core/src/generated/validators");

// both are CommonJS: the default export is the function itself at run time
const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ??
  standaloneModule) as unknown as (ajv: Ajv2020, refs: Record<string, string>) => string;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/**
 * The validator's options. allErrors and verbose: lint reports every violation, with the failing
 * subschema (parentSchema) its hints read. The strict options refuse a schema with an unknown
 * keyword or a loose type here, when the validators are generated.
 */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  verbose: true,
  strictSchema: true,
  strictTypes: true,
  strictTuples: true,
  allowUnionTypes: true,
  // the schema tests check every schema against the meta-schema
  validateSchema: false,
  code: { source: true, lines: true },
};

/** What the generated code may `require` (the bundles carry them beside each validator). */
const RUNTIME = ["ajv/dist/runtime/ucs2length", "ajv/dist/runtime/equal", "ajv-formats/dist/formats"];

const BANNER = (name: string) =>
  `/* Generated from schemas/${name}.schema.json by scripts/gen-validators.ts (pnpm gen:validators). Do not edit. */`;

/** The schema names in schemas/, sorted. */
export function schemaNames(): string[] {
  return readdirSync(SCHEMAS_DIR)
    .filter((f) => f.endsWith(".schema.json"))
    .map((f) => f.replace(/\.schema\.json$/, ""))
    .sort();
}

/** The generated files, by file name, as they should be on disk. */
export function generateValidators(): Map<string, string> {
  const names = schemaNames();
  const schemas = names.map((n) => JSON.parse(readFileSync(join(SCHEMAS_DIR, `${n}.schema.json`), "utf8")));
  const out = new Map<string, string>();
  for (const name of names) {
    // a fresh instance per schema: the code of one holds only what its own $refs reach
    const ajv = new Ajv2020(AJV_OPTIONS);
    addFormats(ajv);
    for (const schema of schemas) ajv.addSchema(schema);
    const code = standaloneCode(ajv, { validate: `https://modelgate.dev/schemas/${name}.schema.json` });
    const requires = [...code.matchAll(/require\("([^"]*)"\)/g)].map((m) => m[1] as string);
    const unknown = requires.filter((r) => !RUNTIME.includes(r));
    if (unknown.length > 0) throw new Error(`${name}: the generated code requires ${unknown.join(", ")}`);
    out.set(`${name}.cjs`, `${BANNER(name)}\n${code}\n`);
  }
  return out;
}

function main(): void {
  const check = process.argv.includes("--check");
  const files = generateValidators();
  mkdirSync(VALIDATORS_DIR, { recursive: true });
  let stale = 0;
  for (const file of readdirSync(VALIDATORS_DIR)) {
    if (files.has(file)) continue;
    if (check) {
      console.error(`${join(VALIDATORS_DIR, file)} has no schema; run pnpm gen:validators`);
      stale++;
    } else rmSync(join(VALIDATORS_DIR, file));
  }
  for (const [file, text] of files) {
    const path = join(VALIDATORS_DIR, file);
    let current: string | undefined;
    try {
      current = readFileSync(path, "utf8");
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    if (check) {
      console.error(`${path} is out of date; run pnpm gen:validators`);
      stale++;
    } else writeFileSync(path, text);
  }
  if (!check) console.log(`wrote ${files.size} validators into ${VALIDATORS_DIR}`);
  process.exitCode = stale > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
