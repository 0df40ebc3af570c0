// Runs an action from its action.yml the way the GitHub runner does, for an action folder
// anywhere on disk (a clean copy of the repository): every declared input as INPUT_<NAME>
// (given, else its default), then
// - `node20` / `node24`: node on `runs.main`, resolved from the action's folder;
// - `composite`: each step in order — `run` steps with bash (`--noprofile --norc -eo pipefail`),
//   their `${{ }}` expressions substituted, their own GITHUB_OUTPUT file read into
//   `steps.<id>.outputs`; `actions/cache` as a cache whose store is the path itself (a hit when
//   the folder is there, as after a restore); the action's outputs from their `value`.
// Expressions are property paths only (inputs, steps, github, runner, env), and a step's `if:`
// is one such path compared with a quoted string (`steps.x.outputs.y == 'true'`); anything else
// fails the test, so an action.yml cannot use what this runner does not understand.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseOutputs, spawnCollect } from "./run-action.js";

// yaml is a dependency of core, not of actions/: resolve it from there (as bench/ does)
const yaml = createRequire(new URL("../../packages/core/package.json", import.meta.url))("yaml") as {
  parse(source: string): unknown;
};

interface ActionInput {
  default?: string;
  required?: boolean;
}
interface Step {
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
export interface ActionMetadata {
  name: string;
  inputs?: Record<string, ActionInput>;
  outputs?: Record<string, { description: string; value?: string }>;
  runs: { using: string; main?: string; steps?: Step[] };
}

export interface RunnerResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** each step: what ran and its exit code (composite actions); skipped by its if: */
  steps: Array<{ step: string; exitCode: number; cacheHit?: boolean; skipped?: boolean }>;
}

export interface RunnerOptions {
  /** GITHUB_WORKSPACE and the working directory */
  workspace: string;
  /** RUNNER_TEMP (default a new temporary folder) */
  runnerTemp?: string;
  /** more environment: GITHUB_* and the like */
  env?: Record<string, string>;
}

export function readActionMetadata(actionDir: string): ActionMetadata {
  return yaml.parse(readFileSync(join(actionDir, "action.yml"), "utf8")) as ActionMetadata;
}

const EXPRESSION = /\$\{\{\s*(.*?)\s*\}\}/g;

/** `${{ a.b.c }}` substituted from the contexts; an expression that is not a known path throws. */
function substitute(text: string, contexts: Record<string, unknown>): string {
  return text.replace(EXPRESSION, (_, expression: string) => {
    if (!/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/.test(expression))
      throw new Error(`unsupported expression \${{ ${expression} }}: only property paths are understood`);
    const [head, ...rest] = expression.split(".");
    if (!(head! in contexts)) throw new Error(`unknown context in \${{ ${expression} }}`);
    let value: unknown = contexts[head!];
    for (const key of rest) value = (value as Record<string, unknown> | undefined)?.[key];
    return value === undefined || value === null ? "" : String(value);
  });
}

/** A step's `if:`: `<property path> == '<text>'` (or !=), nothing else. */
function condition(text: string, contexts: Record<string, unknown>): boolean {
  const m = /^([A-Za-z_][\w.-]*)\s*(==|!=)\s*'([^']*)'$/.exec(text.trim());
  if (!m) throw new Error(`unsupported if: ${text}: only <path> == '<text>' is understood`);
  const value = substitute(`\${{ ${m[1]} }}`, contexts);
  return (value === m[3]) === (m[2] === "==");
}

const repoRoot = new URL("../../", import.meta.url).pathname;

/**
 * The repository as `uses:` sees it, reduced to what the actions need: every action folder,
 * the committed bundles (actions/dist) and the engines' lockfile, copied into `dest` (default a
 * new temporary folder) — no sources, no node_modules. Returns the copy's root.
 */
