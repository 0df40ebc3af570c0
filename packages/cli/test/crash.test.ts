// Crash safety: `modelgate merge`, `register`, `promote` and `rollback` are killed with SIGKILL at
// every named step of their writes and at seeded random moments; after each kill plain git and
// modelgate must find a registry that loses nothing: `git fsck --strict` passes, a plain
// `git commit` of a README edit deletes nothing registered or deployed, `modelgate status`
// works and leaves a clean checkout, and the interrupted operation can be completed.
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seededRandom } from "@modelgate/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addVersion,
  createRegistryFixture,
  evaluationEvidence,
  GIT_ENV,
  type RegistryFixture,
  sha256,
} from "../../registry/test/fixture.js";
import { cli } from "./helpers.js";

const NOW = "2026-11-20T12:00:00Z";
const ROOT = join(import.meta.dirname, "..", "..", "..");
const REGISTER = "modelgate/register/credit-default-2.1.0";
const PROMOTE = "modelgate/promote/credit-default-staging-2.0.0";

let work: string;
let bundle: string;
let template: RegistryFixture;
let templateMain: Map<string, string>;

/** path -> blob id of every file at a commit (empty when the revision does not exist). */
function tree(dir: string, rev: string): Map<string, string> {
  const out = spawnSync("git", ["ls-tree", "-r", rev], { cwd: dir, encoding: "utf8", env: GIT_ENV });
  return new Map(
    (out.status === 0 ? out.stdout : "")
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => {
        const [meta, path] = l.split("\t") as [string, string];
        return [path, meta.split(" ")[2]!];
      }),
  );
}

const git = (dir: string, args: string[]) =>
  spawnSync("git", args, { cwd: dir, encoding: "utf8", env: GIT_ENV });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "mg-crash-"));
  // the CLI's bundle (the published bin, built once by the suite's global setup), so that each
  // killed process starts in well under a second
  bundle = join(ROOT, "packages/cli/dist/modelgate.js");
  // the registry every case starts from: 1.0.0 live in staging, 2.0.0 registered and live in
  // production since a plain commit (so production has a rollback target), a register branch
  // adding 2.1.0 (version file, artifact, evidence) and a promote branch for staging
  template = createRegistryFixture();
  template.write("README.md", "# acme registry\n");
  addVersion(template, "2.0.0", 0.85);
  template.commitAll("Register credit-default 2.0.0");
  template.write(
    "environments/production/credit-default.yaml",
    "model: credit-default\nenvironment: production\nversion: 2.0.0\n",
  );
  template.commitAll("Promote credit-default 2.0.0 to production");
  template.git(["checkout", "-q", "-b", REGISTER]);
  addVersion(template, "2.1.0", 0.86);
  template.commitAll("Register credit-default 2.1.0");
  template.git(["checkout", "-q", "main"]);
  expect((await cli(["promote", "credit-default", "2.0.0", "--to", "staging"], template.dir)).exitCode).toBe(
    0,
  );
  templateMain = tree(template.dir, "main");
  // register's inputs live outside the registry
  const art = Buffer.from("onnx bytes of credit-default 2.2.0\n");
  writeFileSync(join(work, "model-2.2.0.onnx"), art);
  writeFileSync(
    join(work, "evaluation.json"),
    evaluationEvidence("credit-default", "2.2.0", sha256(art), 0.87),
  );
}, 60_000);

