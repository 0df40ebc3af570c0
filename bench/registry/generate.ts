// Generates the registry-20k benchmark registry with `git fast-import`: 200 models × 50 versions,
// 20,000 commits of registrations, promotions and rollbacks (plus one root commit).
//
// Per model, version k = 0..49 is 1.k.0 and goes through these steps, in order:
//   A_k  register 1.k.0 and point staging at it          (every k)
//   B_k  point production at 1.k.0 (promote)            (k % 5 != 4: 40 versions)
//   C_k  point production back to 1.(k-1).0 (rollback)  (k % 5 == 1: 10 versions)
// = 100 commits per model. Commits interleave the models round-robin (step r of every model,
// then step r+1), 15 minutes apart from 2024-01-01T00:00:00Z. So every production deployment
// lands exactly one round (200 commits × 15 min = 50 h) after its registration, and every
// rollback one round after the deployment it undoes. Known answers for production:
// 200 × 40 = 8,000 deployments, 2,000 rolled back (failure rate 0.25), lead time 50 h,
// time to restore 50 h.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface GeneratedRegistry {
  dir: string;
  models: number;
  versions: number;
  commits: number;
  /** seconds spent generating (0 when reused from the cache) */
  generateSeconds: number;
  reused: boolean;
}

const START = Date.parse("2024-01-01T00:00:00Z") / 1000;
const STEP_SECONDS = 900;
export const STEPS_PER_MODEL = 100;

export const modelName = (i: number) => `model-${String(i).padStart(3, "0")}`;
export const versionName = (k: number) => `1.${k}.0`;

type Step = { kind: "register" | "promote" | "rollback"; k: number };

export function stepsOfModel(versions: number): Step[] {
  const steps: Step[] = [];
  for (let k = 0; k < versions; k++) {
    steps.push({ kind: "register", k });
    if (k % 5 !== 4) steps.push({ kind: "promote", k });
    if (k % 5 === 1) steps.push({ kind: "rollback", k });
  }
  return steps;
}

