import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DeployEntry, openRegistry, proposePromotion } from "@modelgate/registry";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addVersion, createRegistryFixture, NOW, type RegistryFixture } from "../../registry/test/fixture.js";
import {
  annotationsOf,
  commentMarker,
  createLocalPort,
  type GateReportView,
  MAX_COMMENT_CHARS,
} from "../src/index.js";

let dir: string;
let f: RegistryFixture;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "mg-local-port-"));
  f = createRegistryFixture();
  addVersion(f, "2.0.0", 0.85);
  addVersion(f, "3.0.0", 0.86);
  f.commitAll("Register 2.0.0 and 3.0.0");
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  f.cleanup();
});

const files = () => readdirSync(join(dir, "github")).sort();
const json = (name: string) => JSON.parse(readFileSync(join(dir, "github", name), "utf8"));
const blocked: GateReportView = {
  blocked: true,
  blocking: [
    {
      path: "environments/production/credit-default.yaml",
      check: "environment-order",
      message: "2.0.0 must be live in staging before it enters production",
      file: "environments/production/credit-default.yaml",
      line: 4,
      field: "version",
    },
    { path: "models/credit-default/versions/2.0.0.yaml", check: "artifact", message: "digest mismatch" },
  ],
};

describe("the gate's report", () => {
  it("the schema's own example gives one failure annotation at its file, line and field", () => {
    const schema = JSON.parse(
      readFileSync(new URL("../../../schemas/registry-check.schema.json", import.meta.url), "utf8"),
    ) as { examples: GateReportView[] };
    expect(annotationsOf(schema.examples[0]!)).toEqual([
      {
        path: "environments/production/credit-default.yaml",
        startLine: 4,
        endLine: 4,
        level: "failure",
        title: "environment-order: version",
        message: "3.0.0 must be live in staging before it enters production",
      },
    ]);
  });
});

