// action-startup: the cold start of each action's bundle from a clean copy of the repository —
// the action folders and the committed bundles alone, as `uses: OWNER/modelgate/actions/<name>@<tag>`
// gets them — to its first output, against bare `node -e 0` in the same run. Each runs RUNS
// times, interleaved with the baseline so all see the same load; medians.
//
// The pure-JavaScript actions (runs.using node20/node24), started as the runner starts them:
// node on runs.main with INPUT_* (defaults applied) and GITHUB_* (actions/test/runner.ts). Two
// runs each. A small real job: lint, one manifest (its first output is the annotation of a
// warning); ml-test-score, the score of a fixture registry (a notice); any other action with no
// inputs. And the pure cold start: inputs it refuses at once, so its first output is that
// error, reached after the bundle is loaded and before any work (propose: "kind"; lint: a
// missing path).
//
// The composite check and deploy actions: their bundle steps as the runner runs them (bash on
// the step's script with the step's env, compositeStepCommand in actions/test/runner.ts). The
// engines step (`node dist/<name>.js --engines`) on a minimal real event — a pull request, or a
// push to main, whose commits are in a git copy of a fixture registry — reads the policies and
// decides whether the engines are needed (its first output is that decision); the engines step
// and the main step on an unknown event (workflow_dispatch), which each refuses at once: the
// pure cold start. No engines are installed (the decision alone is timed), and nothing here
// talks to a network.
//
// The composite validate-data and evaluate-model: their main step (`node dist/<name>.js`) as the
// runner runs it, with MODELGATE_ENGINES naming the workspace's actions folder (the engines its
// tests run with) in place of the install steps, which download: a pure cold start (no schema or
// model given: refused after the bundle and its engine are loaded) and a small real job (the
// example serving data against the loans schema; the example model on 5,000 rows).
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  compositeStepCommand,
  copyActions,
  nodeActionCommand,
  readActionMetadata,
} from "../../actions/test/runner.js";
import { buildActions } from "../../scripts/build.js";
import { round, target, type Workload } from "../harness.js";

const RUNS = Number(process.env.MG_BENCH_STARTUP_RUNS ?? 15);
const LIMIT_SECONDS = 0.5;
/** the composite actions whose bundle steps are timed */
const COMPOSITE = ["check", "deploy"];
/** the composite actions that need an engine: their main step, timed with the workspace's engines */
const WITH_ENGINES = ["validate-data", "evaluate-model"];
const root = new URL("../..", import.meta.url).pathname;

interface Timing {
  firstOutput: number;
  exit: number;
  /** the first line written (stdout or stderr) */
  firstLine: string;
  code: number | null;
}

