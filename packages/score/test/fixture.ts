import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadScoreInputs, type ScoreHistoryEntry, type ScoreInput } from "../src/index.js";

/** A hand-written registry: credit-default 1.0.0 with CI evidence, declarations and dependabot. */
export const FIXTURE_REGISTRY = new URL("./fixtures/registry", import.meta.url).pathname;

/** The time every fixture is judged at: evidence is 1–4 days old, the version 83 days. */
export const NOW = new Date("2026-11-23T12:00:00Z");

export const ARTIFACT = "8dd9031df312e11e371fbc330a8880db088276b59e5f036330ab5f11aa897909";
export const OTHER_ARTIFACT = "2b66f183a9d4f8525bbed6e2ae42542f24ac8ca5a669d615c90f287812894d56";

export const HISTORY: ScoreHistoryEntry[] = [
  {
    kind: "promote",
    env: "staging",
    model: "credit-default",
    time: "2026-09-02T10:00:00Z",
    version: "1.0.0",
  },
  {
    kind: "rollback",
    env: "staging",
    model: "credit-default",
    time: "2026-11-01T03:12:00Z",
    version: "0.9.0",
  },
  {
    kind: "canary",
    env: "production",
    model: "credit-default",
    time: "2026-10-15T09:00:00Z",
    version: "1.0.0",
  },
  {
    kind: "complete",
    env: "production",
    model: "credit-default",
    time: "2026-10-16T09:00:00Z",
    version: "1.0.0",
  },
];

/**
 * The fixture as score input, with deep-copied evidence documents the test may change. Its
 * reports are hand-written (their figures cannot be recomputed: the artifact is not a model),
 * so they enter the pure score as verified; verification itself is tested on real models and
 * data in verify.test.ts.
 */
export function fixtureInput(overrides: Partial<ScoreInput["options"]> = {}): ScoreInput {
  const loaded = loadScoreInputs({ registry: FIXTURE_REGISTRY, model: "credit-default" });
  for (const e of loaded.input.evidence)
    e.verification = { status: "verified", method: "recompute", message: "hand-written fixture" };
  return {
    ...loaded.input,
    history: HISTORY,
    options: { now: NOW, maxEvidenceAgeDays: loaded.maxEvidenceAgeDays ?? 30, ...overrides },
  };
}

/**
 * The fixture's reports are hand-written (its artifact is not a model): their figures cannot be
 * recomputed. Tests of the score's plumbing take them on trust (every environment's
 * evidence.verify: none), where they earn no automated point; `edit` changes more of modelgate.yaml.
 * Recomputation is tested on real models and data in verify.test.ts.
 */
export function trustEvidence(dir: string, edit: (text: string) => string = (t) => t): void {
  const file = join(dir, "modelgate.yaml");
  const text = readFileSync(file, "utf8").replace(
    /(\n {4}policy:\n)/g,
    "$1      evidence: { verify: none }\n",
  );
  writeFileSync(file, edit(text));
}

/** A scratch copy of the fixture registry. */
export function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), "score-registry-"));
  cpSync(FIXTURE_REGISTRY, dir, { recursive: true });
  return dir;
}

export function evidenceDoc(input: ScoreInput, name: string): Record<string, unknown> {
  const file = input.evidence.find((e) => e.uri.endsWith(`/${name}`));
  if (!file) throw new Error(`no evidence ${name}`);
  return file.doc as Record<string, unknown>;
}

/**
 * The fixture registry as a git repository: staging got 1.0.0 and was rolled back to 0.9.0 on
 * 2026-11-01 (a drill); production runs 0.9.0 with a 10% canary of 1.0.0 since 2026-10-15.
 * The branch `promote` completes 1.0.0 in production.
 */
export function gitFixture(edit?: (dir: string) => void): string {
  const dir = copyFixture();
  rmSync(join(dir, "environments"), { recursive: true, force: true });
  edit?.(dir);
  const git = (args: string[], date?: string) =>
    execFileSync("git", ["-c", "user.name=Risk ML", "-c", "user.email=risk@acme.example", ...args], {
      cwd: dir,
      env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
      stdio: "pipe",
    });
  const setEnv = (env: string, body: string, date: string) => {
    mkdirSync(join(dir, "environments", env), { recursive: true });
    writeFileSync(
      join(dir, "environments", env, "credit-default.yaml"),
      `model: credit-default\nenvironment: ${env}\n${body}`,
    );
    git(["add", "-A"]);
    git(["commit", "-q", "-m", `Change credit-default in ${env}`], date);
  };
  git(["init", "-q", "-b", "main"]);
  git(["add", "-A"]);
  git(["commit", "-q", "-m", "Register credit-default"], "2026-08-01T00:00:00Z");
  setEnv("staging", "version: 0.9.0\n", "2026-08-02T00:00:00Z");
  setEnv("staging", "version: 1.0.0\n", "2026-09-02T00:00:00Z");
  setEnv("production", "version: 0.9.0\n", "2026-09-05T00:00:00Z");
  setEnv("production", "version: 0.9.0\ncanary:\n  version: 1.0.0\n  traffic: 10\n", "2026-10-15T00:00:00Z");
  setEnv("staging", "version: 0.9.0\n", "2026-11-01T00:00:00Z");
  git(["checkout", "-q", "-b", "promote"]);
  setEnv("production", "version: 1.0.0\n", "2026-11-23T10:00:00Z");
  git(["checkout", "-q", "main"]);
  return dir;
}
