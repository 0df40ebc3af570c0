// `pnpm bench [workload...]`: runs the registered workloads (bench/workloads/*.ts) and prints JSON.
import { mkdirSync, readdirSync } from "node:fs";
import { arch, cpus, totalmem } from "node:os";
import { join } from "node:path";
import type { Workload } from "./harness.js";

const dir = new URL("./workloads/", import.meta.url).pathname;
const workloads: Workload[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .sort()) {
  const mod = (await import(join(dir, file))) as { workload?: Workload };
  if (mod.workload) workloads.push(mod.workload);
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const unknown = wanted.filter((w) => !workloads.some((x) => x.name === w));
if (unknown.length > 0) {
  console.error(
    `unknown workload(s): ${unknown.join(", ")}; known: ${workloads.map((w) => w.name).join(", ")}`,
  );
  process.exit(2);
}
const selected = wanted.length > 0 ? workloads.filter((w) => wanted.includes(w.name)) : workloads;

const workRoot = join(process.cwd(), ".bench");
const results = [];
for (const w of selected) {
  const workDir = join(workRoot, w.name);
  mkdirSync(workDir, { recursive: true });
  console.error(`bench: ${w.name} ...`);
  try {
    results.push({ name: w.name, description: w.description, ...(await w.run({ workDir })) });
  } catch (error) {
    results.push({ name: w.name, description: w.description, error: String(error) });
    process.exitCode = 1;
  }
}

const machine = {
  node: process.version,
  arch: arch(),
  cpus: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
};
console.log(JSON.stringify({ machine, workloads: results }, null, 2));
