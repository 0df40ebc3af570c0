// Provenance against the OpenAPI-validated simulator: evidence made in a GitHub Actions run of
// the ML repository (acme/churn-model), uploaded by that run as an artifact named by its sha256,
// verified by the registry's real gate through the one GitHub port, and counted by the ML Test
// Score; each forgery refused with its reason. The fixture's evaluations are hand-written (no
// model to re-run): exactly the evidence only provenance can vouch for.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ExtraCheck, openRegistry, type RegistryCheckReport, runGate } from "@modelgate/registry";
import {
  gateScoreInput,
  mlTestScoreGateCheck,
  recomputeVerifier,
  type ScoreResult,
  scoreModel,
} from "@modelgate/score";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_SECRET } from "../../../tests/secret.js";
import {
  addVersion,
  CONFIG,
  createRegistryFixture,
  NOW,
  type RegistryFixture,
} from "../../registry/test/fixture.js";
import {
  createGitHubPort,
  createLocalPort,
  evidenceArtifactName,
  type ProvenancePort,
  provenanceVerifier,
} from "../src/index.js";
import { type SimRun, type SimUser, type Simulator, startSimulator } from "../src/simulator/server.js";
import { OpenApiValidator } from "./simulator/openapi.js";

const ML = "acme/churn-model";
const TRUSTED = `${ML}/.github/workflows/evidence.yml@refs/heads/main`;
const ENV = "environments/staging/credit-default.yaml";
type Obj = Record<string, unknown>;

let sim: Simulator;
let f: RegistryFixture;
let bot: SimUser;
let simDir: string;
/** the ML repository's commits: the one the versions were trained from, and another */
let code: string;
let other: string;

/** sha256 by coreutils, as the workflow names the artifact */
const sha256sum = (text: string) =>
  execFileSync("sha256sum", { input: text, encoding: "utf8" }).split(" ")[0]!;

interface Made {
  /** made on a laptop with CI=true: no run recorded, nothing uploaded */
  laptop?: boolean;
  run?: Partial<{
    path: string;
    headSha: string;
    conclusion: string | null;
    event: string;
    headBranch: string;
  }>;
  /** what the evidence says made it (default: the run, by the trusted workflow) */
  context?: (github: Obj) => void;
  /** what the run uploads (default: the file's bytes, named by their sha256) */
  upload?: (bytes: string, run: SimRun) => void;
  /** an edit after the upload, as a pull-request author makes it */
  edit?: (doc: Obj) => void;
}

/** Registers a version whose evaluation a run of the ML repository made (and uploaded). */
function register(version: string, made: Made = {}): void {
  addVersion(f, version, 0.85, `lineage:\n  codeCommit: ${code}\n`, "2026-11-19T12:00:00Z");
  const run = sim.createRun(ML, {
    path: ".github/workflows/evidence.yml",
    headSha: code,
    ...made.run,
  });
  const path = `evidence/credit-default/${version}/evaluation.json`;
  const doc = JSON.parse(f.read(path)) as Obj;
  // the run's determinism check passed (what earns infra-1 its automated point once verified)
  doc.checks = [
    {
      name: "determinism",
      passed: true,
      observed: true,
      expected: true,
      message: "100 rows scored twice agree",
    },
  ];
  const github: Obj = {
    repository: ML,
    workflowRef: TRUSTED,
    runId: run.id,
    runAttempt: 1,
    sha: run.headSha,
  };
  made.context?.(github);
  doc.context = made.laptop
    ? { commit: code, ref: "refs/heads/main", runUrl: null, ci: true }
    : {
        commit: run.headSha,
        ref: "refs/heads/main",
        runUrl: `${sim.serverUrl}/${ML}/actions/runs/${run.id}`,
        ci: true,
        github,
      };
  let bytes = `${JSON.stringify(doc, null, 2)}\n`;
  if (made.upload) made.upload(bytes, run);
  else if (!made.laptop)
    sim.uploadArtifact(ML, run.id, evidenceArtifactName(sha256sum(bytes)), { "evaluation.json": bytes });
  if (made.edit) {
    made.edit(doc);
    bytes = `${JSON.stringify(doc, null, 2)}\n`;
  }
  const listed = f.sha256sum(path);
  f.write(path, bytes);
  const file = `models/credit-default/versions/${version}.yaml`;
  f.write(file, f.read(file).replace(listed, f.sha256sum(path)));
}

