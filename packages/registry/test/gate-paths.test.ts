// The gate judges the head by the base, and accounts for every path a change touches.
import * as fs from "node:fs";
import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { validateValue } from "@modelgate/core";
import git from "isomorphic-git";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  mergeChange,
  openRegistry,
  proposePromotion,
  proposeRegistration,
  type Registry,
  type RegistryCheckReport,
  runGate,
} from "../src/index.js";
import { addVersion, createRegistryFixture, NOW, type RegistryFixture } from "./fixture.js";

let f: RegistryFixture;
let reg: Registry;

beforeEach(async () => {
  f = createRegistryFixture();
  addVersion(f, "2.0.0", 0.85);
  addVersion(f, "3.0.0", 0.618);
  f.commitAll("Register 2.0.0 and 3.0.0");
  reg = await openRegistry(f.dir);
});
afterEach(() => f.cleanup());

/** Commits `edit` on a new branch off main and gates it against main. */
async function gateBranch(name: string, edit: () => void): Promise<RegistryCheckReport> {
  f.git(["checkout", "-q", "-b", name, "main"]);
  edit();
  f.commitAll(name);
  f.git(["checkout", "-q", "main"]);
  const report = await runGate(reg, { base: "main", head: name, now: NOW });
  expect(validateValue("registry-check", JSON.parse(JSON.stringify(report)))).toEqual([]);
  return report;
}

const checks = (r: RegistryCheckReport) => r.blocking.map((b) => `${b.path} ${b.check}`);

describe("the base judges the head", () => {
  it("a policy-loosening PR that also promotes 3.0.0 to production is blocked by the base's policy", async () => {
    const report = await gateBranch("loosen", () => {
      f.write(
        "modelgate.yaml",
        `name: acme
defaultBranch: main
environments:
  - name: production
    policy:
      requireCanary: false
      minTestScore: 0
      metrics:
        roc_auc: { threshold: 0.1, greaterIsBetter: true }
`,
      );
      f.write(
        "environments/production/credit-default.yaml",
        "model: credit-default\nenvironment: production\nversion: 3.0.0\n",
      );
    });
    expect(report.blocked).toBe(true);
    const config = report.changes.find((c) => c.path === "modelgate.yaml")!;
    expect(config.kind).toBe("policy");
    expect(config.checks.find((c) => c.id === "policy-change")).toMatchObject({
      status: "fail",
      message: expect.stringContaining("split the pull request"),
    });
    // production is still judged by the base: staging first, roc_auc >= 0.70 and no worse than 0.80
    expect(checks(report).sort()).toEqual([
      "environments/production/credit-default.yaml environment-order",
      "environments/production/credit-default.yaml metric:roc_auc",
      "environments/production/credit-default.yaml metric:roc_auc",
      "modelgate.yaml policy-change",
    ]);
    const merged = await mergeChange(reg, "loosen", { now: NOW });
    expect(merged.merged).toBe(false);
  });

  it("a policy change alone is its own kind of change: valid, and approved as the strictest environment demands", async () => {
    const report = await gateBranch("tighten", () => {
      f.write(
        "modelgate.yaml",
        f
          .read("modelgate.yaml")
          .replace("maxModelAgeDays: 365", "maxModelAgeDays: 365\n      requiredApprovals: 2"),
      );
    });
    // without reviews the gate fails closed on the 2 approvals the new policy asks for
    expect(report.changes.map((c) => [c.path, c.kind])).toEqual([["modelgate.yaml", "policy"]]);
    expect(report.blocking.map((b) => `${b.path} ${b.check}`)).toEqual(["modelgate.yaml approvals"]);
    expect(report.changes[0]!.checks.find((c) => c.id === "approvals")?.message).toMatch(
      /^policy change \(the strictest environment, production\): 2 approval\(s\) required and the gate was given no reviews/,
    );
    const head = f.git(["rev-parse", "tighten"]);
    const vote = (login: string) => ({ login, commit: head, submittedAt: null });
    const approved = await runGate(reg, {
      base: "main",
      head,
      now: NOW,
      approvals: {
        source: "github",
        pullRequest: "#4",
        author: "dev",
        headSha: head,
        approvals: [vote("alice"), vote("bob")],
        setAside: [],
      },
    });
    expect(approved.blocked).toBe(false);
    expect(approved.approvals?.environments.map((e) => [e.environment, e.required, e.satisfied])).toEqual([
      ["production", 2, true],
    ]);
    const broken = await gateBranch("broken-policy", () =>
      f.write("modelgate.yaml", "name: acme\nenvironments: []\n"),
    );
    expect(broken.blocked).toBe(true);
    expect(checks(broken)).toContain("modelgate.yaml schema");
  });
});

