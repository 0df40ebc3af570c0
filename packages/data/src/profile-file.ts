import { existsSync, readFileSync } from "node:fs";
import {
  fieldLabel,
  loadEvidenceText,
  nodeAtPath,
  renderDiagnostics,
  UserError,
  validateValue,
} from "@modelgate/core";
import type { DataProfile } from "./profile.js";

/** What is wrong with a column's ECDF (beyond its schema), as a field path and a message. */
function ecdfProblem(profile: DataProfile): { path: (string | number)[]; message: string } | undefined {
  for (const [c, col] of profile.columns.entries()) {
    const e = col.ecdf;
    if (!e) continue;
    const at = (field: string, k?: number) => ["columns", c, "ecdf", field, ...(k === undefined ? [] : [k])];
    if (e.points.length !== e.counts.length)
      return {
        path: at("counts"),
        message: `${e.counts.length} counts for ${e.points.length} points: expected one count per point`,
      };
    for (let k = 1; k < e.points.length; k++) {
      if (!(e.points[k]! > e.points[k - 1]!))
        return { path: at("points", k), message: "points must be strictly ascending" };
      if (e.counts[k]! < e.counts[k - 1]!)
        return { path: at("counts", k), message: "counts must not decrease (counts of values ≤ each point)" };
    }
    const finite = col.count - col.nan - col.posInf - col.negInf;
    if (e.counts[e.counts.length - 1]! > finite)
      return {
        path: at("counts", e.counts.length - 1),
        message: `counts exceed the column's ${finite} finite values`,
      };
  }
  return undefined;
}

/**
 * Reads a reference profile if the path is a data-profile JSON, else undefined. The profile is
 * checked against its schema and its ECDFs for consistency, since drift takes their counts as exact;
 * a bad file is a UserError naming the file, line and field.
 */
export function readProfileFile(path: string, file = path): DataProfile | undefined {
  if (!/\.json$/i.test(path) || !existsSync(path)) return undefined;
  const text = readFileSync(path, "utf8");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (parsed !== undefined && (parsed as { kind?: unknown })?.kind !== "data-profile")
    throw new UserError(`${file}: expected a data-profile report (kind "data-profile")`);
  // the fast path (JSON.parse and the validator); positions only when something is wrong
  const valid = parsed !== undefined && validateValue("data-profile", parsed).length === 0;
  const problem = valid ? ecdfProblem(parsed as DataProfile) : undefined;
  if (valid && !problem) return parsed as DataProfile;
  const loaded = loadEvidenceText(text, { file });
  const errors = loaded.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0)
    throw new UserError(
      `${file} is not a valid data-profile:\n${renderDiagnostics(errors, "text").trimEnd()}`,
    );
  if (problem && loaded.document) {
    const { node } = nodeAtPath(loaded.document, problem.path);
    const line = node?.range ? loaded.lineCounter.linePos(node.range[0]).line : 1;
    throw new UserError(`${file}:${line}: ${fieldLabel(problem.path)}: ${problem.message}`);
  }
  throw new UserError(`${file} is not a valid data-profile`);
}
