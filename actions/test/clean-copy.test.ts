// `uses: OWNER/modelgate/actions/<name>@<ref>` from a clean copy: the action folders, the
// committed bundles (actions/dist) and the engines' lockfile (actions/engines) copied alone into
// a temporary directory — no workspace node_modules, no pnpm, nothing built — and run from their
// action.yml as the runner does (./runner.ts). A pure-JS action runs as it is; an engine action
// first installs DuckDB and onnxruntime with npm ci from the committed lockfile.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyActions, readActionMetadata, runActionYml } from "./runner.js";

const root = new URL("../../", import.meta.url).pathname;
/** the engines stay installed here between runs (keyed by the lockfile's hash inside) */
const ENGINE_CACHE = join(root, "node_modules/.cache/modelgate-clean-copy");
const NETWORK = /E(NOTFOUND|AI_AGAIN|CONNREFUSED|CONNRESET|TIMEDOUT|NETUNREACH)|network|getaddrinfo/i;

const copy = copyActions();

describe("the actions from a clean copy of the repository", () => {
  it("holds no installed package: only action folders, bundles and the engines' lockfile", () => {
    expect(readdirSync(join(copy, "actions")).sort()).toEqual(
      expect.arrayContaining(["dist", "engines", "lint", "ml-test-score", "propose", "validate-data"]),
    );
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.name === "node_modules" || e.name === "src") found.push(join(dir, e.name));
        else if (e.isDirectory()) walk(join(dir, e.name));
      }
    };
    walk(join(copy, ".."));
    expect(found).toEqual([]);
    // nothing above the copy that node could resolve a package from
    expect(existsSync(join(tmpdir(), "node_modules"))).toBe(false);
    // every JavaScript action's main is a committed bundle
    for (const name of readdirSync(join(copy, "actions"))) {
      if (!existsSync(join(copy, "actions", name, "action.yml"))) continue;
      const meta = readActionMetadata(join(copy, "actions", name));
      if (meta.runs.using !== "composite") expect(meta.runs.main).toBe(`../dist/${name}.js`);
      expect(existsSync(join(copy, "actions/dist", `${name}.js`))).toBe(true);
    }
  });

  it("runs the lint action (pure JavaScript): annotations at file and line, outputs, exit 1", async () => {
    const workspace = mkdtempSync(join(tmpdir(), "mg-clean-lint-"));
    // the example registry's $schema comments point at the repository's schemas/
    cpSync(join(root, "examples/registry"), join(workspace, "examples/registry"), { recursive: true });
    cpSync(join(root, "schemas"), join(workspace, "schemas"), { recursive: true });
    const env = join(workspace, "examples/registry/environments/staging/credit-default.yaml");
    writeFileSync(env, `${readFileSync(env, "utf8")}replicas: 3\n`);
    const run = await runActionYml(join(copy, "actions/lint"), { paths: "examples/registry" }, { workspace });
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(1);
    const line = readFileSync(env, "utf8").split("\n").indexOf("replicas: 3") + 1;
    expect(run.stdout).toMatch(
      new RegExp(
        `^::error file=examples/registry/environments/staging/credit-default\\.yaml,line=${line},.*title=MG031::unknown field "replicas"`,
        "m",
      ),
    );
    expect(run.outputs.errors).toBe("1");
    expect(run.outputs.warnings).toBe("0");
    expect(Number(run.outputs.files)).toBeGreaterThan(5);
    expect(run.summary).toContain("1 error, 0 warnings");
    // a path that is not there, among others: exit 2 with the error at that path
    const missing = await runActionYml(
      join(copy, "actions/lint"),
      { paths: "examples/registry\nno/such.yaml" },
      { workspace },
    );
    expect(missing.exitCode).toBe(2);
    expect(missing.stdout).toMatch(
      /^::error file=no\/such\.yaml,line=1,.*title=MG001::no such file or directory/m,
    );
    expect(missing.outputs.errors).toBe("2");
  });

  it("refuses to run an engine action's bundle without its engines: exit 3, the fix named", async () => {
    const workspace = mkdtempSync(join(tmpdir(), "mg-clean-noengine-"));
    const bundle = join(copy, "actions/dist/validate-data.js");
    const env = { PATH: process.env.PATH ?? "", GITHUB_WORKSPACE: workspace };
    for (const extra of [{}, { MODELGATE_ENGINES: join(workspace, "nothing-here") }]) {
      const run = spawnSync(process.execPath, [bundle], {
        cwd: workspace,
        env: { ...env, ...extra },
        encoding: "utf8",
      });
      expect(run.status).toBe(3);
      expect(run.stderr).toBe("");
      expect(run.stdout).toMatch(
        /^::error::the engine @duckdb\/node-api is not installed (beside|in) .*: run the action through its action\.yml, which installs the engines from actions\/engines\/package-lock\.json\n$/,
      );
    }
  });

  it("runs the evaluate-model action (composite): engines from the lockfile, then the bundle", async (ctx) => {
    const workspace = mkdtempSync(join(tmpdir(), "mg-clean-evaluate-"));
    cpSync(join(root, "examples/models/credit-default"), join(workspace, "models"), { recursive: true });
    cpSync(join(root, "examples/data/test.csv"), join(workspace, "test.csv"));
    mkdirSync(ENGINE_CACHE, { recursive: true });
    const run = await runActionYml(
      join(copy, "actions/evaluate-model"),
      {
        model: "models/2.0.0/model.onnx",
        "model-name": "credit-default",
        version: "2.0.0",
        champion: "models/1.0.0/model.onnx",
        data: "test.csv",
        label: "default",
        features:
          "age, income, loan_amount, term_months, interest_rate, credit_score, debt_to_income, employment_years, num_open_accounts, num_delinquencies, revolving_utilization, has_cosigner",
        out: "evaluation.json",
      },
      { workspace, runnerTemp: ENGINE_CACHE, env: { GITHUB_SHA: "0".repeat(40) } },
    );
    const install = run.steps.find((s) => s.step.includes('install.mjs" install'));
    if (install?.exitCode !== 0 && NETWORK.test(run.stdout + run.stderr))
      return ctx.skip(`the npm registry is unreachable, engines not installed: ${run.stdout.slice(-300)}`);
    expect(run.steps.map((s) => s.exitCode)).toEqual([0, 0, 0, 0]);
    expect(run.stdout).toMatch(/modelgate engines: (already )?installed in .*modelgate-engines-[0-9a-f]{16}/);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe("pass");
    expect(run.outputs.report).toBe(join(workspace, "evaluation.json"));
    const report = JSON.parse(readFileSync(join(workspace, "evaluation.json"), "utf8"));
    expect(report.kind).toBe("evaluation");
    expect(run.summary).toMatch(/ROC AUC|roc_auc/);
  }, 600_000);
});
