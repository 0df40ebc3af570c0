// The bundled CLI requires its native engines beside itself when a command needs one: a copy of
// the bundle with no node_modules still starts, and a command that needs an engine says which one
// is missing and how to install it (exit 3, one line, no stack trace).
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";

const root = new URL("../../..", import.meta.url).pathname;
const ex = (p: string) => join(root, "examples", p);

it("a bundle without its engines starts, and names the missing engine and the fix", () => {
  // a space in the path: the message names the folder, not its file URL (%20)
  const dir = mkdtempSync(join(tmpdir(), "mg no-engines-"));
  cpSync(join(root, "packages/cli/dist"), join(dir, "dist"), { recursive: true });
  // without the NODE_PATH a package manager's script runner sets (require would search it)
  const { NODE_PATH: _, ...env } = process.env;
  const run = (args: string[]) =>
    spawnSync(process.execPath, [join(dir, "dist/modelgate.js"), ...args], {
      cwd: dir,
      encoding: "utf8",
      env,
    });
  expect(run(["--version"]).status).toBe(0);
  const lint = run(["lint", ex("registry/modelgate.yaml")]);
  expect([lint.status, lint.stderr]).toEqual([0, ""]);
  const cases: [string[], string][] = [
    [["profile", ex("data/serving.csv"), "--out", join(dir, "p.json")], "@duckdb/node-api"],
    [
      [
        ...["evaluate", "--model", ex("models/credit-default/2.0.0/model.onnx")],
        ...["--data", ex("data/test.csv"), "--label", "default", "--out", join(dir, "e.json")],
      ],
      // evaluate loads both engines; whichever its chunk loads first is named
      "(@duckdb/node-api|onnxruntime-node)",
    ],
  ];
  for (const [args, engine] of cases) {
    const r = run(args);
    expect(r.status, r.stderr).toBe(3);
    expect(r.stderr).toMatch(
      new RegExp(
        `^modelgate: the engine ${engine} is not installed beside ${dir}/dist/: reinstall modelgate with its dependencies \\(npm install modelgate, or pnpm install in its workspace\\)\n$`,
      ),
    );
  }
});
