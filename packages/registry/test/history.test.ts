import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type HistoryEntry,
  liveAt,
  parseAt,
  previouslyLiveVersions,
  readHistory,
  readHistoryEntries,
  readMetrics,
  readRawHistory,
} from "../src/index.js";
import { createFixture, type Fixture } from "./history-fixture.js";

const engines = ["git", "isomorphic"] as const;
const strip = (cs: HistoryEntry[]) =>
  cs.map(
    (c) => `${c.time} ${c.env}/${c.model} ${c.kind} ${c.from}->${c.to} ${c.traffic}${c.problem ? " !" : ""}`,
  );

/**
 * The DORA history (all commit times UTC). Production deployments are marked D1..D5.
 *   01-01 00:00 register m 1.0.0
 *   01-01 12:00 staging  1.0.0                       (staging: not counted)
 *   01-02 00:00 prod     1.0.0 promote          D1   lead 01-01 00:00 → 01-02 00:00 = 24 h
 *   01-03 00:00 register 1.1.0
 *   01-03 06:00 prod     canary 1.1.0 @10       D2   lead 6 h
 *   01-03 12:00 prod     canary 1.1.0 @50            traffic step, not a deployment
 *   01-04 00:00 prod     1.1.0 complete              not a deployment
 *   01-05 00:00 register 2.0.0
 *   01-06 00:00 prod     2.0.0 promote          D3   lead 24 h
 *   01-06 03:00 prod     1.1.0 rollback             D3 failed, restore 3 h
 *   01-07 00:00 register 2.0.1
 *   01-08 00:00 prod     canary 2.0.1 @20       D4   lead 24 h
 *   01-08 01:30 prod     canary removed (rollback)  D4 failed, restore 1.5 h
 *   01-10 00:00 prod     2.0.1 promote          D5   lead 3 days = 72 h
 * Window 01-02 00:00 .. 01-10 00:00 = 8 days; 5 deployments → 0.625/day, 4.375/week.
 * Lead times sorted 6, 24, 24, 24, 72: median 24, mean 150/5 = 30, p90 (nearest rank 5) 72.
 * Change failure rate 2/5 = 0.4. Time to restore 3 and 1.5: median = mean = 2.25 h.
 */
function buildDora(f: Fixture): void {
  f.register("m", "1.0.0");
  f.commit("Register m 1.0.0 (#1)", "2026-01-01T00:00:00Z");
  f.env("staging", "m", "1.0.0");
  f.commit("Promote m 1.0.0 to staging (#2)", "2026-01-01T12:00:00Z");
  f.env("production", "m", "1.0.0");
  f.commit("Promote m 1.0.0 to production (#3)", "2026-01-02T00:00:00Z", "Bob");
  f.register("m", "1.1.0");
  f.commit("Register m 1.1.0 (#4)", "2026-01-03T00:00:00Z");
  f.env("production", "m", "1.0.0", { version: "1.1.0", traffic: 10 });
  f.commit("Canary m 1.1.0 in production (#5)", "2026-01-03T06:00:00Z");
  f.env("production", "m", "1.0.0", { version: "1.1.0", traffic: 50 });
  f.commit("Canary m 1.1.0 at 50% (#6)", "2026-01-03T12:00:00Z");
  f.env("production", "m", "1.1.0");
  f.commit("Complete m 1.1.0 (#7)", "2026-01-04T00:00:00Z");
  f.register("m", "2.0.0");
  f.commit("Register m 2.0.0 (#8)", "2026-01-05T00:00:00Z");
  f.env("production", "m", "2.0.0");
  f.commit("Promote m 2.0.0 to production (#9)", "2026-01-06T00:00:00Z");
  f.env("production", "m", "1.1.0");
  f.commit(
    "Roll back m in production to 1.1.0 (#10)\n\nModelgate-Change: rollback\nModelgate-Override: error rate",
    "2026-01-06T03:00:00Z",
  );
  f.register("m", "2.0.1");
  f.commit("Register m 2.0.1 (#11)", "2026-01-07T00:00:00Z");
  f.env("production", "m", "1.1.0", { version: "2.0.1", traffic: 20 });
  f.commit("Canary m 2.0.1 (#12)", "2026-01-08T00:00:00Z");
  f.env("production", "m", "1.1.0");
  f.commit("Abort canary m 2.0.1", "2026-01-08T01:30:00Z");
  f.env("production", "m", "2.0.1");
  f.commit("Promote m 2.0.1 to production (#13)", "2026-01-10T00:00:00Z");
}