afterAll(() => {
  template?.cleanup();
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Operation {
  name: string;
  args: (dir: string) => string[];
  /** the branch whose merge completes the operation */
  branch: string;
  /** paths the operation changes on main once merged */
  paths: string[];
  /** for a merge: the operation itself is the merge (else it creates the branch) */
  merges: boolean;
}

const OPERATIONS: Record<string, Operation> = {
  merge: {
    name: "merge",
    args: () => ["merge", REGISTER, "--now", NOW],
    branch: REGISTER,
    paths: [
      "artifacts/credit-default/2.1.0/model.onnx",
      "evidence/credit-default/2.1.0/evaluation.json",
      "models/credit-default/versions/2.1.0.yaml",
    ],
    merges: true,
  },
  "merge-promote": {
    name: "merge-promote",
    args: () => ["merge", PROMOTE, "--now", NOW],
    branch: PROMOTE,
    paths: ["environments/staging/credit-default.yaml"],
    merges: true,
  },
  register: {
    name: "register",
    args: () => [
      "register",
      "credit-default",
      "--version",
      "2.2.0",
      "--artifact",
      "file:artifacts/credit-default/2.2.0/model.onnx",
      "--artifact-file",
      join(work, "model-2.2.0.onnx"),
      "--evidence",
      join(work, "evaluation.json"),
    ],
    branch: "modelgate/register/credit-default-2.2.0",
    paths: [
      "artifacts/credit-default/2.2.0/model.onnx",
      "evidence/credit-default/2.2.0/evaluation.json",
      "models/credit-default/versions/2.2.0.yaml",
    ],
    merges: false,
  },
  promote: {
    name: "promote",
    args: () => ["promote", "credit-default", "2.0.0", "--to", "staging", "--canary", "10"],
    branch: "modelgate/canary/credit-default-staging-2.0.0",
    paths: ["environments/staging/credit-default.yaml"],
    merges: false,
  },
  rollback: {
    name: "rollback",
    args: () => ["rollback", "credit-default", "--env", "production", "--reason", "latency"],
    branch: "modelgate/rollback/credit-default-production-1.0.0",
    paths: ["environments/production/credit-default.yaml"],
    merges: false,
  },
};

interface Case {
  op: Operation;
  /** a named step ("merge:index") or a delay in ms after the process started */
  kill: string | number | null;
}

interface Outcome {
  killed: boolean;
  ms: number;
}

function runKilled(dir: string, c: Case): Promise<Outcome> {
  const started = Date.now();
  const env: NodeJS.ProcessEnv = { ...GIT_ENV };
  if (typeof c.kill === "string") env.MODELGATE_TEST_KILL_AT = c.kill;
  const child: ChildProcess = spawn(process.execPath, [bundle, ...c.op.args(dir)], {
    cwd: dir,
    env,
    stdio: "ignore",
  });
  let timer: NodeJS.Timeout | undefined;
  if (typeof c.kill === "number") timer = setTimeout(() => child.kill("SIGKILL"), c.kill);
  return new Promise((resolve) =>
    child.once("exit", (_code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === "SIGKILL", ms: Date.now() - started });
    }),
  );
}

/** Everything that must hold after a kill; returns a description for the failure message. */
async function verify(dir: string, c: Case): Promise<void> {
  const label = `${c.op.name} killed at ${c.kill}`;
  const fsck = git(dir, ["fsck", "--strict", "--no-progress"]);
  expect(fsck.status, `${label}: git fsck --strict\n${fsck.stderr}`).toBe(0);

  // a plain git commit of an unrelated edit, as a user would make after the crash
  const porcelain = git(dir, ["status", "--porcelain"]).stdout;
  writeFileSync(join(dir, "README.md"), "# acme registry\n\nedited after a crash\n");
  const plainCommit = () => {
    const add = git(dir, ["add", "README.md"]);
    return add.status === 0 ? git(dir, ["commit", "-q", "-m", "README edit"]) : add;
  };
  const commit = plainCommit();
  // a lock left by the kill makes git refuse (nothing lost); modelgate releases it below
  if (commit.status !== 0) expect(commit.stderr, `${label}: git commit\n${porcelain}`).toMatch(/\.lock/);

  const main = tree(dir, "main");
  // a merge that completed removed its branch: the branch as it was is the template's
  const branchTree = tree(c.op.merges ? template.dir : dir, c.op.branch);
  for (const [path, oid] of templateMain) {
    if (path === "README.md" || c.op.paths.includes(path)) continue;
    expect(main.get(path), `${label}: ${path} lost by a plain git commit\n${porcelain}`).toBe(oid);
  }
  // the operation's own files are all as before or all as merged: never half a merge
  const states = c.op.paths.map((p) =>
    main.get(p) === templateMain.get(p) ? "before" : main.get(p) === branchTree.get(p) ? "after" : "other",
  );
  expect(new Set(states).size, `${label}: ${c.op.paths.map((p, i) => `${p}=${states[i]}`).join(", ")}`).toBe(
    1,
  );
  expect(states[0]).not.toBe("other");
  if (!c.op.merges) expect(states[0]).toBe("before");

  // the next modelgate command works and leaves a clean checkout
  const status = await cli(["status"], dir);
  expect(status.exitCode, `${label}: status\n${status.stderr}`).toBe(0);
  expect(status.stdout).toContain("version 2.0.0");
  if (commit.status !== 0) expect(plainCommit().status, `${label}: git commit after status`).toBe(0);
  for (const leftover of ["MERGE_HEAD", "index.lock", "refs/heads/main.lock", "modelgate/merging.json"])
    expect(existsSync(join(dir, ".git", leftover)), `${label}: ${leftover} left`).toBe(false);
  expect(git(dir, ["status", "--porcelain"]).stdout, `${label}: checkout not clean`).toBe("");

  // and the interrupted operation can be completed
  if (!c.op.merges) {
    const again = await cli(c.op.args(dir), dir);
    if (again.exitCode !== 0) expect(again.stderr, `${label}: again`).toContain("already exists");
  }
  const branch = c.op.merges ? branchTree : tree(dir, c.op.branch);
  const merged = await cli(["merge", c.op.branch, "--now", NOW], dir);
  expect(merged.exitCode, `${label}: merge\n${merged.stdout}${merged.stderr}`).toBe(0);
  const final = tree(dir, "main");
  for (const p of c.op.paths) expect(final.get(p), `${label}: ${p} after the merge`).toBe(branch.get(p));
  expect(git(dir, ["branch", "--list", c.op.branch]).stdout, `${label}: the merged branch is removed`).toBe(
    "",
  );
  expect(git(dir, ["status", "--porcelain"]).stdout, `${label}: checkout not clean at the end`).toBe("");
  expect(git(dir, ["fsck", "--strict", "--no-progress"]).status).toBe(0);
}

