import { binaryConfusion } from "./metrics.js";
import type { Column } from "./table.js";

export const MISSING = "(missing)";

/** Quantile bins of a numeric slice column when none are asked for (`--bins`). */
export const DEFAULT_BINS = 4;

/** Row membership of one slice: `feature` = `value` (a category or a numeric bin). */
export interface SliceGroup {
  feature: string;
  value: string;
  rows: Uint32Array;
}

/**
 * Groups rows by a column. A column whose non-empty values are all numbers and that has more
 * than `maxCategories` distinct values is cut into `bins` quantile bins, labelled `[lo, hi)`
 * (the last bin closed); any other column is grouped by value. Empty cells form `(missing)`.
 */
export function sliceGroups(
  feature: string,
  column: Column,
  options: { bins?: number; maxCategories?: number } = {},
): SliceGroup[] {
  const bins = options.bins ?? DEFAULT_BINS;
  const maxCategories = options.maxCategories ?? 12;
  const n = column.values.length;
  const keys = new Array<string>(n);
  let numeric: Float64Array | null = null;
  if (column.kind === "number") numeric = column.values;
  else {
    const parsed = new Float64Array(n);
    let ok = true;
    for (let i = 0; i < n; i++) {
      const s = (column.values[i] as string).trim();
      const v = s === "" ? Number.NaN : Number(s);
      if (s !== "" && Number.isNaN(v)) {
        ok = false;
        break;
      }
      parsed[i] = v;
    }
    if (ok) numeric = parsed;
  }
  const distinct = new Set<number | string>();
  if (numeric) {
    for (let i = 0; i < n && distinct.size <= maxCategories; i++)
      if (!Number.isNaN(numeric[i])) distinct.add(numeric[i] as number);
  }
  if (numeric && distinct.size > maxCategories) {
    let count = 0;
    for (let i = 0; i < n; i++) if (!Number.isNaN(numeric[i])) count++;
    const finite = new Float64Array(count);
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0, j = 0; i < n; i++) {
      const v = numeric[i] as number;
      if (Number.isNaN(v)) continue;
      finite[j++] = v;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const edges: number[] = [];
    for (let b = 1; b < bins; b++) {
      const e = selectQuantile(finite, b / bins);
      if (edges.length === 0 || e > (edges[edges.length - 1] as number)) edges.push(e);
    }
    const bounds = [lo, ...edges.filter((e) => e > lo && e < hi), hi];
    const labels: string[] = [];
    for (let b = 0; b + 1 < bounds.length; b++)
      labels.push(
        `[${fmt(bounds[b] as number)}, ${fmt(bounds[b + 1] as number)}${b + 2 === bounds.length ? "]" : ")"}`,
      );
    // bin 0 is (missing), bins 1.. the intervals in order
    const of = new Uint32Array(n);
    const inner = bounds.slice(1, -1);
    for (let i = 0; i < n; i++) {
      const v = numeric[i] as number;
      if (Number.isNaN(v)) continue;
      let b = 0;
      while (b < inner.length && v >= (inner[b] as number)) b++;
      of[i] = b + 1;
    }
    return binRows(feature, of, [MISSING, ...labels]);
  } else {
    for (let i = 0; i < n; i++) {
      const raw = column.values[i];
      const s = typeof raw === "number" ? (Number.isNaN(raw) ? "" : String(raw)) : (raw as string);
      keys[i] = s === "" ? MISSING : s;
    }
  }
  return groupRows(feature, keys);
}

/** Rows per bin index, in bin order; empty bins are left out. */
function binRows(feature: string, of: Uint32Array, labels: string[]): SliceGroup[] {
  const counts = new Array<number>(labels.length).fill(0);
  for (let i = 0; i < of.length; i++) counts[of[i] as number] = (counts[of[i] as number] as number) + 1;
  const rows = counts.map((c) => new Uint32Array(c));
  const fill = new Array<number>(labels.length).fill(0);
  for (let i = 0; i < of.length; i++) {
    const g = of[i] as number;
    (rows[g] as Uint32Array)[fill[g] as number] = i;
    fill[g] = (fill[g] as number) + 1;
  }
  return labels
    .map((value, g) => ({ feature, value, rows: rows[g] as Uint32Array }))
    .filter((s) => s.rows.length > 0);
}