describe.each(engines)("history with the %s reader", (engine) => {
  let f: Fixture;
  beforeAll(() => {
    f = createFixture();
    buildDora(f);
  });
  afterAll(() => f.cleanup());

  it("lists every state change with commit, time, author, PR and kind", async () => {
    const changes = await readHistoryEntries(f, { engine, useIndex: false, model: "m" });
    expect(strip(changes)).toEqual([
      "2026-01-01T12:00:00.000Z staging/m promote null->1.0.0 100",
      "2026-01-02T00:00:00.000Z production/m promote null->1.0.0 100",
      "2026-01-03T06:00:00.000Z production/m canary 1.0.0->1.1.0 10",
      "2026-01-03T12:00:00.000Z production/m canary 1.1.0->1.1.0 50",
      "2026-01-04T00:00:00.000Z production/m complete 1.0.0->1.1.0 100",
      "2026-01-06T00:00:00.000Z production/m promote 1.1.0->2.0.0 100",
      "2026-01-06T03:00:00.000Z production/m rollback 2.0.0->1.1.0 100",
      "2026-01-08T00:00:00.000Z production/m canary 1.1.0->2.0.1 20",
      "2026-01-08T01:30:00.000Z production/m rollback 2.0.1->1.1.0 100",
      "2026-01-10T00:00:00.000Z production/m promote 1.1.0->2.0.1 100",
    ]);
    const d1 = changes[1] as HistoryEntry;
    expect(d1.author).toEqual({ name: "Bob", email: "bob@acme.example" });
    expect(d1.pr).toBe("3");
    expect(d1.commit).toMatch(/^[0-9a-f]{40}$/);
    const rb = changes[6] as HistoryEntry;
    expect(rb.recordedKind).toBe("rollback");
    expect(rb.overrides).toEqual(["error rate"]);
    expect((changes[8] as HistoryEntry).pr).toBeNull();
  });

  it("filters by environment", async () => {
    const changes = await readHistoryEntries(f, { engine, useIndex: false, env: "staging" });
    expect(changes.map((c) => c.kind)).toEqual(["promote"]);
  });

  it("answers what was live at a date", async () => {
    const opts = { engine, useIndex: false };
    expect((await liveAt(f, "production", "m", new Date("2026-01-01T23:59:59Z"), opts)).state).toBeNull();
    expect((await liveAt(f, "production", "m", parseAt("2026-01-03"), opts)).state).toEqual({
      version: "1.0.0",
      canary: { version: "1.1.0", traffic: 50 },
    });
    const at = await liveAt(f, "production", "m", parseAt("2026-01-06T02:00:00Z"), opts);
    expect(at.state).toEqual({ version: "2.0.0" });
    expect(at.since?.pr).toBe("9");
    // exactly at the rollback's merge time, the rollback is live
    expect((await liveAt(f, "production", "m", new Date("2026-01-06T03:00:00Z"), opts)).state).toEqual({
      version: "1.1.0",
    });
  });

  it("finds the rollback target: previously live, newest first, without rolled-back versions", async () => {
    // champions: 1.0.0, 1.1.0, 2.0.0 (rolled back), 1.1.0, 2.0.1 (current)
    expect(
      await previouslyLiveVersions(f, "production", "m", undefined, { engine, useIndex: false }),
    ).toEqual(["1.1.0", "1.0.0"]);
    expect(await previouslyLiveVersions(f, "staging", "m", undefined, { engine, useIndex: false })).toEqual(
      [],
    );
  });

  it("computes the DORA measures (known answers in the comment above buildDora)", async () => {
    const m = await readMetrics(f, { engine, useIndex: false });
    expect(m.env).toBe("production"); // the last environment of modelgate.yaml
    expect(m.deployments).toBe(5);
    expect(m.window).toEqual({
      since: "2026-01-02T00:00:00.000Z",
      until: "2026-01-10T00:00:00.000Z",
      days: 8,
    });
    expect(m.deploymentFrequency).toEqual({ perDay: 0.625, perWeek: 4.375 });
    expect(m.leadTime).toEqual({ count: 5, median: 24, mean: 30, p90: 72 });
    expect(m.changeFailureRate).toBe(0.4);
    expect(m.failedDeployments).toBe(2);
    expect(m.timeToRestore).toEqual({ count: 2, median: 2.25, mean: 2.25, p90: 3 });
    expect(m.details.map((d) => `${d.version}:${d.rolledBackBy ? "failed" : "ok"}`)).toEqual([
      "1.0.0:ok",
      "1.1.0:ok",
      "2.0.0:failed",
      "2.0.1:failed",
      "2.0.1:ok",
    ]);
  });

  it("restricts the DORA window", async () => {
    // deployments on 01-06 (failed, restore 3 h) and 01-08 (failed, 1.5 h) only
    const m = await readMetrics(f, {
      engine,
      useIndex: false,
      since: new Date("2026-01-05T00:00:00Z"),
      until: new Date("2026-01-09T00:00:00Z"),
    });
    expect(m.deployments).toBe(2);
    expect(m.window.days).toBe(4);
    expect(m.deploymentFrequency.perDay).toBe(0.5);
    expect(m.changeFailureRate).toBe(1);
    expect(m.leadTime.median).toBe(24);
  });

  it("counts a window shorter than a day as one day", async () => {
    // 2.0.0 deployed on 01-06; a six-hour window around it
    const m = await readMetrics(f, {
      engine,
      useIndex: false,
      since: new Date("2026-01-06T00:00:00Z"),
      until: new Date("2026-01-06T06:00:00Z"),
    });
    expect(m.deployments).toBe(1);
    expect(m.window.days).toBe(0.25);
    expect(m.deploymentFrequency).toEqual({ perDay: 1, perWeek: 7 });
  });
});

