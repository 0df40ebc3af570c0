// Enforces the one-way dependency direction of DESIGN.md:
// core <- data <- model; core <- registry; data, model, registry <- score <- github <- cli, actions
// (the README says the same).
// Checks both package.json dependencies and every `@modelgate/*` import in the sources.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const allowed: Record<string, string[]> = {
  core: [],
  data: ["core"],
  model: ["core", "data"],
  registry: ["core"],
  score: ["core", "data", "model", "registry"],
  github: ["core", "data", "model", "registry", "score"],
  cli: ["core", "data", "model", "registry", "score", "github"],
  actions: ["core", "data", "model", "registry", "score", "github"],
};

const root = new URL("..", import.meta.url).pathname;
const dirs: Record<string, string> = { actions: join(root, "actions") };
for (const name of readdirSync(join(root, "packages"))) dirs[name] = join(root, "packages", name);

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry === "dist") continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.(ts|mts|js|mjs)$/.test(entry)) yield path;
  }
}

const problems: string[] = [];
for (const [name, dir] of Object.entries(dirs)) {
  const ok = allowed[name];
  if (!ok) {
    problems.push(
      `${dir}: package "${name}" has no place in the dependency direction (scripts/check-deps.ts)`,
    );
    continue;
  }
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<string, unknown>;
  for (const field of ["dependencies", "devDependencies", "peerDependencies"]) {
    for (const dep of Object.keys((pkg[field] as Record<string, string> | undefined) ?? {})) {
      const target = dep.startsWith("@modelgate/") ? dep.slice("@modelgate/".length) : undefined;
      if (target && !ok.includes(target))
        problems.push(`${dir}/package.json: ${name} must not depend on ${dep}`);
    }
  }
  for (const file of sources(dir)) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(
      /from\s+["']@modelgate\/([a-z-]+)|import\(\s*["']@modelgate\/([a-z-]+)/g,
    )) {
      const target = match[1] ?? match[2];
      if (target && target !== name && !ok.includes(target)) {
        const line = text.slice(0, match.index).split("\n").length;
        problems.push(`${file}:${line}: ${name} must not import @modelgate/${target}`);
      }
    }
  }
}

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  process.exitCode = 1;
} else {
  console.log(`dependency direction ok (${Object.keys(dirs).length} packages)`);
}
