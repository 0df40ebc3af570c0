import type { Command } from "commander";
import type { CliContext, CommandResult } from "../context.js";

/**
 * One entry per command file. A command registers itself on the program and hands
 * its action to `run`, which maps the resolved exit code and any thrown error.
 */
export type CommandGroup = (
  program: Command,
  ctx: CliContext,
  run: (action: () => CommandResult) => Promise<void>,
) => void;

/**
 * A command file, loaded only when one of its commands runs (or for the full help), so that
 * `--version` and `lint` never load DuckDB, onnxruntime or git. `names` are the top-level
 * commands the file registers; a test checks them against what it really registers, and a
 * name missing here only costs start-up time: an unknown word loads every file.
 */
export interface CommandModule {
  names: readonly string[];
  load(): Promise<CommandGroup>;
}

export const commandModules: readonly CommandModule[] = [
  { names: ["init"], load: async () => (await import("./init.js")).initCommands },
  { names: ["lint"], load: async () => (await import("./lint.js")).lintCommands },
  { names: ["score"], load: async () => (await import("./score.js")).scoreCommands },
  {
    names: ["status", "register", "promote", "rollback", "deprecate", "check", "deploy", "merge"],
    load: async () => (await import("./registry.js")).registryCommands,
  },
  {
    names: ["profile", "infer-schema", "validate-data"],
    load: async () => (await import("./data.js")).dataCommands,
  },
  { names: ["dataset"], load: async () => (await import("./dataset.js")).datasetCommands },
  { names: ["evaluate"], load: async () => (await import("./evaluate.js")).evaluateCommands },
  { names: ["demo"], load: async () => (await import("./demo.js")).demoCommands },
  { names: ["history", "metrics"], load: async () => (await import("./history.js")).historyCommands },
];

/**
 * The command files a command line needs: none for a bare `--version`, the one file that
 * registers the leading command word, and every file otherwise (help, `-h lint`, a bare
 * `modelgate`, an unknown word).
 */
export function modulesFor(argv: readonly string[]): readonly CommandModule[] {
  if (argv.length > 0 && argv.every((a) => a === "--version" || a === "-V")) return [];
  const word = argv[0];
  const owner = word === undefined ? undefined : commandModules.find((m) => m.names.includes(word));
  return owner ? [owner] : commandModules;
}
