import { type DataEngine, ident, type LoadedTable, listParam } from "./engine.js";
import {
  type ColumnProfile,
  cumulativeAt,
  EXACT_ROWS,
  finiteValue,
  prevDouble,
  type Scalar,
} from "./profile.js";
import { chiSquareIsf, jsd, ksAndWasserstein, ksPValue, linf, psi } from "./stats.js";

export interface DriftThresholds {
  psi: number;
  jsd: number;
  linf: number;
}

export const DEFAULT_DRIFT_THRESHOLDS: DriftThresholds = { psi: 0.2, jsd: 0.1, linf: 0.1 };

/** Below this many compared values on either side, drift is reported, not gated (docs/data.md "Small samples"). */
export const MIN_DRIFT_VALUES = 200;

/** How often clean data may exceed a threshold raised for its size: per feature and statistic. */
export const DRIFT_FALSE_ALARM_RATE = 0.001;

/** The thresholds a comparison is judged by, given its sample sizes. */
export interface SampleThresholds {
  thresholds: DriftThresholds;
  /** false: too few values to judge (MIN_DRIFT_VALUES); the statistics are reported only */
  gated: boolean;
  /** why the thresholds differ from the schema's, or why nothing is gated */
  note?: string;
}

/**
 * Drift thresholds for a comparison of `current` with `reference` values over bins of which
 * `bins` hold reference values. Clean data is noisy in proportion to 1/n: under no drift,
 * PSI·n_eff is approximately χ² with bins − 1 degrees of freedom (n_eff = 1/(1/n + 1/m)), JSD
 * (base 2) about PSI/(8 ln 2), and each category share differs by a normal error of variance at
 * most (1/4)/n_eff. So each threshold is the larger of the schema's and the value clean data of
 * this size exceeds with probability DRIFT_FALSE_ALARM_RATE (for L∞, Bonferroni over the bins).
 * Below MIN_DRIFT_VALUES on either side, where empty bins make PSI unstable, nothing is gated.
 */
export function sampleThresholds(
  declared: DriftThresholds,
  current: number,
  reference: number,
  bins: number,
): SampleThresholds {
  if (Math.min(current, reference) < MIN_DRIFT_VALUES)
    return {
      thresholds: declared,
      gated: false,
      note: `${Math.min(current, reference)} values on one side (${current} current, ${reference} reference): fewer than ${MIN_DRIFT_VALUES}, so drift is reported, not gated`,
    };
  if (bins < 2) return { thresholds: declared, gated: true };
  const nEff = 1 / (1 / current + 1 / reference);
  const chi = chiSquareIsf(DRIFT_FALSE_ALARM_RATE, bins - 1);
  const z = Math.sqrt(chiSquareIsf(DRIFT_FALSE_ALARM_RATE / bins, 1));
  const noise: DriftThresholds = {
    psi: chi / nEff,
    jsd: chi / (8 * Math.LN2 * nEff),
    linf: z * Math.sqrt(0.25 / nEff),
  };
  const thresholds: DriftThresholds = {
    psi: Math.max(declared.psi, round4(noise.psi)),
    jsd: Math.max(declared.jsd, round4(noise.jsd)),
    linf: Math.max(declared.linf, round4(noise.linf)),
  };
  const raised = (["psi", "jsd", "linf"] as const).filter((k) => thresholds[k] > declared[k]);
  return raised.length === 0
    ? { thresholds, gated: true }
    : {
        thresholds,
        gated: true,
        note: `thresholds raised for ${current} current and ${reference} reference values (clean data of this size exceeds them 1 time in ${Math.round(1 / DRIFT_FALSE_ALARM_RATE)}): ${raised.map((k) => `${k.toUpperCase()} ${declared[k]} → ${thresholds[k]}`).join(", ")}`,
      };
}

