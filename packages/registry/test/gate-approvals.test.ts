// requiredApprovals enforced by the gate: counted from the change's reviews, failing closed
// without them; who approved goes into the report and the merge record.
import { validateValue } from "@modelgate/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type ApprovalFacts,
  mergeChange,
  openRegistry,
  parseMergeMessage,
  proposePromotion,
  proposeRollback,
  type Registry,
  type RegistryCheckReport,
  readHistoryEntries,
  renderCheckMarkdown,
  runGate,
} from "../src/index.js";
import { addVersion, CONFIG, createRegistryFixture, NOW, type RegistryFixture } from "./fixture.js";

let f: RegistryFixture;
let reg: Registry;
const ENV_FILE = "environments/production/credit-default.yaml";

/** Production's policy gets `extra`; 2.0.0 registered and live in staging. */
function setUp(extra: string) {
  f = createRegistryFixture();
  f.write("modelgate.yaml", CONFIG.replace("maxModelAgeDays: 365", `maxModelAgeDays: 365\n${extra}`));
  addVersion(f, "2.0.0", 0.85);
  f.write(
    "environments/staging/credit-default.yaml",
    "model: credit-default\nenvironment: staging\nversion: 2.0.0\n",
  );
  f.commitAll("Production needs approvals; 2.0.0 live in staging");
}

beforeEach(async () => {
  setUp("      requiredApprovals: 1");
  reg = await openRegistry(f.dir);
});
afterEach(() => f.cleanup());

async function promotion(): Promise<string> {
  const change = await proposePromotion(
    reg,
    { model: "credit-default", version: "2.0.0", environment: "production" },
    { now: NOW },
  );
  return change.commit;
}

async function gate(head: string, approvals?: ApprovalFacts): Promise<RegistryCheckReport> {
  const report = await runGate(reg, { base: "main", head, now: NOW, ...(approvals ? { approvals } : {}) });
  expect(validateValue("registry-check", JSON.parse(JSON.stringify(report)))).toEqual([]);
  return report;
}

const approvalsOf = (r: RegistryCheckReport) =>
  r.changes.flatMap((c) =>
    c.checks.filter((k) => k.id === "approvals").map((k) => [c.path, k.status, k.message]),
  );

function facts(head: string, approvals: Array<[string, string]>, setAside: ApprovalFacts["setAside"] = []) {
  return {
    source: "github" as const,
    pullRequest: "#7",
    author: "dev",
    headSha: head,
    approvals: approvals.map(([login, commit]) => ({ login, commit, submittedAt: "2026-11-20T11:00:00Z" })),
    setAside,
  };
}

