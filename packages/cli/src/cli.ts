import type { ExitCode } from "@modelgate/core";
// a small module of its own, so `--version` still loads nothing else of core
import { redactCredentials } from "@modelgate/core/redact";
import { Command, CommanderError } from "commander";
import pkg from "../package.json" with { type: "json" };
import { modulesFor } from "./commands/index.js";
import type { CliContext, CommandResult } from "./context.js";

/** The published package's version, so `--version` names what was installed. */
export const VERSION: string = pkg.version;

// `--version` and `--help` end here without loading @modelgate/core (YAML, JSON Schema):
// core is imported only when a command or an error needs it. The values are ExitCode's.
const OK: ExitCode = 0;
const INPUT_ERROR: ExitCode = 2;

/** Runs the modelgate command line and resolves to the process exit code. Never throws. */
export async function runCli(argv: string[], given: CliContext): Promise<number> {
  // every line the CLI prints passes here: a token in a URL never reaches the terminal or a CI log
  const ctx: CliContext = {
    ...given,
    stdout: { write: (s: string) => given.stdout.write(redactCredentials(s)) },
    stderr: {
      write: (s: string) => given.stderr.write(redactCredentials(s)),
      ...(given.stderr.isTTY !== undefined ? { isTTY: given.stderr.isTTY } : {}),
      ...(given.stderr.columns !== undefined ? { columns: given.stderr.columns } : {}),
    },
  };
  let exitCode: number = OK;
  const program = new Command("modelgate")
    .description("GitOps for machine-learning models")
    .version(VERSION)
    // the program's own --version counts only before the command name, so that
    // `evaluate --version V` and `register --version V` reach their command whichever files load
    .enablePositionalOptions()
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    });

  const run = async (action: () => CommandResult): Promise<void> => {
    exitCode = await action();
  };
  try {
    const registrars = await Promise.all(modulesFor(argv).map((m) => m.load()));
    for (const register of registrars) register(program, ctx, run);
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    exitCode = await reportError(error, ctx);
  }
  return exitCode;
}

async function reportError(error: unknown, ctx: CliContext): Promise<number> {
  if (error instanceof CommanderError) {
    // help and version end through exitOverride with code 0
    return error.exitCode === 0 ? OK : INPUT_ERROR;
  }
  const { ExitCode, UserError } = await import("@modelgate/core");
  if (error instanceof UserError) {
    ctx.stderr.write(`modelgate: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  ctx.stderr.write(`modelgate: internal error: ${message}\n`);
  return ExitCode.Internal;
}
