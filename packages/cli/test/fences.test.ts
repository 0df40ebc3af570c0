// Fences of the registry commands: names that could leave the registry or break git refs,
// credentials in URLs, and the inputs that used to end in an internal error (exit 3).
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
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
import { checkName, nameProblem, redactCredentials } from "@modelgate/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  addVersion,
  createRegistryFixture,
  GIT_ENV,
  type RegistryFixture,
} from "../../registry/test/fixture.js";
import { cli } from "./helpers.js";

const NOW = "2026-11-20T12:00:00Z";
const TOKEN = "tok_9f8e7d6c5b4a39281706";
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at /);

let f: RegistryFixture;
beforeEach(() => {
  f = createRegistryFixture();
  addVersion(f, "2.0.0", 0.85);
  f.commitAll("Register 2.0.0");
});
afterEach(() => f.cleanup());

const fsck = () => execFileSync("git", ["fsck", "--strict", "--no-progress"], { cwd: f.dir, env: GIT_ENV });

describe("names", () => {
  it("follow the schemas' pattern and git's ref-name rules", () => {
    for (const ok of ["1.0.0", "2026-11-train", "a", "v1_2", "x.lock1", "credit-default"])
      expect(nameProblem(ok), ok).toBeNull();
    for (const bad of [
      "",
      "..",
      "../../x",
      "9..0",
      "9.0.",
      "9.0.0.lock",
      "A",
      "-x",
      ".x",
      "a/b",
      "a b",
      "a".repeat(65),
    ])
      expect(nameProblem(bad), bad).not.toBeNull();
    // git agrees about every name accepted here
    for (const ok of ["1.0.0", "x.lock1", "a_b-c.d"])
      expect(spawnSync("git", ["check-ref-format", `refs/heads/modelgate/register/m-${ok}`]).status, ok).toBe(
        0,
      );
    for (const bad of ["9..0", "9.0.", "9.0.0.lock"])
      expect(
        spawnSync("git", ["check-ref-format", `refs/heads/modelgate/register/m-${bad}`]).status,
      ).not.toBe(0);
    expect(() => checkName("version", "9..0", "--version")).toThrow(
      '--version: version "9..0" is not a valid name: it contains ".."',
    );
  });

  it("a version git cannot use as a ref is refused; nothing is left that blocks the good one", async () => {
    writeFileSync(join(f.dir, "..", `art-${process.pid}.onnx`), "bytes");
    const register = (v: string) =>
      cli(
        [
          "register",
          "credit-default",
          "--version",
          v,
          "--artifact",
          `file:artifacts/credit-default/${v}/model.onnx`,
          "--artifact-file",
          join(f.dir, "..", `art-${process.pid}.onnx`),
        ],
        f.dir,
      );
    for (const v of ["9..0", "9.0.", "9.0.0.lock"]) {
      const r = await register(v);
      expect(r.exitCode, v).toBe(2);
      expect(r.stderr).toContain("is not a valid name");
      noStack(r.stderr);
    }
    expect(f.git(["for-each-ref", "refs/heads/modelgate"])).toBe("");
    fsck();
    const good = await register("9.0.0");
    expect(good.exitCode, good.stderr).toBe(0);
    fsck();
    rmSync(join(f.dir, "..", `art-${process.pid}.onnx`));
  });

  it("evaluate, score, history and the change commands refuse a path in a name before reading anything", async () => {
    const out = join(f.dir, "..", `ev-${process.pid}.json`);
    const cases: string[][] = [
      [
        "evaluate",
        "--registry",
        ".",
        "--model-name",
        "credit-default",
        "--version",
        "../../../../x",
        "--out",
        out,
      ],
      ["evaluate", "--registry", ".", "--model-name", "../x", "--version", "1.0.0", "--out", out],
      ["score", "--model", "../../etc", "--out", out],
      ["score", "--model", "credit-default", "--version", "../1", "--out", out],
      ["history", "../credit-default"],
      ["promote", "credit-default", "2.0.0", "--to", "../../tmp"],
      ["rollback", "credit-default", "--env", "production", "--to", "1.0.0/../../x"],
      ["deprecate", "credit-default", "..", "--reason", "x"],
      ["infer-schema", "data.csv", "--dataset", "../x", "--out", out],
    ];
    for (const args of cases) {
      const r = await cli(args, f.dir);
      expect(r.exitCode, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toContain("is not a valid name");
      noStack(r.stderr);
    }
    expect(existsSync(out)).toBe(false);
  });
});

describe("credentials in URLs", () => {
  it("are redacted: userinfo and token parameters", () => {
    expect(redactCredentials(`clone https://x-access-token:${TOKEN}@github.com/acme/r.git failed`)).toBe(
      "clone https://***@github.com/acme/r.git failed",
    );
    expect(redactCredentials(`https://u:p@ss:${TOKEN}@host/x`)).toBe("https://***@host/x");
    expect(redactCredentials(`https://host/x.onnx?sig=${TOKEN}&v=1`)).toBe("https://host/x.onnx?sig=***&v=1");
    expect(redactCredentials("see https://host/a@b and file:x")).toBe("see https://host/a@b and file:x");
  });

  it("never appear in anything a run prints, commits or stores", async () => {
    const outputs: string[] = [];
    const runs = [
      ["status", "--registry", `https://x-access-token:${TOKEN}@127.0.0.1:9/acme/registry.git`],
      ["history", "credit-default", "--registry", `http://oauth2:${TOKEN}@127.0.0.1:9/r.git`],
      [
        "register",
        "credit-default",
        "--version",
        "9.9.9",
        "--artifact",
        `https://u:${TOKEN}@models.acme.example/x.onnx`,
      ],
      [
        "register",
        "credit-default",
        "--version",
        "9.9.8",
        "--artifact",
        `https://evil.example/x.onnx?token=${TOKEN}`,
      ],
    ];
    for (const args of runs) {
      const r = await cli(args, f.dir);
      expect(r.exitCode, args.join(" ")).toBe(2);
      noStack(r.stderr);
      outputs.push(r.stdout, r.stderr);
    }
    // a report written from a hand-committed version file whose artifact URL carries a token
    f.write(
      "models/credit-default/versions/4.0.0.yaml",
      `model: credit-default\nversion: 4.0.0\ncreatedAt: 2026-11-01T00:00:00Z\nartifact:\n  uri: https://u:${TOKEN}@models.acme.example/m.onnx\n  sha256: ${"a".repeat(64)}\n  bytes: 1\n  format: onnx\nstatus: active\n`,
    );
    f.write(
      "environments/staging/credit-default.yaml",
      "model: credit-default\nenvironment: staging\nversion: 4.0.0\n",
    );
    f.commitAll("4.0.0 by hand");
    const planFile = join(f.dir, "..", `plan-${process.pid}.json`);
    const d = await cli(["deploy", "--before", "main~1", "--after", "main", "--out", planFile], f.dir);
    expect(d.exitCode, d.stderr).toBe(0);
    outputs.push(d.stdout, d.stderr);
    const plan = readFileSync(planFile, "utf8");
    rmSync(planFile);
    expect(plan).toContain("https://***@models.acme.example/m.onnx");
    expect(plan).not.toContain(TOKEN);
    expect(outputs.join("\n")).toContain("***@");
    expect(outputs.join("\n")).not.toContain(TOKEN);
    // nor in the registry beyond the hand-made commit: branches, modelgate's own state
    expect(f.git(["log", "-p", "main~1"])).not.toContain(TOKEN);
    expect(f.git(["for-each-ref", "refs/heads/modelgate"])).toBe("");
    const state = join(f.dir, ".git", "modelgate");
    if (existsSync(state))
      for (const name of readdirSync(state, { recursive: true }) as string[]) {
        const p = join(state, name);
        if (lstatSync(p).isFile()) expect(readFileSync(p, "utf8"), p).not.toContain(TOKEN);
      }
  });
});

describe("inputs that used to end in an internal error", () => {
  it("each exits with its documented code and a message, never a stack trace", async () => {
    mkdirSync(join(f.dir, ".git", "modelgate"), { recursive: true });
    const cases: Array<{ args: string[]; exit: number; contains: string; setup?: () => void }> = [
      {
        args: ["deploy", "--before", "main~1", "--after", "main", "--render-dir", "/etc/passwd"],
        exit: 2,
        contains: "not a directory",
      },
      {
        args: ["deploy", "--before", "0".repeat(40), "--after", "main"],
        exit: 2,
        contains: "no such commit",
      },
      {
        args: ["deploy", "--before", "main", "--after", "f".repeat(40)],
        exit: 2,
        contains: "no such commit",
      },
      { args: ["rollback", "fraud", "--env", "staging"], exit: 1, contains: "not deployed in staging" },
      {
        args: ["rollback", "credit-default", "--env", "nope"],
        exit: 2,
        contains: 'unknown environment "nope"',
      },
      { args: ["history", "credit-default", "--at", "2026-02-31"], exit: 2, contains: "not a date" },
      {
        args: ["history", "credit-default", "--at", "2026-11-20T24:30:00Z"],
        exit: 2,
        contains: "not a date",
      },
      { args: ["check", "--out", "x.json", "--now", "2026-13-01"], exit: 2, contains: "not a date-time" },
      { args: ["metrics", "--env", "nope"], exit: 2, contains: 'unknown environment "nope"' },
      {
        args: ["history", "credit-default", "--env", "nope"],
        exit: 2,
        contains: 'unknown environment "nope"',
      },
    ];
    for (const c of cases) {
      const r = await cli(c.args, f.dir);
      expect(r.exitCode, `${c.args.join(" ")}\n${r.stderr}`).toBe(c.exit);
      expect(r.stderr, c.args.join(" ")).toContain(c.contains);
      noStack(r.stderr);
    }
  });

  it("merge with .git/modelgate/local-prs replaced by a file: exit 2, nothing merged", async () => {
    const p = await cli(["promote", "credit-default", "2.0.0", "--to", "staging"], f.dir);
    expect(p.exitCode).toBe(0);
    mkdirSync(join(f.dir, ".git", "modelgate"), { recursive: true });
    writeFileSync(join(f.dir, ".git", "modelgate", "local-prs"), "not a directory\n");
    const before = f.git(["rev-parse", "main"]);
    const m = await cli(["merge", "modelgate/promote/credit-default-staging-2.0.0", "--now", NOW], f.dir);
    expect(m.exitCode).toBe(2);
    expect(m.stderr).toContain("local-prs");
    noStack(m.stderr);
    expect(f.git(["rev-parse", "main"])).toBe(before);
    expect(f.git(["status", "--porcelain"])).toBe("");
  });
});

describe("merge", () => {
  it("keeps a symlink a symlink and an executable executable, in the commit and the checkout", async () => {
    f.git(["checkout", "-q", "-b", "modelgate/edit/tools"]);
    mkdirSync(join(f.dir, "tools"), { recursive: true });
    writeFileSync(join(f.dir, "tools", "run.sh"), "#!/bin/sh\necho ok\n", { mode: 0o755 });
    symlinkSync("run.sh", join(f.dir, "tools", "latest"));
    f.commitAll("Add tools");
    f.git(["checkout", "-q", "main"]);
    expect(existsSync(join(f.dir, "tools"))).toBe(false);
    const m = await cli(
      ["merge", "modelgate/edit/tools", "--force", "--reason", "tooling", "--now", NOW],
      f.dir,
    );
    expect(m.exitCode, m.stdout + m.stderr).toBe(0);
    const entries = f.git(["ls-tree", "-r", "main", "tools"]);
    expect(entries).toMatch(/^120000 blob \w+\ttools\/latest$/m);
    expect(entries).toMatch(/^100755 blob \w+\ttools\/run\.sh$/m);
    expect(lstatSync(join(f.dir, "tools", "latest")).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(f.dir, "tools", "run.sh")).mode & 0o111).not.toBe(0);
    expect(f.git(["status", "--porcelain"])).toBe("");
    fsck();
  });

  it("a branch deleted and created again is a new pull request with a new number", async () => {
    const make = (file: string) => {
      f.git(["checkout", "-q", "-b", "modelgate/edit/notes"]);
      f.write(file, `${file}\n`);
      f.commitAll(`Add ${file}`);
      f.git(["checkout", "-q", "main"]);
    };
    const merge = () =>
      cli(["merge", "modelgate/edit/notes", "--force", "--reason", "notes", "--now", NOW], f.dir);
    make("notes/a.md");
    expect((await merge()).stdout).toContain("as #local-1");
    // the merge removed the branch: the same name again is a new change
    expect(f.git(["branch", "--list", "modelgate/edit/notes"])).toBe("");
    make("notes/b.md");
    expect((await merge()).stdout).toContain("as #local-2");
    const subjects = f.git(["log", "--first-parent", "--format=%s", "main"]).split("\n");
    expect(subjects.filter((s) => s.includes("(#local-1)")).length).toBe(1);
    expect(subjects.filter((s) => s.includes("(#local-2)")).length).toBe(1);
  });

  it("refuses to overwrite staged changes of the checkout, and merges nothing", async () => {
    await cli(["promote", "credit-default", "2.0.0", "--to", "staging"], f.dir);
    f.write(
      "environments/staging/credit-default.yaml",
      "model: credit-default\nenvironment: staging\nversion: 1.0.0 # mine\n",
    );
    f.git(["add", "environments/staging/credit-default.yaml"]);
    const before = f.git(["rev-parse", "main"]);
    const m = await cli(["merge", "modelgate/promote/credit-default-staging-2.0.0", "--now", NOW], f.dir);
    expect(m.exitCode).toBe(2);
    expect(m.stderr).toContain("staged changes");
    expect(f.git(["rev-parse", "main"])).toBe(before);
    expect(f.read("environments/staging/credit-default.yaml")).toContain("# mine");
  });

  it("leaves a file with local edits alone but brings its index entry to the merge, so a commit cannot revert it", async () => {
    await cli(["promote", "credit-default", "2.0.0", "--to", "staging"], f.dir);
    const file = "environments/staging/credit-default.yaml";
    f.write(file, `${f.read(file)}# a local note\n`);
    const m = await cli(["merge", "modelgate/promote/credit-default-staging-2.0.0", "--now", NOW], f.dir);
    expect(m.exitCode).toBe(0);
    expect(m.stderr).toContain(`left ${file} alone`);
    // a plain commit of something else keeps the merged version
    f.write("README.md", "readme\n");
    f.git(["add", "README.md"]);
    f.git(["commit", "-q", "-m", "README"]);
    expect(f.git(["show", `main:${file}`])).toContain("version: 2.0.0");
    // (trimmed " M": an unstaged edit, nothing staged)
    expect(f.git(["status", "--porcelain"])).toBe(`M ${file}`);
  });
});