/** Rounded up to 4 significant digits, so a raised threshold prints short and is never below the noise. */
function round4(x: number): number {
  if (!(x > 0)) return x;
  const scale = 10 ** (Math.floor(Math.log10(x)) - 3);
  return Number((Math.ceil(x / scale) * scale).toPrecision(4));
}

export interface FeatureDrift {
  psi?: number;
  jsd?: number;
  linf?: number;
  /** Wasserstein distance divided by the reference (population) standard deviation, floored at 0.001. */
  wasserstein?: number;
  ks?: {
    statistic: number;
    pvalue: number;
    /**
     * "exact": D from every value (sorted values, or full value counts); "binned": from both ECDFs
     * at `points` common points.
     */
    method: "exact" | "binned";
    /** |D − true D| is at most this: 0 when exact. */
    errorBound: number;
    /** Binned: the number of points both ECDFs were compared at. */
    points?: number;
  };
  drifted: boolean;
  thresholds: DriftThresholds;
  /** The bins PSI and JSD were computed over, with reference and current counts. */
  bins: { labels: string[]; reference: number[]; current: number[] };
  /** Why some statistics are absent. */
  note?: string;
}

/** One side of a comparison: its profile, and its loaded table when the data (not just a profile) is at hand. */
export interface DriftSide {
  columns: ColumnProfile[];
  rows: number;
  loaded?: LoadedTable;
}

const isNumeric = (t: string) => t === "int" || t === "float" || t === "timestamp";
const finiteCount = (p: ColumnProfile) => p.count - p.nan - p.posInf - p.negInf;

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
}

/**
 * Drift of every column present on both sides with a compatible type (docs/data.md "Drift and skew").
 * Statistics run in DuckDB on the loaded tables; nothing row-by-row crosses into JavaScript
 * except columns of at most EXACT_ROWS values for the exact KS statistic.
 */
