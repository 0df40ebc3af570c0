// The shipped CLI (packages/cli/dist, bundled by the test setup) loads a command's file only
// when that command runs, and a native engine only in the commands that use it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import { VERSION } from "../src/cli.js";
import { commandModules, modulesFor } from "../src/commands/index.js";
import type { CliContext } from "../src/context.js";

const root = new URL("../../..", import.meta.url).pathname;
const bin = join(root, "packages/cli/dist/modelgate.js");
const manifest = join(root, "examples/registry/models/credit-default/model.yaml");
const work = mkdtempSync(join(tmpdir(), "mg-startup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Every native addon goes through process.dlopen: record each one the process opens.
const tracer = join(work, "trace-dlopen.cjs");
writeFileSync(
  tracer,
  `const fs = require("node:fs");
const open = process.dlopen;
process.dlopen = function (module, filename, ...rest) {
  fs.appendFileSync(process.env.MG_DLOPEN_LOG, filename + "\\n");
  return open.call(this, module, filename, ...rest);
};
`,
);

function runBundle(args: string[]): {
  status: number | null;
  stdout: string;
  stderr: string;
  addons: string[];
} {
  const log = join(work, `dlopen-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(log, "");
  const r = spawnSync(process.execPath, ["--require", tracer, bin, ...args], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, MG_DLOPEN_LOG: log },
  });
  const addons = readFileSync(log, "utf8").split("\n").filter(Boolean);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, addons };
}

const duckdb = /duckdb/i;
const onnxruntime = /onnxruntime/i;

describe("the command table", () => {
  it("names exactly the top-level commands each command file registers", async () => {
    const ctx: CliContext = {
      cwd: work,
      env: {},
      stdout: { write: () => true },
      stderr: { write: () => true },
    };
    for (const module of commandModules) {
      const program = new Command("modelgate");
      (await module.load())(program, ctx, async () => {});
      const registered = program.commands.map((c) => c.name()).sort();
      expect(registered, `commands/index.ts lists ${module.names.join(", ")}`).toEqual(
        [...module.names].sort(),
      );
    }
  });

  it("picks no file for --version, the owner of a leading command word, every file otherwise", () => {
    expect(modulesFor(["--version"])).toEqual([]);
    expect(modulesFor(["-V"])).toEqual([]);
    expect(modulesFor(["lint", "x.yaml"]).map((m) => m.names[0])).toEqual(["lint"]);
    expect(modulesFor(["validate-data", "--help"]).map((m) => m.names)).toEqual([
      ["profile", "infer-schema", "validate-data"],
    ]);
    for (const argv of [[], ["--help"], ["-h", "lint"], ["help", "lint"], ["no-such-command"]]) {
      expect(modulesFor(argv)).toBe(commandModules);
    }
  });
});

describe("the bundled CLI", () => {
  it("prints its version without opening a native engine", () => {
    const run = runBundle(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(VERSION);
    expect(run.addons).toEqual([]);
  });

  it("lints a file without opening a native engine", () => {
    const run = runBundle(["lint", manifest]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("1 file checked: 0 errors");
    expect(run.status).toBe(0);
    expect(run.addons).toEqual([]);
  });

  it("opens DuckDB for the data commands and onnxruntime for evaluate, and neither for the registry", () => {
    const data = runBundle(["validate-data", "--help"]);
    expect(data.status).toBe(0);
    expect(data.addons.some((a) => duckdb.test(a))).toBe(true);
    expect(data.addons.some((a) => onnxruntime.test(a))).toBe(false);

    const evaluate = runBundle(["evaluate", "--help"]);
    expect(evaluate.status).toBe(0);
    expect(evaluate.addons.some((a) => onnxruntime.test(a))).toBe(true);

    for (const command of ["status", "check", "history", "score"]) {
      const run = runBundle([command, "--help"]);
      expect(run.status, command).toBe(0);
      expect(run.addons, command).toEqual([]);
    }
  });

  it("hands a command's own --version to the command, not to the program", () => {
    const run = runBundle([
      "evaluate",
      "--registry",
      join(work, "no-registry"),
      "--model-name",
      "credit-default",
      "--version",
      "1.0.0",
      "--out",
      join(work, "evaluation.json"),
    ]);
    expect(run.stdout.trim()).not.toBe(VERSION);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^modelgate: /);
  });
});
