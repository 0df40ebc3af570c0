// The committed action bundles (actions/dist) must be what their sources build to: a user's
// `uses: OWNER/modelgate/actions/<name>@<tag>` runs them as committed, with nothing built.
// Rebuilds the actions twice into temporary folders (the build must be deterministic), compares
// the bytes with actions/dist and fails naming every stale, missing or extra file and the fix.
// Also checks that actions/engines (the lockfile the composite actions install at run time)
// pins the engine versions the workspace builds and tests with. Runs in `pnpm ci` before vitest,
// whose global setup rebuilds actions/dist in place.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ACTIONS_DIST, buildActions, ENGINES } from "./build.js";

const root = new URL("..", import.meta.url).pathname;
const FIX = "run `pnpm build actions` and commit actions/dist";

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path), readFileSync(path));
  }
  return out;
}

function differences(expected: Map<string, Buffer>, actual: Map<string, Buffer>): string[] {
  const problems: string[] = [];
  for (const [name, bytes] of expected) {
    const have = actual.get(name);
    if (have === undefined) problems.push(`actions/dist/${name}: missing (its entry builds it)`);
    else if (!have.equals(bytes)) problems.push(`actions/dist/${name}: stale (differs from its sources)`);
  }
  for (const name of actual.keys())
    if (!expected.has(name)) problems.push(`actions/dist/${name}: extra (no entry in actions/src builds it)`);
  return problems.sort();
}

/** The engines' pinned versions against the versions the workspace resolves (what the tests ran). */
function engineProblems(): string[] {
  const problems: string[] = [];
  const manifest = JSON.parse(readFileSync(join(root, "actions/engines/package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  const lock = JSON.parse(readFileSync(join(root, "actions/engines/package-lock.json"), "utf8")) as {
    packages?: Record<string, { version?: string }>;
  };
  const pinned = manifest.dependencies ?? {};
  for (const engine of ENGINES.filter((e) => e !== "@duckdb/node-bindings")) {
    const installed = join(root, "actions/node_modules", engine, "package.json");
    if (!existsSync(installed)) {
      problems.push(`${engine}: not installed in actions/node_modules: run \`pnpm install\``);
      continue;
    }
    const version = (JSON.parse(readFileSync(installed, "utf8")) as { version: string }).version;
    if (pinned[engine] !== version)
      problems.push(
        `actions/engines/package.json: ${engine} is ${pinned[engine] ?? "absent"}, the workspace has ${version}: set it to ${version} and run \`npm install --package-lock-only --ignore-scripts\` in actions/engines`,
      );
    const locked = lock.packages?.[`node_modules/${engine}`]?.version;
    if (locked !== pinned[engine])
      problems.push(
        `actions/engines/package-lock.json: ${engine} is locked at ${locked ?? "nothing"}, package.json asks ${pinned[engine]}: run \`npm install --package-lock-only --ignore-scripts\` in actions/engines`,
      );
  }
  for (const name of Object.keys(pinned))
    if (!ENGINES.includes(name))
      problems.push(`actions/engines/package.json: ${name} is not an engine (only ${ENGINES.join(", ")})`);
  return problems;
}

const scratch = mkdtempSync(join(tmpdir(), "mg-bundles-"));
try {
  await buildActions(join(scratch, "a"));
  await buildActions(join(scratch, "b"));
  const first = files(join(scratch, "a"));
  const second = files(join(scratch, "b"));
  const unstable = differences(first, second);
  const problems = [
    ...unstable.map((p) => `${p.replace(/: .*/, "")}: the build is not deterministic (two builds differ)`),
    ...(unstable.length === 0 ? differences(first, files(ACTIONS_DIST)) : []),
  ];
  const engines = engineProblems();
  for (const p of [...problems, ...engines]) console.log(p);
  if (problems.length > 0 && unstable.length === 0) console.log(`fix: ${FIX}`);
  if (problems.length === 0 && engines.length === 0) {
    const size = [...first.values()].reduce((n, b) => n + b.length, 0);
    console.log(
      `check-bundles: ${first.size} bundle(s) in actions/dist match their sources (${(size / 2 ** 20).toFixed(1)} MiB)`,
    );
    try {
      const changed = execFileSync("git", ["status", "--porcelain", "--", "actions/dist"], {
        cwd: root,
        encoding: "utf8",
      }).trim();
      if (changed !== "") console.log(`note: actions/dist has uncommitted changes: commit them\n${changed}`);
    } catch {
      // not a git checkout: nothing to say about commits
    }
  }
  process.exitCode = problems.length > 0 || engines.length > 0 ? 1 : 0;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
