// The one esbuild configuration for everything modelgate ships as JavaScript:
// - the CLI: packages/cli/src/main.ts into packages/cli/dist (the published `modelgate` package's bin),
//   with each command module in its own chunk so a command loads only what it uses;
// - the actions: every entry actions/src/<name>.ts into actions/dist/<name>.js, committed so that
//   `uses: OWNER/modelgate/actions/<name>@<tag>` runs with nothing built (scripts/check-bundles.ts
//   fails CI when a committed bundle differs from its sources).
// The native engines stay external: the CLI package lists them as dependencies; the actions
// that need them install them at run time from actions/engines/package-lock.json.
// The output is deterministic (same sources, same bytes): entries are sorted and every path
// esbuild writes into a bundle is relative to the repository root, whatever the cwd or outdir.
import { chmodSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { type BuildOptions, build, type Metafile, type Plugin } from "esbuild";

const root = new URL("..", import.meta.url).pathname;

/** Resolved from node_modules at run time, never bundled: they load native binaries. */
export const ENGINES = ["@duckdb/node-api", "@duckdb/node-bindings", "onnxruntime-node"];

/**
 * The library packages keep no module-level state and have no import-time effects (the
 * project's rule for packages), so esbuild may drop a module none of whose exports is used:
 * the score's policy check then reaches the CLI without the onnxruntime-backed runner that
 * shares @modelgate/model's index. The same holds for the actions toolkit (@actions/core and
 * what it imports): its modules only define functions, so the actions leave out the HTTP client
 * (undici, about 0.8 MB) that only core's OIDC token request uses, which the actions never call.
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
      const path = relative(root, resolved.path);
      const inLibrary =
        /^packages\/(?!cli\/)[^/]+\/src\//.test(path) ||
        /(^|\/)node_modules\/@actions\/[^/]+\/lib\//.test(path);
      return resolved.errors.length === 0 && inLibrary ? { ...resolved, sideEffects: false } : undefined;
    });
  },
};

/**
 * An engine is `require`d, never imported: Node's ESM loader lexes a CommonJS package's every
 * re-exporting file for its export names (importing @duckdb/node-api took 0.17 s against 0.09 s
 * for require, in each data command's start). In the CLI it is required beside the bundle when the
 * command's chunk loads; a missing engine is a message naming the fix, exit 3, no stack trace.
 * In the actions, an engine is `require`d when the bundle starts, from the folder named by
 * MODELGATE_ENGINES when set (where the composite action installed actions/engines' lockfile),
 * else from node_modules as usual (the workspace). ESM imports would be resolved from the
 * bundle's own folder only, before any code of the entry runs. A missing engine is an error
 * annotation naming the fix, exit 3, no stack trace.
 */
const enginesAtRunTime: Plugin = {
  name: "engines-at-run-time",
  setup(b) {
    const names = ENGINES.map((e) => e.replace(/[/.-]/g, "\\$&")).join("|");
    b.onResolve({ filter: new RegExp(`^(${names})$`) }, (args) => ({ path: args.path, namespace: "engine" }));
    b.onLoad({ filter: /.*/, namespace: "engine" }, (args) => ({
      contents: `module.exports = __mgEngine(${JSON.stringify(args.path)});`,
      loader: "js",
    }));
  },
};

/** The precompiled schema validators (scripts/gen-validators.ts), one CommonJS module per schema. */
const VALIDATORS_SRC = "packages/core/src/generated/validators";

/**
 * core's schemas.ts `require`s `./generated/validators/<name>.cjs` beside itself when a schema
 * first validates something (so a command parses only the validators it uses, not all 0.9 MB).
 * In a bundle "beside itself" is the output file that holds schemas.ts: the modules are written
 * there, each bundled with the Ajv runtime it requires, so the bundles need no node_modules.
 */
async function writeValidatorsBeside(metafile: Metafile): Promise<void> {
  const holders = Object.entries(metafile.outputs)
    .filter(([, out]) => Object.hasOwn(out.inputs, "packages/core/src/schemas.ts"))
    .map(([file]) => join(root, dirname(file)));
  for (const dir of [...new Set(holders)].sort()) await writeValidators(dir);
}

/** Writes the validator modules beside a bundle in `bundleDir` (also for a test's own bundle). */
export async function writeValidators(bundleDir: string): Promise<void> {
  const entries = readdirSync(join(root, VALIDATORS_SRC))
    .filter((f) => f.endsWith(".cjs"))
    .sort()
    .map((f) => join(root, VALIDATORS_SRC, f));
  await build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: join(bundleDir, "generated", "validators"),
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "warning",
  });
}

const ENGINE_LOADER = String.raw`import { fileURLToPath as __mgPath } from "node:url";
const __mgEngine = (id) => {
  const dir = process.env.MODELGATE_ENGINES;
  try {
    return (dir ? __cr(dir + "/package.json") : require)(id);
  } catch (error) {
    if (error?.code !== "MODULE_NOT_FOUND") throw error;
    const where = dir ? "in " + dir + " (MODELGATE_ENGINES)" : "beside " + __mgPath(new URL(".", import.meta.url));
    const message = "the engine " + id + " is not installed " + where + ": run the action through its action.yml, which installs the engines from actions/engines/package-lock.json";
    process.stdout.write("::error::" + message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A") + "\n");
    process.exit(3);
  }
};`;

const CLI_ENGINE_LOADER = String.raw`import { fileURLToPath as __mgPath } from "node:url";
const __mgEngine = (id) => {
  try {
    return require(id);
  } catch (error) {
    if (error?.code !== "MODULE_NOT_FOUND") throw error;
    process.stderr.write("modelgate: the engine " + id + " is not installed beside " + __mgPath(new URL("..", import.meta.url)) + ": reinstall modelgate with its dependencies (npm install modelgate, or pnpm install in its workspace)\n");
    process.exit(3);
  }
};`;

const shared: BuildOptions = {
  absWorkingDir: root,
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

/** The committed bundles' folder. */
export const ACTIONS_DIST = join(root, "actions", "dist");

/**
 * Every entry actions/src/<name>.ts (files starting with `_` are shared code) into
 * `outdir`/<name>.js, the folder emptied first so a removed entry leaves no bundle behind.
 * Returns the entries, sorted.
 */
export async function buildActions(outdir: string = ACTIONS_DIST): Promise<string[]> {
  const srcDir = join(root, "actions", "src");
  const entries = readdirSync(srcDir)
    .filter((f) => f.endsWith(".ts") && !f.startsWith("_"))
    .sort()
    .map((f) => join(srcDir, f));
  rmSync(outdir, { recursive: true, force: true });
  if (entries.length === 0) return [];
  const { metafile } = await build({
    ...shared,
    entryPoints: entries,
    outdir,
    metafile: true,
    plugins: [enginesAtRunTime, librariesArePure],
    banner: { js: `${shared.banner?.js}\n${ENGINE_LOADER}` },
  });
  await writeValidatorsBeside(metafile);
  return entries;
}

/** The CLI bundle: packages/cli/dist/modelgate.js plus one chunk per lazily loaded module. */
export async function buildCli(): Promise<string> {
  const outdir = join(root, "packages", "cli", "dist");
  rmSync(outdir, { recursive: true, force: true });
  const { metafile } = await build({
    ...shared,
    entryPoints: { modelgate: join(root, "packages", "cli", "src", "main.ts") },
    outdir,
    metafile: true,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    plugins: [enginesAtRunTime, librariesArePure],
    banner: { js: `#!/usr/bin/env node\n${shared.banner?.js}\n${CLI_ENGINE_LOADER}` },
  });
  await writeValidatorsBeside(metafile);
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
