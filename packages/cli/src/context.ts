import type { ExitCode } from "@modelgate/core";

/** Everything a command may touch of the outside world; tests pass their own. */
export interface CliContext {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(chunk: string): unknown };
  /** `isTTY` and `columns` as a terminal's stream has them: progress draws a bar there. */
  stderr: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
}

/** A command's action resolves to its exit code. */
export type CommandResult = Promise<ExitCode>;