export function copyActions(
  dest: string = join(mkdtempSync(join(tmpdir(), "mg-clean-copy-")), "modelgate"),
): string {
  const actions = join(repoRoot, "actions");
  for (const entry of readdirSync(actions, { withFileTypes: true })) {
    const dir = join(actions, entry.name);
    if (entry.isDirectory() && existsSync(join(dir, "action.yml")))
      cpSync(dir, join(dest, "actions", entry.name), { recursive: true });
  }
  cpSync(join(actions, "dist"), join(dest, "actions/dist"), { recursive: true });
  for (const file of ["package.json", "package-lock.json", "install.mjs"])
    cpSync(join(actions, "engines", file), join(dest, "actions/engines", file));
  return dest;
}

interface Prepared {
  meta: ActionMetadata;
  scratch: string;
  summaryFile: string;
  base: Record<string, string>;
  contexts: Record<string, unknown>;
  inputs: Record<string, string>;
}

function prepare(actionDir: string, given: Record<string, string>, options: RunnerOptions): Prepared {
  const meta = readActionMetadata(actionDir);
  const scratch = mkdtempSync(join(tmpdir(), "mg-runner-"));
  const runnerTemp = options.runnerTemp ?? scratch;
  const summaryFile = join(scratch, "summary");
  writeFileSync(summaryFile, "");
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? scratch,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTION_PATH: actionDir,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: "Linux",
    ...options.env,
  };
  const contexts: Record<string, unknown> = {
    github: {
      action_path: actionDir,
      workspace: options.workspace,
      token: base.GITHUB_TOKEN ?? "",
      sha: base.GITHUB_SHA ?? "",
      repository: base.GITHUB_REPOSITORY ?? "",
    },
    runner: { temp: runnerTemp, os: "Linux" },
    env: base,
    steps: {} as Record<string, { outputs: Record<string, string> }>,
  };
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(meta.inputs ?? {}))
    inputs[name] = given[name] ?? substitute(String(spec.default ?? ""), contexts);
  for (const name of Object.keys(given))
    if (!(name in (meta.inputs ?? {}))) throw new Error(`${meta.name} has no input ${name}`);
  contexts.inputs = inputs;
  return { meta, scratch, summaryFile, base, contexts, inputs };
}

/**
 * How the runner starts a JavaScript action (`node20` / `node24`): node on `runs.main`, every
 * input as INPUT_<NAME> (the runner upper-cases the name and keeps dashes: INPUT_FAIL-ON).
 */
export function nodeActionCommand(
  actionDir: string,
  given: Record<string, string>,
  options: RunnerOptions,
): {
  file: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  outputFile: string;
  summaryFile: string;
} {
  const { meta, scratch, summaryFile, base, inputs } = prepare(actionDir, given, options);
  if (meta.runs.using !== "node20" && meta.runs.using !== "node24")
    throw new Error(`${meta.name}: runs.using ${meta.runs.using} is not a JavaScript action`);
  const outputFile = join(scratch, "output");
  writeFileSync(outputFile, "");
  const env: Record<string, string> = { ...base, GITHUB_OUTPUT: outputFile };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const entry = resolve(actionDir, meta.runs.main ?? "");
  return { file: process.execPath, args: [entry], cwd: options.workspace, env, outputFile, summaryFile };
}

/** A composite `run` step as the runner starts it: bash on its script, its env, `${{ }}` substituted. */
function bashStep(
  step: Step,
  index: number,
  { scratch, base, contexts }: Pick<Prepared, "scratch" | "base" | "contexts">,
  options: RunnerOptions,
): { file: string; args: string[]; cwd: string; env: Record<string, string>; outputFile: string } {
  if (step.shell !== "bash") throw new Error(`step ${index + 1}: shell ${step.shell} (bash expected)`);
  const outputFile = join(scratch, `output-${index}`);
  writeFileSync(outputFile, "");
  const env: Record<string, string> = { ...base, GITHUB_OUTPUT: outputFile };
  for (const [key, value] of Object.entries(step.env ?? {})) env[key] = substitute(String(value), contexts);
  const script = join(scratch, `step-${index}.sh`);
  writeFileSync(script, substitute(step.run ?? "", contexts));
  return {
    file: "bash",
    args: ["--noprofile", "--norc", "-eo", "pipefail", script],
    cwd: options.workspace,
    env,
    outputFile,
  };
}

