import { expectNoSecret } from "../../../tests/secret.js";
import { runCli } from "../src/cli.js";

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function cli(argv: string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const exitCode = await runCli(argv, {
    cwd,
    env: {},
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  // no run may print a credential the suite gave it (tests/secret.ts)
  expectNoSecret({ stdout, stderr }, `modelgate ${argv.join(" ")}`);
  return { exitCode, stdout, stderr };
}
