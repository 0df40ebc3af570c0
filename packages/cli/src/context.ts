import type { ExitCode } from "@modelgate/core";

/** Everything a command may touch of the outside world; tests pass their own. */
export interface CliContext {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

/** A command's action resolves to its exit code. */
export type CommandResult = Promise<ExitCode>;
