import { UserError } from "./errors.js";
import { NAME_PATTERN } from "./manifest.js";

const NAME = new RegExp(NAME_PATTERN);

/** What a name names, as the user's flags and messages say it. */
export type NameKind = "model" | "version" | "environment" | "dataset" | "dataset version" | "report kind";

/**
 * Why `value` cannot be a model, version, environment or dataset name, or null when it can.
 * Names become registry paths (`models/<model>/versions/<version>.yaml`) and git branch names
 * (`modelgate/register/<model>-<version>`), so besides the schemas' pattern they follow git's
 * ref-name rules (git check-ref-format): no `..`, no trailing `.`, no trailing `.lock`.
 */
export function nameProblem(value: string): string | null {
  if (!NAME.test(value))
    return `it must match ${NAME_PATTERN}: lowercase letters, digits, ".", "_" and "-", starting with a letter or digit, at most 64 characters`;
  if (value.includes("..")) return 'it contains "..", which git refuses in branch names';
  if (value.endsWith(".lock")) return 'it ends with ".lock", which git reserves for its lock files';
  if (value.endsWith(".")) return 'it ends with ".", which git refuses in branch names';
  return null;
}

/** `value` when it is a valid name; otherwise a UserError (exit 2) naming the flag or field. */
export function checkName(kind: NameKind, value: string, flag?: string): string {
  const problem = nameProblem(value);
  if (problem === null) return value;
  const shown = JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  throw new UserError(`${flag ? `${flag}: ` : ""}${kind} ${shown} is not a valid name: ${problem}`);
}