beforeAll(async () => {
  f = createRegistryFixture();
  code = f.git(["rev-parse", "HEAD"]);
  simDir = mkdtempSync(join(tmpdir(), "mg-sim-prov-"));
  sim = await startSimulator(simDir, {
    api: new OpenApiValidator(),
    env: process.env,
    tokenMark: TEST_SECRET,
  });
  await sim.createRepo("acme", "registry", f.dir);
  // the ML repository: any git history will do, its commits are what runs run on
  await sim.createRepo("acme", "churn-model", f.dir);
  f.write("README.md", "another commit\n");
  other = f.commitAll("Another commit of the code");
  bot = sim.addUser("github-actions[bot]");

  f.write(
    "modelgate.yaml",
    CONFIG.replace(
      /( {2}- name: staging\n {4}policy:\n(?: {6}.*\n)*?) {6}evidence: \{ verify: none \}\n/,
      "$1      evidence: { verify: provenance }\n      minTestScore: 0\n",
    ).replace(
      "evidence:\n  maxAgeDays: 30\n",
      `evidence:\n  maxAgeDays: 30\n  trustedWorkflows:\n    - ${TRUSTED}\n`,
    ),
  );
  register("2.0.0"); // the honest path
  register("2.0.1", {
    run: { path: ".github/workflows/laptop.yml" },
    context: (g) => {
      g.workflowRef = `${ML}/.github/workflows/laptop.yml@refs/heads/main`;
    },
  });
  // the file names the trusted workflow; the run it names ran another one
  register("2.0.2", { run: { path: ".github/workflows/laptop.yml" } });
  register("2.0.3", { run: { conclusion: "failure" } });
  register("2.0.4", { run: { headSha: other } });
  register("2.0.5", {
    edit: (doc) => {
      ((doc.models as Obj[])[0]!.metrics as Obj).roc_auc = 0.99;
    },
  });
  register("2.0.6", {
    context: (g) => {
      g.runId = 999_999;
    },
  });
  // a run of a pull request: its workflow file comes from the change itself
  register("2.0.7", { run: { event: "pull_request", headBranch: "feature" } });
  // an artifact named after the file that holds other bytes
  register("2.0.8", {
    upload: (bytes, run) =>
      sim.uploadArtifact(ML, run.id, evidenceArtifactName(sha256sum(bytes)), {
        "evaluation.json": bytes.replace("0.85", "0.86"),
      }),
  });
  register("2.0.9", { laptop: true });
  f.commitAll("Registry: staging verifies provenance; credit-default 2.0.0 to 2.0.9");
  // branches made one at a time (one working tree), gated at once
  for (const [v] of REFUSED) promote(v);
}, 60_000);

afterAll(async () => {
  const violations = [...(sim?.violations ?? [])];
  await sim?.close();
  f?.cleanup();
  rmSync(simDir, { recursive: true, force: true });
  expect(violations).toEqual([]);
});

const port = () =>
  createGitHubPort({
    repository: "acme/registry",
    token: bot.token,
    apiUrl: sim.apiUrl,
    waitUnitMs: 10,
    writeIntervalMs: 5,
    retries: 0,
  });

function promote(version: string, from = "main"): string {
  const branch = `promote-${version}-${from}`;
  f.git(["checkout", "-q", "-B", branch, from]);
  f.write(ENV, `model: credit-default\nenvironment: staging\nversion: ${version}\n`);
  f.commitAll(`Promote ${version} to staging`);
  f.git(["checkout", "-q", "main"]);
  return branch;
}

