// Bundles every action entry actions/src/<name>.ts into actions/dist/<name>.js.
// Native engines stay external and resolve from actions/node_modules.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

export async function buildActions(): Promise<string[]> {
  const root = new URL("..", import.meta.url).pathname;
  const srcDir = join(root, "actions", "src");
  const entries = readdirSync(srcDir)
    .filter((f) => f.endsWith(".ts") && !f.startsWith("_"))
    .map((f) => join(srcDir, f));
  if (entries.length === 0) return [];
  await build({
    entryPoints: entries,
    outdir: join(root, "actions", "dist"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    conditions: ["development"],
    external: ["@duckdb/node-api", "@duckdb/node-bindings", "onnxruntime-node"],
    // CommonJS dependencies inside an ESM bundle need require().
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: "warning",
  });
  return entries;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = await buildActions();
  console.log(`built ${built.length} action entr${built.length === 1 ? "y" : "ies"} into actions/dist`);
}
