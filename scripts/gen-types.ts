// Generates TypeScript types from the manifest schemas into packages/core/src/generated/.
//   tsx scripts/gen-types.ts          write the files
//   tsx scripts/gen-types.ts --check  exit 1 when a generated file is out of date
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compile, type JSONSchema } from "json-schema-to-typescript";
import { MANIFEST_KINDS } from "../packages/core/src/manifest.js";

const root = new URL("..", import.meta.url).pathname;
export const SCHEMAS_DIR = join(root, "schemas");
export const GENERATED_DIR = join(root, "packages/core/src/generated");

/** The schemas that get generated types: the manifests and the evidence envelope. */
export const TYPED_SCHEMAS = ["evidence-envelope", ...MANIFEST_KINDS] as const;

const BANNER = (name: string) =>
  `/* Generated from schemas/${name}.schema.json by scripts/gen-types.ts (pnpm gen:types). Do not edit. */`;

/** The generated files, by file name, as they should be on disk. */
export async function generateTypes(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const index: string[] = [BANNER("*").replace("schemas/*.schema.json", "schemas/")];
  for (const name of TYPED_SCHEMAS) {
    const schema = JSON.parse(readFileSync(join(SCHEMAS_DIR, `${name}.schema.json`), "utf8")) as JSONSchema;
    delete schema.examples;
    const ts = await compile(schema, String(schema.title), {
      bannerComment: BANNER(name),
      cwd: SCHEMAS_DIR,
      additionalProperties: false,
      declareExternallyReferenced: true,
      enableConstEnums: false,
      ignoreMinAndMaxItems: true,
      strictIndexSignatures: true,
      format: true,
      style: { printWidth: 110, singleQuote: false, trailingComma: "all" },
    });
    out.set(`${name}.ts`, ts);
    index.push(`export type * from "./${name}.js";`);
  }
  out.set("index.ts", `${index.join("\n")}\n`);
  return out;
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const files = await generateTypes();
  mkdirSync(GENERATED_DIR, { recursive: true });
  let stale = 0;
  for (const [file, text] of files) {
    const path = join(GENERATED_DIR, file);
    let current: string | undefined;
    try {
      current = readFileSync(path, "utf8");
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    if (check) {
      console.error(`${path} is out of date; run pnpm gen:types`);
      stale++;
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${path}`);
    }
  }
  process.exitCode = stale > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