describe("the registry cases of the bad-input corpus (tests/corpus/registry)", () => {
  const dir = join(import.meta.dirname, "..", "..", "..", "tests", "corpus", "registry");
  const cases = readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((n) => ({
      name: n,
      ...(JSON.parse(readFileSync(join(dir, n), "utf8")) as {
        args: string[];
        setup: string;
        exit: number;
        contains: string[];
        absent?: string[];
      }),
    }));

  it("holds the cases", () => expect(cases.length).toBeGreaterThanOrEqual(19));

  it("each gets its expected exit code and words, without a stack trace", async () => {
    // one registry, copied for each case (a case may change it)
    const copies = mkdtempSync(join(tmpdir(), "mg-corpus-"));
    try {
      for (const [i, c] of cases.entries()) {
        const dir = join(copies, String(i));
        execFileSync("cp", ["-a", f.dir, dir]);
        for (const step of c.setup.split("+")) {
          if (step === "promote-branch")
            expect((await cli(["promote", "credit-default", "2.0.0", "--to", "staging"], dir)).exitCode).toBe(
              0,
            );
          else if (step === "local-prs-file") {
            mkdirSync(join(dir, ".git", "modelgate"), { recursive: true });
            writeFileSync(join(dir, ".git", "modelgate", "local-prs"), "x\n");
          } else expect(step, c.name).toBe("registry");
        }
        const r = await cli(c.args, dir);
        const output = r.stdout + r.stderr;
        expect(r.exitCode, `${c.name}\n${output}`).toBe(c.exit);
        for (const word of c.contains) expect(output, c.name).toContain(word);
        for (const secret of c.absent ?? []) expect(output, c.name).not.toContain(secret);
        noStack(output);
      }
    } finally {
      rmSync(copies, { recursive: true, force: true });
    }
  }, 120_000);
});