export async function computeDrift(
  engine: DataEngine,
  reference: DriftSide,
  current: DriftSide & { loaded: LoadedTable },
  thresholdsFor: (column: string) => DriftThresholds,
  columns?: string[],
): Promise<Map<string, FeatureDrift>> {
  const out = new Map<string, FeatureDrift>();
  const refBy = new Map(reference.columns.map((c) => [c.name, c]));
  const wanted = columns ? new Set(columns) : undefined;
  const pairs: { ref: ColumnProfile; cur: ColumnProfile }[] = [];
  for (const cur of current.columns) {
    const ref = refBy.get(cur.name);
    if (!ref || (wanted && !wanted.has(cur.name))) continue;
    const numericPair =
      isNumeric(ref.type) && isNumeric(cur.type) && (ref.type === "timestamp") === (cur.type === "timestamp");
    const catPair = !isNumeric(ref.type) && !isNumeric(cur.type);
    if (numericPair || catPair) pairs.push({ ref, cur });
  }

  // categorical: shares over the reference categories plus one bucket for unseen values
  const needCounts: { ref: ColumnProfile; cur: ColumnProfile; cats: Scalar[] }[] = [];
  for (const { ref, cur } of pairs.filter((p) => !isNumeric(p.ref.type))) {
    const thresholds = thresholdsFor(ref.name);
    if (!ref.values) {
      out.set(ref.name, {
        drifted: false,
        thresholds,
        bins: { labels: [], reference: [], current: [] },
        note: "too many distinct values in the reference for a categorical comparison",
      });
      continue;
    }
    const cats = ref.values.map(([v]) => v);
    if (cur.values) {
      const m = new Map(cur.values.map(([v, n]) => [JSON.stringify(v), n]));
      finishCategorical(
        out,
        ref,
        cur,
        cats,
        cats.map((c) => m.get(JSON.stringify(c)) ?? 0),
        thresholds,
      );
    } else needCounts.push({ ref, cur, cats });
  }
  for (const { ref, cur, cats } of needCounts) {
    const c = ident(cur.name);
    const rows = await engine.query<{ v: unknown; n: bigint }>(
      `SELECT ${c}::VARCHAR AS v, count(*) AS n FROM ${current.loaded.table} WHERE ${c} IS NOT NULL AND ${c}::VARCHAR IN (${cats.map((x) => `'${String(x).replaceAll("'", "''")}'`).join(", ")}) GROUP BY 1`,
    );
    const m = new Map(rows.map((r) => [String(r.v), Number(r.n)]));
    finishCategorical(
      out,
      ref,
      cur,
      cats,
      cats.map((x) => m.get(String(x)) ?? 0),
      thresholdsFor(ref.name),
    );
  }

  // numeric: PSI/JSD over the reference decile bins, KS and Wasserstein from the two ECDFs. The
  // current's counts come from its profile where it knows them (tables profiled together share
  // their ECDF points; value counts give the ECDF anywhere): nothing to read. Otherwise the current
  // is counted, one histogram per column in one scan, at the reference's points.
  const numeric = pairs
    .filter((p) => isNumeric(p.ref.type) && p.ref.histogram && p.cur.histogram)
    .map(({ ref, cur }) => {
      const plan = comparisonPoints(ref, cur);
      const wanted = [...new Set([...(plan?.bounds ?? []), ...ref.histogram!.edges])].sort((a, b) => a - b);
      return { ref, cur, plan, wanted, known: knownCounts(cur, wanted) };
    });
  const toCount = numeric.filter((p) => p.known === undefined);
  const sel = toCount.map(
    ({ ref }, i) => `histogram(${finiteValue(ref.name, ref.type)}, ${listParam(i + 1)}) AS h${i}`,
  );
  const [binRow] =
    sel.length > 0
      ? ((await engine.query(
          `SELECT ${sel.join(", ")} FROM ${current.loaded.table}`,
          toCount.map((p) => p.wanted),
        )) as [Record<string, unknown>])
      : [{} as Record<string, unknown>];
  toCount.forEach((p, i) => {
    p.known = cumulativeAt(binRow[`h${i}`], p.wanted);
  });
  const pending: { d: FeatureDrift; ref: ColumnProfile; cur: ColumnProfile; prepared: Prepared }[] = [];
  for (const { ref, cur, plan, wanted, known } of numeric) {
    const cumAt = new Map(wanted.map((b, k) => [b, known![k]!] as [number, number]));
    const edges = [...new Set(ref.histogram!.edges.slice(1, 10))];
    // PSI bins (−∞, E1], (E1, E2], …, (Ek, +∞) at the unique reference deciles; the reference's
    // decile histogram bin (e_i, e_i+1] falls in the bin whose edges are below e_i+1
    const refCounts = new Array<number>(edges.length + 1).fill(0);
    ref.histogram!.edges.slice(1).forEach((hi, hb) => {
      const bin = edges.filter((e) => e < hi).length;
      refCounts[bin]! += ref.histogram!.counts[hb]!;
    });
    const cum = edges.map((e) => cumAt.get(e)!);
    const curFinite = finiteCount(cur);
    const curCounts = refCounts.map(
      (_, b) => (b < edges.length ? cum[b]! : curFinite) - (b > 0 ? cum[b - 1]! : 0),
    );
    const labels = refCounts.map((_, b) => {
      const lo = b === 0 ? "−∞" : fmt(edges[b - 1]!);
      const hi = b === edges.length ? "+∞" : fmt(edges[b]!);
      return `(${lo}, ${hi}]`;
    });
    const judged = sampleThresholds(
      thresholdsFor(ref.name),
      curFinite,
      finiteCount(ref),
      refCounts.filter((n) => n > 0).length,
    );
    const thresholds = judged.thresholds;
    const d: FeatureDrift = {
      psi: psi(refCounts, curCounts),
      jsd: jsd(refCounts, curCounts),
      drifted: false,
      thresholds,
      bins: { labels, reference: refCounts, current: curCounts },
      ...(judged.note ? { note: judged.note } : {}),
    };
    const prepared = await ksPrepare(
      engine,
      reference,
      current,
      ref,
      cur,
      plan && { ...plan, cb: plan.bounds.map((x) => cumAt.get(x)!) },
    );
    d.drifted = judged.gated && (d.psi! > thresholds.psi || d.jsd! > thresholds.jsd);
    out.set(ref.name, d);
    if (prepared) pending.push({ d, ref, cur, prepared });
  }
  await refineBinned(
    engine,
    reference,
    current,
    pending.flatMap((p) => ("state" in p.prepared ? [p.prepared.state] : [])),
  );
  for (const { d, ref, cur, prepared } of pending) {
    const ks = "state" in prepared ? finishBinned(prepared.state) : prepared;
    const n1 = finiteCount(ref);
    const popStd = n1 > 1 ? Math.sqrt((ref.std! ** 2 * (n1 - 1)) / n1) : 0;
    d.wasserstein = ks.w / Math.max(popStd, 0.001);
    d.ks = {
      statistic: ks.d,
      pvalue: ksPValue(ks.d, n1, finiteCount(cur)),
      method: ks.points === undefined ? "exact" : "binned",
      errorBound: ks.errorBound,
      ...(ks.points === undefined ? {} : { points: ks.points }),
    };
  }
  return out;
}

