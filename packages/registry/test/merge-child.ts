// Runs one local merge in its own process, so a test can kill it midway or race two of them.
// Prints "merged", "blocked" or the error's name, and exits 0 only when merged.
import { mergeChange, openRegistry } from "../src/index.js";

const [dir, branch] = process.argv.slice(2) as [string, string];
try {
  const reg = await openRegistry(dir);
  process.stdout.write("ready\n");
  const result = await mergeChange(reg, branch, { now: new Date("2026-11-20T12:00:00Z") });
  process.stdout.write(result.merged ? "merged\n" : "blocked\n");
  process.exitCode = result.merged ? 0 : 1;
} catch (error) {
  process.stdout.write(`${(error as Error).name}: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
