import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadManifestText, UserError, validateValue } from "@modelgate/core";
import { build } from "esbuild";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeValidators } from "../../../scripts/build.js";
import {
  mergeChange,
  openRegistry,
  parseDatasetRef,
  parseMergeMessage,
  planDeployment,
  proposeDeprecation,
  proposePromotion,
  proposeRegistration,
  proposeRollback,
  type Registry,
  readDesiredState,
  registryStatus,
  renderPlan,
  runGate,
  StaleProposalError,
} from "../src/index.js";
import {
  addVersion,
  createRegistryFixture,
  evaluationEvidence,
  NOW,
  type RegistryFixture,
} from "./fixture.js";

let f: RegistryFixture;
let reg: Registry;

/**
 * merge-child.ts bundled once for the file (with the schema validators core requires beside
 * itself), so that each merge process the tests start or kill starts without compiling sources.
 */
let childDir: string | undefined;
let childBundle: Promise<string> | undefined;
function mergeChild(): Promise<string> {
  childBundle ??= (async () => {
    childDir = mkdtempSync(join(tmpdir(), "mg-merge-child-"));
    const outfile = join(childDir, "merge-child.mjs");
    await build({
      entryPoints: [join(import.meta.dirname, "merge-child.ts")],
      outfile,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "esm",
      conditions: ["development"],
      banner: {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
      logLevel: "warning",
    });
    await writeValidators(childDir);
    return outfile;
  })();
  return childBundle;
}
afterAll(() => {
  if (childDir) rmSync(childDir, { recursive: true, force: true });
});

beforeEach(async () => {
  f = createRegistryFixture();
  reg = await openRegistry(f.dir);
});
afterEach(() => f.cleanup());

const fsck = () => f.git(["fsck", "--strict", "--no-progress"]);
const main = () => f.git(["rev-parse", "main"]);

/** Commits v2 (roc 0.85) and v3 (roc 0.60) as registered versions with plain git. */
function registerByHand(): void {
  addVersion(f, "2.0.0", 0.85);
  addVersion(f, "3.0.0", 0.6);
  f.commitAll("Register 2.0.0 and 3.0.0");
}

describe("reading the registry", () => {
  it("reports every model, its live version per environment and its versions", async () => {
    registerByHand();
    const status = await registryStatus(reg);
    expect(status.registry).toBe("acme");
    expect(status.environments).toEqual(["staging", "production"]);
    const m = status.models[0]!;
    expect(m.model).toBe("credit-default");
    expect(m.environments).toEqual([
      { environment: "staging", version: "1.0.0", canary: null },
      { environment: "production", version: "1.0.0", canary: null },
    ]);
    expect(m.versions.map((v) => [v.version, v.status, v.liveIn])).toEqual([
      ["1.0.0", "active", ["staging", "production"]],
      ["2.0.0", "active", []],
      ["3.0.0", "active", []],
    ]);
  });

  it("reads a registry edited with plain git, including a canary", async () => {
    registerByHand();
    f.write(
      "environments/production/credit-default.yaml",
      "model: credit-default\nenvironment: production\nversion: 1.0.0\ncanary:\n  version: 2.0.0\n  traffic: 25\n",
    );
    f.commitAll("hand edit");
    const status = await registryStatus(reg);
    expect(status.models[0]!.environments[1]).toEqual({
      environment: "production",
      version: "1.0.0",
      canary: { version: "2.0.0", traffic: 25 },
    });
    // an older commit still reads as it was
    const before = f.git(["rev-parse", "main~1"]);
    expect((await registryStatus(reg, before)).models[0]!.environments[1]!.canary).toBeNull();
  });
});

describe("the parse cache (.git/modelgate/status.json for status)", () => {
  const cacheFile = () => join(f.dir, ".git", "modelgate", "status.json");

  it("keeps the full parse for readDesiredState apart from status's projection", async () => {
    registerByHand();
    const state = await readDesiredState(reg);
    expect(existsSync(join(f.dir, ".git", "modelgate", "manifests.json"))).toBe(true);
    const v2 = state.models.get("credit-default")!.versions.get("2.0.0")!;
    expect(v2.artifact.sha256).toMatch(/^[0-9a-f]{64}$/);
    await registryStatus(reg);
    // the full values again, from the cache this time: nothing was cut by status's projection
    expect((await readDesiredState(reg)).models.get("credit-default")!.versions.get("2.0.0")).toEqual(v2);
  });

  it("reads the same state without a git binary (isomorphic-git), cold and warm", async () => {
    registerByHand();
    f.write(
      "environments/production/credit-default.yaml",
      "model: credit-default\nenvironment: production\nversion: 1.0.0\ncanary:\n  version: 2.0.0\n  traffic: 25\n",
    );
    f.commitAll("canary by hand");
    const withGit = await registryStatus(reg);
    const iso = await openRegistry(f.dir, { engine: "isomorphic" });
    rmSync(join(f.dir, ".git", "modelgate"), { recursive: true, force: true });
    expect(await registryStatus(iso)).toEqual(withGit);
    expect(await registryStatus(iso)).toEqual(withGit);
    const full = await readDesiredState(reg);
    expect(await readDesiredState(iso)).toEqual(full);
  });

  it("is filled by a read, reused, and never serves an old parse for new content", async () => {
    registerByHand();
    const first = await registryStatus(reg);
    expect(existsSync(cacheFile())).toBe(true);
    expect(await registryStatus(reg)).toEqual(first);
    // the same path with new content (plain git) is a new blob: parsed, not served from the cache
    f.write(
      "environments/staging/credit-default.yaml",
      "model: credit-default\nenvironment: staging\nversion: 2.0.0\n",
    );
    f.commitAll("hand edit");
    expect((await registryStatus(reg)).models[0]!.environments[0]!.version).toBe("2.0.0");
  });

  it("appends a few new parses to a journal, and survives a torn journal line", async () => {
    const first = await registryStatus(reg);
    expect(existsSync(`${cacheFile()}.journal`)).toBe(false);
    addVersion(f, "2.0.0", 0.85);
    f.commitAll("Register 2.0.0");
    const second = await registryStatus(reg);
    expect(second.models[0]!.versions.map((v) => v.version)).toEqual(["1.0.0", "2.0.0"]);
    const journal = readFileSync(`${cacheFile()}.journal`, "utf8");
    expect(journal.split("\n").filter(Boolean).length).toBeGreaterThan(0);
    // a crash cut the last line short: that entry is parsed again, the rest still serve
    writeFileSync(`${cacheFile()}.journal`, `${journal}["b","${"e".repeat(40)}",[{"mod`);
    expect(await registryStatus(reg)).toEqual(second);
    expect(first.models[0]!.versions.map((v) => v.version)).toEqual(["1.0.0"]);
  });

  it("keeps an unchanged model directory whole by its tree id, and reads a changed one again", async () => {
    registerByHand();
    const first = await registryStatus(reg);
    const tree = (path: string) => f.git(["rev-parse", `main:${path}`]);
    const disk = () =>
      JSON.parse(readFileSync(cacheFile(), "utf8")) as {
        entries: Record<string, unknown>;
        trees: Record<string, unknown>;
        directories: Record<string, [string, unknown][]>;
      };
    const before = tree("models/credit-default");
    // the directory's state files, in path order, and no record of their own or of its listings
    expect(disk().directories[before]!.map(([path]) => path)).toEqual([
      "model.yaml",
      "versions/1.0.0.yaml",
      "versions/2.0.0.yaml",
      "versions/3.0.0.yaml",
    ]);
    expect(disk().entries[tree("models/credit-default/versions/2.0.0.yaml")]).toBeUndefined();
    expect(disk().trees[tree("models/credit-default/versions")]).toBeUndefined();
    expect(await registryStatus(reg)).toEqual(first);
    // a new version is a new tree: read again, and the older state's record stays warm
    addVersion(f, "4.0.0", 0.9);
    f.commitAll("Register 4.0.0");
    const second = await registryStatus(reg);
    expect(second.models[0]!.versions.map((v) => v.version)).toEqual(["1.0.0", "2.0.0", "3.0.0", "4.0.0"]);
    expect(await registryStatus(reg, "main~1")).toEqual(first);
    // a foreign or torn record is no hit: the directory is read again
    const journal = `${cacheFile()}.journal`;
    const now = tree("models/credit-default");
    for (const bad of ['"x"', '[["model.yaml","oops"]]', '[[1,[{"name":"other"}]]]']) {
      writeFileSync(journal, `["d","${now}",${bad}]\n`, { flag: "a" });
      expect(await registryStatus(reg)).toEqual(second);
    }
  });

  it("serves a kept model directory only under a name the layout admits, and to each directory holding its tree", async () => {
    registerByHand();
    // models/.Git holds the very tree of models/credit-default (git refuses such a name on
    // checkout; plumbing can still commit it): the same tree id, a name that is no model
    const models = f.git(["rev-parse", "main:models"]);
    const dirTree = f.git(["rev-parse", "main:models/credit-default"]);
    const mktree = (text: string) =>
      execFileSync("git", ["mktree"], { cwd: f.dir, input: text, encoding: "utf8" }).trim();
    // and models/zz-copy the same tree again, under a name that is one
    const withGit = mktree(
      `${f.git(["ls-tree", models])}\n040000 tree ${dirTree}\t.Git\n040000 tree ${dirTree}\tzz-copy\n`,
    );
    const root = f.git(["ls-tree", "main"]).replace(/[0-9a-f]{40}(\tmodels)$/m, `${withGit}$1`);
    const rootTree = mktree(`${root}\n`);
    const commit = f.git(["commit-tree", rootTree, "-p", "main", "-m", "a model directory named .Git"]);
    f.git(["update-ref", "refs/heads/main", commit]);
    const first = await registryStatus(reg);
    expect(first.models.map((m) => m.model)).toEqual(["credit-default", "zz-copy"]);
    expect(first.models[1]!.versions).toEqual(first.models[0]!.versions.map((v) => ({ ...v, liveIn: [] })));
    expect(await registryStatus(reg)).toEqual(first);
  });

  it("keeps a broken file's diagnostic, with its path, on cached reads", async () => {
    f.write("models/credit-default/versions/9.0.0.yaml", "model: credit-default\nversion: [oops\n");
    f.commitAll("broken by hand");
    const first = await registryStatus(reg);
    const second = await registryStatus(reg);
    expect(first.diagnostics.map((d) => d.file)).toEqual(["models/credit-default/versions/9.0.0.yaml"]);
    expect(second.diagnostics).toEqual(first.diagnostics);
  });

  it("is rebuilt when corrupt, and a broken modelgate.yaml is refused even when cached before", async () => {
    const good = await registryStatus(reg);
    writeFileSync(cacheFile(), "{ not json");
    expect(await registryStatus(reg)).toEqual(good);
    expect(JSON.parse(readFileSync(cacheFile(), "utf8")).format).toMatch(/^modelgate-manifests\//);
    f.write("modelgate.yaml", "name: acme\nenvironments: []\n");
    f.commitAll("break the config");
    await expect(registryStatus(reg)).rejects.toThrow(/environments/);
    await expect(registryStatus(reg)).rejects.toThrow(/environments/);
  });
});

describe("opening", () => {
  it("takes the default branch from modelgate.yaml when CI checks out a detached head", async () => {
    f.git(["checkout", "-q", "-b", "feature"]);
    f.write("notes.txt", "x");
    f.commitAll("feature work");
    f.git(["checkout", "-q", "--detach", "feature"]);
    const opened = await openRegistry(f.dir);
    expect(opened.defaultBranch).toBe("main");
    expect((await registryStatus(opened)).commit).toBe(main());
  });
});

describe("changes", () => {
  it("register: hashes the artifact, commits it with its evidence on a branch, leaves main alone", async () => {
    const mainBefore = main();
    const bytes = Buffer.from("a real artifact's bytes\n");
    f.write("../artifact-2.onnx", bytes);
    const src = join(f.dir, "..", "artifact-2.onnx");
    const change = await proposeRegistration(
      reg,
      {
        model: "credit-default",
        version: "2.0.0",
        artifact: "file:artifacts/credit-default/2.0.0/model.onnx",
        artifactSource: src,
      },
      { now: NOW },
    );
    expect(change.branch).toBe("modelgate/register/credit-default-2.0.0");
    expect(main()).toBe(mainBefore);
    expect(f.git(["rev-list", "--count", `main..${change.branch}`])).toBe("1");
    const file = f.git(["show", `${change.branch}:models/credit-default/versions/2.0.0.yaml`]);
    // digest by coreutils sha256sum of the same bytes
    const expected = execFileSync("sha256sum", [src], { encoding: "utf8" }).split(" ")[0];
    expect(file).toContain(`sha256: ${expected}`);
    expect(file).toContain(`bytes: ${bytes.length}`);
    expect(f.git(["show", `${change.branch}:artifacts/credit-default/2.0.0/model.onnx`])).toBe(
      bytes.toString().trim(),
    );
    expect(change.title).toBe("Register credit-default 2.0.0");
    fsck();
  });

  it("register: lineage from a code commit and registered dataset versions, bound by their digests", async () => {
    const dataSha = "d".repeat(64);
    f.write(
      "datasets/loans/versions/2026-11-train.yaml",
      `dataset: loans\nversion: 2026-11-train\nuri: file:../data/train.csv\nsha256: ${dataSha}\nrows: 15000\n`,
    );
    f.commitAll("Register the loans training data");
    f.write("../artifact-3.onnx", "bytes\n");
    const input = {
      model: "credit-default",
      version: "3.0.0",
      artifact: "file:artifacts/credit-default/3.0.0/model.onnx",
      artifactSource: join(f.dir, "..", "artifact-3.onnx"),
    };
    const change = await proposeRegistration(
      reg,
      { ...input, codeCommit: "e150d7ce", datasets: [parseDatasetRef("train=loans@2026-11-train")] },
      { now: NOW },
    );
    const text = f.git(["show", `${change.branch}:models/credit-default/versions/3.0.0.yaml`]);
    const written = loadManifestText(text, { file: "models/credit-default/versions/3.0.0.yaml" });
    expect(written.diagnostics).toEqual([]);
    expect((written.value as { lineage: unknown }).lineage).toEqual({
      codeCommit: "e150d7ce",
      datasets: [{ name: "loans", version: "2026-11-train", sha256: dataSha, role: "train" }],
    });
    // refused before anything is written: an unregistered dataset version, a bad reference, a bad commit
    const before = f.git(["for-each-ref"]);
    await expect(
      proposeRegistration(reg, { ...input, datasets: [parseDatasetRef("test=loans@2026-12")] }, { now: NOW }),
    ).rejects.toThrow(
      "dataset loans@2026-12 is not registered: datasets/loans/versions/2026-12.yaml does not exist",
    );
    expect(() => parseDatasetRef("serving=loans@x")).toThrow(/expected <role>=<name>@<version>/);
    await expect(proposeRegistration(reg, { ...input, codeCommit: "HEAD" }, { now: NOW })).rejects.toThrow(
      /code commit "HEAD"/,
    );
    expect(f.git(["for-each-ref"])).toBe(before);
  });

  it("promote: one branch, one commit, a one-line diff that keeps comments", async () => {
    registerByHand();
    const change = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging" },
      { now: NOW },
    );
    expect(change.branch).toBe("modelgate/promote/credit-default-staging-2.0.0");
    const diff = f.git(["diff", "--unified=0", "main", change.branch]);
    const changed = diff.split("\n").filter((l) => /^[-+][^-+]/.test(l));
    expect(changed).toEqual(["-version: 1.0.0 # the champion", "+version: 2.0.0 # the champion"]);
    expect(f.git(["show", `${change.branch}:environments/staging/credit-default.yaml`])).toContain(
      "# owned by risk-ml",
    );
    expect(change.title).toBe("Promote credit-default 2.0.0 to staging");
    expect(change.body).toContain("| from | 1.0.0 |");
    fsck();
  });

  it("canary then complete edit only the canary block and the version", async () => {
    registerByHand();
    const c = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging", canary: 10 },
      { now: NOW },
    );
    expect(c.type).toBe("canary");
    expect(f.git(["show", `${c.branch}:environments/staging/credit-default.yaml`])).toContain(
      "canary:\n  version: 2.0.0\n  traffic: 10",
    );
    await mergeChange(reg, c.branch, { now: NOW });
    const done = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging", complete: true },
      { now: NOW },
    );
    const text = f.git(["show", `${done.branch}:environments/staging/credit-default.yaml`]);
    expect(text).toBe(
      "# owned by risk-ml; production changes need platform review\nmodel: credit-default\nenvironment: staging\nversion: 2.0.0 # the champion",
    );
  });

  it("refuses bad input with clear messages", async () => {
    registerByHand();
    const bad = [
      () => proposePromotion(reg, { model: "credit-default", version: "9.9.9", environment: "staging" }),
      () => proposePromotion(reg, { model: "credit-default", version: "2.0.0", environment: "qa" }),
      () =>
        proposePromotion(reg, {
          model: "credit-default",
          version: "2.0.0",
          environment: "staging",
          canary: 100,
        }),
      () => proposePromotion(reg, { model: "Bad Name", version: "2.0.0", environment: "staging" }),
      () => proposeRegistration(reg, { model: "nope", version: "1.0.0", artifact: "file:x.onnx" }),
    ];
    const messages: string[] = [];
    for (const b of bad) {
      const e = await b().catch((x: unknown) => x);
      expect(e).toBeInstanceOf(UserError);
      messages.push((e as Error).message);
    }
    expect(messages[0]).toMatch(/9\.9\.9 is not registered/);
    expect(messages[1]).toMatch(/unknown environment "qa" \(modelgate.yaml has: staging, production\)/);
    expect(messages[2]).toMatch(/1 to 99/);
    expect(messages[3]).toMatch(/must match/);
    expect(messages[4]).toMatch(/unknown model "nope"/);
  });

  it("refuses file: artifacts that escape the repository and hosts off the allow-list", async () => {
    const plain = await proposeRegistration(reg, {
      model: "credit-default",
      version: "2.0.0",
      artifact: "http://models.acme.example/m.onnx",
    }).catch((x: unknown) => x);
    expect((plain as Error).message).toMatch(/only file: and https: artifacts/);
    for (const uri of ["file:../outside.onnx", "file:/etc/passwd", "file:a/../../x", "file:.git/config"]) {
      const e = await proposeRegistration(reg, {
        model: "credit-default",
        version: "2.0.0",
        artifact: uri,
      }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(UserError);
      expect((e as Error).message).toMatch(/escapes the repository|absolute paths|inside \.git/);
    }
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end("model");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    try {
      const e = await proposeRegistration(reg, {
        model: "credit-default",
        version: "2.0.0",
        artifact: `https://127.0.0.1:${port}/model.onnx`,
      }).catch((x: unknown) => x);
      expect((e as Error).message).toMatch(/not on the registry's allow-list/);
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
    expect(f.git(["branch", "--list", "modelgate/*"])).toBe("");
  });

  it("register hashes an http artifact from an allowed host", async () => {
    const body = Buffer.from("remote model bytes ".repeat(1000));
    const server = createServer((req, res) => {
      if (req.url === "/redirect") {
        res.writeHead(302, { location: "/model.onnx" });
        res.end();
      } else res.end(body);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    try {
      f.write(
        "modelgate.yaml",
        f
          .read("modelgate.yaml")
          .replace("[models.acme.example]", `[models.acme.example, "127.0.0.1:${port}"]`),
      );
      f.commitAll("allow the test host");
      // the test server speaks plain HTTP: this fetch carries the https request to it unchanged otherwise
      const viaTestServer = (url: string, init: { redirect: "manual"; signal?: AbortSignal }) =>
        fetch(url.replace(/^https:/, "http:"), init);
      const change = await proposeRegistration(reg, {
        model: "credit-default",
        version: "2.0.0",
        artifact: `https://127.0.0.1:${port}/redirect`,
        fetch: viaTestServer,
      });
      const text = f.git(["show", `${change.branch}:models/credit-default/versions/2.0.0.yaml`]);
      // sha256 of 1000 repetitions of "remote model bytes ", computed by sha256sum over the same bytes
      f.write("../remote.bin", body);
      const expected = execFileSync("sha256sum", [join(f.dir, "..", "remote.bin")], {
        encoding: "utf8",
      }).split(" ")[0];
      expect(text).toContain(`sha256: ${expected}`);
      expect(text).toContain(`bytes: ${body.length}`);
    } finally {
      server.close();
    }
  });
});

describe("the gate", () => {
  it("blocks a version entering production before staging, and lists every reason", async () => {
    registerByHand();
    const c = await proposePromotion(
      reg,
      { model: "credit-default", version: "3.0.0", environment: "production" },
      { now: NOW },
    );
    const report = await runGate(reg, { base: "main", head: c.branch, now: NOW });
    expect(report.kind).toBe("registry-check");
    expect(validateValue("registry-check", JSON.parse(JSON.stringify(report)))).toEqual([]);
    expect(report.blocked).toBe(true);
    expect(report.verdict).toBe("fail");
    const reasons = report.blocking.map((b) => b.check).sort();
    // roc 0.60: misses threshold 0.70 and is 0.20 below the champion's 0.80
    expect(reasons).toEqual(["environment-order", "metric:roc_auc", "metric:roc_auc"]);
    const order = report.blocking.find((b) => b.check === "environment-order")!;
    expect(order.file).toBe("environments/production/credit-default.yaml");
    expect(order.line).toBe(4);
    expect(report.changes[0]!.kind).toBe("promote");
  });

  it("passes a better version through staging and production and records the plan", async () => {
    registerByHand();
    const s = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging" },
      { now: NOW },
    );
    const r1 = await mergeChange(reg, s.branch, { now: NOW });
    expect(r1.report.blocked).toBe(false);
    expect(r1.merged).toBe(true);
    expect(r1.pr).toBe("local-1");
    expect(r1.plan!.entries).toEqual([
      expect.objectContaining({
        environment: "staging",
        model: "credit-default",
        kind: "promote",
        from: "1.0.0",
        to: "2.0.0",
        traffic: 100,
      }),
    ]);
    const p = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "production" },
      { now: NOW },
    );
    const r2 = await mergeChange(reg, p.branch, { now: NOW });
    expect(r2.merged).toBe(true);
    const msg = f.git(["log", "-1", "--format=%B", "main"]);
    expect(msg.split("\n")[0]).toBe("Merge modelgate/promote/credit-default-production-2.0.0 (#local-2)");
    expect(parseMergeMessage(msg)).toEqual({
      pr: "local-2",
      change: "promote",
      overrides: [],
      approvedBy: [],
    });
    expect(f.git(["show", "main:environments/production/credit-default.yaml"])).toContain("version: 2.0.0");
    // the checkout follows the merge
    expect(f.git(["status", "--porcelain"])).toBe("");
    // the gated commit is the merge commit: nothing is left dangling
    expect(f.git(["fsck", "--no-progress"])).not.toContain("dangling commit");
    fsck();
  });

  it("flags schema errors with line numbers, broken references, tampered artifacts and deprecated versions", async () => {
    registerByHand();
    f.git(["checkout", "-q", "-b", "hand-made"]);
    f.write(
      "environments/staging/credit-default.yaml",
      "model: credit-default\nenvironment: staging\nversion: 2.0.0\nreplicas: 3\n",
    );
    f.write("environments/staging/fraud.yaml", "model: fraud\nenvironment: staging\nversion: 1.0.0\n");
    // 4.0.0 claims 2.0.0's digest for different bytes, and is deprecated
    f.write("artifacts/credit-default/4.0.0/model.onnx", "tampered");
    f.write(
      "models/credit-default/versions/4.0.0.yaml",
      f
        .read("models/credit-default/versions/2.0.0.yaml")
        .replaceAll("2.0.0", "4.0.0")
        .replace(
          "status: active",
          'status: deprecated\ndeprecation: { reason: "bad", at: 2026-11-02T00:00:00Z }',
        ),
    );
    f.write(
      "environments/production/credit-default.yaml",
      "model: credit-default\nenvironment: production\nversion: 4.0.0\n",
    );
    // sha256 of the 8 bytes "tampered", by sha256sum
    const tamperedSha = f.sha256sum("artifacts/credit-default/4.0.0/model.onnx");
    f.commitAll("hand edits");
    f.git(["checkout", "-q", "main"]);
    const report = await runGate(reg, { base: "main", head: "hand-made", now: NOW });
    const byCheck = (id: string) => report.blocking.filter((b) => b.check === id);
    expect(byCheck("schema")).toEqual([
      expect.objectContaining({
        file: "environments/staging/credit-default.yaml",
        line: 4,
        message: 'MG031 unknown field "replicas"',
      }),
    ]);
    expect(byCheck("references").map((b) => b.message)).toEqual([
      "fraud 1.0.0 is not registered (models/fraud/versions/1.0.0.yaml)",
      'model "fraud" has no models/fraud/model.yaml',
    ]);
    const artifact = byCheck("artifact");
    expect(artifact.map((b) => b.path)).toEqual([
      "environments/production/credit-default.yaml",
      "models/credit-default/versions/4.0.0.yaml",
    ]);
    expect(artifact[0]!.message).toContain(`hashes to ${tamperedSha}`);
    expect(byCheck("deprecated")).toEqual([
      expect.objectContaining({ message: "credit-default 4.0.0 is deprecated: bad", line: 3 }),
    ]);
    expect(byCheck("environment-order").length).toBe(1);
  });

  it("evaluation evidence must be stored, bound to the artifact, fresh and schema-valid", async () => {
    registerByHand();
    f.git(["checkout", "-q", "-b", "bad-evidence"]);
    const ev = (v: string) => `evidence/credit-default/${v}/evaluation.json`;
    const relist = (v: string) => {
      const file = `models/credit-default/versions/${v}.yaml`;
      f.write(file, f.read(file).replace(/sha256: [0-9a-f]{64} \}/, `sha256: ${f.sha256sum(ev(v))} }`));
    };
    // 2.0.0: bound to another artifact's digest
    f.write(ev("2.0.0"), evaluationEvidence("credit-default", "2.0.0", "0".repeat(64), 0.85));
    relist("2.0.0");
    // 3.0.0: 60 days old (limit 30), and not an evaluation report by its schema
    const old = JSON.parse(
      evaluationEvidence(
        "credit-default",
        "3.0.0",
        f.sha256sum("artifacts/credit-default/3.0.0/model.onnx"),
        0.9,
        "2026-09-21T12:00:00Z",
      ),
    );
    delete old.models;
    f.write(ev("3.0.0"), JSON.stringify(old));
    relist("3.0.0");
    f.write(
      "environments/staging/credit-default.yaml",
      "model: credit-default\nenvironment: staging\nversion: 2.0.0\ncanary: { version: 3.0.0, traffic: 5 }\n",
    );
    f.commitAll("bad evidence");
    f.git(["checkout", "-q", "main"]);
    const report = await runGate(reg, { base: "main", head: "bad-evidence", now: NOW });
    const messages = report.blocking.map((b) => `${b.check} ${b.message}`);
    expect(messages).toEqual([
      'evidence:evaluation file:evidence/credit-default/2.0.0/evaluation.json: evidence "model" input has sha256 000000000000…, expected b80dbfa72945…',
      "evidence:evaluation file:evidence/credit-default/3.0.0/evaluation.json: schema evaluation: / must have required property 'models'",
      "evidence:evaluation file:evidence/credit-default/3.0.0/evaluation.json: evidence is 60.0 days old, the limit is 30 days",
      // editing registered evidence (and the digest its version lists) is itself refused
      "immutable evidence/credit-default/2.0.0/evaluation.json is a registered evidence file: it cannot be changed; register a new version instead",
      "immutable evidence/credit-default/3.0.0/evaluation.json is a registered evidence file: it cannot be changed; register a new version instead",
      "immutable a registered version's evaluation (evidence list and summary) cannot change; register a new version",
      "immutable a registered version's evaluation (evidence list and summary) cannot change; register a new version",
    ]);
    // a hand-edited evidence file no longer matches the digest its version lists
    f.git(["checkout", "-q", "-b", "edited-evidence", "main"]);
    f.write(
      ev("2.0.0"),
      evaluationEvidence(
        "credit-default",
        "2.0.0",
        f.sha256sum("artifacts/credit-default/2.0.0/model.onnx"),
        0.99,
      ),
    );
    f.write(
      "environments/staging/credit-default.yaml",
      "model: credit-default\nenvironment: staging\nversion: 2.0.0\n",
    );
    f.commitAll("edited evidence");
    f.git(["checkout", "-q", "main"]);
    const edited = await runGate(reg, { base: "main", head: "edited-evidence", now: NOW });
    expect(edited.blocking.map((b) => b.message)).toEqual([
      expect.stringMatching(/evaluation\.json has sha256 .*, the version lists /),
      "evidence/credit-default/2.0.0/evaluation.json is a registered evidence file: it cannot be changed; register a new version instead",
    ]);
  });

  it("a rollback skips the quality gates but records it, and needs a previously live target", async () => {
    registerByHand();
    for (const env of ["staging", "production"]) {
      const c = await proposePromotion(
        reg,
        { model: "credit-default", version: "2.0.0", environment: env },
        { now: NOW },
      );
      expect((await mergeChange(reg, c.branch, { now: NOW })).merged).toBe(true);
    }
    const wrong = await proposeRollback(reg, {
      model: "credit-default",
      environment: "production",
      to: "3.0.0",
    }).catch((e: unknown) => e);
    expect((wrong as Error).message).toMatch(/3.0.0 was never live in production/);
    const rb = await proposeRollback(
      reg,
      { model: "credit-default", environment: "production" },
      { now: NOW },
    );
    expect(rb.version).toBe("1.0.0");
    expect(rb.branch).toBe("modelgate/rollback/credit-default-production-1.0.0");
    const merged = await mergeChange(reg, rb.branch, { now: NOW });
    expect(merged.merged).toBe(true);
    const change = merged.report.changes[0]!;
    expect(change.kind).toBe("rollback");
    expect(change.qualityGatesSkipped).toBe(true);
    expect(change.checks.map((c) => [c.id, c.status])).toEqual([
      ["schema", "pass"],
      ["references", "pass"],
      ["artifact", "pass"],
      ["rollback-target", "pass"],
      ["quality-gates", "skip"],
    ]);
    expect(validateValue("registry-check", JSON.parse(JSON.stringify(merged.report)))).toEqual([]);
    expect(merged.plan!.entries[0]).toMatchObject({ kind: "rollback", from: "2.0.0", to: "1.0.0" });
    expect(parseMergeMessage(f.git(["log", "-1", "--format=%B", "main"])).change).toBe("rollback");
  });

  it("refuses a blocked merge, and records a forced one with its reason", async () => {
    registerByHand();
    const c = await proposePromotion(
      reg,
      { model: "credit-default", version: "3.0.0", environment: "staging" },
      { now: NOW },
    );
    const before = main();
    const refused = await mergeChange(reg, c.branch, { now: NOW });
    expect(refused.merged).toBe(false);
    expect(refused.pr).toBe("local-1");
    expect(refused.report.blocking.map((b) => b.message)).toEqual([
      "roc_auc 0.6 misses the threshold >= 0.7",
    ]);
    expect(main()).toBe(before);
    await expect(mergeChange(reg, c.branch, { now: NOW, force: true })).rejects.toThrow(/--reason/);
    const forced = await mergeChange(reg, c.branch, {
      now: NOW,
      force: true,
      reason: "incident 42: known-good offline",
    });
    expect(forced.merged).toBe(true);
    expect(forced.override).toBe("incident 42: known-good offline");
    expect(forced.pr).toBe("local-1"); // the same change keeps its number across attempts
    const info = parseMergeMessage(f.git(["log", "-1", "--format=%B", "main"]));
    expect(info.overrides).toEqual(["incident 42: known-good offline"]);
    expect(info.change).toBe("promote");
    fsck();
  });

  it("deprecated versions cannot be promoted", async () => {
    registerByHand();
    const d = await proposeDeprecation(
      reg,
      { model: "credit-default", version: "2.0.0", reason: "leaks the label" },
      { now: NOW },
    );
    const diff = f.git(["diff", "main", d.branch, "--", "models/credit-default/versions/2.0.0.yaml"]);
    expect(diff).toContain("-status: active");
    expect(diff).toContain("+status: deprecated");
    expect((await mergeChange(reg, d.branch, { now: NOW })).merged).toBe(true);
    const e = await proposePromotion(reg, {
      model: "credit-default",
      version: "2.0.0",
      environment: "staging",
    }).catch((x: unknown) => x);
    expect((e as Error).message).toMatch(/deprecated/);
  });
});