/** The gate's ML Test Score check, with the score it computed kept for the test to read. */
function scoreProbe(): { check: ExtraCheck; result: () => ScoreResult | null } {
  let result: ScoreResult | null = null;
  const real = mlTestScoreGateCheck();
  return {
    check: {
      id: real.id,
      async run(input) {
        result = scoreModel(await gateScoreInput(input));
        return real.run(input);
      },
    },
    result: () => result,
  };
}

async function gate(
  version: string,
  options: { port?: ProvenancePort | null; from?: string; head?: string; extra?: ExtraCheck[] } = {},
): Promise<RegistryCheckReport> {
  const reg = await openRegistry(f.dir);
  const provenance = provenanceVerifier(options.port === undefined ? port() : options.port);
  return runGate(reg, {
    base: options.from ?? "main",
    head: options.head ?? promote(version, options.from),
    now: NOW,
    verifier: recomputeVerifier({ localRoot: f.dir, provenance }),
    extraChecks: options.extra ?? [],
  });
}

/** each forgery and the reason it is refused for */
const REFUSED: Array<[string, RegExp]> = [
  [
    "2.0.1",
    /it was made by acme\/churn-model\/\.github\/workflows\/laptop\.yml@refs\/heads\/main, which evidence\.trustedWorkflows does not list/,
  ],
  [
    "2.0.2",
    /ran \.github\/workflows\/laptop\.yml@main, not the trusted \.github\/workflows\/evidence\.yml@refs\/heads\/main/,
  ],
  ["2.0.3", /concluded failure, not success: fix the failing run/],
  [
    "2.0.4",
    new RegExp(
      `ran on commit ${"[0-9a-f]{12}"}…, but credit-default@2\\.0\\.4's lineage\\.codeCommit is ${"[0-9a-f]{40}"}: the evidence was made from other code`,
    ),
  ],
  [
    "2.0.5",
    /uploaded no artifact modelgate-evidence-[0-9a-f]{64}: the run's bytes are not this file's .*edited after the run made it/,
  ],
  ["2.0.6", /GitHub has no run 999999 \(attempt 1\) in acme\/churn-model: the run id is wrong or made up/],
  ["2.0.7", /was started by a pull_request event, whose workflow file can come from the change itself/],
  ["2.0.8", /holds no file with sha256 [0-9a-f]{12}…: the file was edited after the run uploaded it/],
];

const evaluation = (report: RegistryCheckReport) => report.evidence.find((e) => e.kind === "evaluation")!;

