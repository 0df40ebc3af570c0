import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { redactCredentials, UserError } from "@modelgate/core";

/**
 * Writes report files whole or not at all, and only after everything was computed: each goes
 * to a temporary name first, then all are renamed into place. A directory that does not exist
 * is created and named on `stderr`. A credential in a URL is written
 * as `***`, as on the terminal: reports are shared as CI artifacts and PR comments.
 */
export function writeOutputs(
  outputs: ReadonlyArray<readonly [path: string, text: string]>,
  stderr: { write(text: string): unknown },
): void {
  const temps: Array<[string, string]> = [];
  try {
    for (const [path, text] of outputs) {
      // every report flag (--out, --markdown, --html, --plan-out, --profile-out) follows one
      // rule: a missing directory is created, and named on stderr (never silently)
      const dir = dirname(path);
      if (!existsSync(dir)) {
        mkdirSync(dir, { recursive: true });
        stderr.write(`created directory ${dir}\n`);
      }
      const tmp = `${path}.tmp-${randomBytes(6).toString("hex")}`;
      writeFileSync(tmp, redactCredentials(text));
      temps.push([tmp, path]);
    }
    for (const [tmp, path] of temps) renameSync(tmp, path);
  } catch (error) {
    for (const [tmp] of temps) rmSync(tmp, { force: true });
    throw new UserError(`cannot write ${outputs.map(([p]) => p).join(", ")}: ${(error as Error).message}`);
  }
}

/** A word of a printed command line (a `next:` hint): as it is when the shell leaves it alone, else single-quoted. */
export function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`;
}
