import * as nodeModule from "node:module";

// V8's compile cache (Node >= 22.1; absent before, so nothing happens there): later starts reuse
// the compiled code of the bundle's chunks instead of parsing them again. Enabled before the CLI
// is imported so that every chunk it loads is cached.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { runCli } = await import("./cli.js");

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
