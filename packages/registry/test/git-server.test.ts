import { execFile, execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import git from "isomorphic-git";
import http from "isomorphic-git/http/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitServer, start } from "../src/git-server.js";
import { readHistoryEntries } from "../src/index.js";
import { createFixture, type Fixture } from "./history-fixture.js";

describe("the git smart-HTTP test server", () => {
  let root: string;
  let server: GitServer;
  let f: Fixture;
  let cloneDir: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "mg-git-server-"));
    execFileSync("git", ["init", "-q", "--bare", "-b", "main", join(root, "registry.git")]);
    server = await start(root, { path: process.env.PATH });
    f = createFixture();
    f.env("production", "m", "1.0.0");
    f.commit("Promote m 1.0.0 (#1)", "2026-04-01T00:00:00Z");
    cloneDir = mkdtempSync(join(tmpdir(), "mg-git-clone-"));
  });
  afterAll(async () => {
    await server.close();
    f.cleanup();
    rmSync(root, { recursive: true, force: true });
    rmSync(cloneDir, { recursive: true, force: true });
  });

  it("accepts a push, serves a clone, a fetch and a second push", async () => {
    const url = `${server.url}/registry.git`;
    const pushed = await git.push({ fs, http, dir: f.dir, url, ref: "main", remoteRef: "refs/heads/main" });
    expect(pushed.ok).toBe(true);
    const head = f.git(["rev-parse", "HEAD"]);
    expect(
      execFileSync("git", ["--git-dir", join(root, "registry.git"), "rev-parse", "main"])
        .toString()
        .trim(),
    ).toBe(head);

    await git.clone({ fs, http, dir: cloneDir, url, ref: "main", singleBranch: true });
    expect(fs.readFileSync(join(cloneDir, "environments/production/m.yaml"), "utf8")).toContain(
      "version: 1.0.0",
    );

    // a new commit upstream, fetched into the clone; its history reads the same
    f.env("production", "m", "1.1.0");
    f.commit("Promote m 1.1.0 (#2)", "2026-04-02T00:00:00Z");
    expect((await git.push({ fs, http, dir: f.dir, url, ref: "main" })).ok).toBe(true);
    const fetched = await git.fetch({ fs, http, dir: cloneDir, url, ref: "main", singleBranch: true });
    expect(fetched.fetchHead).toBe(f.git(["rev-parse", "HEAD"]));
    const changes = await readHistoryEntries(
      { gitdir: join(cloneDir, ".git") },
      { ref: "refs/remotes/origin/main", engine: "isomorphic", useIndex: false },
    );
    expect(changes.map((c) => `${c.kind} ${c.to} #${c.pr}`)).toEqual([
      "promote 1.0.0 #1",
      "promote 1.1.0 #2",
    ]);

    // push from the clone, seen by the git CLI through the same server
    await git.merge({
      fs,
      dir: cloneDir,
      ours: "main",
      theirs: "refs/remotes/origin/main",
      fastForwardOnly: true,
    });
    await git.checkout({ fs, dir: cloneDir, ref: "main" });
    fs.writeFileSync(join(cloneDir, "environments/production/m.yaml"), "model: m\nversion: 1.0.0\n");
    await git.add({ fs, dir: cloneDir, filepath: "environments/production/m.yaml" });
    const author = { name: "Dee", email: "dee@acme.example", timestamp: 1775174400, timezoneOffset: 0 };
    await git.commit({ fs, dir: cloneDir, message: "Roll back m to 1.0.0 (#3)", author });
    expect((await git.push({ fs, http, dir: cloneDir, url, ref: "main" })).ok).toBe(true);
    const viaCli = join(cloneDir, "..", `${cloneDir.split("/").pop()}-cli`);
    // asynchronously: the server runs in this process
    await promisify(execFile)("git", ["clone", "-q", url, viaCli]);
    try {
      expect(execFileSync("git", ["-C", viaCli, "log", "--format=%s", "-1"]).toString().trim()).toBe(
        "Roll back m to 1.0.0 (#3)",
      );
    } finally {
      rmSync(viaCli, { recursive: true, force: true });
    }
    expect(server.log.some((l) => l.startsWith("POST /registry.git/git-receive-pack 200"))).toBe(true);
  });

  it("rejects a push that is not a fast-forward", async () => {
    const url = `${server.url}/registry.git`;
    // the fixture is now behind the server (the clone pushed a rollback)
    f.write("README.md", "diverged\n");
    f.commit("Diverge", "2026-04-05T00:00:00Z");
    await expect(git.push({ fs, http, dir: f.dir, url, ref: "main" })).rejects.toThrow();
  });

  it("answers 404 for a repository that does not exist", async () => {
    await expect(git.getRemoteInfo({ http, url: `${server.url}/nope.git` })).rejects.toThrow(/404/);
  });
});
