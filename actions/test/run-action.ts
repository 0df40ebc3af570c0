// Runs a bundled action the way the GitHub runner does: `node` on its entry with
// INPUT_* variables, a real event payload file, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expectNoSecret } from "../../tests/secret.js";

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export async function runAction(
  name: string,
  inputs: Record<string, string>,
  options: {
    cwd?: string;
    event?: unknown;
    eventName?: string;
    env?: Record<string, string>;
    /** arguments after the entry (`--engines`: the action.yml's first step) */
    args?: string[];
  } = {},
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), `action-${name}-`));
  const outputFile = join(dir, "output");
  const summaryFile = join(dir, "summary");
  const eventFile = join(dir, "event.json");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.eventName ?? "workflow_dispatch",
    GITHUB_WORKSPACE: options.cwd ?? process.cwd(),
    RUNNER_TEMP: dir,
    ...options.env,
  };
  // The runner upper-cases the name and keeps dashes: INPUT_FAIL-ON.
  for (const [key, value] of Object.entries(inputs))
    env[`INPUT_${key.replace(/ /g, "_").toUpperCase()}`] = value;
  const entry = new URL(`../dist/${name}.js`, import.meta.url).pathname;
  const { exitCode, stdout, stderr } = await spawnCollect(
    process.execPath,
    [entry, ...(options.args ?? [])],
    {
      cwd: options.cwd ?? process.cwd(),
      env,
    },
  );
  const outputs = readFileSync(outputFile, "utf8");
  const summary = readFileSync(summaryFile, "utf8");
  // nor its outputs and summary (tests/secret.ts); stdout and stderr are checked by spawnCollect
  expectNoSecret({ outputs, summary }, `the ${name} action`);
  return { exitCode, stdout, stderr, outputs: parseOutputs(outputs), summary };
}

/** Runs a program to its end, collecting what it printed. */
export function spawnCollect(
  file: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((done, reject) => {
    const child = spawn(file, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      // no program the suite runs may print a credential the suite gave it (tests/secret.ts)
      try {
        expectNoSecret({ stdout, stderr }, `${file} ${args.join(" ")}`);
      } catch (error) {
        reject(error);
        return;
      }
      done({ exitCode: code ?? -1, stdout, stderr });
    });
  });
}

/** Parses the heredoc format @actions/core writes: `name<<DELIM\nvalue\nDELIM`. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heredoc = /^([^<=]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? "");
      outputs[key as string] = value.join("\n");
    } else if (line.includes("=")) {
      const at = line.indexOf("=");
      outputs[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return outputs;
}
