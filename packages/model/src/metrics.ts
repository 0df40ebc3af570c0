import { seededRandom } from "@modelgate/core";
/** Metric values keyed by their report names (`accuracy`, `roc_auc`, `rmse`, ...). null = undefined here. */
export type Metrics = Record<string, number | null>;

/** Probabilities are clipped to [LOG_LOSS_EPS, 1 - LOG_LOSS_EPS] before the logarithm. */
export const LOG_LOSS_EPS = 1e-15;

export interface BinaryConfusion {
  tn: number;
  fp: number;
  fn: number;
  tp: number;
}

/** Confusion counts at `threshold`: a row is predicted positive when score >= threshold. */
export function binaryConfusion(
  y: ArrayLike<number>,
  p: ArrayLike<number>,
  threshold: number,
): BinaryConfusion {
  let tn = 0;
  let fp = 0;
  let fn = 0;
  let tp = 0;
  for (let i = 0; i < y.length; i++) {
    const pos = (p[i] as number) >= threshold;
    if (y[i] === 1) {
      if (pos) tp++;
      else fn++;
    } else if (pos) fp++;
    else tn++;
  }
  return { tn, fp, fn, tp };
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Scores of the positive and the negative rows, each sorted ascending (native numeric sort). */
function splitSorted(y: ArrayLike<number>, p: ArrayLike<number>): { pos: Float64Array; neg: Float64Array } {
  let positives = 0;
  for (let i = 0; i < y.length; i++) if (y[i] === 1) positives++;
  const pos = new Float64Array(positives);
  const neg = new Float64Array(y.length - positives);
  let a = 0;
  let b = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i] === 1) pos[a++] = p[i] as number;
    else neg[b++] = p[i] as number;
  }
  pos.sort();
  neg.sort();
  return { pos, neg };
}

/**
 * ROC AUC as the Mann-Whitney statistic: the share of (positive, negative) pairs the positive
 * scores higher, a tie counting one half (exactly the trapezoidal area under the ROC curve).
 * null when only one class is present.
 */
export function rocAuc(y: ArrayLike<number>, p: ArrayLike<number>): number | null {
  const { pos, neg } = splitSorted(y, p);
  if (pos.length === 0 || neg.length === 0) return null;
  let below = 0; // negatives scoring strictly lower than the current positive
  let equal = 0; // negatives scoring equal to it
  let j = 0;
  let wins = 0;
  let last = Number.NaN;
  for (let i = 0; i < pos.length; i++) {
    const s = pos[i] as number;
    if (s !== last) {
      while (j < neg.length && (neg[j] as number) < s) j++;
      below = j;
      let k = j;
      while (k < neg.length && neg[k] === s) k++;
      equal = k - j;
      last = s;
    }
    wins += below + equal / 2;
  }
  return wins / (pos.length * neg.length);
}

/**
 * Average precision, the step-wise area under the precision-recall curve:
 * sum over distinct score thresholds (descending) of (R_k - R_{k-1}) * P_k. null without positives.
 */
export function averagePrecision(y: ArrayLike<number>, p: ArrayLike<number>): number | null {
  const { pos, neg } = splitSorted(y, p);
  if (pos.length === 0) return null;
  let i = pos.length - 1;
  let j = neg.length - 1;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  while (i >= 0 || j >= 0) {
    const v = Math.max(i >= 0 ? (pos[i] as number) : -Infinity, j >= 0 ? (neg[j] as number) : -Infinity);
    let dtp = 0;
    while (i >= 0 && pos[i] === v) {
      dtp++;
      i--;
    }
    while (j >= 0 && neg[j] === v) {
      fp++;
      j--;
    }
    tp += dtp;
    if (dtp > 0) ap += (dtp / pos.length) * (tp / (tp + fp));
  }
  return ap;
}

/** Mean negative log-likelihood of the true class, probabilities clipped to [eps, 1 - eps]. */
export function binaryLogLoss(y: ArrayLike<number>, p: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const q = Math.min(Math.max(p[i] as number, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
    s -= y[i] === 1 ? Math.log(q) : Math.log(1 - q);
  }
  return s / y.length;
}

export function brier(y: ArrayLike<number>, p: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const d = (p[i] as number) - (y[i] as number);
    s += d * d;
  }
  return s / y.length;
}

