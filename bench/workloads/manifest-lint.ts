// manifest-lint: load and validate N generated registry manifests (read, YAML with positions,
// kind detection, JSON Schema, cross-field checks) against a baseline of bare `yaml.parse`
// of the same files; and lint of one large evidence file (the data profile `infer-schema
// --profile-out` writes for a 20-column, 100,000-row table) against a bare JSON.parse of it.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { lintPaths } from "../../packages/core/src/index.js";
import { isolate, round, type Workload } from "../harness.js";

const N = 2000;

// yaml is a dependency of core, not of the workspace root: resolve it from there.
const yaml = createRequire(new URL("../../packages/core/package.json", import.meta.url))("yaml") as {
  parse(source: string): unknown;
};

function sha(i: number, salt: number): string {
  let h = "";
  let x = (i * 2654435761 + salt * 40503) >>> 0;
  while (h.length < 64) {
    x = (x * 1103515245 + 12345) >>> 0;
    h += (x >>> 8).toString(16).padStart(6, "0");
  }
  return h.slice(0, 64);
}

/** A registry-shaped tree of N manifests; one in ten has a mistake. */
function generate(root: string, n: number): string[] {
  const files: string[] = [];
  const put = (rel: string, text: string) => {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    files.push(path);
  };
  for (let i = 0; files.length < n; i++) {
    const model = `model-${i}`;
    const bad = i % 10 === 9;
    put(
      `models/${model}/model.yaml`,
      `# yaml-language-server: $schema=https://modelgate.dev/schemas/model.schema.json
name: ${model}
description: Probability that loan ${i} defaults
owner: risk-ml@acme.example
task: binary-classification
dataset: loans
label: default
signature:
  inputs:
    mode: tensor
    name: input
    dtype: float32
    features: [age, income, loan_amount, term_months, credit_score, debt_to_income]
  outputs: { kind: probabilities, name: probabilities, positiveClass: 1 }
decisionThreshold: 0.5
slices: [region, employment_type]
protectedAttributes: [gender]
labels: { team: risk }
`,
    );
    put(
      `models/${model}/versions/1.${i}.0.yaml`,
      `model: ${model}
version: 1.${i}.0
createdAt: 2026-09-01T12:00:00Z
artifact:
  uri: file:artifacts/${model}/1.${i}.0/model.onnx
  sha256: ${sha(i, 1)}
  bytes: ${1000 + i}
  format: ${bad ? "onnnx" : "onnx"}
lineage:
  codeCommit: ${sha(i, 2).slice(0, 40)}
  datasets:
    - { name: loans, version: 2026-08, sha256: ${sha(i, 3)}, role: train }
    - { name: loans, version: 2026-08-test, sha256: ${sha(i, 4)}, role: test }
  params: { C: 1.0, max_iter: 200 }
evaluation:
  summary: { roc_auc: 0.81, log_loss: 0.43 }
  evidence:
    - { kind: evaluation, uri: file:evidence/${model}/1.${i}.0/evaluation.json, sha256: ${sha(i, 5)} }
status: active
`,
    );
    put(
      `environments/production/${model}.yaml`,
      `model: ${model}
environment: production
version: 1.${i}.0
${bad ? "canary: { version: 0.1.0, traffic: 100 }" : "canary: { version: 0.1.0, traffic: 10 }"}
`,
    );
    put(
      `datasets/set-${i}/versions/2026-08.yaml`,
      `dataset: set-${i}
version: 2026-08
uri: file:data/set-${i}/train.csv
sha256: ${sha(i, 6)}
rows: 20000
profile: { uri: file:evidence/set-${i}/2026-08/profile.json, sha256: ${sha(i, 7)} }
`,
    );
  }
  return files.slice(0, n);
}

/** The generated manifests under a root, sorted. */
function list(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => join(root, f));
}

const PROFILE_COLUMNS = 20;
const PROFILE_ROWS = 100_000;

/**
 * A numeric CSV of PROFILE_COLUMNS columns and PROFILE_ROWS rows (normal draws, 4 decimals,
 * seeded) and its data profile from `modelgate infer-schema --profile-out`, cached in the
 * workDir. The profile's ECDF points and counts per column make it a large evidence file.
 */