describe("every path is accounted for", () => {
  it("overwriting the live production artifact is refused", async () => {
    const report = await gateBranch("overwrite", () => {
      f.write(
        "artifacts/credit-default/1.0.0/model.onnx",
        readFileSync(join(f.dir, "artifacts/credit-default/2.0.0/model.onnx")),
      );
    });
    expect(report.blocked).toBe(true);
    expect(report.blocking).toEqual([
      expect.objectContaining({
        path: "artifacts/credit-default/1.0.0/model.onnx",
        check: "immutable",
        message:
          "artifacts/credit-default/1.0.0/model.onnx is a registered artifact: it cannot be changed; register a new version instead",
      }),
    ]);
  });

  it("register --reference stores the reference predictions beside the artifact, named by digest; a wrong digest is blocked", async () => {
    f.write("../m.onnx", "onnx bytes of 4.0.0\n");
    f.write("../reference.csv", "score\n0.25\n0.75\n");
    const change = await proposeRegistration(
      reg,
      {
        model: "credit-default",
        version: "4.0.0",
        artifact: "file:artifacts/credit-default/4.0.0/model.onnx",
        artifactSource: join(f.dir, "..", "m.onnx"),
        referencePredictions: join(f.dir, "..", "reference.csv"),
      },
      { now: NOW },
    );
    expect(change.files).toEqual([
      "artifacts/credit-default/4.0.0/model.onnx",
      "artifacts/credit-default/4.0.0/reference-predictions.csv",
      "models/credit-default/versions/4.0.0.yaml",
    ]);
    const version = f.git(["show", `${change.branch}:models/credit-default/versions/4.0.0.yaml`]);
    // sha256 of "score\n0.25\n0.75\n" (sha256sum)
    expect(version).toContain(
      "  referencePredictions:\n    uri: file:artifacts/credit-default/4.0.0/reference-predictions.csv\n    sha256: 234728164ca6c390beea39cec9f9f92e5cfc7568bfdfe7abe2396d601a2c9bd9\n",
    );
    const passed = await runGate(reg, { base: "main", head: change.branch, now: NOW });
    expect(passed.blocked).toBe(false);
    // the same registration by hand, with predictions that are not the ones named
    const tampered = await gateBranch("tampered", () => {
      f.git(["checkout", "-q", change.branch, "--", "."]);
      f.write("artifacts/credit-default/4.0.0/reference-predictions.csv", "score\n0.5\n0.5\n");
    });
    expect(tampered.blocking).toEqual([
      expect.objectContaining({
        path: "models/credit-default/versions/4.0.0.yaml",
        check: "artifact",
        field: "artifact.referencePredictions.sha256",
        message: expect.stringMatching(
          /^file:artifacts\/credit-default\/4\.0\.0\/reference-predictions\.csv: sha256 [0-9a-f]{64} differs from artifact\.referencePredictions\.sha256 23472816/,
        ),
      }),
    ]);
  });

  it("register --artifact onto an existing artifact or onto modelgate.yaml is refused, and blocked when made by hand", async () => {
    f.write("../other.onnx", "other bytes\n");
    const register = (version: string, artifact: string) =>
      proposeRegistration(
        reg,
        { model: "credit-default", version, artifact, artifactSource: join(f.dir, "..", "other.onnx") },
        { now: NOW },
      ).catch((e: unknown) => (e as Error).message);
    expect(await register("4.0.0", "file:artifacts/credit-default/1.0.0/model.onnx")).toBe(
      "artifact file:artifacts/credit-default/1.0.0/model.onnx: artifacts/credit-default/1.0.0/model.onnx already exists in the registry; a new version stores its artifact at a path of its own (e.g. file:artifacts/credit-default/4.0.0/model.onnx)",
    );
    expect(await register("5.0.0", "file:modelgate.yaml")).toBe(
      "artifact file:modelgate.yaml: artifacts are stored under artifacts/ (e.g. file:artifacts/credit-default/5.0.0/model.onnx)",
    );
    expect(f.git(["branch", "--list", "modelgate/*"])).toBe("");
    // the same registration made with plain git: the gate blocks it
    const onto = await gateBranch("onto", () => {
      const art = "artifacts/credit-default/1.0.0/model.onnx";
      f.write(art, "other bytes\n");
      f.write(
        "models/credit-default/versions/4.0.0.yaml",
        `model: credit-default\nversion: 4.0.0\ncreatedAt: 2026-11-01T00:00:00Z\nartifact:\n  uri: file:${art}\n  sha256: ${f.sha256sum(art)}\n  bytes: 12\n  format: onnx\nstatus: active\n`,
      );
    });
    expect(checks(onto).sort()).toEqual([
      "artifacts/credit-default/1.0.0/model.onnx immutable",
      "models/credit-default/versions/4.0.0.yaml immutable",
    ]);
    // a hand-written version naming a manifest as its artifact
    const manifest = await gateBranch("manifest-artifact", () => {
      const model = f.read("models/credit-default/model.yaml");
      f.write(
        "models/credit-default/versions/8.0.0.yaml",
        `model: credit-default\nversion: 8.0.0\ncreatedAt: 2026-11-01T00:00:00Z\nartifact:\n  uri: file:models/credit-default/model.yaml\n  sha256: ${f.sha256sum("models/credit-default/model.yaml")}\n  bytes: ${Buffer.byteLength(model)}\n  format: onnx\nstatus: active\n`,
      );
    });
    expect(manifest.blocking.map((b) => `${b.check}: ${b.message}`)).toEqual([
      "layout: file:models/credit-default/model.yaml: a version's artifact is stored under artifacts/, not at models/credit-default/model.yaml",
    ]);
  });

  it("editing a registered version's evidence (roc_auc raised, digest updated) is refused", async () => {
    const report = await gateBranch("edit-evidence", () => {
      const ev = "evidence/credit-default/3.0.0/evaluation.json";
      f.write(ev, f.read(ev).replace('"roc_auc": 0.618', '"roc_auc": 0.99'));
      const file = "models/credit-default/versions/3.0.0.yaml";
      f.write(file, f.read(file).replace(/sha256: [0-9a-f]{64} \}/, `sha256: ${f.sha256sum(ev)} }`));
    });
    expect(checks(report)).toEqual([
      "evidence/credit-default/3.0.0/evaluation.json immutable",
      "models/credit-default/versions/3.0.0.yaml immutable",
    ]);
  });

  it("refuses removing a registered model, version or stored file", async () => {
    const report = await gateBranch("remove", () => {
      f.git(["rm", "-q", "models/credit-default/model.yaml", "models/credit-default/versions/3.0.0.yaml"]);
      f.git(["rm", "-q", "-r", "artifacts/credit-default/3.0.0"]);
    });
    expect(report.blocking.map((b) => b.message)).toEqual([
      "artifacts/credit-default/3.0.0/model.onnx is a registered artifact: it cannot be removed; register a new version instead",
      "models/credit-default/model.yaml is registered: a model file cannot be removed",
      "credit-default 3.0.0 is registered: its version file cannot be removed (deprecate it instead)",
    ]);
  });

  it("refuses a symbolic link as an artifact, a submodule, and a .GIT path component", async () => {
    const report = await gateBranch("symlink", () => {
      f.write(
        "models/credit-default/versions/6.0.0.yaml",
        f.read("models/credit-default/versions/2.0.0.yaml").replaceAll("2.0.0", "6.0.0"),
      );
      f.write("artifacts/credit-default/6.0.0/.keep", "");
      symlinkSync("/etc/passwd", join(f.dir, "artifacts/credit-default/6.0.0/model.onnx"));
    });
    expect(report.blocking).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: "artifacts/credit-default/6.0.0/model.onnx",
          check: "refused-path",
          message:
            "artifacts/credit-default/6.0.0/model.onnx is a symbolic link: the registry holds regular files only",
        }),
        expect.objectContaining({
          check: "artifact",
          message:
            "file:artifacts/credit-default/6.0.0/model.onnx: artifacts/credit-default/6.0.0/model.onnx is a symbolic link, not a regular file",
        }),
      ]),
    );
    // a submodule (gitlink, mode 160000) anywhere in the repository
    f.git(["checkout", "-q", "-b", "submodule", "main"]);
    f.git(["update-index", "--add", "--cacheinfo", `160000,${f.git(["rev-parse", "main"])},vendor/models`]);
    f.git(["commit", "-q", "-m", "add a submodule"]);
    f.git(["checkout", "-q", "main"]);
    const submodule = await runGate(reg, { base: "main", head: "submodule", now: NOW });
    expect(submodule.blocking).toEqual([
      expect.objectContaining({
        path: "vendor/models",
        check: "refused-path",
        message: "vendor/models is a submodule: the registry holds regular files only",
      }),
    ]);
    // git itself refuses to add .GIT/config; isomorphic-git writes such a tree
    const gitdir = join(f.dir, ".git");
    const main = f.git(["rev-parse", "main"]);
    const { commit } = await git.readCommit({ fs, gitdir, oid: main });
    const { tree } = await git.readTree({ fs, gitdir, oid: commit.tree });
    const blob = await git.writeBlob({ fs, gitdir, blob: Buffer.from("[core]\n") });
    const dotGit = await git.writeTree({
      fs,
      gitdir,
      tree: [{ mode: "100644", path: "config", oid: blob, type: "blob" }],
    });
    const root = await git.writeTree({
      fs,
      gitdir,
      tree: [...tree, { mode: "040000", path: ".GIT", oid: dotGit, type: "tree" }],
    });
    const who = { name: "Eve", email: "eve@example.com", timestamp: 1_790_000_000, timezoneOffset: 0 };
    const oid = await git.writeCommit({
      fs,
      gitdir,
      commit: { message: "dot git\n", tree: root, parent: [main], author: who, committer: who },
    });
    const dotgit = { branch: oid };
    const r = await runGate(reg, { base: "main", head: dotgit.branch, now: NOW });
    // the head's tree holds a name git refuses to check out: that alone is the change, refused
    expect(r.blocking).toEqual([
      {
        path: ".GIT",
        check: "refused-path",
        message: ".GIT: a path component named .git (in any case) is refused",
        file: ".GIT",
      },
    ]);
  });

  it("fails unclassified files: stray artifacts and evidence, misnamed and misplaced manifests", async () => {
    const report = await gateBranch("stray", () => {
      f.write("artifacts/credit-default/9.0.0/model.onnx", "stray");
      f.write("evidence/credit-default/9.0.0/evaluation.json", "{}");
      f.write(
        "environments/production/credit-default.yml",
        "model: credit-default\nenvironment: production\nversion: 3.0.0\n",
      );
      f.write("models/credit-default/notes.txt", "notes");
      f.write("README.md", "# acme registry\n");
    });
    expect(report.changes.map((c) => [c.path, c.fileKind])).toEqual([
      ["artifacts/credit-default/9.0.0/model.onnx", "artifact"],
      ["environments/production/credit-default.yml", "misnamed"],
      ["evidence/credit-default/9.0.0/evaluation.json", "evidence"],
      ["models/credit-default/notes.txt", "unknown"],
    ]);
    expect(report.blocking.map((b) => b.message)).toEqual([
      "artifacts/credit-default/9.0.0/model.onnx is not named by a model or dataset version registered in this change: files under artifacts/ come only with their registration",
      "registry manifests are spelled .yaml: rename environments/production/credit-default.yml to environments/production/credit-default.yaml",
      "evidence/credit-default/9.0.0/evaluation.json is not named by a model or dataset version registered in this change: files under evidence/ come only with their registration",
      "models/credit-default/notes.txt is not a registry file: models/ holds only <model>/model.yaml, <model>/ml-test-score.yaml and <model>/versions/<version>.yaml",
    ]);
  });

  it("reports no change to the desired state for head = base and for a change outside the registry", async () => {
    const same = await runGate(reg, { base: "main", head: "main", now: NOW });
    expect(same).toMatchObject({ desiredStateChanged: false, blocked: false, changes: [] });
    const readme = await gateBranch("readme", () => f.write("README.md", "# acme\n"));
    expect(readme).toMatchObject({ desiredStateChanged: false, blocked: false, changes: [] });
    const promote = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging" },
      { now: NOW },
    );
    expect((await runGate(reg, { base: "main", head: promote.branch, now: NOW })).desiredStateChanged).toBe(
      true,
    );
  });
});