/** A numeric column's full value counts, when its profile has them (timestamps list ISO strings). */
const numericValues = (p: ColumnProfile) =>
  p.values && p.type !== "timestamp" ? (p.values as [number, number][]) : undefined;

/** Counts of values ≤ each point from full value counts. */
function countsFromValues(values: readonly [number, number][], points: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a[0] - b[0]);
  const cum: number[] = [];
  let acc = 0;
  for (const [, n] of sorted) {
    acc += n;
    cum.push(acc);
  }
  return points.map((x) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : cum[lo - 1]!;
  });
}

/**
 * A column's exact counts of finite values ≤ each point, when its profile knows them: anywhere from
 * full value counts, or at the points its ECDF was counted at. Undefined otherwise.
 */
function knownCounts(p: ColumnProfile, points: readonly number[]): number[] | undefined {
  const values = numericValues(p);
  if (values) return countsFromValues(values, points);
  if (!p.ecdf) return undefined;
  const index = new Map(p.ecdf.points.map((x, k) => [x, k]));
  const out: number[] = [];
  for (const x of points) {
    const k = index.get(x);
    if (k === undefined) return undefined;
    out.push(p.ecdf.counts[k]!);
  }
  return out;
}

/**
 * Where the binned KS compares the two ECDFs, and what the reference's profile says there: exact
 * counts at its ECDF points (or, from its value counts, at the current's); a merged profile without
 * an ECDF gives k/STEPS at its sketch points, within its rank error (`extra`). When the current has
 * values below the reference's minimum, the double below that minimum is added (nothing of the
 * reference lies below it), so the current's mass there is compared exactly.
 */
function comparisonPoints(
  ref: ColumnProfile,
  cur: ColumnProfile,
): { bounds: number[]; ca: number[]; extra: number } | undefined {
  let bounds: number[];
  let ca: number[];
  let extra = 0;
  const values = numericValues(ref);
  if (ref.ecdf) {
    bounds = ref.ecdf.points;
    ca = ref.ecdf.counts;
  } else if (values && (cur.ecdf || ref.sketch)) {
    bounds = cur.ecdf?.points ?? [...new Set(ref.sketch!.values)];
    ca = countsFromValues(values, bounds);
  } else if (ref.sketch) {
    const sketch = ref.sketch.values;
    const n1 = finiteCount(ref);
    const steps = sketch.length - 1;
    bounds = sketch;
    ca = sketch.map((_, k) => (k / steps) * n1);
    extra = ref.sketch.rankError + 1 / steps;
  } else return undefined;
  if (ref.min !== undefined && cur.min !== undefined && cur.min < ref.min && bounds[0]! >= ref.min) {
    bounds = [prevDouble(ref.min), ...bounds];
    ca = [0, ...ca];
  }
  return { bounds, ca, extra };
}