describe("history across merges, plain-git edits, deleted files and rewrites", () => {
  let f: Fixture;
  beforeAll(() => {
    f = createFixture();
    f.register("fraud", "1");
    f.env("production", "fraud", "1");
    f.commit("Add fraud 1 directly with git", "2026-02-01T00:00:00Z");
    // a change branch merged with --no-ff: the branch commit is older than the merge
    f.git(["checkout", "-q", "-b", "modelgate/promote/fraud-production-2"]);
    f.register("fraud", "2");
    f.env("production", "fraud", "2");
    f.commit("Promote fraud 2 to production", "2026-02-02T00:00:00Z", "Carol");
    f.git(["checkout", "-q", "main"]);
    f.write("README.md", "unrelated\n");
    f.commit("Unrelated edit on main", "2026-02-02T12:00:00Z");
    f.git(
      [
        "merge",
        "-q",
        "--no-ff",
        "-m",
        "Promote fraud 2 to production (#local-1)\n\nModelgate-Change: promote",
        "modelgate/promote/fraud-production-2",
      ],
      "2026-02-03T00:00:00Z",
    );
    // a broken edit with plain git, then fixed
    f.write("environments/production/fraud.yaml", "version: [unclosed\n");
    f.commit("Break the file", "2026-02-04T00:00:00Z");
    f.env("production", "fraud", "2");
    f.commit("Fix the file", "2026-02-05T00:00:00Z");
    // deleted (retired) and re-added
    f.remove("environments/production/fraud.yaml");
    f.commit("Retire fraud", "2026-02-06T00:00:00Z");
    f.env("production", "fraud", "1");
    f.commit("Bring fraud back at 1", "2026-02-07T00:00:00Z");
  });
  afterAll(() => f.cleanup());

  it.each(engines)("reads the same history with the %s reader", async (engine) => {
    const changes = await readHistoryEntries(f, { engine, useIndex: false });
    expect(strip(changes)).toEqual([
      "2026-02-01T00:00:00.000Z production/fraud promote null->1 100",
      // attributed to the merge commit (its time and PR), not to the branch commit
      "2026-02-03T00:00:00.000Z production/fraud promote 1->2 100",
      "2026-02-04T00:00:00.000Z production/fraud none 2->2 null !",
      "2026-02-05T00:00:00.000Z production/fraud none 2->2 null",
      "2026-02-06T00:00:00.000Z production/fraud retire 2->null 0",
      "2026-02-07T00:00:00.000Z production/fraud promote null->1 100",
    ]);
    expect(changes[1]?.pr).toBe("local-1");
    expect(changes[1]?.author.name).toBe("Ada Admin");
    expect(changes[2]?.problem).toMatch(/not valid YAML/);
    // a broken file does not change what is live
    expect(
      (await liveAt(f, "production", "fraud", parseAt("2026-02-04T12:00:00Z"), { engine })).state,
    ).toEqual({
      version: "2",
    });
    expect(
      (await liveAt(f, "production", "fraud", parseAt("2026-02-06T12:00:00Z"), { engine })).state,
    ).toBeNull();
    // after re-adding at 1, the one before is 2
    expect(await previouslyLiveVersions(f, "production", "fraud", undefined, { engine })).toEqual(["2"]);
    const h = await readHistory(f, { engine, useIndex: false });
    expect(h.registrations.map((r) => `${r.model}@${r.version} ${r.time}`)).toEqual([
      "fraud@1 2026-02-01T00:00:00.000Z",
      "fraud@2 2026-02-03T00:00:00.000Z",
    ]);
  });

  it("gives the same records when the git reader splits the walk over two processes", async () => {
    const one = await readRawHistory(f, { engine: "git", useIndex: false });
    const two = await readRawHistory(f, { engine: "git", useIndex: false, parallelAbove: 2 });
    expect(two.commits).toEqual(one.commits);
    expect(two.commits).toHaveLength(6);
  });

  it.each(engines)("reads an older ref and a commit oid (%s)", async (engine) => {
    const merge = f.git(["rev-parse", "HEAD~4"]);
    const changes = await readHistoryEntries(f, { engine, useIndex: false, ref: merge });
    expect(changes.map((c) => c.to)).toEqual(["1", "2"]);
    await expect(readHistoryEntries(f, { engine, useIndex: false, ref: "no-such-branch" })).rejects.toThrow(
      /cannot resolve no-such-branch/,
    );
  });
});