/**
 * How the runner starts the `run` step `id` of a composite action (bash on its script, as
 * runActionYml runs it), given the outputs of the steps before it (`steps.<id>.outputs`; a
 * step left out had none, as when its `if:` skipped it).
 */
export function compositeStepCommand(
  actionDir: string,
  given: Record<string, string>,
  options: RunnerOptions,
  id: string,
  earlier: Record<string, Record<string, string>> = {},
): { file: string; args: string[]; cwd: string; env: Record<string, string>; outputFile: string } {
  const prepared = prepare(actionDir, given, options);
  if (prepared.meta.runs.using !== "composite")
    throw new Error(`${prepared.meta.name}: runs.using ${prepared.meta.runs.using} is not composite`);
  const index = (prepared.meta.runs.steps ?? []).findIndex((s) => s.id === id);
  const step = prepared.meta.runs.steps?.[index];
  if (step === undefined || step.run === undefined)
    throw new Error(`${prepared.meta.name} has no run step with id ${id}`);
  prepared.contexts.steps = Object.fromEntries(
    Object.entries(earlier).map(([name, outputs]) => [name, { outputs }]),
  );
  return bashStep(step, index, prepared, options);
}

export async function runActionYml(
  actionDir: string,
  given: Record<string, string>,
  options: RunnerOptions,
): Promise<RunnerResult> {
  const meta = readActionMetadata(actionDir);
  if (meta.runs.using === "node20" || meta.runs.using === "node24") {
    const command = nodeActionCommand(actionDir, given, options);
    const run = await spawnCollect(command.file, command.args, command);
    return {
      ...run,
      outputs: parseOutputs(readFileSync(command.outputFile, "utf8")),
      summary: readFileSync(command.summaryFile, "utf8"),
      steps: [{ step: `node ${meta.runs.main}`, exitCode: run.exitCode }],
    };
  }
  const { scratch, summaryFile, base, contexts } = prepare(actionDir, given, options);
  if (meta.runs.using !== "composite") throw new Error(`runs.using ${meta.runs.using} is not supported`);

  const steps = contexts.steps as Record<string, { outputs: Record<string, string> }>;
  const result: RunnerResult = { exitCode: 0, stdout: "", stderr: "", outputs: {}, summary: "", steps: [] };
  for (const [index, step] of (meta.runs.steps ?? []).entries()) {
    if (step.if !== undefined && !condition(step.if, contexts)) {
      result.steps.push({ step: step.uses ?? (step.run ?? "").trim(), exitCode: 0, skipped: true });
      continue;
    }
    if (step.uses !== undefined) {
      if (!/^actions\/cache@/.test(step.uses)) throw new Error(`step ${index + 1}: uses ${step.uses}`);
      const path = substitute(step.with?.path ?? "", contexts);
      const hit = path !== "" && existsSync(path);
      if (step.id) steps[step.id] = { outputs: { "cache-hit": String(hit) } };
      result.steps.push({ step: step.uses, exitCode: 0, cacheHit: hit });
      continue;
    }
    const { file, args, env, outputFile } = bashStep(step, index, { scratch, base, contexts }, options);
    const run = await spawnCollect(file, args, { cwd: options.workspace, env });
    result.stdout += run.stdout;
    result.stderr += run.stderr;
    result.steps.push({ step: (step.run ?? "").trim(), exitCode: run.exitCode });
    if (step.id) steps[step.id] = { outputs: parseOutputs(readFileSync(outputFile, "utf8")) };
    if (run.exitCode !== 0) {
      result.exitCode = run.exitCode;
      break;
    }
  }
  for (const [name, spec] of Object.entries(meta.outputs ?? {}))
    result.outputs[name] = substitute(spec.value ?? "", contexts);
  result.summary = readFileSync(summaryFile, "utf8");
  return result;
}