/**
 * Row indices ordering the scores ascending. Probabilities that are float32 values (what ONNX
 * models output) are sorted as packed integer keys (float32 bits x 2^21 + row), natively and
 * exactly; anything else falls back to a comparison sort.
 */
export function argsortScores(p: ArrayLike<number>): Uint32Array {
  const n = p.length;
  const order = new Uint32Array(n);
  let constant = true;
  for (let i = 1; constant && i < n; i++) if (p[i] !== p[0]) constant = false;
  if (constant) {
    for (let i = 0; i < n; i++) order[i] = i;
    return order;
  }
  const SHIFT = 2 ** 21;
  let packable = n <= SHIFT;
  for (let i = 0; packable && i < n; i++) {
    const v = p[i] as number;
    if (!(v >= 0) || Math.fround(v) !== v) packable = false;
  }
  if (packable) {
    const f32 = new Float32Array(1);
    const u32 = new Uint32Array(f32.buffer);
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = p[i] as number;
      f32[0] = v === 0 ? 0 : v;
      keys[i] = (u32[0] as number) * SHIFT + i;
    }
    keys.sort();
    for (let i = 0; i < n; i++) {
      const k = keys[i] as number;
      order[i] = k - Math.floor(k / SHIFT) * SHIFT;
    }
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  const values = Float64Array.from(p);
  order.sort((a, b) => (values[a] as number) - (values[b] as number));
  return order;
}

/**
 * Scores and labels permuted into ascending score order once, so later passes read memory in
 * sequence; and each row's log loss, computed once for every grouping of the rows.
 */
export interface SortedScores {
  order: Uint32Array;
  p: Float64Array;
  y: Uint8Array;
  /** row i's log loss (in row order): -log of the clipped probability of its label */
  loss: Float64Array;
}

export function sortScores(y: ArrayLike<number>, p: ArrayLike<number>): SortedScores {
  const order = argsortScores(p);
  const n = order.length;
  const ps = new Float64Array(n);
  const ys = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = order[i] as number;
    ps[i] = p[r] as number;
    ys[i] = y[r] === 1 ? 1 : 0;
  }
  const loss = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const clipped = Math.min(Math.max(p[i] as number, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
    loss[i] = -Math.log(y[i] === 1 ? clipped : 1 - clipped);
  }
  return { order, p: ps, y: ys, loss };
}

/** Per-row group indices; Uint8Array when there are fewer than 255 groups. */
export type GroupIndex = Uint8Array | Uint16Array | Uint32Array;

/**
 * ROC AUC and average precision of every group at once, from one ascending order of all rows:
 * tied scores count one half in the AUC and form one threshold in the precision-recall curve.
 * `groupOf[i]` is row i's group (null: one group of all rows); rows with group >= k are ignored.
 */
export function rankMetricsByGroup(
  sorted: SortedScores,
  groupOf: GroupIndex | null,
  k: number,
): { rocAuc: (number | null)[]; averagePrecision: (number | null)[] } {
  const { order, p, y } = sorted;
  const n = order.length;
  // the groups in score order (one gather per grouping)
  const groups = k < 255 ? new Uint8Array(n) : new Uint32Array(n);
  if (groupOf) for (let i = 0; i < n; i++) groups[i] = groupOf[order[i] as number] as number;
  const P = new Float64Array(k);
  const N = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const gi = groups[i] as number;
    if (gi >= k) continue;
    if (y[i] === 1) P[gi] = (P[gi] as number) + 1;
    else N[gi] = (N[gi] as number) + 1;
  }
  const posG = new Float64Array(k);
  const negG = new Float64Array(k);
  const touched = new Uint32Array(k);
  const stamp = new Int32Array(k).fill(-1);
  // One ascending pass over distinct scores. With `below` counting rows strictly below the
  // current score: AUC wins += pos_here x (neg_below + neg_here / 2); the precision-recall point
  // at this threshold has tp = P - pos_below, fp = N - neg_below, and recall rises by pos_here / P.
  const posBelow = new Float64Array(k);
  const negBelow = new Float64Array(k);
  const wins = new Float64Array(k);
  const ap = new Float64Array(k);
  let i = 0;
  let round = 0;
  while (i < n) {
    const v = p[i];
    let t = 0;
    round++;
    while (i < n) {
      const row = i;
      if (p[row] !== v) break;
      i++;
      const gi = groups[row] as number;
      if (gi >= k) continue;
      if (stamp[gi] !== round) {
        stamp[gi] = round;
        touched[t++] = gi;
        posG[gi] = 0;
        negG[gi] = 0;
      }
      if (y[row] === 1) posG[gi] = (posG[gi] as number) + 1;
      else negG[gi] = (negG[gi] as number) + 1;
    }
    for (let j = 0; j < t; j++) {
      const gi = touched[j] as number;
      const pos = posG[gi] as number;
      const neg = negG[gi] as number;
      const pb = posBelow[gi] as number;
      const nb = negBelow[gi] as number;
      wins[gi] = (wins[gi] as number) + pos * (nb + neg / 2);
      if (pos > 0) {
        const tp = (P[gi] as number) - pb;
        const fp = (N[gi] as number) - nb;
        ap[gi] = (ap[gi] as number) + (pos / (P[gi] as number)) * (tp / (tp + fp));
      }
      posBelow[gi] = pb + pos;
      negBelow[gi] = nb + neg;
    }
  }
  const rocAucs: (number | null)[] = [];
  const aps: (number | null)[] = [];
  for (let gi = 0; gi < k; gi++) {
    const pos = P[gi] as number;
    const neg = N[gi] as number;
    rocAucs.push(pos === 0 || neg === 0 ? null : (wins[gi] as number) / (pos * neg));
    aps.push(pos === 0 ? null : (ap[gi] as number));
  }
  return { rocAuc: rocAucs, averagePrecision: aps };
}

