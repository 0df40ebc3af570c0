// runDeployJob through the local port (the embedded mode): what the action test does not reach.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { openRegistry } from "@modelgate/registry";
import { type GitServer, start } from "@modelgate/registry/git-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addVersion, createRegistryFixture, NOW, type RegistryFixture } from "../../registry/test/fixture.js";
import { type CommitPullRequest, createLocalPort, runDeployJob } from "../src/index.js";

const exec = promisify(execFile);
let f: RegistryFixture;
const scratch: string[] = [];
const tmp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(d);
  return d;
};
const env = (environment: string, version: string) =>
  `model: credit-default\nenvironment: ${environment}\nversion: ${version}\n`;

interface LocalDeployment {
  id: number;
  environment: string;
  productionEnvironment: boolean;
  statuses: Array<{ state: string; logUrl: string | null; description: string | null }>;
}

beforeEach(() => {
  f = createRegistryFixture();
  addVersion(f, "2.0.0", 0.85);
  f.commitAll("Register 2.0.0");
});

afterEach(() => {
  f.cleanup();
  for (const d of scratch.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** One commit on main writing one environment file; returns [before, after]. */
function push(environment: string, version: string): [string, string] {
  const before = f.git(["rev-parse", "HEAD"]);
  f.write(`environments/${environment}/credit-default.yaml`, env(environment, version));
  return [before, f.commitAll(`${environment}: ${version}`)];
}

describe("runDeployJob with the local port", () => {
  it("re-gates a push that came from no pull request (the emergency rollback's direct push): a rollback deploys, anything else is gated as what it is", async () => {
    const reports = tmp("mg-reports-");
    const reg = await openRegistry(f.dir);
    const job = (before: string, after: string) =>
      runDeployJob({
        registry: reg,
        github: createLocalPort({ reportsDir: reports, now: () => NOW }),
        before,
        after,
        manifestsDir: join(reports, "kserve"),
        now: NOW,
      });
    for (const e of ["staging", "production"]) expect((await job(...push(e, "2.0.0"))).blocked).toBe(false);
    // straight to main, no review: back to 1.0.0, live in production before
    const rollback = await job(...push("production", "1.0.0"));
    expect(rollback.blocked).toBe(false);
    expect(rollback.plan.entries.map((e) => [e.environment, e.kind, e.to])).toEqual([
      ["production", "rollback", "1.0.0"],
    ]);
    // approvals are not judged on a push: they were on each merged pull request
    expect(rollback.report.approvals).toBeNull();
    // straight to main, a version never live there: gated as the promotion it is, not deployed
    const before = f.git(["rev-parse", "HEAD"]);
    addVersion(f, "0.9.0", 0.6);
    f.write("environments/production/credit-default.yaml", env("production", "0.9.0"));
    const pushed = await job(before, f.commitAll("production: 0.9.0, pushed without a pull request"));
    expect(pushed.blocked).toBe(true);
    expect(pushed.report.blocking.map((b) => b.check)).toContain("metric:roc_auc");
    expect(pushed.manifests).toEqual([]);
  });

  it("a push past review deploys only a rollback where approvals are required: a promotion no merged pull request holds is blocked", async () => {
    const reports = tmp("mg-reports-");
    f.write(
      "modelgate.yaml",
      f
        .read("modelgate.yaml")
        .replace("      maxModelAgeDays: 365\n", "      maxModelAgeDays: 365\n      requiredApprovals: 1\n"),
    );
    f.commitAll("production requires one approval");
    const reg = await openRegistry(f.dir);
    const merged: Record<string, CommitPullRequest[]> = {};
    const job = (before: string, after: string) =>
      runDeployJob({
        registry: reg,
        github: createLocalPort({ reportsDir: reports, now: () => NOW, commitPullRequests: merged }),
        before,
        after,
        manifestsDir: join(reports, "kserve"),
        now: NOW,
      });
    const viaPull = (number: number, [before, after]: [string, string]): [string, string] => {
      merged[after] = [
        {
          number,
          url: `local#${number}`,
          title: "",
          state: "closed",
          merged: true,
          mergeCommitSha: after,
          base: "main",
        },
      ];
      return [before, after];
    };
    expect((await job(...viaPull(1, push("staging", "2.0.0")))).blocked).toBe(false);
    // the promotion to production pushed straight to main: nobody approved it
    const [b1, a1] = push("production", "2.0.0");
    const direct = await job(b1, a1);
    expect(direct.blocked).toBe(true);
    expect(direct.report.approvals?.source).toBe("direct-push");
    const why = direct.report.blocking.find((b) => b.check === "approvals");
    expect(why?.message).toContain(
      `${a1.slice(0, 12)} reached the default branch without a merged pull request`,
    );
    expect(why?.message).toContain("open a pull request (only a rollback may be pushed past review)");
    expect(direct.manifests).toEqual([]);
    expect(direct.deployments.map((d) => d.state)).toEqual(["failure"]);
    // a pull request merged into another branch met that branch's rules, not main's
    merged[a1] = [
      {
        number: 9,
        url: "local#9",
        title: "",
        state: "closed",
        merged: true,
        mergeCommitSha: a1,
        base: "release",
      },
    ];
    expect((await job(b1, a1)).report.approvals?.source).toBe("direct-push");
    // the same commit, once a merged pull request holds it, deploys (its reviews were judged there)
    const reviewed = await job(...viaPull(2, [b1, a1]));
    expect([reviewed.blocked, reviewed.report.approvals?.source]).toEqual([false, "not-judged"]);
    // the emergency rollback pushed past review: a version live there before deploys without approvals
    const rollback = await job(...push("production", "1.0.0"));
    expect(rollback.blocked).toBe(false);
    expect(rollback.plan.entries.map((e) => [e.environment, e.kind, e.to])).toEqual([
      ["production", "rollback", "1.0.0"],
    ]);
    const skipped = rollback.report.changes.flatMap((c) => c.checks).find((c) => c.id === "approvals");
    expect(skipped?.status).toBe("skip");
    expect(skipped?.message).toContain("a rollback pushed past review");
    // a merged pull request and a direct commit in one push: the direct one is named
    const [b2] = viaPull(3, push("staging", "1.0.0"));
    const [, a2] = push("production", "2.0.0");
    const mixed = await job(b2, a2);
    expect(mixed.blocked).toBe(true);
    expect(mixed.report.blocking.find((b) => b.check === "approvals")?.message).toContain(a2.slice(0, 12));
  });

  it("records deployments in deployments.json; a blocked re-gate fails them and writes the deploy comment of the merged pull request", async () => {
    const reports = tmp("mg-reports-");
    const reg = await openRegistry(f.dir);
    const [b1, a1] = push("staging", "2.0.0");
    const logUrl = "https://ci.example/runs/1";
    const job = (
      before: string,
      after: string,
      github = createLocalPort({ reportsDir: reports, now: () => NOW }),
    ) =>
      runDeployJob({
        registry: reg,
        github,
        before,
        after,
        runUrl: logUrl,
        manifestsDir: join(reports, "kserve"),
        now: NOW,
      });
    const ok = await job(b1, a1);
    expect(ok.blocked).toBe(false);
    expect(ok.manifests).toEqual([join(reports, "kserve", "staging", "credit-default.yaml")]);
    // staging rolled back, then production promoted to the version rolled back from
    push("staging", "1.0.0");
    const [b3, a3] = push("production", "2.0.0");
    const github = createLocalPort({
      reportsDir: reports,
      now: () => NOW,
      commitPullRequests: {
        [a3]: [
          {
            number: 7,
            url: "local#7",
            title: "Promote",
            state: "closed",
            merged: true,
            mergeCommitSha: a3,
            base: "main",
          },
        ],
      },
    });
    const blocked = await job(b3, a3, github);
    expect(blocked.blocked).toBe(true);
    expect(blocked.report.blocking.map((r) => r.check)).toContain("environment-order");
    expect(blocked.manifests).toEqual([]);
    const stored = JSON.parse(
      readFileSync(join(reports, "github", "deployments.json"), "utf8"),
    ) as LocalDeployment[];
    expect(
      stored.map((d) => [d.environment, d.productionEnvironment, d.statuses.map((s) => [s.state, s.logUrl])]),
    ).toEqual([
      [
        "staging",
        false,
        [
          ["in_progress", logUrl],
          ["success", logUrl],
        ],
      ],
      ["production", true, [["failure", logUrl]]],
    ]);
    expect(stored[1]!.statuses[0]!.description).toContain("environment-order");
    const comment = readFileSync(join(reports, "github", "comment-pr-7-acme-deploy.md"), "utf8");
    expect(comment.split("\n")[0]).toBe("<!-- modelgate registry=acme topic=deploy -->");
    expect(blocked.comments).toEqual([{ pullNumber: 7, url: expect.any(String), error: null }]);
    // a push that rewrote history (after does not descend from before) is refused, nothing recorded
    await expect(job(a3, a1)).rejects.toThrow(/does not descend from .*a forced push/);
    expect(JSON.parse(readFileSync(join(reports, "github", "deployments.json"), "utf8"))).toHaveLength(2);
  });

  it("never lets an older push overwrite a later push's manifests on the deploy branch", async () => {
    const root = tmp("mg-git-");
    // HEAD names the deploy branch, as GitHub makes a repository's first pushed branch its default
    await exec("git", ["init", "-q", "--bare", "--initial-branch=kserve", join(root, "manifests.git")]);
    const server: GitServer = await start(root, { path: process.env.PATH });
    try {
      const reports = tmp("mg-reports-");
      const reg = await openRegistry(f.dir);
      const older = push("staging", "2.0.0");
      const later = push("production", "2.0.0");
      const job = ([before, after]: [string, string]) =>
        runDeployJob({
          registry: reg,
          github: createLocalPort({ reportsDir: reports, now: () => NOW }),
          before,
          after,
          manifestsDir: join(tmp("mg-runner-"), "kserve"),
          target: { url: `${server.url}/manifests.git`, branch: "kserve" },
          now: NOW,
          scratchDir: tmp("mg-scratch-"),
        });
      // the later push's run finished first (the older one was queued, or is re-run)
      const first = await job(later);
      expect(first.committed).toMatchObject({ status: "committed", parent: null });
      const second = await job(older);
      expect(second.committed).toMatchObject({ status: "superseded", by: later[1] });
      expect(second.deployments.map((d) => [d.environment, d.state])).toEqual([["staging", "failure"]]);
      const git = (...args: string[]) => exec("git", ["--git-dir", join(root, "manifests.git"), ...args]);
      expect((await git("rev-list", "--count", "kserve")).stdout.trim()).toBe("1");
      expect((await git("ls-tree", "-r", "--name-only", "kserve")).stdout.trim()).toBe(
        "production/credit-default.yaml",
      );
    } finally {
      await server.close();
    }
  });
});
