// The engines (onnxruntime, DuckDB) of the check and deploy actions: their gate recomputes
// evaluations and data validations only when an environment's policy asks for it, so their
// composite action.yml installs the engines from actions/engines/package-lock.json only then.
// `node <bundle> --engines` is that decision (GITHUB_OUTPUT engines=true|false); the run itself
// asks `enginesMissing` before a re-run starts, and a missing engine blocks with the fix.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import * as core from "@actions/core";
import { hasCommit, type Registry, readConfig } from "@modelgate/registry";
import { asksForRecomputation } from "@modelgate/score";

/** This run was started to decide whether the engines are needed (`node <bundle> --engines`). */
export const DECIDING_ENGINES = process.argv.includes("--engines");

/**
 * Sets the output `engines`: true when the policy of any of these commits (the change's base
 * and head) asks for recomputation; a commit the checkout lacks is left out. A policy that
 * cannot be read counts as asking: the engines are then installed, and the gate itself reports
 * what is wrong with it.
 */
export async function decideEngines(registry: Registry, commits: string[]): Promise<void> {
  let needed = false;
  for (const commit of commits) {
    try {
      if (!/^[0-9a-f]{40}$/.test(commit) || !(await hasCommit(registry, commit))) continue;
      needed ||= asksForRecomputation(await readConfig(registry, commit));
    } catch {
      needed = true;
    }
  }
  core.setOutput("engines", String(needed));
  core.info(
    needed
      ? "modelgate: a policy asks for recomputation: the engines are installed"
      : "modelgate: no policy asks for recomputation: the engines are not needed",
  );
}

/**
 * Why the engines cannot be loaded here, or null: each one resolved from MODELGATE_ENGINES
 * (where the action installed them) or else beside the bundle, as the bundle loads them.
 */
export function enginesMissing(): string | null {
  const dir = process.env.MODELGATE_ENGINES;
  const from = createRequire(dir ? join(dir, "package.json") : import.meta.url);
  const manifest = new URL("../engines/package.json", import.meta.url);
  let engines: string[];
  try {
    engines = Object.keys(
      (JSON.parse(readFileSync(manifest, "utf8")) as { dependencies: Record<string, string> }).dependencies,
    );
  } catch {
    return `the engines' list (actions/engines/package.json) is not beside the action: use the action from the modelgate repository as published`;
  }
  const missing = engines.filter((e) => {
    try {
      from.resolve(e);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return null;
  return `the policy asks for recomputation, but the engines ${missing.join(" and ")} are not installed ${dir ? `in ${dir} (MODELGATE_ENGINES)` : "beside the action"}, so nothing can be re-run: run the action through its action.yml, which installs them from actions/engines/package-lock.json when a policy asks for recomputation`;
}
