import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { redactCredentials, UserError } from "@modelgate/core";

/**
 * Writes report files whole or not at all, and only after everything was computed: each goes
 * to a temporary name first, then all are renamed into place. A credential in a URL is written
 * as `***`, as on the terminal: reports are shared as CI artifacts and PR comments.
 */
export function writeOutputs(outputs: ReadonlyArray<readonly [path: string, text: string]>): void {
  const temps: Array<[string, string]> = [];
  try {
    for (const [path, text] of outputs) {
      mkdirSync(dirname(path), { recursive: true });
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
