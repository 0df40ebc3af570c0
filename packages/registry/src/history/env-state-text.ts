import { parseYamlText } from "@modelgate/core";
import { isMap, isScalar } from "yaml";
import type { EnvState } from "../transitions.js";

/**
 * Reads the desired state (version, canary) from the text of an environment file
 * (environments/<env>/<model>.yaml). History reads old revisions written by anyone with
 * plain git, so a file that does not hold a usable state gives `{problem}` instead of throwing.
 */
export function parseEnvState(text: string): { state: EnvState } | { problem: string } {
  return parseSimple(text) ?? parseYaml(text);
}

// Values the fast path takes as plain strings: names that YAML's core schema does not read as
// a number, boolean or null.
const PLAIN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const NOT_STRING = /^(?:[0-9]+(?:\.[0-9]*)?(?:e[-+]?[0-9]+)?|0x[0-9a-f]+|0o[0-7]+|true|false|null)$/;

/**
 * The fast path for the files modelgate itself writes: only `key: value` lines (model,
 * environment, version; canary with indented version and traffic), comments and blank lines,
 * with plain values. Anything else returns null and goes through the YAML parser, so both
 * paths give the same answer on every file the fast path accepts.
 */
function parseSimple(text: string): { state: EnvState } | null {
  let version: string | null = null;
  let canaryVersion: string | null = null;
  let traffic: number | null = null;
  let inCanary = false;
  const seen = new Set<string>();
  for (const raw of text.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "" || /^\s*#/.test(line)) continue;
    const top = /^([a-z]+):(?: +([^ #]+))? *$/.exec(line);
    if (top) {
      const [, key, value] = top as unknown as [string, string, string | undefined];
      if (seen.has(key)) return null;
      seen.add(key);
      inCanary = false;
      if (key === "canary" && value === undefined) {
        inCanary = true;
        continue;
      }
      if (value === undefined || !PLAIN.test(value) || NOT_STRING.test(value)) return null;
      if (key === "version") version = value;
      else if (key !== "model" && key !== "environment") return null;
      continue;
    }
    const sub = /^ {2}([a-z]+): +([^ #]+) *$/.exec(line);
    if (!sub || !inCanary) return null;
    const [, key, value] = sub as unknown as [string, string, string];
    if (seen.has(`canary.${key}`)) return null;
    seen.add(`canary.${key}`);
    if (key === "version" && PLAIN.test(value) && !NOT_STRING.test(value)) canaryVersion = value;
    else if (key === "traffic" && /^[1-9][0-9]?$/.test(value)) traffic = Number(value);
    else return null;
  }
  if (version === null) return null;
  if (seen.has("canary")) {
    if (canaryVersion === null || traffic === null) return null;
    return { state: { version, canary: { version: canaryVersion, traffic } } };
  }
  return { state: { version } };
}

/** The full YAML path (exported for tests: the fast path must agree with it). */
export function parseYaml(text: string): { state: EnvState } | { problem: string } {
  const parsed = parseYamlText(text, "environment");
  const doc = parsed.document;
  if (parsed.error !== undefined || doc === undefined)
    return { problem: `not valid YAML: ${parsed.error?.message ?? "does not parse"}` };
  if (!isMap(doc.contents)) return { problem: "not a YAML mapping" };
  const version = scalar(doc.get("version", true));
  if (version === null) return { problem: "field version: missing or not a string" };
  const state: EnvState = { version };
  const canary = doc.get("canary", true);
  if (canary !== undefined && !(isScalar(canary) && canary.value === null)) {
    if (!isMap(canary)) return { problem: "field canary: not a mapping" };
    const cv = scalar(canary.get("version", true));
    if (cv === null) return { problem: "field canary.version: missing or not a string" };
    const traffic = canary.get("traffic");
    if (typeof traffic !== "number" || !Number.isFinite(traffic) || traffic < 1 || traffic > 99) {
      return { problem: "field canary.traffic: must be a number from 1 to 99" };
    }
    state.canary = { version: cv, traffic };
  }
  return { state };
}

function scalar(node: unknown): string | null {
  if (!isScalar(node)) return null;
  const v = node.value;
  if (typeof v === "string" && v !== "") return v;
  // YAML reads `version: 2` or `version: 1.10` as a number; keep what the author wrote
  if (typeof v === "number" && Number.isFinite(v)) return node.source ?? String(v);
  return null;
}