function finishCategorical(
  out: Map<string, FeatureDrift>,
  ref: ColumnProfile,
  cur: ColumnProfile,
  cats: Scalar[],
  curCounts: number[],
  declared: DriftThresholds,
): void {
  const refCounts = ref.values!.map(([, n]) => n);
  const unseen = cur.count - curCounts.reduce((a, b) => a + b, 0);
  const r = [...refCounts, 0];
  const c = [...curCounts, unseen];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const judged = sampleThresholds(declared, sum(c), sum(r), r.filter((n) => n > 0).length);
  const thresholds = judged.thresholds;
  const d: FeatureDrift = {
    psi: psi(r, c),
    jsd: jsd(r, c),
    linf: linf(r, c),
    drifted: false,
    thresholds,
    bins: { labels: [...cats.map(String), "(unseen)"], reference: r, current: c },
    ...(judged.note ? { note: judged.note } : {}),
  };
  d.drifted =
    judged.gated && (d.psi! > thresholds.psi || d.jsd! > thresholds.jsd || d.linf! > thresholds.linf);
  out.set(ref.name, d);
}

async function sortedValues(engine: DataEngine, loaded: LoadedTable, p: ColumnProfile): Promise<number[]> {
  const [r] = (await engine.query<{ l: number[] }>(
    `SELECT list(${finiteValue(p.name, p.type)}) AS l FROM ${loaded.table}`,
  )) as [{ l: number[] | null }];
  return (r.l ?? []).filter((v) => v !== null).map(Number);
}

/** KS D and the (unnormalised) Wasserstein distance: exact when small, binned with a bound when large. */
interface KsResult {
  d: number;
  w: number;
  errorBound: number;
  /** Binned: the points compared at. */
  points?: number;
}

/** A binned KS comparison: both ECDFs (counts ≤ each bound) at the same bounds. */
interface BinnedState {
  ref: ColumnProfile;
  cur: ColumnProfile;
  bounds: number[];
  /** The reference's counts ≤ each bound: exact, or (between its known points) interpolated… */
  ca: number[];
  /** …and then known to lie in [lo, hi]. */
  lo: number[];
  hi: number[];
  cb: number[];
  n1: number;
  n2: number;
  extra: number;
}

type Prepared = KsResult | { state: BinnedState };

async function ksPrepare(
  engine: DataEngine,
  reference: DriftSide,
  current: DriftSide & { loaded: LoadedTable },
  ref: ColumnProfile,
  cur: ColumnProfile,
  plan: { bounds: number[]; ca: number[]; cb: number[]; extra: number } | undefined,
): Promise<Prepared | undefined> {
  const n1 = finiteCount(ref);
  const n2 = finiteCount(cur);
  if (n1 === 0 || n2 === 0) return undefined;
  // exact from full value counts
  const a = numericValues(ref);
  const b = numericValues(cur);
  if (a && b) return { ...ksFromCounts(a, b), errorBound: 0 };
  if (reference.loaded && n1 <= EXACT_ROWS && n2 <= EXACT_ROWS) {
    const a = await sortedValues(engine, reference.loaded, ref);
    const b = await sortedValues(engine, current.loaded, cur);
    return { ...ksAndWasserstein(a, b), errorBound: 0 };
  }
  if (!plan) return undefined;
  // binned: both ECDFs at the plan's points; the error is at most the largest share of either
  // sample strictly inside one bucket (measured). With the reference data at hand, buckets above
  // KS_TARGET_ERROR are split and counted again (refineBinned); a bucket (prev(b), b] holds only
  // the value b, so a point mass there is isolated and adds no error.
  return { state: withCurrentPoints({ ref, cur, ...plan, lo: plan.ca, hi: plan.ca, n1, n2 }) };
}

