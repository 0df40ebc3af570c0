// SLOW (about 30-60 s, most of it `npm install`): the published package as a user gets it.
// Packs packages/cli with pnpm (the bundle the test setup built), installs the tarball with npm
// into an empty prefix with the README's install command (only the npm registry is needed; npm's
// cache is used), and runs `modelgate` in a directory outside the checkout with relative paths.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { arch, platform, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = new URL("../../..", import.meta.url).pathname;
const cliDir = join(root, "packages/cli");
const pkg = JSON.parse(readFileSync(join(cliDir, "package.json"), "utf8")) as {
  name: string;
  version: string;
};
const pnpm = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { packageManager: string })
  .packageManager;

const work = mkdtempSync(join(tmpdir(), "mg-package-"));
const prefix = join(work, "prefix");
const user = join(work, "user");
const installed = join(prefix, "lib/node_modules", pkg.name);
let modelgate = "";

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(modelgate, args, { cwd: user, encoding: "utf8", env: { ...process.env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  // `--ignore-scripts` spares the prepack rebuild: other test files run packages/cli/dist meanwhile
  execFileSync("npx", ["--yes", pnpm, "pack", "--pack-destination", work], {
    cwd: cliDir,
    env: { ...process.env, npm_config_ignore_scripts: "true" },
    stdio: "pipe",
  });
  const tarball = join(work, `${pkg.name}-${pkg.version}.tgz`);
  mkdirSync(prefix);
  // the README's command: ONNXRUNTIME_NODE_INSTALL=skip npm install -g modelgate
  execFileSync(
    "npm",
    ["install", "--global", "--prefix", prefix, "--prefer-offline", "--no-audit", "--no-fund", tarball],
    { cwd: work, env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: "skip" }, stdio: "pipe" },
  );
  modelgate = join(prefix, "bin/modelgate");
  // the user's own directory: the example data, models and registry, no checkout
  mkdirSync(user);
  cpSync(join(root, "examples"), user, { recursive: true });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the installable package (slow: pnpm pack + npm install into an empty prefix)", () => {
  it("ships the bundle and the engines, and no CUDA libraries", () => {
    expect(existsSync(join(installed, "dist/modelgate.js"))).toBe(true);
    expect(existsSync(join(installed, "src"))).toBe(false);
    const deps = readdirSync(join(installed, "node_modules"));
    expect(deps).toContain("onnxruntime-node");
    expect(deps).toContain("@duckdb");
    expect(deps.filter((d) => d.startsWith("@modelgate"))).toEqual([]);
    const ortBin = join(installed, "node_modules/onnxruntime-node/bin/napi-v6", platform(), arch());
    const files = readdirSync(ortBin);
    expect(
      files.some((f) => f.startsWith("libonnxruntime.so") || f.endsWith(".dll") || f.endsWith(".dylib")),
    ).toBe(true);
    expect(files.filter((f) => /cuda|tensorrt/i.test(f))).toEqual([]);
  });

  it("prints its version", () => {
    const r = run(["--version"]);
    expect(r.stdout.trim()).toBe(pkg.version);
    expect(r.status).toBe(0);
  });

  it("lints a manifest given relative to the working directory", () => {
    const r = run(["lint", "registry/models/credit-default/versions/1.0.0.yaml", "--format", "json"]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { files: number; errors: number };
    expect(report.files).toBe(1);
    expect(report.errors).toBe(0);
  });

  it("validates data with DuckDB, reading and writing relative paths", () => {
    const r = run([
      "validate-data",
      "--schema",
      "registry/datasets/loans/schema.yaml",
      "--data",
      "data/test.csv",
      "--reference",
      "data/train.csv",
      "--out",
      "out/validation.json",
    ]);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(join(user, "out/validation.json"), "utf8")) as {
      verdict: string;
      summary: { rows: number };
      inputs: { role: string; uri: string; sha256: string }[];
    };
    expect(report.verdict).toBe("pass");
    // examples/data/test.csv holds 5,000 rows (examples/data/README.md), and its digest is the
    // one registered as loans@2026-11-test: the relative path reached the user's file
    expect(report.summary.rows).toBe(5000);
    const registered = readFileSync(join(user, "registry/datasets/loans/versions/2026-11-test.yaml"), "utf8");
    const data = report.inputs.find((i) => i.role === "data");
    expect(data?.uri).toBe("file:data/test.csv");
    expect(registered).toContain(`sha256: ${data?.sha256}`);
  });

  it("evaluates a registered ONNX model with onnxruntime, reading and writing relative paths", () => {
    const r = run([
      "evaluate",
      "--registry",
      "registry",
      "--model-name",
      "credit-default",
      "--version",
      "1.0.0",
      "--out",
      "out/evaluation.json",
    ]);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(join(user, "out/evaluation.json"), "utf8")) as {
      verdict: string;
      models: { metrics: Record<string, number> }[];
    };
    expect(report.verdict).toBe("pass");
    // the registered summary of credit-default 1.0.0 (examples/registry): roc_auc 0.837
    expect(report.models[0]?.metrics.roc_auc).toBeCloseTo(0.837, 3);
  });
});
