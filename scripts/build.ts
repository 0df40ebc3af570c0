// The one esbuild configuration for everything modelgate ships as JavaScript:
// - the CLI: packages/cli/src/main.ts into packages/cli/dist (the published `modelgate` package's bin),
//   with each command module in its own chunk so a command loads only what it uses;
// - the actions: every entry actions/src/<name>.ts into actions/dist/<name>.js.
// The native engines stay external: the CLI package and actions/ list them as dependencies.
import { chmodSync, readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { type BuildOptions, build, type Plugin } from "esbuild";

const root = new URL("..", import.meta.url).pathname;

/** Resolved from node_modules at run time, never bundled: they load native binaries. */
export const ENGINES = ["@duckdb/node-api", "@duckdb/node-bindings", "onnxruntime-node"];

/**
 * The library packages keep no module-level state and have no import-time effects (the
 * project's rule for packages), so esbuild may drop a module none of whose exports is used:
 * the score's policy check then reaches the CLI without the onnxruntime-backed runner that
 * shares @modelgate/model's index.
 */
const librariesArePure: Plugin = {
  name: "libraries-are-pure",
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === librariesArePure || args.kind === "entry-point") return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: librariesArePure,
      });
      const inLibrary = /^packages\/(?!cli\/)[^/]+\/src\//.test(relative(root, resolved.path));
      return resolved.errors.length === 0 && inLibrary ? { ...resolved, sideEffects: false } : undefined;
    });
  },
};

const shared: BuildOptions = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  conditions: ["development"],
  external: ENGINES,
  // CommonJS dependencies inside an ESM bundle need require().
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  plugins: [librariesArePure],
  logLevel: "warning",
};

export async function buildActions(): Promise<string[]> {
  const srcDir = join(root, "actions", "src");
  const entries = readdirSync(srcDir)
    .filter((f) => f.endsWith(".ts") && !f.startsWith("_"))
    .map((f) => join(srcDir, f));
  if (entries.length === 0) return [];
  await build({ ...shared, entryPoints: entries, outdir: join(root, "actions", "dist") });
  return entries;
}

/** The CLI bundle: packages/cli/dist/modelgate.js plus one chunk per lazily loaded module. */
export async function buildCli(): Promise<string> {
  const outdir = join(root, "packages", "cli", "dist");
  rmSync(outdir, { recursive: true, force: true });
  await build({
    ...shared,
    entryPoints: { modelgate: join(root, "packages", "cli", "src", "main.ts") },
    outdir,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    banner: { js: `#!/usr/bin/env node\n${shared.banner?.js}` },
  });
  const bin = join(outdir, "modelgate.js");
  chmodSync(bin, 0o755);
  return bin;
}

/** Everything, as CI and the test setup need it. */
export async function buildAll(): Promise<void> {
  await Promise.all([buildActions(), buildCli()]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? "all";
  if (which === "actions" || which === "all") {
    const built = await buildActions();
    console.log(`built ${built.length} action entr${built.length === 1 ? "y" : "ies"} into actions/dist`);
  }
  if (which === "cli" || which === "all") console.log(`built ${await buildCli()}`);
}