/**
 * Every binary metric for every group in two passes over the rows plus one over `order`
 * (see rankMetricsByGroup). Labels are 0/1, scores are positive-class probabilities.
 */
export function binaryMetricsByGroup(
  y: ArrayLike<number>,
  p: ArrayLike<number>,
  threshold: number,
  sorted: SortedScores,
  groupOf: GroupIndex | null,
  k: number,
): { metrics: Metrics; confusion: BinaryConfusion }[] {
  const counts = Array.from({ length: k }, () => ({ tn: 0, fp: 0, fn: 0, tp: 0, loss: 0, brier: 0, n: 0 }));
  const loss = sorted.loss;
  for (let i = 0; i < y.length; i++) {
    const gi = groupOf ? (groupOf[i] as number) : 0;
    if (gi >= k) continue;
    const c = counts[gi] as (typeof counts)[number];
    const q = p[i] as number;
    const pos = q >= threshold;
    const d = q - (y[i] as number);
    c.n++;
    c.brier += d * d;
    c.loss += loss[i] as number;
    if (y[i] === 1) {
      if (pos) c.tp++;
      else c.fn++;
    } else if (pos) c.fp++;
    else c.tn++;
  }
  const ranks = rankMetricsByGroup(sorted, groupOf, k);
  return counts.map((c, gi) => {
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    return {
      confusion: { tn: c.tn, fp: c.fp, fn: c.fn, tp: c.tp },
      metrics: {
        accuracy: ratio(c.tp + c.tn, c.n),
        precision,
        recall,
        f1: ratio(2 * precision * recall, precision + recall),
        roc_auc: ranks.rocAuc[gi] ?? null,
        average_precision: ranks.averagePrecision[gi] ?? null,
        log_loss: c.n === 0 ? null : c.loss / c.n,
        brier: c.n === 0 ? null : c.brier / c.n,
        positive_rate: ratio(c.tp + c.fp, c.n),
        prevalence: ratio(c.tp + c.fn, c.n),
      },
    };
  });
}

/** Every binary metric. Labels are 0/1, scores are positive-class probabilities. */
export function binaryMetrics(
  y: ArrayLike<number>,
  p: ArrayLike<number>,
  threshold = 0.5,
  sorted: SortedScores = sortScores(y, p),
): Metrics {
  return (binaryMetricsByGroup(y, p, threshold, sorted, null, 1)[0] as { metrics: Metrics }).metrics;
}

/**
 * Multiclass metrics. `y` holds class indices 0..k-1, `probs` is row-major [n, k].
 * Precision/recall/F1 of a class with no predicted (or no true) rows count as 0.
 */