describe("provenance: GitHub proves which run made each evidence file", () => {
  it("the honest path: the trusted run on the version's commit uploaded these bytes; verified and counted", async () => {
    const probe = scoreProbe();
    const report = await gate("2.0.0", { extra: [probe.check] });
    expect(report.blocking).toEqual([]);
    const ev = evaluation(report);
    expect(ev).toMatchObject({
      environment: "staging",
      mode: "provenance",
      status: "verified",
      method: "provenance",
    });
    expect(ev.message).toMatch(
      new RegExp(
        `^made by ${sim.serverUrl}/${ML}/actions/runs/\\d+ of ${TRUSTED} on ${code.slice(0, 12)}…, concluded success; its artifact modelgate-evidence-${ev.sha256} holds these exact bytes \\(evaluation\\.json\\)`,
      ),
    );
    // the ML Test Score counts it as verified evidence
    const score = probe.result()!;
    const counted = score.evidence.find((e) => e.kind === "evaluation")!;
    expect(counted).toMatchObject({ trusted: true, verifiedBy: "provenance", problems: [] });
    expect(counted.usedFor).toContain("infra-1");
    expect(score.tests.find((t) => t.id === "infra-1")).toMatchObject({ mode: "automated", points: 1 });
    // every call the verifier made is an endpoint of api.github.com's description
    expect(
      sim.log.some((l) =>
        /GET \/api\/v3\/repos\/acme\/churn-model\/actions\/runs\/\d+\/attempts\/1\?/.test(l),
      ),
    ).toBe(true);
    expect(sim.log.some((l) => /\/actions\/artifacts\/\d+\/zip 302$/.test(l))).toBe(true);
  });

  it("each forgery is refused, naming why and the fix", async () => {
    const reports = await Promise.all(REFUSED.map(([v]) => gate(v, { head: `promote-${v}-main` })));
    REFUSED.forEach(([version, reason], i) => {
      const report = reports[i]!;
      const ev = evaluation(report);
      expect(ev, version).toMatchObject({ status: "refused", method: null });
      expect(ev.message, version).toMatch(reason);
      expect(report.blocked, version).toBe(true);
      expect(
        report.blocking.map((b) => b.check),
        version,
      ).toContain("verify:evaluation");
    });
    expect(evaluation(reports[3]!).message).toContain(other.slice(0, 12));
  });

  it("fails closed on what it cannot check: laptop evidence, no token, the embedded mode", async () => {
    const laptop = evaluation(await gate("2.0.9"));
    expect(laptop).toMatchObject({ status: "unverified" });
    expect(laptop.message).toMatch(
      /records no GitHub Actions run \(context\.github\): it was made outside GitHub Actions/,
    );
    const noToken = evaluation(await gate("2.0.0", { port: null }));
    expect(noToken).toMatchObject({ status: "unverified" });
    expect(noToken.message).toMatch(/the check has no token: give the check a token with actions: read/);
    const local = createLocalPort({ reportsDir: join(simDir, "reports") });
    const embedded = evaluation(await gate("2.0.0", { port: local }));
    expect(embedded).toMatchObject({ status: "unverified" });
    expect(embedded.message).toMatch(/the embedded mode has no GitHub Actions API/);
    sim.inject({ kind: "bad-gateway", match: `GET /repos/${ML}/actions/runs/` });
    const down = evaluation(await gate("2.0.0"));
    expect(down).toMatchObject({ status: "unverified" });
    expect(down.message).toMatch(
      /^GitHub could not be asked about run \d+ \(attempt 1\) in acme\/churn-model: .*HTTP 502/,
    );
    expect(sim.faultsUsed).toHaveLength(1);
  });

  it("a pull request cannot trust its own workflow: trustedWorkflows is read from the base", async () => {
    f.git(["checkout", "-q", "-B", "trust-laptop", "main"]);
    const laptop = `${ML}/.github/workflows/laptop.yml@refs/heads/main`;
    f.write(
      "modelgate.yaml",
      f.read("modelgate.yaml").replace(`    - ${TRUSTED}\n`, `    - ${TRUSTED}\n    - ${laptop}\n`),
    );
    f.write(ENV, "model: credit-default\nenvironment: staging\nversion: 2.0.1\n");
    f.commitAll("Trust the laptop workflow and promote 2.0.1");
    f.git(["checkout", "-q", "main"]);
    const report = await gate("2.0.1", { head: "trust-laptop" });
    expect(evaluation(report).status).toBe("refused");
    expect(evaluation(report).message).toMatch(/which evidence\.trustedWorkflows does not list/);
  });

  it("either: what cannot be recomputed is proven by its run", async () => {
    f.git(["checkout", "-q", "-B", "either", "main"]);
    f.write(
      "modelgate.yaml",
      f.read("modelgate.yaml").replace("evidence: { verify: provenance }", "evidence: { verify: either }"),
    );
    f.commitAll("staging: either");
    f.git(["checkout", "-q", "main"]);
    const ok = evaluation(await gate("2.0.0", { from: "either" }));
    expect(ok).toMatchObject({ mode: "either", status: "verified", method: "provenance" });
    const forged = evaluation(await gate("2.0.5", { from: "either" }));
    expect(forged).toMatchObject({ mode: "either", status: "refused" });
    expect(forged.message).toMatch(/^recompute: .+; provenance: .*uploaded no artifact modelgate-evidence-/);
  });
});
