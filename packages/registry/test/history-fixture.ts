// Builds small registries with plain git and exact commit dates, for the history tests.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface Fixture {
  dir: string;
  gitdir: string;
  git(args: string[], date?: string): string;
  write(path: string, text: string): void;
  remove(path: string): void;
  /** stages everything and commits at `date` (author and committer), returns the commit oid */
  commit(message: string, date: string, author?: string): string;
  env(env: string, model: string, version: string, canary?: { version: string; traffic: number }): void;
  register(model: string, version: string): void;
  cleanup(): void;
}

export function createFixture(): Fixture {
  const dir = mkdtempSync(join(tmpdir(), "mg-history-"));
  const git = (args: string[], date?: string): string =>
    execFileSync("git", args, {
      cwd: dir,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_CONFIG_NOSYSTEM: "1",
        GIT_CONFIG_GLOBAL: "/dev/null",
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      },
    }).trim();
  git(["init", "-q", "-b", "main"]);
  git(["config", "user.name", "Ada Admin"]);
  git(["config", "user.email", "ada@acme.example"]);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write(
    "modelgate.yaml",
    "name: acme\ndefaultBranch: main\nenvironments:\n  - name: staging\n  - name: production\n",
  );
  return {
    dir,
    gitdir: join(dir, ".git"),
    git,
    write,
    remove: (path) => rmSync(join(dir, path)),
    commit(message, date, author) {
      git(["add", "-A"]);
      const who = author
        ? ["-c", `user.name=${author}`, "-c", `user.email=${author.toLowerCase()}@acme.example`]
        : [];
      git([...who, "commit", "-q", "--allow-empty", "-m", message], date);
      return git(["rev-parse", "HEAD"]);
    },
    env(env, model, version, canary) {
      const c = canary ? `canary:\n  version: ${canary.version}\n  traffic: ${canary.traffic}\n` : "";
      write(
        `environments/${env}/${model}.yaml`,
        `model: ${model}\nenvironment: ${env}\nversion: ${version}\n${c}`,
      );
    },
    register(model, version) {
      write(
        `models/${model}/versions/${version}.yaml`,
        `model: ${model}\nversion: ${version}\nstatus: active\n`,
      );
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
