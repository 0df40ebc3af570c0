import type { Command } from "commander";
import type { CliContext, CommandResult } from "../context.js";
import { registerData } from "./data.js";
import { registerDemo } from "./demo.js";
import { registerEvaluate } from "./evaluate.js";
import { registerHistory } from "./history.js";
import { registerLint } from "./lint.js";
import { registerRegistry } from "./registry.js";
import { registerScore } from "./score.js";

/**
 * One entry per command file. A command registers itself on the program and hands
 * its action to `run`, which maps the resolved exit code and any thrown error.
 */
export type CommandRegistrar = (
  program: Command,
  ctx: CliContext,
  run: (action: () => CommandResult) => Promise<void>,
) => void;

export const commands: CommandRegistrar[] = [
  registerLint,
  registerScore,
  registerRegistry,
  registerData,
  registerEvaluate,
  registerDemo,
  registerHistory,
];