describe("reliability", () => {
  it("two racing promotions of the same model and environment: the second is refused as stale, nothing lost", async () => {
    registerByHand();
    const a = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging" },
      { now: NOW },
    );
    const b = await proposePromotion(
      reg,
      { model: "credit-default", version: "3.0.0", environment: "staging", canary: 5 },
      { now: NOW },
    );
    const results = await Promise.allSettled([
      mergeChange(reg, a.branch, { now: NOW }),
      mergeChange(reg, b.branch, { now: NOW, force: true, reason: "race" }),
    ]);
    const merged = results.filter((r) => r.status === "fulfilled" && r.value.merged);
    const stale = results.filter((r) => r.status === "rejected" && r.reason instanceof StaleProposalError);
    expect(merged.length).toBe(1);
    expect(stale.length).toBe(1);
    // the merged branch is removed, the stale one stays; main has exactly one merge on top
    expect(f.git(["branch", "--list", "modelgate/*"]).split("\n").length).toBe(1);
    expect(f.git(["rev-list", "--count", "--first-parent", "main"])).toBe("3");
    fsck();
  });

  it("two merge processes racing on the same environment file: one merges, the other is refused as stale", async () => {
    registerByHand();
    const a = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging" },
      { now: NOW },
    );
    const b = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging", canary: 5 },
      { now: NOW },
    );
    const before = main();
    const { spawn } = await import("node:child_process");
    const script = await mergeChild();
    const runChild = (branch: string) =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, [script, f.dir, branch], {
          stdio: ["ignore", "pipe", "ignore"],
        });
        let out = "";
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString();
        });
        child.once("exit", () => resolve(out.trim().split("\n").pop() ?? ""));
      });
    const outcomes = await Promise.all([runChild(a.branch), runChild(b.branch)]);
    expect(outcomes.filter((o) => o === "merged").length).toBe(1);
    expect(outcomes.filter((o) => o.startsWith("StaleProposalError:")).length).toBe(1);
    expect(f.git(["rev-parse", "main^1"])).toBe(before);
    expect([a.commit, b.commit]).toContain(f.git(["rev-parse", "main^2"]));
    expect(f.git(["branch", "--list", "modelgate/*"]).split("\n").length).toBe(1);
    fsck();
  }, 30_000);

  it("a merge removes its branch, so the same change can be made again; merging it twice is answered", async () => {
    registerByHand();
    const promote = () =>
      proposePromotion(
        reg,
        { model: "credit-default", version: "2.0.0", environment: "staging" },
        { now: NOW },
      );
    const first = await promote();
    const merged = await mergeChange(reg, first.branch, { now: NOW });
    expect([merged.merged, merged.branchKept]).toEqual([true, null]);
    expect(f.git(["branch", "--list", first.branch])).toBe("");
    const again = await mergeChange(reg, first.branch, { now: NOW });
    expect([again.merged, again.alreadyMerged]).toEqual([false, true]);
    // roll back, then promote the same version again: the same branch name, a new change
    const rb = await proposeRollback(reg, { model: "credit-default", environment: "staging" }, { now: NOW });
    expect((await mergeChange(reg, rb.branch, { now: NOW })).merged).toBe(true);
    const second = await promote();
    expect(second.branch).toBe(first.branch);
    const remerged = await mergeChange(reg, second.branch, { now: NOW });
    expect([remerged.merged, remerged.pr]).toEqual([true, "local-3"]);
    expect(f.git(["show", "main:environments/staging/credit-default.yaml"])).toContain("version: 2.0.0");
    fsck();
  });

  it("a merged branch left behind is replaced by the same change; an unmerged one is refused; a checked-out one is kept", async () => {
    registerByHand();
    const c = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging" },
      { now: NOW },
    );
    // an older modelgate (or a pull request merged on GitHub) left the merged branch behind
    f.git(["merge", "-q", "--no-ff", "-m", "merged by hand", c.branch]);
    const rb = await proposeRollback(reg, { model: "credit-default", environment: "staging" }, { now: NOW });
    expect((await mergeChange(reg, rb.branch, { now: NOW })).merged).toBe(true);
    const again = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging" },
      { now: NOW },
    );
    expect(again.branch).toBe(c.branch);
    expect(f.git(["rev-parse", c.branch])).toBe(again.commit);
    // not merged yet: refused, and the branch is left as it was
    await expect(
      proposePromotion(
        reg,
        { model: "credit-default", version: "2.0.0", environment: "staging" },
        { now: NOW },
      ),
    ).rejects.toThrow(`the branch ${c.branch} already exists with a change not merged yet`);
    expect(f.git(["rev-parse", c.branch])).toBe(again.commit);
    // merged while checked out (git merges into main elsewhere): the branch stays
    f.git(["checkout", "-q", c.branch]);
    const kept = await mergeChange(reg, c.branch, { now: NOW });
    expect(kept.merged).toBe(true);
    expect(kept.branchKept).toBe(`${c.branch} is checked out`);
    expect(f.git(["rev-parse", c.branch])).toBe(again.commit);
    fsck();
  });

  it("changes to different models merge one after the other without conflict", async () => {
    registerByHand();
    const a = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging" },
      { now: NOW },
    );
    const d = await proposeDeprecation(
      reg,
      { model: "credit-default", version: "3.0.0", reason: "worse" },
      { now: NOW },
    );
    expect((await mergeChange(reg, a.branch, { now: NOW })).merged).toBe(true);
    expect((await mergeChange(reg, d.branch, { now: NOW })).merged).toBe(true);
    expect(f.git(["show", "main:models/credit-default/versions/3.0.0.yaml"])).toContain("status: deprecated");
    expect(f.git(["show", "main:environments/staging/credit-default.yaml"])).toContain("version: 2.0.0");
  });

  it("a merge killed midway leaves the default branch either untouched or fully merged", async () => {
    registerByHand();
    const c = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging" },
      { now: NOW },
    );
    const before = main();
    const script = await mergeChild();
    const { spawn } = await import("node:child_process");
    /** Starts the merge process; resolves once it has opened the registry (or exited). */
    const start = async () => {
      // back to before the merge: main as it was, and the change branch (a finished merge removes it)
      f.git(["update-ref", "refs/heads/main", before]);
      f.git(["update-ref", `refs/heads/${c.branch}`, c.commit]);
      const child = spawn(process.execPath, [script, f.dir, c.branch], {
        stdio: ["ignore", "pipe", "ignore"],
      });
      const exited = new Promise((r) => child.once("exit", r));
      await new Promise<void>((r) => {
        child.stdout.on("data", (d: Buffer) => {
          if (d.toString().includes("ready")) r();
        });
        void exited.then(() => r());
      });
      return { child, exited };
    };
    // how long the merge's own work takes on this machine now, so the kills land inside it
    // (fixed delays had drifted past it: a merge took under 0.5 s, so most kills hit a finished one)
    const timed = await start();
    const readyAt = Date.now();
    await timed.exited;
    const mergeMs = Date.now() - readyAt;
    expect(main()).not.toBe(before);
    const untouched: number[] = [];
    for (const share of [0, 0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 1.5]) {
      const delayMs = Math.round(share * mergeMs);
      const { child, exited } = await start();
      await new Promise((r) => setTimeout(r, delayMs));
      child.kill("SIGKILL");
      await exited;
      const after = main();
      if (after === before) untouched.push(share);
      else {
        expect(f.git(["show", "main:environments/staging/credit-default.yaml"])).toContain("version: 2.0.0");
        expect(f.git(["rev-parse", "main^2"])).toBe(c.commit);
      }
      fsck();
      // no lock is left behind except by a kill exactly between lock and rename, of main or of
      // the change branch (a finished merge deletes it), as git itself leaves one when killed
      for (const lock of [
        join(f.dir, ".git", "refs", "heads", "main.lock"),
        join(f.dir, ".git", "refs", "heads", `${c.branch}.lock`),
        join(f.dir, ".git", "packed-refs.lock"),
      ])
        if (existsSync(lock)) execFileSync("rm", [lock]);
    }
    // a kill at once stops the merge before it moves main
    expect(untouched).toContain(0);
    // the registry still works afterwards
    f.git(["update-ref", "refs/heads/main", before]);
    f.git(["update-ref", `refs/heads/${c.branch}`, c.commit]);
    const last = await mergeChange(reg, c.branch, { now: NOW });
    expect(last.report.blocking).toEqual([]);
    expect(last.merged).toBe(true);
  }, 60_000);

  it("a pull request's version file cannot escape the repository or make the gate fetch from an unlisted host", async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end("x");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    try {
      f.git(["checkout", "-q", "-b", "hostile"]);
      const v = (version: string, uri: string) =>
        `model: credit-default\nversion: ${version}\ncreatedAt: 2026-11-01T00:00:00Z\nartifact:\n  uri: "${uri}"\n  sha256: ${"a".repeat(64)}\n  bytes: 1\n  format: onnx\nstatus: active\n`;
      f.write("models/credit-default/versions/6.0.0.yaml", v("6.0.0", "file:../../../etc/passwd"));
      f.write(
        "models/credit-default/versions/7.0.0.yaml",
        v("7.0.0", `https://127.0.0.1:${port}/model.onnx`),
      );
      f.commitAll("hostile versions");
      f.git(["checkout", "-q", "main"]);
      const report = await runGate(reg, { base: "main", head: "hostile", now: NOW });
      const artifact = report.blocking.filter((b) => b.check === "artifact").map((b) => b.message);
      // the escaping path is refused by the manifest's own check (as lint reports it), the host by the artifact check
      expect(artifact).toEqual([
        expect.stringMatching(/artifact host "127\.0\.0\.1:\d+" is not on the registry's allow-list/),
      ]);
      expect(report.blocking.map((b) => b.message)).toContainEqual(
        expect.stringContaining('"file:../../../etc/passwd": the path escapes the repository'),
      );
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  it("refuses oversize manifests from a change", async () => {
    registerByHand();
    f.git(["checkout", "-q", "-b", "big"]);
    f.write(
      "environments/staging/credit-default.yaml",
      `model: credit-default\nenvironment: staging\nversion: 2.0.0\n${"#".repeat(1_100_000)}\n`,
    );
    f.commitAll("big file");
    f.git(["checkout", "-q", "main"]);
    const report = await runGate(reg, { base: "main", head: "big", now: NOW });
    expect(report.blocking[0]!.message).toBe(
      "MG002 file is 1100059 bytes; manifests are limited to 1048576 bytes",
    );
  });
});

describe("deploy plan", () => {
  it("is idempotent, empty for no change, and renders KServe InferenceServices with canary traffic", async () => {
    registerByHand();
    const c = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging", canary: 10 },
      { now: NOW },
    );
    const before = main();
    await mergeChange(reg, c.branch, { now: NOW });
    const after = main();
    const p1 = await planDeployment(reg, { before, after, now: NOW });
    const p2 = await planDeployment(reg, { before, after, now: NOW });
    expect(p1).toEqual(p2);
    expect(validateValue("deploy-plan", JSON.parse(JSON.stringify(p1)))).toEqual([]);
    expect(p1.entries).toEqual([
      {
        environment: "staging",
        model: "credit-default",
        kind: "canary",
        from: "1.0.0",
        to: "2.0.0",
        traffic: 10,
        desired: { version: "1.0.0", canary: { version: "2.0.0", traffic: 10 } },
        artifacts: [
          expect.objectContaining({ version: "1.0.0", traffic: 90 }),
          expect.objectContaining({
            version: "2.0.0",
            traffic: 10,
            uri: "file:artifacts/credit-default/2.0.0/model.onnx",
          }),
        ],
      },
    ]);
    expect((await planDeployment(reg, { before: after, after })).entries).toEqual([]);
    const out = join(f.dir, "..", `render-${Date.now()}`);
    const files = await renderPlan(p1, out);
    expect(files).toEqual([join(out, "staging", "credit-default.yaml")]);
    const text = readFileSync(files[0]!, "utf8");
    expect(text).toContain("kind: InferenceService");
    expect(text).toContain("canaryTrafficPercent: 10");
    expect(text).toContain("storageUri: file:artifacts/credit-default/2.0.0/model.onnx");
  });
});
