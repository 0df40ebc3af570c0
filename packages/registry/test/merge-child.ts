// Runs one local merge in its own process, so a test can kill it midway.
import { mergeChange, openRegistry } from "../src/index.js";

const [dir, branch] = process.argv.slice(2) as [string, string];
const reg = await openRegistry(dir);
await mergeChange(reg, branch, { now: new Date("2026-11-20T12:00:00Z") });