function generateProfile(workDir: string): string {
  const profile = join(workDir, "profile", "evidence", "profile.json");
  if (existsSync(profile)) return profile;
  const csv = join(workDir, "profile", "table.csv");
  mkdirSync(dirname(profile), { recursive: true });
  let x = 12345;
  const uniform = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x + 0.5) / 2 ** 32;
  };
  const lines = [Array.from({ length: PROFILE_COLUMNS }, (_, j) => `f${j}`).join(",")];
  for (let i = 0; i < PROFILE_ROWS; i++) {
    const row: string[] = [];
    for (let j = 0; j < PROFILE_COLUMNS; j++) {
      const z = Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
      row.push((10 * (j + 1) + (j + 1) * z).toFixed(4));
    }
    lines.push(row.join(","));
  }
  writeFileSync(csv, `${lines.join("\n")}\n`);
  const cli = fileURLToPath(new URL("../../packages/cli/src/main.ts", import.meta.url));
  const tmp = `${profile}.tmp.json`;
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      cli,
      "infer-schema",
      csv,
      "--out",
      join(workDir, "profile", "schema.yaml"),
      "--profile-out",
      tmp,
    ],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`infer-schema: ${r.stderr}`);
  renameSync(tmp, profile);
  return profile;
}

/** The job: `modelgate lint <profile.json>` without printing. */
export async function lintProfile(path: string): Promise<{ files: number; errors: number }> {
  const summary = await lintPaths([path], dirname(path));
  return { files: summary.files, errors: summary.errors };
}

/** The baseline: read and JSON.parse the profile. */
export function parseProfile(path: string): { columns: number } {
  return { columns: (JSON.parse(readFileSync(path, "utf8")) as { columns: unknown[] }).columns.length };
}

/** The job: `modelgate lint <root>` without printing: walk, read, parse, validate, sort. */
export async function lintAll(root: string): Promise<{ files: number; errors: number }> {
  const summary = await lintPaths([root], root);
  return { files: summary.files, errors: summary.errors };
}

/** The baseline: read and `yaml.parse` every file, nothing else. */
export async function parseAll(root: string): Promise<{ files: number; keys: number }> {
  const files = list(root);
  let keys = 0;
  for (const file of files) keys += Object.keys(yaml.parse(readFileSync(file, "utf8")) as object).length;
  return { files: files.length, keys };
}

export const workload: Workload = {
  name: "manifest-lint",
  description: `modelgate lint on ${N} generated registry manifests (read, YAML with positions, schema, cross-checks) vs bare yaml.parse`,
  async run({ workDir }) {
    const root = join(workDir, "registry");
    rmSync(root, { recursive: true, force: true });
    const files = generate(root, N);
    const self = new URL(import.meta.url).href;
    const job = await isolate(self, "lintAll", root);
    const base = await isolate(self, "parseAll", root);
    const jobResult = job.result as { files: number; errors: number };
    const profile = generateProfile(workDir);
    const profileLint = await isolate(self, "lintProfile", profile);
    const profileParse = await isolate(self, "parseProfile", profile);
    const profileResult = profileLint.result as { files: number; errors: number };
    return {
      figures: {
        files: jobResult.files,
        errorsFound: jobResult.errors,
        wallSeconds: round(job.wallSeconds),
        filesPerSecond: round(jobResult.files / job.wallSeconds, 0),
        peakRssMB: round(job.peakRssMB, 1),
        profileKB: round(statSync(profile).size / 1024, 0),
        profileErrors: profileResult.errors,
        profileLintSeconds: round(profileLint.wallSeconds),
      },
      baseline: {
        description:
          "readFileSync + yaml.parse of the same files (listing included); readFileSync + JSON.parse of the profile",
        figures: {
          wallSeconds: round(base.wallSeconds),
          filesPerSecond: round(files.length / base.wallSeconds, 0),
          peakRssMB: round(base.peakRssMB, 1),
          profileParseSeconds: round(profileParse.wallSeconds),
        },
      },
      ratio: round(job.wallSeconds / base.wallSeconds, 2),
      notes: [
        "one manifest in forty (one in ten of the versions and environments) carries a mistake (bad enum or out-of-range traffic), so error mapping to positions is exercised",
        "the job includes the first-use compilation of the JSON Schemas",
        `profile: lint of the data profile infer-schema --profile-out writes for a ${PROFILE_COLUMNS}-column, ${PROFILE_ROWS}-row numeric CSV (generated, cached in the workDir); a clean report is checked by JSON.parse and its schema, the positioned YAML path runs only for a problem`,
      ],
    };
  },
};
