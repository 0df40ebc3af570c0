// cli-startup: how long the installed `modelgate` (the bundle in packages/cli/dist, built fresh
// here) takes to reach its first output for `--version` and for `lint` on one manifest, against
// bare `node -e 0` in the same run, and `lint` of a model.yaml of 90,000 flow-map keys (890 KB:
// refused at the YAML token limit; it took 2.4 s to lint before the limit). Each command runs
// RUNS times, interleaved so that all of them see the same machine load; figures are medians.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCli } from "../../scripts/build.js";
import { round, target, type Workload } from "../harness.js";

const RUNS = Number(process.env.MG_BENCH_STARTUP_RUNS ?? 15);
const LIMIT_SECONDS = 0.3;
const root = new URL("../..", import.meta.url).pathname;
const MANIFEST = join(root, "examples/registry/models/credit-default/model.yaml");

interface Timing {
  /** seconds from spawn to the first byte on stdout or stderr (exit time when silent) */
  firstOutput: number;
  /** seconds from spawn to exit */
  exit: number;
}

function time(args: string[], expectedCode = 0): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const since = () => Number(process.hrtime.bigint() - start) / 1e9;
    let first: number | undefined;
    let out = "";
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    const onData = (d: Buffer) => {
      first ??= since();
      out += d.toString();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("close", (code) => {
      const exit = since();
      if (code !== expectedCode)
        reject(new Error(`node ${args.join(" ")} exited with ${code}: ${out.trim()}`));
      else resolve({ firstOutput: first ?? exit, exit });
    });
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export const workload: Workload = {
  name: "cli-startup",
  description: `the bundled modelgate CLI: first output of --version and of lint on one manifest (median of ${RUNS} runs) vs bare node -e 0`,
  async run() {
    const bin = await buildCli();
    const dir = mkdtempSync(join(tmpdir(), "mg-bench-dense-"));
    const dense = join(dir, "models/credit-default/model.yaml");
    mkdirSync(join(dir, "models/credit-default"), { recursive: true });
    const keys = Array.from({ length: 90_000 }, (_, i) => `k${i}: v`).join(", ");
    writeFileSync(dense, readFileSync(MANIFEST, "utf8").replace(/^labels: .*$/m, `labels: {${keys}}`));
    const commands = {
      node: ["-e", "0"],
      version: [bin, "--version"],
      lint: [bin, "lint", MANIFEST],
      lintDense: [bin, "lint", dense],
    };
    // the dense manifest is refused (exit 1, MG016)
    const codes: Record<string, number> = { lintDense: 1 };
    const samples: Record<keyof typeof commands, Timing[]> = {
      node: [],
      version: [],
      lint: [],
      lintDense: [],
    };
    try {
      // one warm-up round (file cache), not counted
      for (const [name, args] of Object.entries(commands)) await time(args, codes[name]);
      for (let i = 0; i < RUNS; i++) {
        for (const [name, args] of Object.entries(commands)) {
          samples[name as keyof typeof commands].push(await time(args, codes[name]));
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const first = (name: keyof typeof commands) => median(samples[name].map((t) => t.firstOutput));
    const exit = (name: keyof typeof commands) => median(samples[name].map((t) => t.exit));
    const node = exit("node");
    return {
      figures: {
        runs: RUNS,
        versionFirstOutputSeconds: round(first("version")),
        versionExitSeconds: round(exit("version")),
        lintFirstOutputSeconds: round(first("lint")),
        lintExitSeconds: round(exit("lint")),
        versionOverNodeSeconds: round(first("version") - node),
        lintOverNodeSeconds: round(first("lint") - node),
        denseManifestLintExitSeconds: round(exit("lintDense")),
        denseOverLintSeconds: round(exit("lintDense") - exit("lint")),
      },
      baseline: {
        description: "bare `node -e 0`, start to exit, interleaved with the CLI runs",
        figures: { wallSeconds: round(node) },
      },
      ratio: round(first("lint") / node, 2),
      targets: {
        versionFirstOutputSeconds: target(first("version"), LIMIT_SECONDS),
        lintFirstOutputSeconds: target(first("lint"), LIMIT_SECONDS),
        denseManifestLintExitSeconds: target(exit("lintDense"), 1),
      },
      notes: [
        "ratio: lint's first output over node -e 0",
        `lint checks ${MANIFEST.slice(root.length)} (YAML with positions, its JSON Schema compiled on first use, cross-field checks)`,
        "lintDense: a model.yaml of 90,000 flow-map keys (890 KB), refused at the 100,000-token limit by yaml's lexer before its parser runs",
        "the CLI is packages/cli/dist/modelgate.js, the bin of the published package, rebuilt by this workload",
      ],
    };
  },
};