/** Rows per distinct key, keys sorted; one pass to count, one to fill. */
function groupRows(feature: string, keys: string[]): SliceGroup[] {
  const index = new Map<string, number>();
  const of = new Uint32Array(keys.length);
  const counts: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    let g = index.get(key);
    if (g === undefined) {
      g = counts.length;
      index.set(key, g);
      counts.push(0);
    }
    of[i] = g;
    counts[g] = (counts[g] as number) + 1;
  }
  const rows = counts.map((c) => new Uint32Array(c));
  const fill = new Array<number>(counts.length).fill(0);
  for (let i = 0; i < keys.length; i++) {
    const g = of[i] as number;
    (rows[g] as Uint32Array)[fill[g] as number] = i;
    fill[g] = (fill[g] as number) + 1;
  }
  return [...index.entries()]
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([value, g]) => ({ feature, value, rows: rows[g] as Uint32Array }));
}

/** The k-th smallest value (0-based), rearranging `a` in place (Hoare quickselect). */
function select(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    const pivot = a[(left + right) >> 1] as number;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return a[k] as number;
  }
  return a[k] as number;
}

/** numpy's default (linear) quantile, by selection instead of a full sort. */
export function selectQuantile(a: Float64Array, q: number): number {
  const pos = (a.length - 1) * q;
  const lo = Math.floor(pos);
  const x = select(a, lo);
  if (pos === lo) return x;
  const y = select(a, lo + 1);
  return x + (y - x) * (pos - lo);
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
}

/** Gathers `values[rows]` (or rows of width `width`) into a new array. */
export function gather(values: ArrayLike<number>, rows: Uint32Array, width = 1): Float64Array {
  const out = new Float64Array(rows.length * width);
  if (width === 1) for (let i = 0; i < rows.length; i++) out[i] = values[rows[i] as number] as number;
  else
    for (let i = 0; i < rows.length; i++)
      for (let k = 0; k < width; k++) out[i * width + k] = values[(rows[i] as number) * width + k] as number;
  return out;
}

export interface FairnessGroup {
  value: string;
  support: number;
  selectionRate: number;
  truePositiveRate: number | null;
  falsePositiveRate: number | null;
}

export interface FairnessReport {
  attribute: string;
  groups: FairnessGroup[];
  /** max - min selection rate over groups */
  demographicParityDifference: number;
  /** min / max selection rate (1 when every group has rate 0) */
  demographicParityRatio: number;
  /** max - min true positive rate over groups that have positives */
  equalOpportunityDifference: number | null;
  /** max of the true-positive-rate and false-positive-rate differences */
  equalizedOddsDifference: number | null;
}

/**
 * Group fairness of a binary classifier on one protected attribute, at the decision threshold
 * (definitions as in Fairlearn). Groups smaller than `minSupport` are left out.
 */
export function fairness(
  attribute: string,
  groups: SliceGroup[],
  y: ArrayLike<number>,
  p: ArrayLike<number>,
  threshold: number,
  minSupport: number,
): FairnessReport {
  const out: FairnessGroup[] = [];
  for (const g of groups) {
    if (g.rows.length < minSupport) continue;
    const c = binaryConfusion(gather(y, g.rows), gather(p, g.rows), threshold);
    out.push({
      value: g.value,
      support: g.rows.length,
      selectionRate: (c.tp + c.fp) / g.rows.length,
      truePositiveRate: c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn),
      falsePositiveRate: c.fp + c.tn === 0 ? null : c.fp / (c.fp + c.tn),
    });
  }
  const spread = (xs: (number | null)[]): number | null => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length === 0 ? null : Math.max(...v) - Math.min(...v);
  };
  const rates = out.map((g) => g.selectionRate);
  const maxRate = rates.length ? Math.max(...rates) : 0;
  const minRate = rates.length ? Math.min(...rates) : 0;
  const tpr = spread(out.map((g) => g.truePositiveRate));
  const fpr = spread(out.map((g) => g.falsePositiveRate));
  return {
    attribute,
    groups: out,
    demographicParityDifference: maxRate - minRate,
    demographicParityRatio: maxRate === 0 ? 1 : minRate / maxRate,
    equalOpportunityDifference: tpr,
    equalizedOddsDifference: tpr === null && fpr === null ? null : Math.max(tpr ?? 0, fpr ?? 0),
  };
}
