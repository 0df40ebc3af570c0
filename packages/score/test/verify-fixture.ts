// A real registry for evidence verification: examples/registry as a git repository with the
// example data next to it (the dataset versions name file:../data/...), credit-default 2.0.0
// evaluated against the live 1.0.0 on test.csv by the job `modelgate evaluate` runs, test.csv
// validated by the job `modelgate validate-data` runs, and copies of that evidence edited the way
// a pull-request author can edit a JSON file. Each version has a branch promoting it to staging.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { hashBytes } from "@modelgate/core";
import { runDataValidationJob } from "@modelgate/data";
import { runEvaluationJob } from "@modelgate/model";
import { GIT_ENV } from "../../registry/test/fixture.js";

const root = new URL("../../../", import.meta.url).pathname;
export const EXAMPLES = join(root, "examples");

/** staging: the gate a promotion passes; evidence.verify left out, so the default (recompute) applies */
const POLICY = `name: verify-fixture
defaultBranch: main
environments:
  - name: staging
    policy:
      requireEvaluation: true
      metrics:
        roc_auc: { threshold: 0.70, greaterIsBetter: true }
      maxSliceDrop: 0.05
      fairness: { demographicParityDifference: 0.10, equalOpportunityDifference: 0.10 }
      requireDataValidation: true
  - name: production
    policy:
      requireEvaluation: true
artifacts:
  allowedHosts: []
evidence:
  maxAgeDays: 30
`;

type Obj = Record<string, unknown>;

/** A registered copy of 2.0.0: its evidence edited, and the ONNX stored (2.0.0's by default). */
export interface Variant {
  edit?: (evaluation: Obj, validation: Obj) => void;
  artifact?: string;
}

export interface VerifyFixture {
  /** holds registry/ and data/ */
  base: string;
  /** the registry (a git checkout of main) */
  dir: string;
  git(args: string[]): string;
  /** the honest reports of 2.0.0 */
  evaluation: Obj;
  validation: Obj;
  /** a branch off main whose modelgate.yaml sets staging's evidence.verify to this mode */
  modeBase(mode: string): string;
  /** a branch promoting a version to staging, off `base` (default main) */
  promote(version: string, base?: string): string;
  cleanup(): void;
}

const MODEL = "credit-default";
const onnx = (v: string) => readFileSync(join(EXAMPLES, "models", MODEL, v, "model.onnx"));

function versionYaml(
  version: string,
  artifact: { sha256: string; bytes: number },
  evidence: string[],
): string {
  return `model: ${MODEL}
version: ${version}
createdAt: ${new Date().toISOString()}
artifact:
  uri: file:artifacts/${MODEL}/${version}/model.onnx
  sha256: ${artifact.sha256}
  bytes: ${artifact.bytes}
  format: onnx
lineage:
  datasets:
    - { name: loans, version: 2026-11-train, sha256: 20b54655d4ab23eb5414239e44fc6f09681bff8ba05293007b23b561f2079b57, role: train }
    - { name: loans, version: 2026-11-test, sha256: db8dced3b217d6e8c092938cd8ad3b51fed97938d632d39041282267ee73b989, role: test }
${evidence.length > 0 ? `evaluation:\n  evidence:\n${evidence.join("")}` : ""}status: active
`;
}

/**
 * The registry, with these versions of credit-default registered on main (each a copy of
 * 2.0.0's evidence, edited by `edit`; `artifact` names the ONNX stored, 2.0.0's by default).
 */
export async function createVerifyFixture(variants: Record<string, Variant>): Promise<VerifyFixture> {
  const base = mkdtempSync(join(tmpdir(), "mg-verify-"));
  const dir = join(base, "registry");
  cpSync(join(EXAMPLES, "registry"), dir, { recursive: true });
  mkdirSync(join(base, "data"));
  cpSync(join(EXAMPLES, "data", "test.csv"), join(base, "data", "test.csv"));
  writeFileSync(join(dir, "modelgate.yaml"), POLICY);
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  const git = (args: string[]) =>
    execFileSync("git", args, { cwd: dir, env: GIT_ENV, encoding: "utf8" }).trim();

  // 2.0.0, honestly evaluated (against the live 1.0.0, with staging's policy) and validated
  const art = onnx("2.0.0");
  const digest = { sha256: hashBytes(art), bytes: art.length };
  write(`artifacts/${MODEL}/2.0.0/model.onnx`, art);
  write(`models/${MODEL}/versions/2.0.0.yaml`, versionYaml("2.0.0", digest, []));
  const context = { commit: null, ref: null, runUrl: null, ci: false };
  const { report } = await runEvaluationJob({
    cwd: dir,
    context,
    registry: ".",
    modelName: MODEL,
    version: "2.0.0",
    environment: "staging",
    // the test dataset lives beside the registry: evaluate reads only files inside it
    data: "../data/test.csv",
    importance: true,
  });
  const { report: validated } = await runDataValidationJob({
    cwd: dir,
    context,
    schema: "datasets/loans/schema.yaml",
    data: "../data/test.csv",
    environment: "training",
    subject: "loans@2026-11-test",
  });
  const evaluation = JSON.parse(JSON.stringify(report)) as Obj;
  const validation = JSON.parse(JSON.stringify(validated)) as Obj;

  const all: Record<string, Variant> = { "2.0.0": {}, ...variants };
  for (const [version, variant] of Object.entries(all)) {
    const ev = structuredClone(evaluation);
    const dv = structuredClone(validation);
    ev.subject = `${MODEL}@${version}`;
    variant.edit?.(ev, dv);
    const stored = onnx(variant.artifact ?? "2.0.0");
    write(`artifacts/${MODEL}/${version}/model.onnx`, stored);
    const files: string[] = [];
    for (const [kind, name, doc] of [
      ["evaluation", "evaluation.json", ev],
      ["data-validation", "data-validation.json", dv],
    ] as const) {
      const path = `evidence/${MODEL}/${version}/${name}`;
      const text = `${JSON.stringify(doc, null, 2)}\n`;
      write(path, text);
      files.push(`    - { kind: ${kind}, uri: "file:${path}", sha256: ${hashBytes(text)} }\n`);
    }
    // the manifest names 2.0.0's digest; a variant storing other bytes forges its artifact
    write(`models/${MODEL}/versions/${version}.yaml`, versionYaml(version, digest, files));
  }
  git(["init", "-q", "-b", "main"]);
  git(["config", "user.name", "Ada Admin"]);
  git(["config", "user.email", "ada@acme.example"]);
  git(["add", "-A"]);
  git(["commit", "-q", "-m", "Registry with credit-default 2.0.0 and its edited copies registered"]);

  const branch = (name: string, from: string, path: string, text: string) => {
    git(["checkout", "-q", "-B", name, from]);
    write(path, text);
    git(["add", "-A"]);
    git(["commit", "-q", "-m", name]);
    git(["checkout", "-q", "main"]);
    return name;
  };
  return {
    base,
    dir,
    git,
    evaluation,
    validation,
    modeBase: (mode) =>
      branch(
        `verify-${mode}`,
        "main",
        "modelgate.yaml",
        POLICY.replace(
          "      requireDataValidation: true\n",
          `      requireDataValidation: true\n      evidence: { verify: ${mode} }\n`,
        ),
      ),
    promote: (version, from = "main") =>
      branch(
        `promote-${version}-${from}`,
        from,
        `environments/staging/${MODEL}.yaml`,
        `model: ${MODEL}\nenvironment: staging\nversion: ${version}\n`,
      ),
    cleanup: () => rmSync(base, { recursive: true, force: true }),
  };
}
