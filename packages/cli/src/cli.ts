import { ExitCode, redactCredentials, UserError } from "@modelgate/core";
import { Command, CommanderError } from "commander";
import { commands } from "./commands/index.js";
import type { CliContext, CommandResult } from "./context.js";

export const VERSION = "0.1.0";

/** Runs the modelgate command line and resolves to the process exit code. Never throws. */
export async function runCli(argv: string[], given: CliContext): Promise<number> {
  // every line the CLI prints passes here: a token in a URL never reaches the terminal or a CI log
  const ctx: CliContext = {
    ...given,
    stdout: { write: (s: string) => given.stdout.write(redactCredentials(s)) },
    stderr: { write: (s: string) => given.stderr.write(redactCredentials(s)) },
  };
  let exitCode: number = ExitCode.Ok;
  const program = new Command("modelgate")
    .description("GitOps for machine-learning models")
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    });

  const run = async (action: () => CommandResult): Promise<void> => {
    exitCode = await action();
  };
  for (const register of commands) register(program, ctx, run);

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    exitCode = reportError(error, ctx);
  }
  return exitCode;
}

function reportError(error: unknown, ctx: CliContext): number {
  if (error instanceof CommanderError) {
    // help and version end through exitOverride with code 0
    if (error.exitCode === 0) return ExitCode.Ok;
    return ExitCode.InputError;
  }
  if (error instanceof UserError) {
    ctx.stderr.write(`modelgate: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  ctx.stderr.write(`modelgate: internal error: ${message}\n`);
  return ExitCode.Internal;
}