function time(file: string, args: string[], cwd: string, env: Record<string, string>): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const since = () => Number(process.hrtime.bigint() - start) / 1e9;
    let first: number | undefined;
    let firstLine = "";
    const child = spawn(file, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const onData = (d: Buffer) => {
      if (first === undefined) {
        first = since();
        firstLine = d.toString().split("\n")[0] ?? "";
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("close", (code) => {
      const exit = since();
      resolve({ firstOutput: first ?? exit, exit, firstLine, code });
    });
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export const workload: Workload = {
  name: "action-startup",
  description: `each pure-JS action, and the bundle steps of the composite check and deploy, from a clean copy: first output (median of ${RUNS} runs) vs bare node -e 0`,
  async run({ workDir }) {
    await buildActions();
    rmSync(workDir, { recursive: true, force: true });
    const copy = copyActions(join(workDir, "modelgate"));
    const workspace = join(workDir, "workspace");
    mkdirSync(workspace, { recursive: true });
    // a manifest whose relative $schema comment points nowhere here: lint's first output is that
    // warning (MG022; the example itself carries the schema's URL)
    writeFileSync(
      join(workspace, "model.yaml"),
      readFileSync(join(root, "examples/registry/models/credit-default/model.yaml"), "utf8").replace(
        /^# yaml-language-server: \$schema=\S+/,
        "# yaml-language-server: $schema=../../schemas/model.schema.json",
      ),
    );
    cpSync(join(root, "packages/score/test/fixtures/registry"), join(workspace, "registry"), {
      recursive: true,
    });
    const inputs: Record<string, Record<string, string>> = {
      lint: { paths: "model.yaml" },
      "ml-test-score": { model: "credit-default", registry: "registry", out: "score.json" },
    };
    const env = {
      GITHUB_TOKEN: "bench-token-not-used",
      GITHUB_REPOSITORY: "acme/registry",
      GITHUB_SERVER_URL: "http://127.0.0.1:9",
      GITHUB_API_URL: "http://127.0.0.1:9",
      GITHUB_EVENT_NAME: "workflow_dispatch",
      GITHUB_EVENT_PATH: join(workspace, "event.json"),
    };
    writeFileSync(env.GITHUB_EVENT_PATH, "{}");
    const names = readdirSync(join(copy, "actions"))
      .filter((n) => existsSync(join(copy, "actions", n, "action.yml")))
      .filter((n) => /^node\d+$/.test(readActionMetadata(join(copy, "actions", n)).runs.using))
      .sort();
    // the pure cold start: inputs each action refuses at once (its first output is that error)
    const refused: Record<string, Record<string, string>> = { lint: { paths: "missing.yaml" } };
    const commands: Array<{
      name: string;
      file: string;
      args: string[];
      cwd: string;
      env: Record<string, string>;
    }> = names.flatMap((name) => [
      { name, ...nodeActionCommand(join(copy, "actions", name), inputs[name] ?? {}, { workspace, env }) },
      {
        name: `${name}:refused`,
        ...nodeActionCommand(join(copy, "actions", name), refused[name] ?? {}, { workspace, env }),
      },
    ]);
    // check and deploy: a git copy of the fixture registry, one commit, and the events that name it
    const gitRegistry = join(workspace, "registry-git");
    cpSync(join(root, "packages/score/test/fixtures/registry"), gitRegistry, { recursive: true });
    const git = (...args: string[]) =>
      execFileSync(
        "git",
        ["-C", gitRegistry, "-c", "user.name=bench", "-c", "user.email=bench@bench", ...args],
        {
          encoding: "utf8",
        },
      ).trim();
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-qm", "registry");
    const sha = git("rev-parse", "HEAD");
    const events: Record<string, [name: string, payload: unknown]> = {
      check: [
        "pull_request",
        { pull_request: { number: 1, base: { sha }, head: { sha }, merge_commit_sha: sha } },
      ],
      deploy: ["push", { before: sha, after: sha, ref: "refs/heads/main" }],
    };
    const composite = COMPOSITE.filter(
      (n) => readActionMetadata(join(copy, "actions", n)).runs.using === "composite",
    );
    if (composite.length !== COMPOSITE.length)
      throw new Error(`${COMPOSITE.join(" and ")} are expected to be composite actions`);
    for (const name of composite) {
      const [eventName, payload] = events[name]!;
      const eventFile = join(workspace, `event-${name}.json`);
      writeFileSync(eventFile, JSON.stringify(payload));
      const real = { workspace, env: { ...env, GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: eventFile } };
      const dir = join(copy, "actions", name);
      const given = { "registry-path": "registry-git" };
      // the engines step on the real event, then both bundle steps on the unknown one (the main
      // step after an engines step that decided none: steps.engines had no outputs)
      commands.push(
        { name: `${name}:engines`, ...compositeStepCommand(dir, given, real, "decide") },
        {
          name: `${name}:engines:refused`,
          ...compositeStepCommand(dir, given, { workspace, env }, "decide"),
        },
        { name: `${name}:refused`, ...compositeStepCommand(dir, given, { workspace, env }, "run") },
      );
    }
    const withEngines = WITH_ENGINES.filter(
      (n) => readActionMetadata(join(copy, "actions", n)).runs.using === "composite",
    );
    if (withEngines.length !== WITH_ENGINES.length)
      throw new Error(`${WITH_ENGINES.join(" and ")} are expected to be composite actions`);
    cpSync(join(root, "examples"), join(workspace, "examples"), { recursive: true });
    const jobs: Record<string, Record<string, string>> = {
      "validate-data": {
        schema: "examples/registry/datasets/loans/schema.yaml",
        data: "examples/data/serving.csv",
        environment: "serving",
        out: "validation.json",
      },
      "evaluate-model": {
        model: "examples/models/credit-default/2.0.0/model.onnx",
        "model-name": "credit-default",
        version: "2.0.0",
        data: "examples/data/test.csv",
        label: "default",
        features:
          "age,income,loan_amount,term_months,interest_rate,credit_score,debt_to_income,employment_years,num_open_accounts,num_delinquencies,revolving_utilization,has_cosigner",
        out: "evaluation.json",
      },
    };
    const engines = { engines: { dir: join(root, "actions") } };
    for (const name of withEngines) {
      const dir = join(copy, "actions", name);
      commands.push(
        {
          name: `${name}:run`,
          ...compositeStepCommand(dir, jobs[name]!, { workspace, env }, "run", engines),
        },
        { name: `${name}:run:refused`, ...compositeStepCommand(dir, {}, { workspace, env }, "run", engines) },
      );
    }
    const samples = new Map<string, Timing[]>([
      ["node", []],
      ...commands.map((c) => [c.name, []] as [string, Timing[]]),
    ]);
    const nodeEnv = { PATH: process.env.PATH ?? "" };
    const firstLines: Record<string, string> = {};
    // one warm-up round (file cache), not counted; it also records each action's first line
    for (const c of commands) {
      const warm = await time(c.file, c.args, c.cwd, c.env);
      firstLines[c.name] = warm.firstLine;
      // a real job that fails would time its error, not the job
      if (withEngines.some((n) => c.name === `${n}:run`) && warm.code !== 0)
        throw new Error(`${c.name} exited ${warm.code}: ${warm.firstLine}`);
    }
    for (let i = 0; i < RUNS; i++) {
      samples.get("node")!.push(await time(process.execPath, ["-e", "0"], workspace, nodeEnv));
      for (const c of commands) samples.get(c.name)!.push(await time(c.file, c.args, c.cwd, c.env));
    }
    const first = (n: string) => median(samples.get(n)!.map((t) => t.firstOutput));
    const exit = (n: string) => median(samples.get(n)!.map((t) => t.exit));
    const node = exit("node");
    const figures: Record<string, number> = { runs: RUNS };
    const targets: Record<string, ReturnType<typeof target>> = {};
    for (const n of names) {
      figures[`${n}FirstOutputSeconds`] = round(first(n));
      figures[`${n}ExitSeconds`] = round(exit(n));
      figures[`${n}OverNodeSeconds`] = round(first(n) - node);
      figures[`${n}BundleMB`] = round(
        readFileSync(join(copy, "actions/dist", `${n}.js`)).length / 2 ** 20,
        2,
      );
      figures[`${n}StartupSeconds`] = round(first(`${n}:refused`));
      targets[`${n}FirstOutputSeconds`] = target(first(n), LIMIT_SECONDS);
      targets[`${n}StartupSeconds`] = target(first(`${n}:refused`), LIMIT_SECONDS);
    }
    for (const n of composite) {
      figures[`${n}EnginesFirstOutputSeconds`] = round(first(`${n}:engines`));
      figures[`${n}EnginesExitSeconds`] = round(exit(`${n}:engines`));
      figures[`${n}EnginesOverNodeSeconds`] = round(first(`${n}:engines`) - node);
      figures[`${n}EnginesStartupSeconds`] = round(first(`${n}:engines:refused`));
      figures[`${n}StartupSeconds`] = round(first(`${n}:refused`));
      figures[`${n}StartupExitSeconds`] = round(exit(`${n}:refused`));
      figures[`${n}BundleMB`] = round(
        readFileSync(join(copy, "actions/dist", `${n}.js`)).length / 2 ** 20,
        2,
      );
      targets[`${n}EnginesFirstOutputSeconds`] = target(first(`${n}:engines`), LIMIT_SECONDS);
      targets[`${n}StartupSeconds`] = target(first(`${n}:refused`), LIMIT_SECONDS);
    }
    for (const n of withEngines) {
      figures[`${n}FirstOutputSeconds`] = round(first(`${n}:run`));
      figures[`${n}ExitSeconds`] = round(exit(`${n}:run`));
      figures[`${n}StartupSeconds`] = round(first(`${n}:run:refused`));
      figures[`${n}BundleMB`] = round(
        readFileSync(join(copy, "actions/dist", `${n}.js`)).length / 2 ** 20,
        2,
      );
      targets[`${n}StartupSeconds`] = target(first(`${n}:run:refused`), LIMIT_SECONDS);
    }
    const timed = [...names, ...composite.map((n) => `${n}:engines`)];
    const slowest = timed.reduce((a, b) => (first(a) >= first(b) ? a : b));
    return {
      figures,
      baseline: {
        description: "bare `node -e 0`, start to exit, interleaved with the action runs",
        figures: { wallSeconds: round(node) },
      },
      ratio: round(first(slowest) / node, 2),
      targets,
      notes: [
        `ratio: the slowest action's first output (${slowest}) over node -e 0`,
        `actions: ${names.join(", ")} (node on actions/dist/<name>.js from a copy of the action folders and bundles alone)`,
        "<name>FirstOutputSeconds: a small real job; <name>StartupSeconds: inputs it refuses at once (load, parse, input check)",
        `composite: ${composite.join(", ")}, each bundle step run as the runner runs it (bash on the step's script); <name>EnginesFirstOutputSeconds: the engines step (--engines) on a minimal real event; <name>EnginesStartupSeconds and <name>StartupSeconds: the engines step and the main step on an unknown event (refused at once)`,
        ...composite.flatMap((n) => [
          `${n} (engines, ${events[n]![0]}): inputs {"registry-path":"registry-git"}, first output ${firstLines[`${n}:engines`]!.slice(0, 160)}`,
          `${n} (engines, startup): first output ${firstLines[`${n}:engines:refused`]!.slice(0, 160)}`,
          `${n} (main step, startup): first output ${firstLines[`${n}:refused`]!.slice(0, 160)}`,
        ]),
        `with engines: ${withEngines.join(", ")}, the main step as the runner runs it, MODELGATE_ENGINES the workspace's actions folder; <name>StartupSeconds: no inputs (refused once the bundle and its engine are loaded), <name>FirstOutputSeconds and ExitSeconds: a small real job`,
        ...withEngines.flatMap((n) => [
          `${n}: inputs ${JSON.stringify(jobs[n])}, first output ${firstLines[`${n}:run`]!.slice(0, 160)}`,
          `${n} (startup): first output ${firstLines[`${n}:run:refused`]!.slice(0, 160)}`,
        ]),
        ...names.flatMap((n) => [
          `${n}: inputs ${JSON.stringify(inputs[n] ?? {})}, first output ${firstLines[n]!.slice(0, 160)}`,
          `${n} (startup): inputs ${JSON.stringify(refused[n] ?? {})}, first output ${firstLines[`${n}:refused`]!.slice(0, 160)}`,
        ]),
      ],
    };
  },
};
