/**
 * Exit codes shared by every modelgate command and action (documented in docs/cli.md).
 * 0 ok, 1 findings / check failed, 2 usage or input error, 3 internal error.
 */
export const ExitCode = {
  Ok: 0,
  Findings: 1,
  InputError: 2,
  Internal: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error caused by what the user gave us (a bad file, a missing path, a bad flag).
 * Shells print `message` without a stack trace and exit with `exitCode`.
 */
export class UserError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, options?: { exitCode?: ExitCode; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "UserError";
    this.exitCode = options?.exitCode ?? ExitCode.InputError;
  }
}
