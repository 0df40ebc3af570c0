// Small registries built with plain git, for the registry core tests.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const NOW = new Date("2026-11-20T12:00:00Z");

export interface RegistryFixture {
  dir: string;
  git(args: string[]): string;
  write(path: string, content: string | Buffer): void;
  read(path: string): string;
  commitAll(message: string): string;
  /** sha256 of bytes, computed by coreutils `sha256sum` (independent of the code under test) */
  sha256sum(path: string): string;
  cleanup(): void;
}

/**
 * The fixture's artifacts are bytes, not models, and its evaluations are hand-written: nothing
 * can recompute them, so its environments take evidence on trust (verify: none).
 * Recomputation is tested on real models and data (packages/score/test/verify.test.ts).
 */
export const CONFIG = `# yaml-language-server: $schema=../schemas/registry.schema.json
name: acme
defaultBranch: main
environments:
  - name: staging
    policy:
      requireEvaluation: true
      metrics:
        roc_auc: { threshold: 0.70, greaterIsBetter: true }
      evidence: { verify: none }
  - name: production
    policy:
      requireEvaluation: true
      metrics:
        roc_auc: { threshold: 0.70, minAbsoluteChange: 0.0, greaterIsBetter: true }
      maxModelAgeDays: 365
      evidence: { verify: none }
artifacts:
  allowedHosts: [models.acme.example]
evidence:
  maxAgeDays: 30
`;

export const MODEL = `name: credit-default
owner: risk-ml@acme.example
task: binary-classification
signature:
  inputs: { mode: tensor, name: input, dtype: float32, features: [age, income] }
  outputs: { kind: probabilities, name: probabilities, positiveClass: 1 }
`;

export const GIT_ENV: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_AUTHOR_DATE: "2026-11-01T10:00:00Z",
  GIT_COMMITTER_DATE: "2026-11-01T10:00:00Z",
};

export function sha256(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/** An evaluation report (evidence envelope + metrics) bound to an artifact digest. */
export function evaluationEvidence(
  model: string,
  version: string,
  artifactSha: string,
  rocAuc: number,
  createdAt = "2026-11-19T12:00:00Z",
) {
  return `${JSON.stringify(
    {
      kind: "evaluation",
      schemaVersion: 1,
      tool: { name: "modelgate", version: "0.1.0" },
      subject: `${model}@${version}`,
      inputs: [{ role: "model", uri: `file:artifacts/${model}/${version}/model.onnx`, sha256: artifactSha }],
      context: { commit: null, ref: null, runUrl: null, ci: false },
      createdAt,
      verdict: "pass",
      task: "binary-classification",
      label: "default",
      dataset: { uri: "file:data/test.csv", sha256: "d".repeat(64), rows: 1000 },
      features: ["age", "income"],
      sliceMetric: "roc_auc",
      minSupport: 30,
      slices: [],
      fairness: [],
      determinism: { rows: 100, identical: true },
      checks: [],
      models: [
        {
          role: "challenger",
          uri: `file:artifacts/${model}/${version}/model.onnx`,
          sha256: artifactSha,
          bytes: null,
          metrics: { roc_auc: rocAuc },
          confusion: null,
          latency: null,
        },
      ],
    },
    null,
    2,
  )}\n`;
}

/** Writes a version (artifact bytes, evaluation evidence, version file) into the working tree. */
export function addVersion(
  f: RegistryFixture,
  version: string,
  rocAuc: number,
  extra = "",
  /** the evaluation's createdAt (tests that gate at the real clock give a recent one) */
  evaluatedAt?: string,
): string {
  const art = `artifacts/credit-default/${version}/model.onnx`;
  const bytes = Buffer.from(`onnx bytes of credit-default ${version}\n`);
  f.write(art, bytes);
  const artSha = f.sha256sum(art);
  const evPath = `evidence/credit-default/${version}/evaluation.json`;
  f.write(evPath, evaluationEvidence("credit-default", version, artSha, rocAuc, evaluatedAt));
  const evSha = f.sha256sum(evPath);
  f.write(
    `models/credit-default/versions/${version}.yaml`,
    `model: credit-default
version: ${version}
createdAt: 2026-11-01T00:00:00Z
artifact:
  uri: file:${art}
  sha256: ${artSha}
  bytes: ${bytes.length}
  format: onnx
evaluation:
  evidence:
    - { kind: evaluation, uri: "file:${evPath}", sha256: ${evSha} }
status: active
${extra}`,
  );
  return artSha;
}

/** A registry with credit-default 1.0.0 live in staging and production. */
export function createRegistryFixture(): RegistryFixture {
  const dir = mkdtempSync(join(tmpdir(), "mg-registry-"));
  const git = (args: string[]) =>
    execFileSync("git", args, { cwd: dir, encoding: "utf8", env: GIT_ENV }).trim();
  git(["init", "-q", "-b", "main"]);
  git(["config", "user.name", "Ada Admin"]);
  git(["config", "user.email", "ada@acme.example"]);
  const f: RegistryFixture = {
    dir,
    git,
    write(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    read: (path) => readFileSync(join(dir, path), "utf8"),
    commitAll(message) {
      git(["add", "-A"]);
      git(["commit", "-q", "-m", message]);
      return git(["rev-parse", "HEAD"]);
    },
    sha256sum: (path) => execFileSync("sha256sum", [join(dir, path)], { encoding: "utf8" }).split(" ")[0]!,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
  f.write("modelgate.yaml", CONFIG);
  f.write("models/credit-default/model.yaml", MODEL);
  addVersion(f, "1.0.0", 0.8);
  for (const e of ["staging", "production"]) {
    f.write(
      `environments/${e}/credit-default.yaml`,
      `# owned by risk-ml; production changes need platform review\nmodel: credit-default\nenvironment: ${e}\nversion: 1.0.0 # the champion\n`,
    );
  }
  f.commitAll("Initial registry: credit-default 1.0.0 live");
  return f;
}
