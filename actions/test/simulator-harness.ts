// The set-up the actions' tests share: a registry fixture served by the OpenAPI-validated GitHub
// simulator as acme/registry, its users (the repository's owner, the workflow's bot, a
// developer, each with write), scratch folders, the GITHUB_* variables the runner sets, and the
// checks every run must pass (no credential in any output, no stack trace). After each test the
// simulator closes and its recorded violations must be empty.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { type SimUser, type Simulator, startSimulator } from "../../packages/github/src/simulator/server.js";
import { OpenApiValidator } from "../../packages/github/test/simulator/openapi.js";
import type { RegistryFixture } from "../../packages/registry/test/fixture.js";
import { TEST_SECRET } from "../../tests/secret.js";
import type { ActionRun } from "./run-action.js";

const exec = promisify(execFile);
export const FULL = "acme/registry";

/** What the harness serves: a git repository (its branches become the repository's) */
export interface ServedFixture {
  dir: string;
  cleanup(): void;
}

export interface SimulatorHarness<F extends ServedFixture = RegistryFixture> {
  readonly sim: Simulator;
  readonly f: F;
  /** the repository's owner (admin): merges as a maintainer would */
  readonly admin: SimUser;
  /** the workflow's token (github-actions[bot], write) */
  readonly bot: SimUser;
  /** the developer who opens pull requests (write) */
  readonly dev: SimUser;
  /** a temporary folder, removed after the test */
  tmp(prefix: string): string;
  /** git as a developer (the git server runs in this process: called asynchronously) */
  git(cwd: string, ...args: string[]): Promise<string>;
  /** the variables the runner sets for a run in `repository` (default the registry) */
  githubEnv(options: {
    token: string;
    sha: string;
    ref: string;
    runId: string;
    repository?: string;
  }): Record<string, string>;
  /** what every action run must satisfy: no token (raw or as basic auth), no stack trace */
  expectClean(run: ActionRun, ...tokens: string[]): void;
}

/**
 * Registers the hooks: before each test, `fixture()` is built and served as acme/registry
 * (`perFile`: once, before the file's tests, for a set-up its tests share). The harness's fields
 * are valid inside tests and later hooks.
 */
export function useSimulator<F extends ServedFixture = RegistryFixture>(
  fixture: () => F,
  options: { perFile?: boolean } = {},
): SimulatorHarness<F> {
  const [before, after] = options.perFile ? [beforeAll, afterAll] : [beforeEach, afterEach];
  let validator: OpenApiValidator;
  let sim: Simulator | undefined;
  let f: F | undefined;
  const users: Record<"admin" | "bot" | "dev", SimUser | undefined> = {
    admin: undefined,
    bot: undefined,
    dev: undefined,
  };
  const scratch: string[] = [];
  const tmp = (prefix: string) => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    scratch.push(d);
    return d;
  };
  const need = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`${name} is set up before each test`);
    return value;
  };

  beforeAll(() => {
    validator = new OpenApiValidator();
  });
  before(async () => {
    f = fixture();
    sim = await startSimulator(tmp("mg-sim-"), { api: validator, env: process.env, tokenMark: TEST_SECRET });
    await sim.createRepo("acme", "registry", f.dir);
    users.admin = sim.addUser("acme");
    users.bot = sim.addUser("github-actions[bot]");
    users.dev = sim.addUser("dev");
    for (const u of [users.bot, users.dev]) sim.setPermission(FULL, u.login, "write");
  });
  after(async () => {
    const violations = [...(sim?.violations ?? [])];
    await sim?.close();
    f?.cleanup();
    for (const d of scratch.splice(0)) rmSync(d, { recursive: true, force: true });
    expect(violations.join("\n")).toBe("");
  });

  return {
    get sim() {
      return need(sim, "the simulator");
    },
    get f() {
      return need(f, "the registry fixture");
    },
    get admin() {
      return need(users.admin, "admin");
    },
    get bot() {
      return need(users.bot, "bot");
    },
    get dev() {
      return need(users.dev, "dev");
    },
    tmp,
    async git(cwd, ...args) {
      const { stdout } = await exec("git", args, {
        cwd,
        env: {
          ...need(sim, "the simulator").gitEnv,
          GIT_AUTHOR_NAME: "Dev",
          GIT_AUTHOR_EMAIL: "dev@acme.example",
          GIT_COMMITTER_NAME: "Dev",
          GIT_COMMITTER_EMAIL: "dev@acme.example",
        },
      });
      return stdout.trim();
    },
    githubEnv({ token, sha, ref, runId, repository = FULL }) {
      const s = need(sim, "the simulator");
      return {
        GITHUB_API_URL: s.apiUrl,
        GITHUB_SERVER_URL: s.serverUrl,
        GITHUB_REPOSITORY: repository,
        GITHUB_SHA: sha,
        GITHUB_REF: ref,
        GITHUB_RUN_ID: runId,
        GITHUB_TOKEN: token,
      };
    },
    expectClean(run, ...tokens) {
      const texts = [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)];
      for (const token of tokens) {
        const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
        for (const text of texts) {
          expect(text).not.toContain(token);
          expect(text).not.toContain(basic);
        }
      }
      expect(run.stdout + run.stderr).not.toMatch(/internal error|\n\s+at /);
    },
  };
}
