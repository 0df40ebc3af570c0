// Installs the native engines (DuckDB, onnxruntime) of the validate-data and evaluate-model
// actions from this folder's lockfile; their composite action.yml runs it before the bundle:
//
//   node install.mjs locate        GITHUB_OUTPUT: dir (where the engines go, in RUNNER_TEMP)
//                                  and key (the cache key: platform, arch, the lockfile's sha256)
//   node install.mjs install DIR   `npm ci` into DIR unless DIR holds this lockfile's install
//
// npm ci runs with --ignore-scripts: DuckDB's binary comes as a platform package, onnxruntime's
// CPU binary is inside its npm package, and onnxruntime-node's install script would only fetch
// CUDA libraries from NuGet (ONNXRUNTIME_NODE_INSTALL=skip says the same to it if ever run).
// Plain JavaScript with Node's built-ins only: it runs from a checkout with nothing installed.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const LOCK = join(here, "package-lock.json");
const MARKER = ".modelgate-engines";
/** the engines: this folder's package.json dependencies */
const ENGINES = Object.keys(JSON.parse(readFileSync(join(here, "package.json"), "utf8")).dependencies);

function fail(message, code = 3) {
  process.stdout.write(
    `::error::${message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}\n`,
  );
  process.exit(code);
}

const major = Number(process.versions.node.split(".")[0]);
if (major < 20)
  fail(
    `node ${process.versions.node} is too old for modelgate: use Node.js 20 or later (actions/setup-node)`,
  );

const hash = createHash("sha256").update(readFileSync(LOCK)).digest("hex").slice(0, 16);
const [command, dir] = process.argv.slice(2);

if (command === "locate") {
  const temp = process.env.RUNNER_TEMP;
  if (!temp) fail("RUNNER_TEMP is not set: run this from a GitHub Actions step");
  const output = process.env.GITHUB_OUTPUT;
  if (!output) fail("GITHUB_OUTPUT is not set: run this from a GitHub Actions step");
  const lines = [
    `dir=${join(temp, `modelgate-engines-${hash}`)}`,
    `key=modelgate-engines-${process.platform}-${process.arch}-${hash}`,
  ];
  appendFileSync(output, `${lines.join("\n")}\n`);
} else if (command === "install" && dir) {
  const marker = join(dir, MARKER);
  if (existsSync(marker) && readFileSync(marker, "utf8").trim() === hash) {
    console.log(`modelgate engines: already installed in ${dir} (lockfile ${hash})`);
  } else {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(here, "package.json"), join(dir, "package.json"));
    copyFileSync(LOCK, join(dir, "package-lock.json"));
    const npm = spawnSync("npm", ["ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund"], {
      cwd: dir,
      stdio: "inherit",
      env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: "skip" },
      shell: process.platform === "win32",
    });
    if (npm.error || npm.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      fail(
        `npm ci of the modelgate engines failed (${npm.error?.message ?? `exit ${npm.status}`}): the runner needs npm and access to the npm registry (set NPM_CONFIG_REGISTRY for a mirror)`,
      );
    }
    // fail closed: each engine must load (its native binary for this platform) from DIR now
    const from = createRequire(join(dir, "package.json"));
    for (const engine of ENGINES) {
      try {
        from(engine);
      } catch (error) {
        rmSync(dir, { recursive: true, force: true });
        fail(
          `the engine ${engine} installed into ${dir} does not load on ${process.platform}-${process.arch}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    writeFileSync(marker, `${hash}\n`);
    console.log(`modelgate engines: installed in ${dir} (lockfile ${hash})`);
  }
} else {
  fail("usage: node install.mjs locate | install DIR", 2);
}
