import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../../packages/cli/test/helpers.js";
import { cleanup, GENERATED, type GeneratedCase } from "./generators.js";
import { SETUPS } from "./setup.js";

/**
 * The bad-input corpus: every *.json case under tests/corpus (any depth, registry/ aside) and every generated case
 * runs through the CLI in-process, in a fresh directory made by its "setup", and must end with
 * its exit code and output words. JSON form:
 *   {"args": [...], "setup": "demo-registry" | "empty-dir" | "examples", "exit": 2,
 *    "contains": ["..."], "excludes": ["..."], "maxMs": 10000}
 */
interface JsonCase {
  args: string[];
  setup?: string;
  exit: number;
  contains?: string[];
  excludes?: string[];
  maxMs?: number;
}

function jsonCases(dir: string): Array<[string, JsonCase]> {
  const out: Array<[string, JsonCase]> = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // registry/ has its own setups (a registry fixture with branches) and its own runner,
    // packages/cli/test/fences.test.ts, which also checks that secrets appear nowhere
    if (entry.isDirectory() && !(dir === import.meta.dirname && entry.name === "registry"))
      out.push(...jsonCases(path));
    else if (entry.name.endsWith(".json"))
      out.push([relative(import.meta.dirname, path), JSON.parse(readFileSync(path, "utf8")) as JsonCase]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

async function runCase(c: GeneratedCase): Promise<void> {
  const setup = SETUPS[c.setup];
  if (setup === undefined)
    throw new Error(`unknown setup "${c.setup}"; known: ${Object.keys(SETUPS).join(", ")}`);
  const dir = setup();
  try {
    c.make?.(dir);
    const start = performance.now();
    const run = await cli(c.args, dir);
    const ms = performance.now() - start;
    const output = `${run.stdout}${run.stderr}`;
    const shown = `exit ${run.exitCode} after ${Math.round(ms)} ms:\n${output.slice(0, 2000)}`;
    expect(run.exitCode, shown).toBe(c.exit);
    for (const word of c.contains) expect(output, shown).toContain(word);
    for (const word of c.excludes ?? []) expect(output, shown).not.toContain(word);
    // no stack trace, whatever the input
    expect(output, shown).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    if (c.maxMs !== undefined) expect(ms, shown).toBeLessThan(c.maxMs);
  } finally {
    cleanup(dir);
  }
}

describe("bad-input corpus", () => {
  for (const [file, c] of jsonCases(import.meta.dirname)) {
    it(file, () =>
      runCase({
        name: file,
        setup: c.setup ?? "empty-dir",
        args: c.args,
        exit: c.exit,
        contains: c.contains ?? [],
        ...(c.excludes ? { excludes: c.excludes } : {}),
        ...(c.maxMs !== undefined ? { maxMs: c.maxMs } : {}),
      }),
    );
  }
  for (const c of GENERATED) it(c.name, () => runCase(c));
});
