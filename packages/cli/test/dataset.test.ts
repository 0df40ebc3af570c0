import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const root = join(import.meta.dirname, "../../..");
const git = (dir: string, ...args: string[]) =>
  execFileSync("git", ["-C", dir, "-c", "user.name=t", "-c", "user.email=t@t", ...args], {
    encoding: "utf8",
  });

async function registryWithSchema(): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), "mg-dataset-")), "reg");
  expect((await cli(["init", dir])).exitCode).toBe(0);
  mkdirSync(join(dir, "datasets/loans"), { recursive: true });
  copyFileSync(
    join(root, "examples/registry/datasets/loans/schema.yaml"),
    join(dir, "datasets/loans/schema.yaml"),
  );
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "the loans schema");
  return dir;
}

describe("modelgate dataset register", () => {
  it("registers a data file's sha256, rows and profile as a change the gate passes", async () => {
    const dir = await registryWithSchema();
    const data = join(root, "examples/data/train.csv");
    const run = await cli(["dataset", "register", "loans", "--version", "2026-11-train", data], dir);
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    const branch = "modelgate/dataset/loans-2026-11-train";
    // the known digest and row count of the shipped training split (examples/registry/datasets/loans)
    const version = git(dir, "show", `${branch}:datasets/loans/versions/2026-11-train.yaml`);
    expect(version).toContain("sha256: 20b54655d4ab23eb5414239e44fc6f09681bff8ba05293007b23b561f2079b57\n");
    expect(version).toContain("rows: 15000\n");
    expect(version).toMatch(/^ {2}uri: file:evidence\/loans\/2026-11-train\/profile\.json$/m);
    // the printed next: hint runs as printed
    const hint = /next: modelgate (merge \S+)\n/.exec(run.stdout)!;
    const check = await cli(["check", "--head", branch], dir);
    expect(check.stdout).toContain("passed: every check of every change");
    expect(check.exitCode).toBe(0);
    expect((await cli(hint[1]!.split(" "), dir)).exitCode).toBe(0);
    git(dir, "checkout", "-q", "main");
    const lint = await cli(["lint", "."], dir);
    expect(lint.stdout).toMatch(/0 errors, 0 warnings/);
    expect(lint.exitCode).toBe(0);
  }, 60_000);

  it("refuses data that breaks the schema, and a dataset without a schema, writing no branch", async () => {
    const dir = await registryWithSchema();
    const bad = join(dir, "..", "bad.csv");
    const lines = readFileSync(join(root, "examples/data/train.csv"), "utf8").split("\n");
    writeFileSync(
      bad,
      `${lines[0]!.split(",").slice(1).join(",")}\n${lines
        .slice(1, 50)
        .map((l) => l.split(",").slice(1).join(","))
        .join("\n")}\n`,
    );
    const run = await cli(["dataset", "register", "loans", "--version", "v2", bad], dir);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("does not match datasets/loans/schema.yaml");
    const none = await cli(["dataset", "register", "cars", "--version", "v1", bad], dir);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('dataset "cars" has no schema on main');
    expect(git(dir, "branch", "--list", "modelgate/*")).toBe("");
  }, 60_000);
});
