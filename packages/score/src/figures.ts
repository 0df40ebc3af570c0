import type { FigureMismatch } from "@modelgate/registry";

/**
 * How far a recomputed figure may be from the claimed one: |a − b| <= RECOMPUTE_TOLERANCE ·
 * max(1, |a|, |b|). CPU inference and the data engine are deterministic: on the example models
 * and data every figure came out bit-identical across runs and thread counts (onnxruntime 1
 * thread vs its default; DuckDB 1 vs 2 threads), so the tolerance only absorbs the rounding of
 * a summation done in another order on another machine (docs/security.md).
 */
export const RECOMPUTE_TOLERANCE = 1e-9;

/** Most mismatches kept per file (the rest are counted). */
export const MAX_MISMATCHES = 100;

/**
 * How to compare one kind of report: lists whose entries are matched by a key instead of by
 * position, and fields that are not figures (where a file was read from, when, how fast).
 */
export interface FigureRules {
  /** list path (with entry keys written `[]`, e.g. `slices`, `fairness[].groups`) → entry key */
  keys: Record<string, (entry: Record<string, unknown>) => string>;
  /** paths (same notation) that are not compared */
  skip: ReadonlySet<string>;
  /** entries of keyed lists that are not compared at all (e.g. latency checks) */
  skipEntry?: (list: string, entry: Record<string, unknown>) => boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function numbersAgree(a: number, b: number, tolerance: number): boolean {
  if (Object.is(a, b)) return true;
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Every figure of `claimed` that differs from `recomputed` (beyond the tolerance), named by
 * its path: a value changed, added or left out. Pure.
 */
export function compareFigures(
  claimed: unknown,
  recomputed: unknown,
  rules: FigureRules,
  tolerance = RECOMPUTE_TOLERANCE,
): { mismatches: FigureMismatch[]; compared: number; more: number } {
  const mismatches: FigureMismatch[] = [];
  let compared = 0;
  let more = 0;
  const differ = (figure: string, a: unknown, b: unknown) => {
    if (mismatches.length < MAX_MISMATCHES)
      mismatches.push({ figure: clip(figure), claimed: clipValue(a), recomputed: clipValue(b) });
    else more++;
  };
  const walk = (a: unknown, b: unknown, path: string, shape: string): void => {
    if (rules.skip.has(shape)) return;
    if (typeof a === "number" && typeof b === "number") {
      compared++;
      if (!numbersAgree(a, b, tolerance)) differ(path, a, b);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      const keyOf = rules.keys[shape];
      if (keyOf) {
        const byKey = (list: unknown[]) => {
          const m = new Map<string, Record<string, unknown>>();
          for (const e of list) {
            if (!isObject(e)) continue;
            if (rules.skipEntry?.(shape, e)) continue;
            // a key seen before (two anomalies of one code on one column) is numbered in order
            let k = keyOf(e);
            for (let n = 2; m.has(k); n++) k = `${keyOf(e)}#${n}`;
            m.set(k, e);
          }
          return m;
        };
        const ma = byKey(a);
        const mb = byKey(b);
        for (const [k, ea] of ma) {
          const eb = mb.get(k);
          if (eb === undefined) differ(`${path}[${k}]`, "present", "absent");
          else walk(ea, eb, `${path}[${k}]`, `${shape}[]`);
        }
        for (const k of mb.keys()) if (!ma.has(k)) differ(`${path}[${k}]`, "absent", "present");
        return;
      }
      if (a.length !== b.length) differ(`${path}.length`, a.length, b.length);
      for (let i = 0; i < Math.min(a.length, b.length); i++) walk(a[i], b[i], `${path}[${i}]`, `${shape}[]`);
      return;
    }
    if (isObject(a) && isObject(b)) {
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
        const sub = shape === "" ? k : `${shape}.${k}`;
        if (rules.skip.has(sub)) continue;
        walk(a[k], b[k], path === "" ? k : `${path}.${k}`, sub);
      }
      return;
    }
    compared++;
    if (a === undefined && b === undefined) return;
    if (JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)) differ(path, a, b);
  };
  walk(claimed, recomputed, "", "");
  return { mismatches, compared, more };
}

const str = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v ?? null));

/** Longest text of a figure's path or value kept in a report (a claimed value is untrusted input). */
const MAX_SHOWN = 200;
const clip = (t: string) => (t.length > MAX_SHOWN ? `${t.slice(0, MAX_SHOWN)}…` : t);

/** A value as a mismatch keeps it: numbers, booleans and null as they are; anything else as clipped text. */
function clipValue(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  return clip(typeof v === "string" ? v : JSON.stringify(v));
}

/** The envelope: where, when and by what a report was made; its inputs are compared by digest apart. */
const ENVELOPE = ["kind", "schemaVersion", "tool", "subject", "inputs", "context", "createdAt", "verdict"];

/** Check names whose verdict depends on a timing: re-measured, never compared. */
export const isTimingCheck = (name: unknown) =>
  typeof name === "string" && (name === "latency" || name.startsWith("latency:"));

/**
 * An evaluation report: every metric of every model (challenger, champion, baseline), the
 * confusion matrices and intervals, every slice and fairness figure, parity, determinism, the
 * feature importance and every check's verdict. Not figures: the envelope, where files were
 * read from, the settings (the recomputation's own input), latency (a measurement of the
 * machine, re-measured instead) and the checks' wording.
 */
export const EVALUATION_FIGURES: FigureRules = {
  keys: {
    models: (m) => str(m.role),
    slices: (s) => `${str(s.feature)}=${str(s.value)}`,
    fairness: (f) => str(f.attribute),
    "fairness[].groups": (g) => str(g.value),
    featureImportance: (f) => str(f.feature),
    checks: (c) => str(c.name),
  },
  skip: new Set([
    ...ENVELOPE,
    "settings",
    "dataset.uri",
    "models[].uri",
    "models[].description",
    "models[].latency",
    "parity.reference",
    "checks[].message",
    "checks[].observed",
    "checks[].expected",
  ]),
  skipEntry: (list, e) => list === "checks" && isTimingCheck(e.name),
};

/**
 * A data-validation report: the summary (rows, errors, warnings, drifted share), every anomaly
 * (by code and column) and every feature's type, presence and drift statistics. Not figures:
 * the envelope and the anomalies' wording.
 */
export const DATA_VALIDATION_FIGURES: FigureRules = {
  keys: {
    anomalies: (a) => `${str(a.code)}:${str(a.column)}`,
    features: (f) => str(f.name),
  },
  skip: new Set([...ENVELOPE.filter((k) => k !== "verdict"), "anomalies[].message"]),
};

/** The verdict's words: a figure as the message shows it. */
export function showFigure(v: unknown): string {
  if (typeof v === "number") return String(Number(v.toPrecision(10)));
  return clip(typeof v === "string" ? v : JSON.stringify(v));
}
