import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GitServer, start } from "../src/git-server.js";
import { mergeChange, openRegistry, proposePromotion, registryStatus } from "../src/index.js";
import { addVersion, createRegistryFixture, GIT_ENV, NOW, type RegistryFixture } from "./fixture.js";

const run = promisify(execFile);
let f: RegistryFixture;
let root: string;
let server: GitServer;
let url: string;
const scratch: string[] = [];
const tmp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(d);
  return d;
};
const bare = (...args: string[]) =>
  execFileSync("git", ["--git-dir", join(root, "acme.git"), ...args], {
    encoding: "utf8",
    env: GIT_ENV,
  }).trim();

beforeEach(async () => {
  f = createRegistryFixture();
  addVersion(f, "2.0.0", 0.85);
  f.commitAll("Register 2.0.0");
  root = tmp("mg-remote-");
  execFileSync("git", ["clone", "-q", "--bare", f.dir, join(root, "acme.git")], { env: GIT_ENV });
  server = await start(root, { path: process.env.PATH });
  url = `${server.url}/acme.git`;
});
afterEach(async () => {
  await server.close();
  f.cleanup();
  for (const d of scratch.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("a registry behind a git smart-HTTP server", () => {
  it("opens from a clone URL, pushes the change branch and the merge", async () => {
    const reg = await openRegistry(url, { cloneDir: tmp("mg-clone-") });
    expect(reg.defaultBranch).toBe("main");
    expect((await registryStatus(reg)).models[0]!.environments[0]!.version).toBe("1.0.0");
    const c = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging" },
      { now: NOW },
    );
    expect(bare("rev-parse", `refs/heads/${c.branch}`)).toBe(c.commit);
    const merged = await mergeChange(reg, c.branch, { now: NOW });
    expect(merged.merged).toBe(true);
    expect(bare("rev-parse", "refs/heads/main")).toBe(merged.commit);
    expect(bare("show", "main:environments/staging/credit-default.yaml")).toContain("version: 2.0.0");
    // the merged change branch is removed from the remote too
    expect(merged.branchKept ?? null).toBe(null);
    expect(bare("branch", "--list", c.branch)).toBe("");
    bare("fsck", "--strict", "--no-progress");
  });

  it("a push rejected as non-fast-forward is re-read, re-checked and retried", async () => {
    const reg = await openRegistry(url, { cloneDir: tmp("mg-clone-") });
    const c = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging" },
      { now: NOW },
    );
    // meanwhile someone else pushes an unrelated commit to main with plain git
    const other = tmp("mg-other-");
    await run("git", ["clone", "-q", url, other], { env: GIT_ENV });
    await run(
      "git",
      [
        "-C",
        other,
        "-c",
        "user.name=Bo",
        "-c",
        "user.email=bo@acme.example",
        "commit",
        "-q",
        "--allow-empty",
        "-m",
        "Unrelated",
      ],
      { env: GIT_ENV },
    );
    await run("git", ["-C", other, "push", "-q", "origin", "main"], { env: GIT_ENV });
    const theirs = (await run("git", ["-C", other, "rev-parse", "HEAD"], { env: GIT_ENV })).stdout.trim();

    const merged = await mergeChange(reg, c.branch, { now: NOW });
    expect(merged.merged).toBe(true);
    expect(merged.before).toBe(theirs);
    expect(bare("rev-parse", "main")).toBe(merged.commit);
    expect(bare("rev-parse", "main^1")).toBe(theirs);
    expect(
      server.log.filter((l) => l.startsWith("POST /acme.git/git-receive-pack")).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it("a stale promotion racing on the same file is refused, and the remote keeps the first", async () => {
    const a = await openRegistry(url, { cloneDir: tmp("mg-clone-a-") });
    const b = await openRegistry(url, { cloneDir: tmp("mg-clone-b-") });
    const ca = await proposePromotion(
      a,
      { model: "credit-default", version: "2.0.0", environment: "staging" },
      { now: NOW },
    );
    const cb = await proposePromotion(
      b,
      { model: "credit-default", version: "2.0.0", environment: "staging", canary: 5 },
      { now: NOW },
    );
    expect((await mergeChange(a, ca.branch, { now: NOW })).merged).toBe(true);
    await expect(mergeChange(b, cb.branch, { now: NOW })).rejects.toThrow(/stale/);
    expect(bare("show", "main:environments/staging/credit-default.yaml")).toContain("version: 2.0.0");
    expect(bare("show", "main:environments/staging/credit-default.yaml")).not.toContain("canary");
  });
});
