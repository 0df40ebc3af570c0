// What every action shares: workspace-relative paths, optional inputs, report files, and the
// mapping of errors to exit codes (user errors as annotations, never a stack trace).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import * as core from "@actions/core";
import { ExitCode, UserError } from "@modelgate/core";

export interface ActionIO {
  /** GITHUB_WORKSPACE (the checkout), or the working directory outside Actions */
  workspace: string;
  /** a path from an input, resolved against the workspace */
  at(path: string): string;
  /** an input's trimmed value, undefined when empty */
  optional(name: string): string | undefined;
  /** an input's trimmed value; an empty one is an input error naming it and why (exit 2) */
  required(name: string, why?: string): string;
  /** writes report files (creating their folders) */
  write(files: ReadonlyArray<readonly [path: string, content: string]>): void;
}

export async function runAction(body: (io: ActionIO) => Promise<void>): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    await body({
      workspace,
      at: (p) => resolve(workspace, p),
      optional: (name) => core.getInput(name).trim() || undefined,
      required: (name, why = "set it in the step's with:") => {
        const value = core.getInput(name).trim();
        if (value === "") throw new UserError(`input ${name} is required (${why})`);
        return value;
      },
      write: (files) => {
        for (const [path, content] of files) {
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, content);
        }
      },
    });
  } catch (error) {
    if (error instanceof UserError) {
      core.error(error.message);
      process.exitCode = error.exitCode;
    } else {
      core.error(
        `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      process.exitCode = ExitCode.Internal;
    }
  }
}