function insideMass(s: BinnedState, i: number): number {
  if (i === 0 || s.bounds[i - 1] === prevDouble(s.bounds[i]!)) return 0;
  return Math.max((s.hi[i]! - s.lo[i - 1]!) / s.n1, (s.cb[i]! - s.cb[i - 1]!) / s.n2);
}

/**
 * Adds the points the current's own profile knows exactly (its ECDF points, or its values) to a
 * comparison at the reference's points: between two reference points the reference's count is
 * known to lie between theirs (interpolated for the estimate), so a point mass of the current
 * inside a reference bucket is located instead of widening the bound by its whole weight.
 */
function withCurrentPoints(s: BinnedState): BinnedState {
  const { ref, cur } = s;
  const own = cur.ecdf?.points ?? numericValues(cur)?.map(([v]) => v) ?? [];
  const known = new Set(s.bounds);
  const extra = own.filter((x) => !known.has(x));
  if (extra.length === 0 || ref.min === undefined || ref.max === undefined) return s;
  const counts = knownCounts(cur, extra)!;
  const curAt = new Map(extra.map((x, k) => [x, counts[k]!]));
  const at = new Map(s.bounds.map((x, k) => [x, k]));
  const bounds = [...s.bounds, ...extra].sort((a, b) => a - b);
  const out: BinnedState = { ...s, bounds, ca: [], lo: [], hi: [], cb: [] };
  let j = -1; // the last reference point at or below x
  for (const x of bounds) {
    const k = at.get(x);
    if (k !== undefined) {
      j = k;
      out.ca.push(s.ca[k]!);
      out.lo.push(s.lo[k]!);
      out.hi.push(s.hi[k]!);
      out.cb.push(s.cb[k]!);
      continue;
    }
    out.cb.push(curAt.get(x)!);
    // nothing of the reference lies below its minimum, everything at or below its maximum
    if (x < ref.min || x >= ref.max) {
      const c = x < ref.min ? 0 : s.n1;
      out.ca.push(c);
      out.lo.push(c);
      out.hi.push(c);
      continue;
    }
    const lo = j >= 0 ? s.lo[j]! : 0;
    const hi = j + 1 < s.bounds.length ? s.hi[j + 1]! : s.n1;
    const x0 = j >= 0 ? s.bounds[j]! : ref.min;
    const x1 = j + 1 < s.bounds.length ? s.bounds[j + 1]! : ref.max;
    const ca0 = j >= 0 ? s.ca[j]! : 0;
    const ca1 = j + 1 < s.bounds.length ? s.ca[j + 1]! : s.n1;
    out.ca.push(x1 > x0 ? ca0 + ((ca1 - ca0) * (x - x0)) / (x1 - x0) : ca0);
    out.lo.push(lo);
    out.hi.push(hi);
  }
  return out;
}

/** Splits heavy buckets and counts both tables again, all columns in one query per table (≤ 2 rounds). */
async function refineBinned(
  engine: DataEngine,
  reference: DriftSide,
  current: DriftSide & { loaded: LoadedTable },
  states: BinnedState[],
): Promise<void> {
  if (!reference.loaded) return;
  for (let round = 0; round < 2; round++) {
    const todo: BinnedState[] = [];
    for (const s of states) {
      const added: number[] = [];
      for (let i = 1; i < s.bounds.length; i++) {
        const mass = insideMass(s, i);
        if (mass <= KS_TARGET_ERROR) continue;
        const lo = s.bounds[i - 1]!;
        const hi = s.bounds[i]!;
        const k = Math.min(256, Math.ceil(mass / (KS_TARGET_ERROR / 4)));
        for (let j = 1; j < k; j++) added.push(lo + ((hi - lo) * j) / k);
        added.push(prevDouble(hi));
      }
      if (added.length === 0) continue;
      s.bounds = [...new Set([...s.bounds, ...added])].sort((x, y) => x - y);
      todo.push(s);
    }
    if (todo.length === 0) return;
    const count = async (loaded: LoadedTable, side: "ref" | "cur") => {
      const sel = todo.map(
        (s, i) => `histogram(${finiteValue(s[side].name, s[side].type)}, ${listParam(i + 1)}) AS h${i}`,
      );
      const [r] = (await engine.query(
        `SELECT ${sel.join(", ")} FROM ${loaded.table}`,
        todo.map((s) => s.bounds),
      )) as [Record<string, unknown>];
      return todo.map((s, i) => cumulativeAt(r[`h${i}`], s.bounds));
    };
    const a = await count(reference.loaded, "ref");
    const b = await count(current.loaded, "cur");
    todo.forEach((s, i) => {
      s.ca = a[i]!;
      s.lo = s.ca;
      s.hi = s.ca;
      s.cb = b[i]!;
      s.extra = 0; // both ECDFs counted exactly at every bound now
    });
  }
}