function data(text: string): string {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

function envFile(env: string, model: string, version: string): string {
  return `model: ${model}\nenvironment: ${env}\nversion: ${version}\n`;
}

function versionFile(model: string, version: string, createdAt: string, i: number): string {
  const hex = (n: number) => createHash("sha256").update(`bench-${n}`).digest("hex");
  return [
    `model: ${model}`,
    `version: ${version}`,
    `createdAt: ${createdAt}`,
    "artifact:",
    `  uri: https://models.acme.example/${model}/${version}/model.onnx`,
    `  sha256: ${hex(i + 1)}`,
    `  bytes: ${1000 + i}`,
    "  format: onnx",
    "lineage:",
    `  codeCommit: ${hex(i + 7).slice(0, 40)}`,
    "  datasets:",
    `    - { name: loans, version: 2024-01, sha256: ${hex(3)}, role: train }`,
    "  params: { C: 1.0 }",
    "evaluation:",
    "  summary: { roc_auc: 0.8, log_loss: 0.4 }",
    "status: active",
    "",
  ].join("\n");
}

function modelFile(model: string): string {
  return [
    `name: ${model}`,
    `description: benchmark model ${model}`,
    "owner: bench@acme.example",
    "task: binary-classification",
    "dataset: loans",
    "label: default",
    "signature:",
    "  inputs: { mode: tensor, name: input, dtype: float32, features: [age, income] }",
    "  outputs: { kind: probabilities, name: probabilities, positiveClass: 1 }",
    "decisionThreshold: 0.5",
    "",
  ].join("\n");
}

const CONFIG = `name: bench
defaultBranch: main
environments:
  - name: staging
    policy: { requiredApprovals: 0 }
  - name: production
    policy: { requiredApprovals: 0 }
artifacts:
  allowedHosts: [models.acme.example]
`;

/** Writes the fast-import stream for the registry to `write`. */
async function writeStream(
  models: number,
  versions: number,
  write: (s: string) => Promise<void>,
): Promise<number> {
  const who = (t: number) => `Bench Bot <bench@acme.example> ${t} +0000`;
  let mark = 1;
  let t = START;
  let root = "commit refs/heads/main\nmark :1\n";
  root += `author ${who(t)}\ncommitter ${who(t)}\n${data("Create the registry")}`;
  root += `M 100644 inline modelgate.yaml\n${data(CONFIG)}`;
  for (let m = 0; m < models; m++) {
    root += `M 100644 inline models/${modelName(m)}/model.yaml\n${data(modelFile(modelName(m)))}`;
  }
  await write(`${root}\n`);
  const plans = Array.from({ length: models }, () => stepsOfModel(versions));
  const rounds = Math.max(...plans.map((p) => p.length));
  let pr = 0;
  for (let r = 0; r < rounds; r++) {
    let chunk = "";
    for (let m = 0; m < models; m++) {
      const step = plans[m]?.[r];
      if (!step) continue;
      mark++;
      pr++;
      t += STEP_SECONDS;
      const model = modelName(m);
      const v = versionName(step.k);
      let msg: string;
      let files = "";
      if (step.kind === "register") {
        const iso = new Date(t * 1000).toISOString().replace(".000Z", "Z");
        msg = `Register ${model} ${v} and promote it to staging (#${pr})\n\nModelgate-Change: promote\n`;
        files += `M 100644 inline models/${model}/versions/${v}.yaml\n${data(versionFile(model, v, iso, m * 1000 + step.k))}`;
        files += `M 100644 inline environments/staging/${model}.yaml\n${data(envFile("staging", model, v))}`;
      } else if (step.kind === "promote") {
        msg = `Promote ${model} ${v} to production (#${pr})\n\nModelgate-Change: promote\n`;
        files += `M 100644 inline environments/production/${model}.yaml\n${data(envFile("production", model, v))}`;
      } else {
        const back = versionName(step.k - 1);
        msg = `Roll back ${model} in production to ${back} (#${pr})\n\nModelgate-Change: rollback\nModelgate-Override: error rate above the SLO\n`;
        files += `M 100644 inline environments/production/${model}.yaml\n${data(envFile("production", model, back))}`;
      }
      chunk += `commit refs/heads/main\nmark :${mark}\nauthor ${who(t)}\ncommitter ${who(t)}\n${data(msg)}${files}\n`;
    }
    await write(chunk);
  }
  return mark;
}

/**
 * Generates (or reuses, when `dir` already holds the same generation) the benchmark registry
 * in `dir` (a git working tree on main, checked out).
 */
export async function generateRegistry(
  dir: string,
  options: { models?: number; versions?: number } = {},
): Promise<GeneratedRegistry> {
  const models = options.models ?? 200;
  const versions = options.versions ?? 50;
  const stamp = join(dir, ".git", "modelgate-bench.json");
  const key = JSON.stringify({ generator: 2, models, versions });
  if (existsSync(stamp)) {
    const saved = JSON.parse(readFileSync(stamp, "utf8")) as { key: string; commits: number };
    if (saved.key === key) {
      return { dir, models, versions, commits: saved.commits, generateSeconds: 0, reused: true };
    }
  }
  const t0 = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (args: string[]) => {
    const r = spawnSync("git", args, { cwd: dir, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
    return r.stdout;
  };
  git(["init", "-q", "-b", "main"]);
  git(["config", "user.name", "Bench Bot"]);
  git(["config", "user.email", "bench@acme.example"]);
  const child = spawn("git", ["fast-import", "--quiet", "--done"], {
    cwd: dir,
    stdio: ["pipe", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const closed = new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? -1)));
  let failed: Error | null = null;
  child.stdin.on("error", (e) => {
    failed = e;
  });
  const write = (s: string) =>
    new Promise<void>((resolve, reject) => {
      if (failed) reject(failed);
      else if (child.stdin.write(s)) resolve();
      else child.stdin.once("drain", resolve);
    });
  const commits = await writeStream(models, versions, write);
  child.stdin.end("done\n");
  const code = await closed;
  if (code !== 0) throw new Error(`git fast-import failed (${code}): ${stderr}`);
  git(["checkout", "-q", "-f", "main"]);
  writeFileSync(stamp, JSON.stringify({ key, commits }));
  return {
    dir,
    models,
    versions,
    commits,
    generateSeconds: (performance.now() - t0) / 1000,
    reused: false,
  };
}
