// action-startup: the cold start of each pure-JavaScript action (every actions/*/action.yml
// with runs.using node20/node24) from a clean copy of the repository — the action folders and
// the committed bundles alone, as `uses: OWNER/modelgate/actions/<name>@<tag>` gets them — to its
// first output, against bare `node -e 0` in the same run. The runner's way of starting it:
// node on runs.main with INPUT_* (defaults applied) and GITHUB_* (actions/test/runner.ts).
// Each runs RUNS times, interleaved with the baseline so all see the same load; medians.
//
// Two runs per action. A small real job: lint, one manifest (its first output is the annotation
// of a warning); ml-test-score, the score of a fixture registry (a notice); any other action with
// no inputs. And the pure cold start: inputs it refuses at once, so its first output is that
// error, reached after the bundle is loaded and before any work (propose: "kind"; lint: a
// missing path). Nothing here talks to a network.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { copyActions, nodeActionCommand, readActionMetadata } from "../../actions/test/runner.js";
import { buildActions } from "../../scripts/build.js";
import { round, target, type Workload } from "../harness.js";

const RUNS = Number(process.env.MG_BENCH_STARTUP_RUNS ?? 15);
const LIMIT_SECONDS = 0.5;
const root = new URL("../..", import.meta.url).pathname;

interface Timing {
  firstOutput: number;
  exit: number;
  /** the first line written (stdout or stderr) */
  firstLine: string;
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
    child.on("close", () => {
      const exit = since();
      resolve({ firstOutput: first ?? exit, exit, firstLine });
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
  description: `each pure-JS action from a clean copy (node on its committed bundle): first output (median of ${RUNS} runs) vs bare node -e 0`,
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
    const commands = names.flatMap((name) => [
      { name, ...nodeActionCommand(join(copy, "actions", name), inputs[name] ?? {}, { workspace, env }) },
      {
        name: `${name}:refused`,
        ...nodeActionCommand(join(copy, "actions", name), refused[name] ?? {}, { workspace, env }),
      },
    ]);
    const samples = new Map<string, Timing[]>([
      ["node", []],
      ...commands.map((c) => [c.name, []] as [string, Timing[]]),
    ]);
    const nodeEnv = { PATH: process.env.PATH ?? "" };
    const firstLines: Record<string, string> = {};
    // one warm-up round (file cache), not counted; it also records each action's first line
    for (const c of commands) firstLines[c.name] = (await time(c.file, c.args, c.cwd, c.env)).firstLine;
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
    const slowest = names.reduce((a, b) => (first(a) >= first(b) ? a : b));
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
        ...names.flatMap((n) => [
          `${n}: inputs ${JSON.stringify(inputs[n] ?? {})}, first output ${firstLines[n]!.slice(0, 160)}`,
          `${n} (startup): inputs ${JSON.stringify(refused[n] ?? {})}, first output ${firstLines[`${n}:refused`]!.slice(0, 160)}`,
        ]),
      ],
    };
  },
};
