import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixture, type Fixture } from "../../registry/test/history-fixture.js";
import { cli } from "./helpers.js";

/**
 * credit in production (commit times UTC):
 *   05-01 00:00 register 1.0.0            05-02 00:00 promote 1.0.0 (#1)   lead 24 h
 *   05-03 00:00 register 1.1.0            05-03 12:00 promote 1.1.0 (#2)   lead 12 h
 *   05-03 16:00 rollback to 1.0.0 (#3)    1.1.0 failed, restore 4 h
 * Window 05-02 00:00 .. 05-03 16:00 = 40 h = 5/3 days; 2 deployments → 1.2/day, 8.4/week.
 * Lead times 24 and 12: median = mean = 18 h. Failure rate 1/2.
 */
describe("modelgate history and metrics", () => {
  let f: Fixture;
  beforeAll(() => {
    f = createFixture();
    f.register("credit", "1.0.0");
    f.commit("Register credit 1.0.0", "2026-05-01T00:00:00Z");
    f.env("production", "credit", "1.0.0");
    f.commit("Promote credit 1.0.0 to production (#1)", "2026-05-02T00:00:00Z", "Bob");
    f.register("credit", "1.1.0");
    f.commit("Register credit 1.1.0", "2026-05-03T00:00:00Z");
    f.env("production", "credit", "1.1.0");
    f.commit("Promote credit 1.1.0 to production (#2)", "2026-05-03T12:00:00Z", "Bob");
    f.env("production", "credit", "1.0.0");
    f.commit(
      "Roll back credit in production to 1.0.0 (#3)\n\nModelgate-Change: rollback\nModelgate-Override: latency",
      "2026-05-03T16:00:00Z",
      "Oncall",
    );
  });
  afterAll(() => f.cleanup());

  it("lists the changes with kind, commit, PR and author, and the rollback target", async () => {
    const r = await cli(["history", "credit", "--registry", f.dir]);
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^2026-05-02T00:00:00Z {2}production {3}promote {3}1\.0\.0 +[0-9a-f]{12} {2}#1 +Bob <bob@acme\.example>$/,
    );
    expect(lines[2]).toMatch(/rollback +1\.1\.0 -> 1\.0\.0 .* #3 .* Oncall .*override: latency/);
    // 1.1.0 was rolled back from, so it is no rollback target
    expect(lines[3]).toBe("production: live 1.0.0; rollback target (none)");
  });

  it("answers what was live at a date", async () => {
    const r = await cli(["history", "credit", "--registry", f.dir, "--at", "2026-05-03T13:00:00Z"]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("production   1.1.0  since 2026-05-03T12:00:00Z (promote");
    const j = await cli(["history", "credit", "--registry", f.dir, "--at", "2026-05-01", "--format", "json"]);
    expect(JSON.parse(j.stdout).live).toEqual([{ env: "production", state: null, since: null }]);
  });

  it("prints JSON with every change", async () => {
    const r = await cli([
      "history",
      "credit",
      "--registry",
      f.dir,
      "--format",
      "json",
      "--engine",
      "isomorphic",
    ]);
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.changes.map((c: { kind: string }) => c.kind)).toEqual(["promote", "promote", "rollback"]);
    expect(j.previouslyLive).toEqual({ production: [] });
  });

  it("computes DORA metrics (known answers in the comment above)", async () => {
    const r = await cli(["metrics", "--registry", f.dir, "--format", "json"]);
    expect(r.exitCode).toBe(0);
    const m = JSON.parse(r.stdout);
    expect(m.env).toBe("production");
    expect(m.deployments).toBe(2);
    expect(m.deploymentFrequency).toEqual({ perDay: 1.2, perWeek: 8.4 });
    expect(m.leadTime).toMatchObject({ count: 2, median: 18, mean: 18 });
    expect(m.changeFailureRate).toBe(0.5);
    expect(m.timeToRestore).toMatchObject({ count: 1, median: 4, mean: 4 });
    const t = await cli(["metrics", "--registry", f.dir]);
    expect(t.stdout).toContain("change failure rate  50% (1 of 2 rolled back)");
    // durations in the unit that fits (formatDuration), counts with the noun in the right number
    expect(t.stdout).toContain("(2026-05-02 .. 2026-05-03, 1.67 days)");
    expect(t.stdout).toContain(
      "lead time            median 18 h, mean 18 h, p90 1 day (2 deployments of versions with a known registration)",
    );
    expect(t.stdout).toContain("time to restore      median 4 h, mean 4 h, p90 4 h (1 rollback)");
  });

  it("rejects bad input with exit code 2 and a clear message", async () => {
    const cases: [string[], RegExp][] = [
      [["history", "credit", "--registry", f.dir, "--at", "yesterday"], /--at "yesterday": not a date/],
      [["history", "nosuch", "--registry", f.dir], /no history for model "nosuch"/],
      [["history", "Bad Name", "--registry", f.dir], /model "Bad Name" is not a valid name/],
      [["history", "credit", "--registry", f.dir, "--format", "xml"], /--format must be text or json/],
      [["history", "credit", "--registry", f.dir, "--ref", "nope"], /cannot resolve nope/],
      [
        ["metrics", "--registry", f.dir, "--since", "2026-06-01", "--until", "2026-05-01"],
        /--since is after --until/,
      ],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv);
      expect(r.exitCode, argv.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(r.stdout).toBe("");
    }
    const empty = mkdtempSync(join(tmpdir(), "mg-not-a-repo-"));
    try {
      const r = await cli(["metrics", "--registry", empty]);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(/not a git repository/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