const timings: string[] = [];
afterAll(() => {
  process.stdout.write(`${timings.join("\n")}\n`);
});

async function runCases(cases: Case[], parallel = 3): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      const c = cases[i]!;
      const dir = join(work, `case-${c.op.name}-${i}-${String(c.kill).replace(/[^a-z0-9]/gi, "_")}`);
      execFileSync("cp", ["-a", template.dir, dir]);
      outcomes[i] = await runKilled(dir, c);
      const t = Date.now();
      await verify(dir, c);
      timings.push(`${c.op.name}@${c.kill}: run ${outcomes[i]!.ms} ms, verify ${Date.now() - t} ms`);
      rmSync(dir, { recursive: true, force: true });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return outcomes;
}

const MERGE_STEPS = [
  "gated",
  "journal",
  "worktree-file",
  "worktree",
  "index-locked",
  "index",
  "merge-head",
  "ref-locked",
  "ref",
  "cleaned",
];
const CHANGE_STEPS = ["objects", "ref-locked", "ref"];

/** How long each kind of operation runs to its last step, from the named-step kills (ms). */
const duration: { merge?: number; change?: number } = {};

describe("a kill at any point loses nothing", () => {
  it("merge, killed at each named step of writing into the checked-out default branch", async () => {
    const cases: Case[] = MERGE_STEPS.map((s) => ({ op: OPERATIONS.merge!, kill: `merge:${s}` }));
    const outcomes = await runCases(cases);
    // every named step was reached (the process died by the signal, not by finishing)
    expect(outcomes.map((o) => o.killed)).toEqual(cases.map(() => true));
    duration.merge = Math.max(...outcomes.map((o) => o.ms));
  }, 180_000);

  it("register, promote and rollback, killed at each named step of writing their branch", async () => {
    const cases: Case[] = ["register", "promote", "rollback"].flatMap((op) =>
      CHANGE_STEPS.map((s) => ({ op: OPERATIONS[op]!, kill: `change:${s}` })),
    );
    const outcomes = await runCases(cases);
    expect(outcomes.map((o) => o.killed)).toEqual(cases.map(() => true));
    duration.change = Math.max(...outcomes.map((o) => o.ms));
  }, 180_000);

  it("every operation, killed by SIGKILL at seeded random moments of its run", async () => {
    // kills fall uniformly over each operation's run (measured above, or here when run alone)
    if (duration.merge === undefined || duration.change === undefined) {
      const full = await runCases(
        ["merge", "register"].map((op) => ({ op: OPERATIONS[op]!, kill: null })),
        2,
      );
      duration.merge = full[0]!.ms;
      duration.change = full[1]!.ms;
    }
    const [mergeMs, changeMs] = [duration.merge, duration.change];
    const random = seededRandom(13);
    const at = (ms: number) => Math.round(ms * (0.3 + 0.75 * random()));
    const cases: Case[] = [
      ...[1, 2, 3].map(() => ({ op: OPERATIONS.merge!, kill: at(mergeMs) })),
      { op: OPERATIONS["merge-promote"]!, kill: at(mergeMs) },
      ...["register", "promote", "rollback"].map((op) => ({ op: OPERATIONS[op]!, kill: at(changeMs) })),
    ];
    const outcomes = await runCases(cases);
    // report where the kills fell, for the record
    process.stdout.write(
      `crash test: merge ${mergeMs} ms, change ${changeMs} ms to their last step; kills at ${cases
        .map((c, i) => `${c.op.name}@${c.kill}ms${outcomes[i]!.killed ? "" : "(finished)"}`)
        .join(", ")}\n`,
    );
  }, 180_000);
});
