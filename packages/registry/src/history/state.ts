import { parse } from "yaml";
import type { EnvState } from "../classify.js";

/**
 * Reads the desired state (version, canary) from the text of an environment file
 * (environments/<env>/<model>.yaml). History reads old revisions written by anyone with
 * plain git, so a file that does not hold a usable state gives `{problem}` instead of throwing.
 */
export function parseEnvState(text: string): { state: EnvState } | { problem: string } {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    const msg = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { problem: `not valid YAML: ${msg}` };
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    return { problem: "not a YAML mapping" };
  }
  const d = doc as Record<string, unknown>;
  const version = scalar(d.version);
  if (version === null) return { problem: "field version: missing or not a string" };
  const state: EnvState = { version };
  if (d.canary !== undefined && d.canary !== null) {
    const c = d.canary as Record<string, unknown>;
    if (typeof c !== "object" || Array.isArray(c)) return { problem: "field canary: not a mapping" };
    const cv = scalar(c.version);
    if (cv === null) return { problem: "field canary.version: missing or not a string" };
    const traffic = c.traffic;
    if (typeof traffic !== "number" || !Number.isFinite(traffic) || traffic < 1 || traffic > 99) {
      return { problem: "field canary.traffic: must be a number from 1 to 99" };
    }
    state.canary = { version: cv, traffic };
  }
  return { state };
}

function scalar(v: unknown): string | null {
  if (typeof v === "string" && v !== "") return v;
  // YAML reads `version: 2` or `version: 1.5` as a number; keep what the author wrote
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return null;
}