export function multiclassMetrics(
  y: ArrayLike<number>,
  probs: ArrayLike<number>,
  k: number,
): { metrics: Metrics; confusion: number[][] } {
  const n = y.length;
  const confusion = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  let loss = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestP = -Infinity;
    for (let j = 0; j < k; j++) {
      const v = probs[i * k + j] as number;
      if (v > bestP) {
        bestP = v;
        best = j;
      }
    }
    const t = y[i] as number;
    (confusion[t] as number[])[best] = ((confusion[t] as number[])[best] as number) + 1;
    const q = Math.min(Math.max(probs[i * k + t] as number, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
    loss -= Math.log(q);
  }
  let correct = 0;
  let macroP = 0;
  let macroR = 0;
  let macroF = 0;
  let wP = 0;
  let wR = 0;
  let wF = 0;
  for (let c = 0; c < k; c++) {
    const row = confusion[c] as number[];
    const tp = row[c] as number;
    correct += tp;
    let predicted = 0;
    for (let r = 0; r < k; r++) predicted += (confusion[r] as number[])[c] as number;
    const support = row.reduce((a, b) => a + b, 0);
    const p = ratio(tp, predicted);
    const r = ratio(tp, support);
    const f = ratio(2 * p * r, p + r);
    macroP += p / k;
    macroR += r / k;
    macroF += f / k;
    wP += (p * support) / n;
    wR += (r * support) / n;
    wF += (f * support) / n;
  }
  return {
    metrics: {
      accuracy: correct / n,
      precision_macro: macroP,
      recall_macro: macroR,
      f1_macro: macroF,
      precision_weighted: wP,
      recall_weighted: wR,
      f1_weighted: wF,
      log_loss: loss / n,
    },
    confusion,
  };
}

/**
 * Regression metrics. R² is 1 - SS_res/SS_tot; with constant targets (SS_tot = 0) it is 1 for a
 * perfect fit and 0 otherwise. MAPE is the mean of |y - ŷ| / |y| over rows whose target is not
 * zero (a zero target has no relative error); `mape_excluded_rows` counts the rows left out,
 * and MAPE is null when every target is zero.
 */
export function regressionMetrics(y: ArrayLike<number>, yhat: ArrayLike<number>): Metrics {
  const n = y.length;
  let abs = 0;
  let sq = 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i] as number;
  mean /= n;
  let tot = 0;
  let ape = 0;
  let apeRows = 0;
  for (let i = 0; i < n; i++) {
    const t = y[i] as number;
    const d = t - (yhat[i] as number);
    abs += Math.abs(d);
    sq += d * d;
    tot += (t - mean) * (t - mean);
    if (t !== 0) {
      ape += Math.abs(d) / Math.abs(t);
      apeRows++;
    }
  }
  return {
    mae: abs / n,
    rmse: Math.sqrt(sq / n),
    r2: tot === 0 ? (sq === 0 ? 1 : 0) : 1 - sq / tot,
    mape: apeRows === 0 ? null : ape / apeRows,
    mape_excluded_rows: n - apeRows,
  };
}

/** Which direction is better for each known metric. */
export function greaterIsBetter(metric: string): boolean {
  return !/^(log_loss|brier|mae|rmse|mape|mse)$/.test(metric);
}

/**
 * Percentile bootstrap confidence intervals: `resamples` draws of n rows with replacement
 * (seeded), the metric function on each, and the (alpha/2, 1 - alpha/2) quantiles.
 */
export function bootstrapIntervals(
  n: number,
  compute: (rows: Uint32Array) => Metrics,
  options: { resamples: number; seed: number; confidence?: number },
): Record<string, { low: number; high: number }> {
  const rand = seededRandom(options.seed);
  const samples = new Map<string, number[]>();
  const rows = new Uint32Array(n);
  for (let b = 0; b < options.resamples; b++) {
    for (let i = 0; i < n; i++) rows[i] = Math.floor(rand() * n);
    const m = compute(rows);
    for (const [name, v] of Object.entries(m)) {
      if (v === null || !Number.isFinite(v)) continue;
      const list = samples.get(name) ?? [];
      if (list.length === 0) samples.set(name, list);
      list.push(v);
    }
  }
  const alpha = 1 - (options.confidence ?? 0.95);
  const out: Record<string, { low: number; high: number }> = {};
  for (const [name, list] of samples) {
    list.sort((a, b) => a - b);
    out[name] = { low: quantile(list, alpha / 2), high: quantile(list, 1 - alpha / 2) };
  }
  return out;
}

/** Linear-interpolated quantile of sorted values (numpy's default). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}