describe("approvals in the gate", () => {
  it("fail closed when the gate is given no reviews, at the environment file, with the fix", async () => {
    const head = await promotion();
    const report = await gate(head);
    expect(report.blocked).toBe(true);
    expect(report.blocking).toEqual([
      {
        path: ENV_FILE,
        check: "approvals",
        file: ENV_FILE,
        message:
          "production: 1 approval(s) required and the gate was given no reviews — on GitHub the check action reads the pull request's reviews; locally, name who approved with --approved-by <login>",
      },
    ]);
    expect(report.approvals).toEqual({
      source: null,
      pullRequest: null,
      author: null,
      headSha: null,
      environments: [
        {
          environment: "production",
          required: 1,
          allowStaleApprovals: false,
          approvedBy: [],
          setAside: [],
          satisfied: false,
        },
      ],
    });
  });

  it("count a writer's approval of the head; the author's, a stale one and the port's set-asides do not count", async () => {
    const head = await promotion();
    const old = "e".repeat(40);
    const given = facts(
      head,
      [
        ["dev", head], // the author: GitHub refuses it, the gate refuses it too
        ["bob", old],
        ["carol", head],
      ],
      [
        {
          login: "rita",
          reason: "no-write-permission",
          detail: "rita has read permission; approvals need write",
        },
      ],
    );
    const report = await gate(head, given);
    expect(report.blocked).toBe(false);
    expect(approvalsOf(report)).toEqual([
      [
        ENV_FILE,
        "pass",
        "production: 1 of 1 required approval(s) on #7, by carol; set aside: bob (stale), dev (author), rita (no-write-permission)",
      ],
    ]);
    const [production] = report.approvals!.environments;
    expect(production!.approvedBy).toEqual([
      { login: "carol", commit: head, submittedAt: "2026-11-20T11:00:00Z" },
    ]);
    expect(production!.setAside.find((s) => s.login === "bob")?.detail).toBe(
      `bob approved eeeeeeeeeeee, not the head ${head.slice(0, 12)}`,
    );
    expect(report.approvals).toMatchObject({
      source: "github",
      pullRequest: "#7",
      author: "dev",
      headSha: head,
    });
    const md = renderCheckMarkdown(report);
    expect(md).toContain("### Approvals");
    expect(md).toContain(
      `| ✅ production | 1 | carol (\`${head.slice(0, 12)}\`) | bob: stale, dev: author, rita: no-write-permission |`,
    );

    // two required: carol alone is not enough, and says what is missing
    f.cleanup();
    setUp("      requiredApprovals: 2");
    reg = await openRegistry(f.dir);
    const head2 = await promotion();
    const two = await gate(
      head2,
      facts(head2, [
        ["bob", old],
        ["carol", head2],
      ]),
    );
    expect(two.blocked).toBe(true);
    expect(approvalsOf(two)[0]![2]).toBe(
      "production: 1 of 2 required approval(s) on #7 (by carol); set aside: bob (stale) — a reviewer with write permission other than the author approves the head commit (an approval of an earlier commit does not count: allowStaleApprovals is false)",
    );
  });

  it("allowStaleApprovals: an approval of an earlier head commit counts", async () => {
    f.cleanup();
    setUp("      requiredApprovals: 2\n      allowStaleApprovals: true");
    reg = await openRegistry(f.dir);
    const head = await promotion();
    const report = await gate(
      head,
      facts(head, [
        ["bob", "e".repeat(40)],
        ["carol", head],
      ]),
    );
    expect(report.blocked).toBe(false);
    expect(report.approvals!.environments[0]).toMatchObject({
      allowStaleApprovals: true,
      approvedBy: [{ login: "bob" }, { login: "carol" }],
      satisfied: true,
    });
  });

  it("are recorded as skipped only when a caller says why they are not judged", async () => {
    const head = await promotion();
    const report = await runGate(reg, {
      base: "main",
      head,
      now: NOW,
      approvals: {
        source: "not-judged",
        reason: "the merged state is re-gated; its pull request's gate enforced them",
      },
    });
    expect(report.blocked).toBe(false);
    expect(approvalsOf(report)).toEqual([
      [
        ENV_FILE,
        "skip",
        "production: 1 approval(s) required, not judged here: the merged state is re-gated; its pull request's gate enforced them",
      ],
    ]);
    expect(report.approvals).toMatchObject({ source: "not-judged", environments: [] });
  });

  it("apply to a rollback too (its quality gates are skipped, its review is not); staging needs none", async () => {
    f.write(ENV_FILE, "model: credit-default\nenvironment: production\nversion: 2.0.0\n");
    f.commitAll("Promote 2.0.0 to production");
    const rollback = await proposeRollback(
      reg,
      { model: "credit-default", environment: "production" },
      { now: NOW },
    );
    const report = await gate(rollback.commit);
    expect(report.changes[0]).toMatchObject({ kind: "rollback", qualityGatesSkipped: true });
    expect(report.blocking.map((b) => b.check)).toEqual(["approvals"]);
    const staging = await proposeRollback(
      reg,
      { model: "credit-default", environment: "staging" },
      { now: NOW },
    );
    const free = await gate(staging.commit);
    expect(free.blocked).toBe(false);
    expect(free.approvals).toBeNull();
  });
});

describe("approvals in a local merge", () => {
  it("--approved-by: the author cannot approve their own change; another reviewer's approval merges it and is recorded", async () => {
    await promotion();
    const branch = "modelgate/promote/credit-default-production-2.0.0";
    // the change's author is the registry's git identity, Ada Admin <ada@acme.example>
    const self = await mergeChange(reg, branch, { now: NOW, approvedBy: ["ada@acme.example"] });
    expect(self.merged).toBe(false);
    expect(self.report.approvals?.environments[0]?.setAside).toEqual([
      { login: "ada@acme.example", reason: "author", detail: "ada@acme.example wrote the change" },
    ]);
    const merged = await mergeChange(reg, branch, { now: NOW, approvedBy: ["carol"] });
    expect(merged.merged).toBe(true);
    expect(merged.report.approvals).toMatchObject({
      source: "local",
      pullRequest: merged.pr,
      author: "Ada Admin <ada@acme.example>",
      environments: [{ environment: "production", approvedBy: [{ login: "carol" }], satisfied: true }],
    });
    const message = f.git(["log", "-1", "--format=%B", "main"]);
    expect(message).toMatch(/\n\nModelgate-Change: promote\nModelgate-Approved-By: carol\n?$/);
    expect(parseMergeMessage(message).approvedBy).toEqual(["carol"]);
    const history = await readHistoryEntries(reg, { model: "credit-default", env: "production" });
    expect(history.at(-1)).toMatchObject({ kind: "promote", to: "2.0.0", approvedBy: ["carol"] });
  });
});