/**
 * D from the two ECDFs at the bounds, and how far the true D can be: at a bound |F_ref − F_cur| lies
 * between the distance of F_cur to the reference's [lo, hi] and the larger of |lo − F_cur|,
 * |hi − F_cur|; strictly between two bounds it is at most max(hi_i − F_cur,i−1, F_cur,i − lo_i−1)
 * (both ECDFs rise). The true D lies between the largest lower and the largest upper value.
 */
function finishBinned(s: BinnedState): KsResult {
  const { bounds, ca, lo, hi, cb, n1, n2, cur } = s;
  let d = 0;
  let low = 0;
  let high = 0;
  let w = 0;
  for (let i = 0; i < bounds.length; i++) {
    const fa = ca[i]! / n1;
    const fb = cb[i]! / n2;
    const a = lo[i]! / n1;
    const b = hi[i]! / n1;
    d = Math.max(d, Math.abs(fa - fb));
    low = Math.max(low, fb < a ? a - fb : fb > b ? fb - b : 0);
    high = Math.max(high, Math.abs(a - fb), Math.abs(b - fb));
    if (i > 0 && bounds[i - 1] !== prevDouble(bounds[i]!))
      high = Math.max(high, b - cb[i - 1]! / n2, fb - lo[i - 1]! / n1);
    if (i + 1 < bounds.length) w += Math.abs(fa - fb) * (bounds[i + 1]! - bounds[i]!);
  }
  const bound = Math.max(high - d, d - low);
  // the current's mass outside the reference range (trapezoid estimate)
  if (cur.min !== undefined && cur.min < bounds[0]!) w += ((cb[0]! / n2) * (bounds[0]! - cur.min)) / 2;
  const last = bounds.length - 1;
  if (cur.max !== undefined && cur.max > bounds[last]!)
    w += ((1 - cb[last]! / n2) * (cur.max - bounds[last]!)) / 2;
  return { d, w, errorBound: bound + s.extra, points: bounds.length };
}

/** The binned KS statistic is refined until no bucket holds more than this share of either sample. */
export const KS_TARGET_ERROR = 0.002;

/** Exact KS D and Wasserstein distance from two value→count lists. */
export function ksFromCounts(a: [number, number][], b: [number, number][]): { d: number; w: number } {
  const na = a.reduce((s, [, n]) => s + n, 0);
  const nb = b.reduce((s, [, n]) => s + n, 0);
  const m = new Map<number, [number, number]>();
  for (const [v, n] of a) m.set(v, [n, 0]);
  for (const [v, n] of b) {
    const e = m.get(v);
    if (e) e[1] = n;
    else m.set(v, [0, n]);
  }
  const keys = [...m.keys()].sort((x, y) => x - y);
  let ca = 0;
  let cb = 0;
  let d = 0;
  let w = 0;
  keys.forEach((k, i) => {
    const [x, y] = m.get(k)!;
    ca += x;
    cb += y;
    const diff = Math.abs(ca / na - cb / nb);
    d = Math.max(d, diff);
    if (i + 1 < keys.length) w += diff * (keys[i + 1]! - k);
  });
  return { d, w };
}