describe("the local port", () => {
  it("writes one comment file per pull request and registry, updated in place and cut like GitHub's", async () => {
    const port = createLocalPort({ reportsDir: dir });
    const a = await port.upsertComment({ pullNumber: 3, registry: "acme", body: "first" });
    const b = await port.upsertComment({ pullNumber: 3, registry: "acme", body: "second" });
    expect([a.created, b.created]).toEqual([true, false]);
    expect(files()).toEqual(["comment-pr-3-acme.md"]);
    expect(readFileSync(join(dir, "github", "comment-pr-3-acme.md"), "utf8")).toBe(
      `${commentMarker("acme")}\nsecond`,
    );
    const long = await port.upsertComment({ pullNumber: 3, registry: "acme", body: "y\n".repeat(40_000) });
    expect(long.truncated).toBe(true);
    const text = readFileSync(join(dir, "github", "comment-pr-3-acme.md"), "utf8");
    expect(text.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(text).toMatch(/the full report is in the job summary/);
  });

  it("writes the check run of a sha with one failure annotation per blocking reason; a re-run keeps its id", async () => {
    const port = createLocalPort({ reportsDir: dir });
    const sha = f.git(["rev-parse", "HEAD"]);
    const run = await port.upsertCheckRun({ headSha: sha, report: blocked, summary: "## blocked" });
    expect(run).toMatchObject({ conclusion: "failure", created: true, annotations: 2 });
    const stored = json(`check-run-${sha}.json`);
    expect(stored).toMatchObject({
      name: "modelgate / gate",
      headSha: sha,
      conclusion: "failure",
      summary: "## blocked",
    });
    expect(stored.annotations).toEqual([
      {
        path: "environments/production/credit-default.yaml",
        startLine: 4,
        endLine: 4,
        level: "failure",
        title: "environment-order: version",
        message: "2.0.0 must be live in staging before it enters production",
      },
      {
        path: "models/credit-default/versions/2.0.0.yaml",
        startLine: 1,
        endLine: 1,
        level: "failure",
        title: "artifact",
        message: "digest mismatch",
      },
    ]);
    const again = await port.upsertCheckRun({
      headSha: sha,
      report: { blocked: false, blocking: [] },
      summary: "ok",
    });
    expect(again).toMatchObject({ id: run.id, created: false, conclusion: "success", annotations: 0 });
    expect(files()).toEqual([`check-run-${sha}.json`]);
  });

  it("records deployments once per (sha, environment, model) with their statuses", async () => {
    const port = createLocalPort({ reportsDir: dir, now: () => NOW });
    const sha = f.git(["rev-parse", "HEAD"]);
    const entry: DeployEntry = {
      environment: "production",
      model: "credit-default",
      kind: "promote",
      from: "1.0.0",
      to: "2.0.0",
      traffic: 100,
      desired: { version: "2.0.0", canary: null },
      artifacts: [],
    };
    const d = await port.startDeployment({ sha, entry, production: true, logUrl: "file:run.log" });
    await port.setDeploymentStatus({ id: d.id, state: "in_progress", logUrl: "file:run.log" });
    await port.setDeploymentStatus({ id: d.id, state: "success", logUrl: "file:run.log" });
    const again = await port.startDeployment({ sha, entry, production: true });
    expect(again).toEqual({
      id: d.id,
      environment: "production",
      model: "credit-default",
      created: false,
      state: "success",
    });
    const stored = json("deployments.json");
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      sha,
      environment: "production",
      productionEnvironment: true,
      task: "deploy:modelgate",
    });
    expect(stored[0].statuses.map((s: { state: string }) => s.state)).toEqual(["in_progress", "success"]);
    await expect(port.setDeploymentStatus({ id: 99, state: "success" })).rejects.toThrow(
      /no local deployment 99/,
    );
  });

  it("counts approvals from the reviews it is given, under the same rules", async () => {
    const head = "c".repeat(40);
    const port = createLocalPort({
      reportsDir: dir,
      reviews: {
        7: {
          author: "dev",
          headSha: head,
          permissions: { ann: "write", rex: "read" },
          reviews: [
            { id: 1, login: "ann", state: "APPROVED", commitId: head, submittedAt: "2026-11-20T12:00:01Z" },
            { id: 2, login: "rex", state: "APPROVED", commitId: head, submittedAt: "2026-11-20T12:00:02Z" },
          ],
        },
      },
    });
    const r = await port.approvals(7, { required: 1 });
    expect(r.approvedBy.map((a) => a.login)).toEqual(["ann"]);
    expect(r.ignored).toEqual([
      {
        login: "rex",
        reason: "no-write-permission",
        detail: "rex has read permission; approvals need write",
      },
    ]);
    expect(r.satisfied).toBe(true);
    expect((await port.approvals(8, { required: 1 })).satisfied).toBe(false);
    expect((await port.approvals(8, { required: 0 })).satisfied).toBe(true);
  });

  it("records proposed pull requests, updates the open one of a branch and names the locks", async () => {
    const port = createLocalPort({ reportsDir: dir });
    const reg = await openRegistry(f.dir);
    const a = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging" },
      { now: NOW },
    );
    const b = await proposePromotion(
      reg,
      { model: "credit-default", version: "3.0.0", environment: "staging" },
      { now: NOW },
    );
    const pa = await port.proposePullRequest({ registry: reg, change: a });
    const pb = await port.proposePullRequest({ registry: reg, change: b });
    const pa2 = await port.proposePullRequest({ registry: reg, change: { ...a, title: "retitled" } });
    expect([pa.number, pb.number, pa2.number]).toEqual([1, 2, 1]);
    expect([pa.created, pb.created, pa2.created]).toEqual([true, true, false]);
    expect(json("pull-requests.json").map((p: { title: string }) => p.title)).toEqual(["retitled", b.title]);
    const locks = await port.locks([{ model: "credit-default", environment: "staging" }], {
      exceptPullNumber: 2,
    });
    expect(locks.map((l) => [l.pullNumber, l.model, l.environment, l.title])).toEqual([
      [1, "credit-default", "staging", "retitled"],
    ]);
    expect(await port.locks([{ model: "credit-default", environment: "production" }])).toEqual([]);
    expect(files().some((n) => n.includes(".tmp-"))).toBe(false);
  });
});
