// The deploy action run as the runner runs it (node on the bundle, a push event from GitHub's
// example payload), against the OpenAPI-validated GitHub simulator backed by git http-backend.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SimUser } from "../../packages/github/src/simulator/server.js";
import { pushEvent } from "../../packages/github/test/simulator/events.js";
import { addVersion, createRegistryFixture } from "../../packages/registry/test/fixture.js";
import { runAction } from "./run-action.js";
import { FULL, useSimulator } from "./simulator-harness.js";

const RUN_ID = "7";
// the gate judges evidence age at the real clock: evaluations made yesterday
const yesterday = new Date(Date.now() - 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
const env = (environment: string, version: string) =>
  `model: credit-default\nenvironment: ${environment}\nversion: ${version}\n`;

const h = useSimulator(() => {
  const f = createRegistryFixture();
  addVersion(f, "2.0.0", 0.85, "", yesterday);
  addVersion(f, "3.0.0", 0.9, "", yesterday);
  f.commitAll("Register 2.0.0 and 3.0.0");
  f.write("environments/staging/credit-default.yaml", env("staging", "2.0.0"));
  f.commitAll("Promote 2.0.0 to staging");
  return f;
});
const git = h.git;

/** A REST call as a user would make it (a browser's merge button, a review), through the simulator. */
async function api(
  user: SimUser,
  method: string,
  path: string,
  body: unknown,
): Promise<Record<string, unknown>> {
  const res = await fetch(`${h.sim.apiUrl}/repos/${FULL}${path}`, {
    method,
    headers: { authorization: `token ${user.token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
  return (await res.json()) as Record<string, unknown>;
}

/** A pull request by dev from a branch with one commit writing the files. */
async function openPull(branch: string, files: Record<string, string>, title: string): Promise<number> {
  const dir = h.tmp("mg-work-");
  // set-up straight on the simulator's bare repository (what a developer's push would leave there)
  await git(dir, "clone", "-q", h.sim.repo(FULL).gitdir, ".");
  await git(dir, "checkout", "-q", "-b", branch);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  await git(dir, "commit", "-q", "-am", title);
  await git(dir, "push", "-q", "origin", branch);
  const data = await api(h.dev, "POST", "/pulls", { head: branch, base: "main", title });
  return data.number as number;
}

/** Merges a pull request (as the repository's admin) and returns the push it made. */
async function merge(n: number) {
  await api(h.admin, "PUT", `/pulls/${n}/merge`, {});
  const push = h.sim.pushes.at(-1)!;
  expect(push.pull).toBe(n);
  return push;
}

/** A fresh runner's checkout of the default branch with its history (fetch-depth: 0). */
async function checkout(): Promise<string> {
  const ws = h.tmp("mg-runner-");
  await git(ws, "clone", "-q", h.sim.repo(FULL).gitdir, ".");
  return ws;
}

async function deploy(
  push: { ref: string; before: string; after: string },
  inputs: Record<string, string> = {},
  options: { ws?: string; eventName?: string } = {},
) {
  const ws = options.ws ?? (await checkout());
  const run = await runAction(
    "deploy",
    { token: h.bot.token, "write-interval-ms": "5", ...inputs },
    {
      cwd: ws,
      eventName: options.eventName ?? "push",
      event: await pushEvent(h.sim, FULL, push),
      env: h.githubEnv({ token: h.bot.token, sha: push.after, ref: push.ref, runId: RUN_ID }),
    },
  );
  h.expectClean(run, h.bot.token);
  return { ...run, ws };
}

const runUrl = () => `${h.sim.serverUrl}/${FULL}/actions/runs/${RUN_ID}`;

describe("deploy", () => {
  it("deploys a merge: one deployment per (environment, model), in_progress then success, manifests on the deploy branch; a re-run changes nothing", async () => {
    const n = await openPull(
      "modelgate/promote/two",
      {
        "environments/staging/credit-default.yaml": env("staging", "3.0.0"),
        "environments/production/credit-default.yaml": env("production", "2.0.0"),
      },
      "Promote 3.0.0 to staging and 2.0.0 to production",
    );
    const push = await merge(n);
    const first = await deploy(push, { "deploy-branch": "deploy" });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs.blocked).toBe("false");
    const stored = h.sim.repo(FULL).deployments;
    expect(
      stored.map((d) => [d.environment, d.production, d.sha, d.task, (d.payload as { model: string }).model]),
    ).toEqual([
      ["production", true, push.after, "deploy:modelgate", "credit-default"],
      ["staging", false, push.after, "deploy:modelgate", "credit-default"],
    ]);
    for (const d of stored) {
      expect(d.statuses.map((s) => s.state)).toEqual(["in_progress", "success"]);
      expect(d.statuses.map((s) => s.logUrl)).toEqual([runUrl(), runUrl()]);
    }
    expect(JSON.parse(first.outputs.deployments!)).toEqual(
      stored.map((d) => ({
        id: d.id,
        environment: d.environment,
        model: "credit-default",
        state: "success",
      })),
    );
    const plan = JSON.parse(readFileSync(first.outputs.plan!, "utf8"));
    expect(
      plan.entries.map((e: { environment: string; kind: string; to: string }) => [
        e.environment,
        e.kind,
        e.to,
      ]),
    ).toEqual([
      ["production", "promote", "2.0.0"],
      ["staging", "promote", "3.0.0"],
    ]);
    // rendered into the folder, and committed to the deploy branch as one commit
    expect(readFileSync(join(first.ws, "modelgate-manifests/staging/credit-default.yaml"), "utf8")).toContain(
      "storageUri: file:artifacts/credit-default/3.0.0/model.onnx",
    );
    const tip = await h.sim.git(FULL, "rev-parse", "refs/heads/deploy");
    expect(first.outputs["manifests-commit"]).toBe(tip);
    expect(await h.sim.git(FULL, "ls-tree", "-r", "--name-only", "deploy")).toBe(
      "production/credit-default.yaml\nstaging/credit-default.yaml",
    );
    expect(await h.sim.git(FULL, "show", "deploy:production/credit-default.yaml")).toContain(
      "modelgate.dev/version: 2.0.0",
    );
    expect(await h.sim.git(FULL, "log", "-1", "--format=%B", "deploy")).toContain(
      `Modelgate-Deployed: ${push.after}`,
    );
    expect(first.summary).toContain(
      "| production | credit-default | promote 1.0.0 → 2.0.0 \\(100%\\) | yes |",
    );

    const again = await deploy(push, { "deploy-branch": "deploy" });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(h.sim.repo(FULL).deployments).toHaveLength(2);
    for (const d of h.sim.repo(FULL).deployments) expect(d.statuses).toHaveLength(2);
    expect(await h.sim.git(FULL, "rev-list", "--count", "deploy")).toBe("1");
    expect(again.outputs["manifests-commit"]).toBe(tip);
    expect(again.outputs.deployments).toBe(first.outputs.deployments);
    expect(again.summary).toContain("already committed by an earlier run");
  });

  it("a promotion pushed to main past review, where production requires an approval: not deployed; the rollback pushed the same way deploys", async () => {
    const policy = h.f
      .read("modelgate.yaml")
      .replace("      maxModelAgeDays: 365\n", "      maxModelAgeDays: 365\n      requiredApprovals: 1\n");
    const n = await openPull(
      "modelgate/policy/approvals",
      { "modelgate.yaml": policy },
      "Production requires one approval",
    );
    const reviewed = await deploy(await merge(n));
    expect(reviewed.exitCode, reviewed.stdout).toBe(0);
    /** A commit pushed straight to main (a bypass token's push): no pull request holds it. */
    const pushDirect = async (files: Record<string, string>, title: string) => {
      const dir = h.tmp("mg-direct-");
      await git(dir, "clone", "-q", h.sim.repo(FULL).gitdir, ".");
      const before = await git(dir, "rev-parse", "HEAD");
      for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
      await git(dir, "commit", "-q", "-am", title);
      await git(dir, "push", "-q", "origin", "HEAD:main");
      return {
        ref: "refs/heads/main",
        before: before.trim(),
        after: (await git(dir, "rev-parse", "HEAD")).trim(),
      };
    };
    const promotion = await pushDirect(
      { "environments/production/credit-default.yaml": env("production", "2.0.0") },
      "Promote 2.0.0 to production, straight to main",
    );
    const blocked = await deploy(promotion);
    expect(blocked.exitCode).toBe(1);
    expect(blocked.outputs.blocked).toBe("true");
    expect(blocked.stdout).toContain(
      `${promotion.after.slice(0, 12)} reached the default branch without a merged pull request, so nobody approved it`,
    );
    const d = h.sim.repo(FULL).deployments.find((x) => x.sha === promotion.after)!;
    expect(d.statuses.map((x) => x.state)).toEqual(["failure"]);
    expect(d.statuses[0]!.description).toContain("approvals");
    const rollback = await pushDirect(
      { "environments/production/credit-default.yaml": env("production", "1.0.0") },
      "Roll back credit-default in production to 1.0.0 (emergency)",
    );
    const rolledBack = await deploy(rollback);
    expect(rolledBack.exitCode, rolledBack.stdout).toBe(0);
    expect(
      h.sim
        .repo(FULL)
        .deployments.find((x) => x.sha === rollback.after)!
        .statuses.map((x) => x.state),
    ).toEqual(["in_progress", "success"]);
  });

  it("two pull requests that passed alone: staging rolled back, then production promoted — failure statuses and a comment on the merged PR, nothing deployed", async () => {
    await h.sim.createRepo("acme", "manifests", h.f.dir);
    const deployer = h.sim.addUser("deployer[bot]");
    h.sim.setPermission("acme/manifests", deployer.login, "write");
    const toManifests = {
      "deploy-repository": "acme/manifests",
      "deploy-branch": "kserve",
      "deploy-token": deployer.token,
    };
    const production = await openPull(
      "modelgate/promote/credit-default-production-2.0.0",
      { "environments/production/credit-default.yaml": env("production", "2.0.0") },
      "Promote credit-default 2.0.0 to production",
    );
    const rollback = await openPull(
      "modelgate/rollback/credit-default-staging-1.0.0",
      { "environments/staging/credit-default.yaml": env("staging", "1.0.0") },
      "Roll back credit-default in staging to 1.0.0",
    );
    const rolledBack = await deploy(await merge(rollback), toManifests);
    expect(rolledBack.exitCode, rolledBack.stdout).toBe(0);
    expect(h.sim.repo(FULL).deployments.map((d) => [d.environment, d.statuses.at(-1)?.state])).toEqual([
      ["staging", "success"],
    ]);
    const manifestsTip = await h.sim.git("acme/manifests", "rev-parse", "refs/heads/kserve");
    expect(await h.sim.git("acme/manifests", "show", "kserve:staging/credit-default.yaml")).toContain(
      "modelgate.dev/version: 1.0.0",
    );
    expect(rolledBack.stdout + rolledBack.stderr).not.toContain(deployer.token);

    const push = await merge(production);
    const blocked = await deploy(push, toManifests);
    expect(blocked.exitCode).toBe(1);
    expect(blocked.outputs.blocked).toBe("true");
    expect(blocked.stdout).toContain("2.0.0 must be live in staging before it enters production");
    const d = h.sim.repo(FULL).deployments.find((x) => x.sha === push.after)!;
    expect([d.environment, d.production]).toEqual(["production", true]);
    expect(d.statuses.map((s) => [s.state, s.logUrl])).toEqual([["failure", runUrl()]]);
    expect(d.statuses[0]!.description).toMatch(
      /^not deployed: the merged state fails the gate .*environment-order/,
    );
    const comments = h.sim.repo(FULL).comments;
    expect(comments.map((c) => [c.issue, c.user])).toEqual([[production, h.bot.login]]);
    expect(comments[0]!.body.split("\n")[0]).toBe("<!-- modelgate registry=acme topic=deploy -->");
    expect(comments[0]!.body).toContain("must be live in staging before it enters production");
    expect(comments[0]!.body).toContain(`[The deploy run](${runUrl()})`);
    // nothing deployed: no manifests rendered, the deploy branch untouched
    expect(existsSync(join(blocked.ws, "modelgate-manifests"))).toBe(false);
    expect(await h.sim.git("acme/manifests", "rev-parse", "refs/heads/kserve")).toBe(manifestsTip);
    expect(blocked.outputs["manifests-commit"]).toBe("");

    const again = await deploy(push, toManifests);
    expect(again.exitCode).toBe(1);
    expect(h.sim.repo(FULL).comments).toHaveLength(1);
    expect(h.sim.repo(FULL).deployments.find((x) => x.sha === push.after)!.statuses).toHaveLength(1);
    expect(h.sim.repo(FULL).deployments).toHaveLength(2);
  });

  it("refuses another event, another branch, a push that created the branch, a before missing from the clone, and a deploy token that cannot push", async () => {
    const after = await h.sim.git(FULL, "rev-parse", "refs/heads/main");
    const before = await h.sim.git(FULL, "rev-parse", "refs/heads/main~1");
    const ws = await checkout();
    const cases: Array<[{ ref: string; before: string; after: string }, string | undefined, RegExp]> = [
      [
        { ref: "refs/heads/main", before, after },
        "pull_request",
        /runs on push to the registry's default branch, not on pull_request/,
      ],
      [
        { ref: "refs/heads/feature", before, after },
        undefined,
        /the push is to refs\/heads\/feature, not to the registry's default branch main/,
      ],
      [{ ref: "refs/heads/main", before: "0".repeat(40), after }, undefined, /the push created the branch/],
      [
        { ref: "refs/heads/main", before: "f".repeat(40), after },
        undefined,
        /before commit ffffffffffff is not in the clone .*fetch-depth: 0/,
      ],
    ];
    for (const [push, eventName, message] of cases) {
      const r = await deploy(push, {}, { ws, ...(eventName ? { eventName } : {}) });
      expect(r.exitCode, r.stdout).toBe(2);
      expect(r.stdout).toMatch(message);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(h.sim.repo(FULL).deployments).toHaveLength(0);
    expect(h.sim.log.filter((l) => !l.startsWith("GET"))).toEqual([]);

    // a deploy token that may only read the deploy repository: the deployment fails with the reason
    await h.sim.createRepo("acme", "manifests", h.f.dir);
    const reader = h.sim.addUser("reader");
    h.sim.setPermission("acme/manifests", reader.login, "read");
    const n = await openPull(
      "modelgate/promote/credit-default-production-2.0.0",
      { "environments/production/credit-default.yaml": env("production", "2.0.0") },
      "Promote credit-default 2.0.0 to production",
    );
    const r = await deploy(await merge(n), {
      "deploy-repository": "acme/manifests",
      "deploy-branch": "kserve",
      "deploy-token": reader.token,
    });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toMatch(
      /cannot push the manifests to kserve of .*acme\/manifests\.git: .*403.* the token needs contents: write/,
    );
    expect(r.stdout + r.stderr + r.summary).not.toContain(reader.token);
    const [d] = h.sim.repo(FULL).deployments;
    expect(d!.statuses.map((s) => s.state)).toEqual(["in_progress", "failure"]);
    expect(d!.statuses[1]!.description).toMatch(/^not deployed: cannot push the manifests/);
  });
});
