// docs/guide.md, run verbatim: every command of its ```sh blocks, in order, in one shell on a
// fresh directory holding the user's files (the example data and models, as its ```console
// block copies them), with the built CLI (packages/cli/dist, bundled by the test setup) on PATH
// as `modelgate`. Each command must exit as the guide says (0 unless its line ends with
// `# exit N`); every `next:` hint a command prints must run as printed — the guide runs it
// later, or (a read-only hint) this test runs it at once; every `lint` reports nothing.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../..");
const work = mkdtempSync(join(tmpdir(), "mg-guide-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Command {
  text: string;
  /** the exit code the guide states (default 0) */
  exit: number;
}

/** The commands of a Markdown text's ```sh blocks: continued lines and here-documents joined. */
function guideCommands(markdown: string): Command[] {
  const out: Command[] = [];
  for (const block of markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)) {
    const lines = block[1]!.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
      const parts = [line];
      while (parts[parts.length - 1]!.endsWith("\\") && i + 1 < lines.length) parts.push(lines[++i]!);
      const heredoc = /<<-?\s*'?(\w+)'?/.exec(parts.join("\n"))?.[1];
      if (heredoc)
        while (i + 1 < lines.length && parts[parts.length - 1] !== heredoc) parts.push(lines[++i]!);
      const text = parts.join("\n");
      const exit = /#\s*exit (\d+)\s*$/.exec(parts[0]!)?.[1];
      out.push({ text, exit: exit === undefined ? 0 : Number(exit) });
    }
  }
  return out;
}

/** The commands a `next:` hint names, in order ("a   then   b", "cd x && b"). */
function hinted(output: string): string[] {
  return [...output.matchAll(/^\s*next: (.+)$/gm)].flatMap((m) =>
    m[1]!.split(/\s{2,}then\s{2,}|\s+&&\s+/).map((c) => c.trim()),
  );
}

const READ_ONLY = /^modelgate (check|lint|status|history|metrics)\b/;

describe("docs/guide.md, run verbatim", () => {
  it("takes a new registry from init to a rolled-back model, every command as the guide says", () => {
    const commands = guideCommands(readFileSync(join(root, "docs/guide.md"), "utf8"));
    expect(commands.length).toBeGreaterThan(30);

    // the user's folder, as the guide's console block makes it
    const proj = join(work, "proj");
    cpSync(join(root, "examples/data"), join(proj, "data"), { recursive: true });
    cpSync(join(root, "examples/models/credit-default"), join(proj, "models"), { recursive: true });
    const bin = join(work, "bin");
    mkdirSync(bin);
    const shim = join(bin, "modelgate");
    writeFileSync(
      shim,
      `#!/bin/sh\nexec "${process.execPath}" "${join(root, "packages/cli/dist/modelgate.js")}" "$@"\n`,
    );
    chmodSync(shim, 0o755);

    // one shell runs them all (cd carries over); after each, a marker with its exit code
    const script = commands.map((c, i) => `${c.text}\necho "@@guide ${i} $?"`).join("\n");
    const home = join(work, "home");
    mkdirSync(home);
    const run = spawnSync("bash", ["-c", `exec 2>&1\n${script}`], {
      cwd: proj,
      encoding: "utf8",
      env: {
        PATH: `${bin}:${process.env.PATH}`,
        HOME: home,
        GIT_CONFIG_NOSYSTEM: "1",
        GIT_AUTHOR_NAME: "Dana Data",
        GIT_AUTHOR_EMAIL: "dana@example.com",
        GIT_COMMITTER_NAME: "Dana Data",
        GIT_COMMITTER_EMAIL: "dana@example.com",
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.error).toBeUndefined();

    // each command's output and exit code, from the markers
    const results: { output: string; exit: number | null }[] = commands.map(() => ({
      output: "",
      exit: null,
    }));
    let from = 0;
    for (const m of run.stdout.matchAll(/^@@guide (\d+) (\d+)$/gm)) {
      results[Number(m[1])] = { output: run.stdout.slice(from, m.index), exit: Number(m[2]) };
      from = m.index! + m[0].length + 1;
    }
    commands.forEach((c, i) => {
      const r = results[i]!;
      expect(r.exit, `command ${i + 1}: ${c.text}\n${r.output}`).toBe(c.exit);
      if (/^modelgate lint\b/.test(c.text)) expect(r.output, c.text).toMatch(/: 0 errors, 0 warnings\n$/);
    });

    // every printed next: hint runs as printed (a <login> placeholder stands for the approver's login)
    const later = (i: number) => commands.slice(i + 1).map((c) => c.text);
    const filled = (hint: string) =>
      new RegExp(`^${hint.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace("<login>", "[a-z0-9-]+")}$`);
    const registry = join(proj, "ml-registry");
    commands.forEach((c, i) => {
      for (const hint of hinted(results[i]!.output)) {
        if (later(i).some((text) => filled(hint).test(text))) continue;
        expect(hint, `a hint of "${c.text}" that the guide does not run`).toMatch(READ_ONLY);
      }
    });
    // what the guide says a few commands print
    const said = (start: string) => results[commands.findIndex((c) => c.text.startsWith(start))]!.output;
    expect(said("modelgate validate-data")).toMatch(/^pass: 5000 rows, 0 errors, 0 warnings/m);
    expect(said("modelgate validate-data")).toMatch(/^ {2}info out-of-range \[income\]/m);
    expect(said("modelgate evaluate --registry . --model-name loans-default --version 1.0.0")).toMatch(
      /^evaluation of loans-default@1\.0\.0: pass/m,
    );
    // no hint after a change the command merged itself
    const rollback = commands.findIndex(
      (c) => c.text.startsWith("modelgate rollback") && c.text.includes("--merge"),
    );
    expect(results[rollback]!.output).not.toMatch(/next:/);
    expect(results[rollback]!.output).toContain("rolled back in");

    // where it ended: the canary is gone, 1.0.0 serves all of production, 2.0.0 stays in staging, no branch left over
    const status = results[commands.findLastIndex((c) => c.text === "modelgate status")]!.output;
    expect(status).toMatch(/staging\s+2\.0\.0/);
    expect(status).toMatch(/production\s+1\.0\.0\n/);
    const git = (...args: string[]) =>
      spawnSync("git", args, { cwd: registry, encoding: "utf8", env: { PATH: process.env.PATH } }).stdout;
    expect(git("branch", "--list", "modelgate/*")).toBe("");
    expect(git("status", "--porcelain")).toBe("");
    const history = results[commands.findIndex((c) => c.text.startsWith("modelgate history"))]!.output;
    expect(history).toMatch(/rollback/);
    const again = JSON.parse(readFileSync(join(proj, "reports/2.0.0/again.json"), "utf8"));
    expect(again.parity?.comparedRows).toBe(5000);
    expect(again.inputs.map((x: { role: string; uri: string }) => `${x.role} ${x.uri}`)).toContain(
      "reference file:artifacts/loans-default/2.0.0/reference-predictions.csv",
    );
  }, 300_000);
});
