import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { start } from "../../registry/src/git-server.js";
import {
  addVersion,
  createRegistryFixture,
  evaluationEvidence,
  GIT_ENV,
  type RegistryFixture,
  sha256,
} from "../../registry/test/fixture.js";
import { cli } from "./helpers.js";

let f: RegistryFixture;
const NOW = "2026-11-20T12:00:00Z";

beforeEach(() => {
  f = createRegistryFixture();
  addVersion(f, "2.0.0", 0.85);
  addVersion(f, "3.0.0", 0.6);
  f.commitAll("Register 2.0.0 and 3.0.0");
});
afterEach(() => f.cleanup());

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at /);

describe("modelgate registry commands", () => {
  it("status prints text and JSON", async () => {
    const text = await cli(["status"], f.dir);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toContain("registry acme at");
    expect(text.stdout).toMatch(/production\s+1\.0\.0/);
    const json = await cli(["status", "--format", "json", "--registry", f.dir]);
    expect(json.exitCode).toBe(0);
    const status = JSON.parse(json.stdout);
    expect(status.models[0].environments[1]).toEqual({
      environment: "production",
      version: "1.0.0",
      canary: null,
    });
  });

  it("the next: hint of a change made with --registry runs as printed, in a shell, from where the change was made", async () => {
    const here = mkdtempSync(join(tmpdir(), "mg-hint-"));
    symlinkSync(f.dir, join(here, "the registry"));
    const p = await cli(
      ["promote", "credit-default", "2.0.0", "--to", "staging", "--registry", "the registry"],
      here,
    );
    expect(p.exitCode).toBe(0);
    const hint = /^ {2}next: (.+)$/m.exec(p.stdout)![1]!;
    expect(hint).toBe(
      "modelgate merge modelgate/promote/credit-default-staging-2.0.0 --registry 'the registry'",
    );
    const bin = join(here, "bin");
    mkdirSync(bin);
    const dist = join(import.meta.dirname, "../dist/modelgate.js");
    writeFileSync(join(bin, "modelgate"), `#!/bin/sh\nexec "${process.execPath}" "${dist}" "$@"\n`, {
      mode: 0o755,
    });
    const run = spawnSync("sh", ["-c", hint], {
      cwd: here,
      encoding: "utf8",
      env: { ...GIT_ENV, PATH: `${bin}:${process.env.PATH}` },
    });
    expect(run.stdout).toContain("merged modelgate/promote/credit-default-staging-2.0.0 as #local-1");
    expect(run.status).toBe(0);
  });

  it("promote, check and merge: exit 0 for a passing change, 1 for a blocked one", async () => {
    const p = await cli(["promote", "credit-default", "2.0.0", "--to", "staging"], f.dir);
    expect(p.exitCode).toBe(0);
    expect(p.stdout).toContain("branch modelgate/promote/credit-default-staging-2.0.0");
    const out = join(f.dir, "..", `check-${Date.now()}.json`);
    const md = `${out}.md`;
    const c = await cli(
      [
        "check",
        "--head",
        "modelgate/promote/credit-default-staging-2.0.0",
        "--out",
        out,
        "--markdown",
        md,
        "--now",
        NOW,
      ],
      f.dir,
    );
    expect(c.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).kind).toBe("registry-check");
    expect(readFileSync(md, "utf8")).toContain("## modelgate registry check: ✅ passed");
    const m = await cli(["merge", "modelgate/promote/credit-default-staging-2.0.0", "--now", NOW], f.dir);
    expect(m.exitCode).toBe(0);
    expect(m.stdout).toContain("merged modelgate/promote/credit-default-staging-2.0.0 as #local-1");
    expect(m.stdout).toContain("deploy: staging/credit-default promote 1.0.0 → 2.0.0 at 100%");

    await cli(["promote", "credit-default", "3.0.0", "--to", "production"], f.dir);
    const blocked = await cli(
      ["merge", "modelgate/promote/credit-default-production-3.0.0", "--now", NOW],
      f.dir,
    );
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stdout).toContain(
      "environment-order: 3.0.0 must be live in staging before it enters production",
    );
    expect(blocked.stdout).toContain("not merged");
  });

  it("--approved-by: check and merge count it for requiredApprovals, merge records it; a bad login is refused", async () => {
    f.write(
      "modelgate.yaml",
      f
        .read("modelgate.yaml")
        .replace("name: staging\n    policy:\n", "name: staging\n    policy:\n      requiredApprovals: 1\n"),
    );
    expect(f.read("modelgate.yaml")).toMatch(/name: staging\n {4}policy:\n {6}requiredApprovals: 1\n/);
    f.commitAll("Staging needs one approval");
    await cli(["promote", "credit-default", "2.0.0", "--to", "staging"], f.dir);
    const branch = "modelgate/promote/credit-default-staging-2.0.0";
    const unapproved = await cli(["check", "--head", branch, "--now", NOW], f.dir);
    expect(unapproved.exitCode).toBe(1);
    expect(unapproved.stdout).toContain("approvals in staging: 0 of 1, by nobody");
    expect(unapproved.stdout).toContain("name who approved with --approved-by <login>");
    const approved = await cli(["check", "--head", branch, "--now", NOW, "--approved-by", "carol"], f.dir);
    expect(approved.exitCode).toBe(0);
    expect(approved.stdout).toContain("approvals in staging: 1 of 1, by carol");
    const bad = await cli(["merge", branch, "--approved-by", "carol\nModelgate-Override: x"], f.dir);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--approved-by "carol\nModelgate-Override: x" is not a login');
    const m = await cli(["merge", branch, "--now", NOW, "--approved-by", "carol,dave"], f.dir);
    expect(m.exitCode).toBe(0);
    expect(f.git(["log", "-1", "--format=%(trailers:key=Modelgate-Approved-By,valueonly)", "main"])).toBe(
      "carol\ndave",
    );
    const history = await cli(["history", "credit-default", "--env", "staging"], f.dir);
    expect(history.stdout).toContain("approved by carol, dave");
  });

  it("register takes --version as the model version", async () => {
    f.write("../new-model.onnx", "new model bytes\n");
    const r = await cli(
      [
        "register",
        "credit-default",
        "--version",
        "4.0.0",
        "--artifact",
        "file:artifacts/credit-default/4.0.0/model.onnx",
        "--artifact-file",
        join(f.dir, "..", "new-model.onnx"),
      ],
      f.dir,
    );
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("Register credit-default 4.0.0");
    // evidence files as a list; two with the same name are refused; each is checked as the
    // gate checks it (a stub report is refused before anything is committed)
    const modelSha = sha256("new model bytes\n");
    f.write("../ev-a/evaluation.json", evaluationEvidence("credit-default", "4.1.0", modelSha, 0.8));
    f.write("../ev-b/evaluation-2.json", evaluationEvidence("credit-default", "4.1.0", modelSha, 0.81));
    f.write("../ev-c/evaluation.json", evaluationEvidence("credit-default", "4.2.0", modelSha, 0.8));
    f.write("../ev-d/evaluation.json", evaluationEvidence("credit-default", "4.2.0", modelSha, 0.81));
    f.write("../ev-e/evaluation.json", '{"kind":"evaluation"}');
    const ev = (p: string) => join(f.dir, "..", p);
    const art = [
      "--artifact",
      "file:artifacts/credit-default/4.0.0/model.onnx",
      "--artifact-file",
      ev("new-model.onnx"),
    ];
    const two = await cli(
      [
        "register",
        "credit-default",
        "--version",
        "4.1.0",
        ...art,
        "--evidence",
        ev("ev-a/evaluation.json"),
        ev("ev-b/evaluation-2.json"),
      ],
      f.dir,
    );
    expect(two.exitCode, two.stderr).toBe(0);
    expect(f.git(["show", "--stat", "--format=", "modelgate/register/credit-default-4.1.0"])).toContain(
      "evidence/credit-default/4.1.0/evaluation-2.json",
    );
    const stub = await cli(
      ["register", "credit-default", "--version", "4.3.0", ...art, "--evidence", ev("ev-e/evaluation.json")],
      f.dir,
    );
    expect(stub.exitCode).toBe(2);
    expect(stub.stderr).toContain("the gate would refuse it");
    expect(f.git(["branch", "--list", "modelgate/register/credit-default-4.3.0"])).toBe("");
    const clash = await cli(
      [
        "register",
        "credit-default",
        "--version",
        "4.2.0",
        ...art,
        "--evidence",
        ev("ev-c/evaluation.json"),
        ev("ev-d/evaluation.json"),
      ],
      f.dir,
    );
    expect(clash.exitCode).toBe(2);
    expect(clash.stderr).toContain("two evidence files are named evaluation.json");
    // reference predictions beside the artifact file and not registered: said, so parity is not lost unnoticed
    f.write("../v5/model.onnx", "model 5 bytes\n");
    f.write("../v5/reference-predictions.csv", "score\n0.5\n");
    const five = ["register", "credit-default", "--version", "5.0.0", "--artifact"];
    const unsaid = await cli(
      [...five, "file:artifacts/credit-default/5.0.0/model.onnx", "--artifact-file", "../v5/model.onnx"],
      f.dir,
    );
    expect(unsaid.exitCode).toBe(0);
    expect(unsaid.stderr).toBe(
      "modelgate: ../v5/reference-predictions.csv was not registered; without it evaluate --registry cannot check parity (register with --reference ../v5/reference-predictions.csv)\n",
    );
    const kept = await cli(
      [
        ...five.slice(0, 3),
        "5.1.0",
        "--artifact",
        "file:artifacts/credit-default/5.1.0/model.onnx",
        "--artifact-file",
        "../v5/model.onnx",
        "--reference",
        "../v5/reference-predictions.csv",
      ],
      f.dir,
    );
    expect(kept.stderr).toBe("");
    expect(f.git(["show", "--format=", "--name-only", "modelgate/register/credit-default-5.1.0"])).toContain(
      "artifacts/credit-default/5.1.0/reference-predictions.csv",
    );
  });

  it("deploy writes the plan and KServe manifests; an unchanged range is an empty plan", async () => {
    await cli(["promote", "credit-default", "2.0.0", "--to", "staging", "--canary", "20"], f.dir);
    await cli(["merge", "modelgate/canary/credit-default-staging-2.0.0", "--now", NOW], f.dir);
    const dir = join(f.dir, "..", `render-${Date.now()}`);
    const d = await cli(
      [
        "deploy",
        "--before",
        "main~1",
        "--after",
        "main",
        "--render-dir",
        dir,
        "--out",
        join(dir, "plan.json"),
      ],
      f.dir,
    );
    expect(d.exitCode).toBe(0);
    expect(d.stdout).toContain("deploy: staging/credit-default canary 1.0.0 → 2.0.0 at 20%");
    expect(readFileSync(join(dir, "staging", "credit-default.yaml"), "utf8")).toContain(
      "canaryTrafficPercent: 20",
    );
    const same = await cli(["deploy", "--before", "main", "--after", "main"], f.dir);
    expect(same.stdout).toBe("deploy plan: nothing to deploy\n");
  });

  it("deploy --reports runs the deploy job through the local port; a forced merge's range fails closed with the deploy comment", async () => {
    await cli(["promote", "credit-default", "2.0.0", "--to", "staging"], f.dir);
    await cli(["merge", "modelgate/promote/credit-default-staging-2.0.0", "--now", NOW], f.dir);
    const reports = join(f.dir, "..", `reports-${Date.now()}`);
    const deploy = () =>
      cli(["deploy", "--before", "main~1", "--after", "main", "--reports", reports, "--now", NOW], f.dir);
    const d = await deploy();
    expect(d.exitCode, d.stderr).toBe(0);
    expect(d.stdout).toContain("deployment 1: staging/credit-default success\n");
    expect(readFileSync(join(reports, "kserve", "staging", "credit-default.yaml"), "utf8")).toContain(
      "modelgate.dev/version: 2.0.0",
    );
    expect((await deploy()).stdout).toContain("deployment 1: staging/credit-default success (earlier run)");
    // 3.0.0 misses staging's roc_auc floor: merged only by an override, which the re-gate does not honour
    await cli(["promote", "credit-default", "3.0.0", "--to", "staging"], f.dir);
    const forced = await cli(
      [
        "merge",
        "modelgate/promote/credit-default-staging-3.0.0",
        "--force",
        "--reason",
        "drill",
        "--now",
        NOW,
      ],
      f.dir,
    );
    expect(forced.stdout).toContain("as #local-2");
    const b = await deploy();
    expect(b.exitCode).toBe(1);
    expect(b.stdout).toContain("metric:roc_auc");
    expect(b.stdout).toContain("deployment 2: staging/credit-default failure\n");
    expect(readFileSync(join(reports, "github", "comment-pr-2-acme-deploy.md"), "utf8")).toContain(
      "modelgate did not deploy",
    );
    const stored = JSON.parse(readFileSync(join(reports, "github", "deployments.json"), "utf8"));
    expect(stored.map((x: { statuses: Array<{ state: string }> }) => x.statuses.map((s) => s.state))).toEqual(
      [["in_progress", "success"], ["failure"]],
    );
    const stray = await cli(["deploy", "--before", "main~1", "--after", "main", "--now", NOW], f.dir);
    expect(stray.exitCode).toBe(2);
    expect(stray.stderr).toContain("--now is for the deploy job's re-gate: use it with --reports");
  });

  it("bad input: exit 2, a clear message, no stack trace, no output file", async () => {
    const out = join(f.dir, "..", `never-${Date.now()}.json`);
    const cases: Array<[string[], RegExp]> = [
      [["promote", "credit-default", "2.0.0", "--to", "qa"], /unknown environment "qa"/],
      [
        ["promote", "credit-default", "2.0.0", "--to", "staging", "--canary", "150"],
        /--canary "150" must be a whole percent/,
      ],
      [["check", "--head", "no-such-branch", "--out", out], /unknown revision "no-such-branch"/],
      [["status", "--registry", join(f.dir, "..", "nowhere")], /is not a git repository/],
      [
        ["register", "credit-default", "--version", "9.0.0", "--artifact", "file:../../etc/passwd"],
        /escapes the repository/,
      ],
      [
        ["register", "credit-default", "--version", "9.0.0", "--artifact", "https://evil.example/m.onnx"],
        /not on the registry's allow-list/,
      ],
      [["merge", "nope"], /no branch nope/],
      [["rollback", "credit-default", "--env", "production"], /nothing to roll back to/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv, f.dir);
      expect(r.stderr, argv.join(" ")).toMatch(message);
      expect([1, 2]).toContain(r.exitCode);
      noStack(r.stderr);
    }
    expect(existsSync(out)).toBe(false);
    expect(f.git(["branch", "--list", "modelgate/*"])).toBe("");
  });

  it("rollback --merge: one command from the live version back to the one before", async () => {
    await cli(["promote", "credit-default", "2.0.0", "--to", "staging"], f.dir);
    expect(
      (await cli(["merge", "modelgate/promote/credit-default-staging-2.0.0", "--now", NOW], f.dir)).exitCode,
    ).toBe(0);
    const r = await cli(
      ["rollback", "credit-default", "--env", "staging", "--reason", "latency spike", "--merge"],
      f.dir,
    );
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("[quality gates skipped: rollback]");
    expect(r.stdout).toContain("deploy: staging/credit-default rollback 2.0.0 → 1.0.0 at 100%");
    expect(r.stdout).toMatch(/rolled back in \d+\.\d\d s/);
    expect(r.stdout).not.toContain("next:");
    expect(f.git(["show", "main:environments/staging/credit-default.yaml"])).toContain("version: 1.0.0");
    expect(f.git(["log", "-1", "--format=%B", "main"])).toContain("Modelgate-Change: rollback");
  });

  it("merge --force needs --reason and records it", async () => {
    await cli(["promote", "credit-default", "3.0.0", "--to", "staging"], f.dir);
    const noReason = await cli(["merge", "modelgate/promote/credit-default-staging-3.0.0", "--force"], f.dir);
    expect(noReason.exitCode).toBe(2);
    expect(noReason.stderr).toContain("--force needs --reason");
    const forced = await cli(
      [
        "merge",
        "modelgate/promote/credit-default-staging-3.0.0",
        "--force",
        "--reason",
        "drill",
        "--now",
        NOW,
      ],
      f.dir,
    );
    expect(forced.exitCode).toBe(0);
    expect(forced.stdout).toContain("OVERRIDE: drill");
    expect(f.git(["log", "-1", "--format=%B", "main"])).toContain("Modelgate-Override: drill");
  });

  it("works on a remote registry by URL and leaves no clone behind", async () => {
    const root = mkdtempSync(join(tmpdir(), "mg-cli-remote-"));
    execFileSync("git", ["clone", "-q", "--bare", f.dir, join(root, "acme.git")], { env: GIT_ENV });
    const server = await start(root, { path: process.env.PATH });
    const clones = () => readdirSync(tmpdir()).filter((d) => d.startsWith("modelgate-registry-")).length;
    const before = clones();
    try {
      const url = `${server.url}/acme.git`;
      const status = await cli(["status", "--registry", url, "--format", "json"]);
      expect(status.exitCode).toBe(0);
      expect(JSON.parse(status.stdout).models[0].environments[0].version).toBe("1.0.0");
      const p = await cli(["promote", "credit-default", "2.0.0", "--to", "staging", "--registry", url]);
      expect(p.exitCode).toBe(0);
      const m = await cli([
        "merge",
        "modelgate/promote/credit-default-staging-2.0.0",
        "--registry",
        url,
        "--now",
        NOW,
      ]);
      expect(m.exitCode).toBe(0);
      const show = execFileSync(
        "git",
        ["--git-dir", join(root, "acme.git"), "show", "main:environments/staging/credit-default.yaml"],
        {
          encoding: "utf8",
          env: GIT_ENV,
        },
      );
      expect(show).toContain("version: 2.0.0");
      expect(clones()).toBe(before);
    } finally {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