describe("every evidence file is verified", () => {
  /** A data-validation report (envelope + summary) about `data` of a given environment. */
  const dataValidation = (environment: "training" | "serving", verdict: "pass" | "fail", dataSha: string) =>
    `${JSON.stringify({
      kind: "data-validation",
      schemaVersion: 1,
      tool: { name: "modelgate", version: "0.1.0" },
      subject: `loans@${environment}`,
      inputs: [
        { role: "data", uri: `file:../data/${environment}.csv`, sha256: dataSha },
        ...(environment === "serving"
          ? [{ role: "reference", uri: "file:../data/train.csv", sha256: "a".repeat(64) }]
          : []),
      ],
      context: { commit: null, ref: null, runUrl: null, ci: false },
      createdAt: "2026-11-19T12:00:00Z",
      verdict,
      environment,
      comparison: environment === "serving" ? "skew" : null,
      anomalies: [],
      features: [],
      summary: { rows: 100, driftedShare: 0, errors: verdict === "fail" ? 1 : 0, warnings: 0 },
    })}\n`;

  /** Registers 4.0.0 by hand with its evaluation and the given data-validation files listed after it. */
  function registerWith(files: Array<{ name: string; text: string | null; sha?: string }>) {
    const artSha = addVersion(f, "4.0.0", 0.9);
    const file = "models/credit-default/versions/4.0.0.yaml";
    const lines = files.map((x) => {
      const path = `evidence/credit-default/4.0.0/${x.name}`;
      if (x.text !== null) f.write(path, x.text);
      return `    - { kind: data-validation, uri: "file:${path}", sha256: ${x.sha ?? f.sha256sum(path)} }\n`;
    });
    f.write(
      file,
      f
        .read(file)
        .replace(
          "status: active",
          `lineage:\n  datasets:\n    - { name: loans, version: train, sha256: ${"a".repeat(64)}, role: train }\nstatus: active`,
        )
        .replace(/(evaluation\.json", sha256: [0-9a-f]{64} \}\n)/, `$1${lines.join("")}`),
    );
    return artSha;
  }

  it("a registration whose second evidence file is missing, with a bogus digest, is blocked", async () => {
    const report = await gateBranch("second-missing", () =>
      registerWith([
        { name: "validation-train.json", text: dataValidation("training", "pass", "a".repeat(64)) },
        { name: "validation-serving.json", text: null, sha: "b".repeat(64) },
      ]),
    );
    const version = report.changes.find((c) => c.path === "models/credit-default/versions/4.0.0.yaml")!;
    const binding = version.checks.filter((c) => c.id === "evidence-binding");
    expect(binding.map((c) => [c.status, c.message])).toEqual([
      [
        "pass",
        "file:evidence/credit-default/4.0.0/evaluation.json: evaluation evidence verified (verdict pass)",
      ],
      [
        "pass",
        "file:evidence/credit-default/4.0.0/validation-train.json: data-validation evidence verified (verdict pass)",
      ],
      ["fail", "file:evidence/credit-default/4.0.0/validation-serving.json is missing from the registry"],
    ]);
    expect(report.blocked).toBe(true);
  });

  it("requireDataValidation: a failing serving report after a passing training report blocks", async () => {
    for (const required of ["true", "[training, serving]"]) {
      f.git(["checkout", "-q", "main"]);
      f.write(
        "modelgate.yaml",
        f
          .read("modelgate.yaml")
          .replace(/requireDataValidation: .*\n/, "")
          .replace("maxModelAgeDays: 365", `maxModelAgeDays: 365\n      requireDataValidation: ${required}`),
      );
      f.commitAll(`requireDataValidation: ${required}`);
      registerWith([
        { name: "validation-train.json", text: dataValidation("training", "pass", "a".repeat(64)) },
        { name: "validation-serving.json", text: dataValidation("serving", "fail", "c".repeat(64)) },
      ]);
      f.write(
        "environments/staging/credit-default.yaml",
        "model: credit-default\nenvironment: staging\nversion: 4.0.0\n",
      );
      f.commitAll("register 4.0.0 and put it in staging by hand");
      const staged = f.git(["rev-parse", "HEAD"]);
      const report = await gateBranch(`promote-${required.length}`, () =>
        f.write(
          "environments/production/credit-default.yaml",
          "model: credit-default\nenvironment: production\nversion: 4.0.0\n",
        ),
      );
      expect(report.head).not.toBe(staged);
      const dv = report.changes[0]!.checks.filter(
        (c) => c.id.startsWith("evidence:data") || c.id.startsWith("data-validation"),
      );
      expect(dv.map((c) => [c.id, c.status])).toEqual([
        ["evidence:data-validation", "pass"],
        ["evidence:data-validation", "fail"],
        ...(required === "true"
          ? []
          : [
              ["data-validation:training", "pass"],
              ["data-validation:serving", "fail"],
            ]),
      ]);
      expect(report.blocked).toBe(true);
      f.git(["reset", "-q", "--hard", "main~2"]);
    }
  });
});