describe.each(engines)("the history index (%s)", (engine) => {
  const fixtures: Fixture[] = [];
  const fresh = () => {
    const f = createFixture();
    fixtures.push(f);
    f.env("production", "m", "1");
    f.commit("one", "2026-03-01T00:00:00Z");
    f.env("production", "m", "2");
    f.commit("two", "2026-03-02T00:00:00Z");
    return f;
  };
  afterAll(() => {
    for (const f of fixtures) f.cleanup();
  });

  it("is built cold, reused warm, extended incrementally, and follows a force-push", async () => {
    const f = fresh();
    const read = () => readHistory(f, { engine });
    const first = await read();
    expect(first.stats.index).toBe("cold");
    f.env("production", "m", "3");
    f.commit("three", "2026-03-03T00:00:00Z");
    const inc = await read();
    expect(inc.stats.index).toBe("incremental");
    expect(inc.stats.commitsRead).toBe(1);
    expect(inc.changes.map((c) => c.to)).toEqual(["1", "2", "3"]);
    const warm = await read();
    expect(warm.stats.index).toBe("warm");
    expect(warm.changes).toEqual(inc.changes);
    // a query for one model is answered from the index too
    const one = await readHistory(f, { engine, model: "m" });
    expect(one.stats).toMatchObject({ index: "warm", scope: "all" });
    expect(one.changes).toEqual(inc.changes);
    // an older commit on the indexed chain is answered from the index, cut at that commit
    const older = await readHistory(f, { engine, ref: f.git(["rev-parse", "HEAD~1"]) });
    expect(older.stats.index).toBe("warm");
    expect(older.changes.map((c) => c.to)).toEqual(["1", "2"]);

    // rewrite history: drop "three", put a different commit in its place (as a force-push does)
    f.git(["reset", "-q", "--hard", "HEAD~1"]);
    f.env("production", "m", "1");
    f.commit("back to one", "2026-03-04T00:00:00Z");
    const rewritten = await read();
    // only the new commit is read; everything up to the common ancestor is reused
    expect(rewritten.stats.index).toBe("incremental");
    expect(rewritten.stats.commitsRead).toBe(1);
    expect(strip(rewritten.changes).map((s) => s.slice(25))).toEqual([
      "production/m promote null->1 100",
      "production/m promote 1->2 100",
      "production/m rollback 2->1 100",
    ]);
    expect((await read()).stats.index).toBe("warm");

    // rewinding to an ancestor drops the later changes
    f.git(["reset", "-q", "--hard", "HEAD~1"]);
    const rewound = await read();
    expect(rewound.stats.index).toBe("warm");
    expect(rewound.changes.map((c) => c.to)).toEqual(["1", "2"]);

    // an unrelated history under the same branch name is read from scratch
    f.git(["checkout", "-q", "--orphan", "other"]);
    f.env("production", "m", "9");
    f.commit("unrelated", "2026-03-05T00:00:00Z");
    f.git(["branch", "-q", "-f", "main", "other"]);
    const unrelated = await readHistory(f, { engine, ref: "main" });
    expect(unrelated.stats.index).toBe("cold");
    expect(unrelated.changes.map((c) => `${c.kind} ${c.to}`)).toEqual(["promote 9"]);
  });

  it("reads one model without an index (scoped with the git binary) and writes none then", async () => {
    const f = fresh();
    f.env("production", "other", "5");
    f.commit("other model", "2026-03-03T00:00:00Z");
    const one = await readHistory(f, { engine, model: "m" });
    expect(one.changes.map((c) => `${c.model} ${c.to}`)).toEqual(["m 1", "m 2"]);
    expect(one.stats.scope).toBe(engine === "git" ? "model" : "all");
    expect(existsSync(join(f.gitdir, "modelgate", "history.json"))).toBe(engine === "isomorphic");
    const all = await readHistory(f, { engine });
    expect(all.changes.map((c) => `${c.model} ${c.to}`)).toEqual(["m 1", "m 2", "other 5"]);
    expect(existsSync(join(f.gitdir, "modelgate", "history.json"))).toBe(true);
  });

  it("does not trust a damaged index", async () => {
    const f = fresh();
    const read = () => readHistory(f, { engine });
    await read();
    const p = join(f.gitdir, "modelgate", "history.json");
    const text = readFileSync(p, "utf8");
    const nl = text.indexOf("\n");
    const idx = JSON.parse(text.slice(nl + 1));
    idx.commits = idx.commits.slice(0, 1); // edited by hand: the checksum no longer matches
    writeFileSync(p, `${text.slice(0, nl)}\n${JSON.stringify(idx)}`);
    const h = await read();
    expect(h.stats.index).toBe("cold");
    expect(h.changes.map((c) => c.to)).toEqual(["1", "2"]);
    writeFileSync(p, "not json");
    expect((await read()).stats.index).toBe("cold");
    expect((await read()).stats.index).toBe("warm");
  });
});
