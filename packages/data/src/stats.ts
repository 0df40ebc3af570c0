/**
 * Drift statistics on already-binned or already-summarised data (docs/data.md "Definitions").
 * The SQL side produces bin counts and the two-sample ECDF comparison; these functions turn
 * them into PSI, Jensen–Shannon divergence, L-infinity distance and the KS p-value.
 */

/** Shares below this are floored before the PSI logarithm. */
export const PSI_FLOOR = 1e-4;

function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total > 0 ? c / total : 0));
}

/**
 * Population stability index between expected (reference) and actual (current) bin counts:
 * Σ (a − e)·ln(a / e) with zero shares floored at 1e-4.
 */
export function psi(expectedCounts: readonly number[], actualCounts: readonly number[]): number {
  const e = shares(expectedCounts);
  const a = shares(actualCounts);
  let sum = 0;
  for (let i = 0; i < e.length; i++) {
    const ei = Math.max(e[i]!, PSI_FLOOR);
    const ai = Math.max(a[i] ?? 0, PSI_FLOOR);
    sum += (ai - ei) * Math.log(ai / ei);
  }
  return sum;
}

/** Jensen–Shannon divergence, base 2 (0..1), between the shares of two count vectors. */
export function jsd(pCounts: readonly number[], qCounts: readonly number[]): number {
  const p = shares(pCounts);
  const q = shares(qCounts);
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]!;
    const qi = q[i] ?? 0;
    const m = (pi + qi) / 2;
    if (pi > 0) sum += 0.5 * pi * Math.log2(pi / m);
    if (qi > 0) sum += 0.5 * qi * Math.log2(qi / m);
  }
  return Math.max(0, sum);
}

/** L-infinity distance between the shares of two count vectors (TFDV's categorical comparator). */
export function linf(pCounts: readonly number[], qCounts: readonly number[]): number {
  const p = shares(pCounts);
  const q = shares(qCounts);
  let max = 0;
  for (let i = 0; i < p.length; i++) max = Math.max(max, Math.abs(p[i]! - (q[i] ?? 0)));
  return max;
}

/**
 * Two-sample KS statistic D and first Wasserstein distance from two samples, computed in
 * JavaScript (used for small inputs and as the reference implementation in tests; the
 * engine computes the same quantities in SQL).
 */
export function ksAndWasserstein(a: readonly number[], b: readonly number[]): { d: number; w: number } {
  const x = [...a].sort((u, v) => u - v);
  const y = [...b].sort((u, v) => u - v);
  let i = 0;
  let j = 0;
  let d = 0;
  let w = 0;
  let prev = Number.NaN;
  while (i < x.length || j < y.length) {
    const v = Math.min(
      i < x.length ? x[i]! : Number.POSITIVE_INFINITY,
      j < y.length ? y[j]! : Number.POSITIVE_INFINITY,
    );
    if (!Number.isNaN(prev)) w += Math.abs(i / x.length - j / y.length) * (v - prev);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
    prev = v;
  }
  return { d, w };
}

// ---- KS asymptotic p-value, as scipy.stats.ks_2samp(method="asymp") ----------------------

/** Round half to even, as numpy.round. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

const LOG_FACTORIAL_CACHE: number[] = [0];
function logFactorial(n: number): number {
  for (let k = LOG_FACTORIAL_CACHE.length; k <= n; k++) {
    LOG_FACTORIAL_CACHE[k] = LOG_FACTORIAL_CACHE[k - 1]! + Math.log(k);
  }
  return LOG_FACTORIAL_CACHE[n]!;
}

/**
 * Exact one-sided one-sample Smirnov survival function P(D+_n ≥ x) by the Birnbaum–Tingey sum,
 * evaluated in log space.
 */
export function smirnov(n: number, x: number): number {
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  const jmax = Math.floor(n * (1 - x));
  let sum = 0;
  const lognf = logFactorial(n);
  for (let j = 0; j <= jmax; j++) {
    const a = 1 - x - j / n;
    const b = x + j / n;
    if (a <= 0) {
      if (n - j === 0) sum += Math.exp(lognf - logFactorial(j) + (j - 1) * Math.log(b));
      continue;
    }
    const logTerm =
      lognf - logFactorial(j) - logFactorial(n - j) + (n - j) * Math.log(a) + (j - 1) * Math.log(b);
    sum += Math.exp(logTerm);
  }
  return Math.min(1, Math.max(0, x * sum));
}

/** Pelz–Good approximation of the one-sample KS CDF P(D_n ≤ x) (as scipy's _kolmogn_PelzGood). */
function pelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const PI2 = Math.PI ** 2;
  const PI4 = PI2 ** 2;
  const PI6 = PI2 ** 3;
  const SQRT2PI = Math.sqrt(2 * Math.PI);
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -PI2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qpower = q ** (8 * k);
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i]! * qpower + coeffs[i]!;
  }
  const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = (K[i]! * q * SQRT2PI) / div[i]!;
  q = Math.exp(-PI2 / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  const sqrt3z = Math.sqrt(3) * z;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qp = q ** k2;
    k2extra += k2 * qp;
    const kspi = Math.PI * k;
    k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * k2 * qp;
  }
  K[2] = K[2]! + (k2extra * PI2 * SQRT2PI) / (-36 * z3);
  K[3] = K[3]! + (k3extra * PI2 * SQRT2PI) / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += K[i]! / n ** (i / 2);
  return sum;
}

const clip01 = (p: number) => Math.min(1, Math.max(0, p));

/**
 * Survival function of the one-sample two-sided KS statistic, P(D_n ≥ x), following scipy's
 * kstwo.sf for n > 140 (exact boundary cases, 2·smirnov for n·x² ≥ 2.2, Pelz–Good below).
 * For n ≤ 140 scipy uses the Durbin matrix / Pomeranz recursions where this uses Pelz–Good;
 * the difference there is below 1e-3 (docs/data.md).
 */
export function kolmogorovSf(n: number, x: number): number {
  if (!(n > 0) || Number.isNaN(x)) return Number.NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    const logProb = logFactorial(n) - n * Math.log(n) + n * Math.log(2 * t - 1);
    return clip01(1 - Math.exp(logProb));
  }
  if (t >= n - 1) return clip01(2 * (1 - x) ** n);
  if (x >= 0.5) return clip01(2 * smirnov(n, x));
  const nx2 = t * x;
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip01(2 * smirnov(n, x));
  if (nx2 >= 18) return 0;
  return clip01(1 - pelzGoodCdf(n, x));
}

/** Asymptotic two-sided p-value of the two-sample KS statistic (scipy ks_2samp, method="asymp"). */
export function ksPValue(d: number, n1: number, n2: number): number {
  if (n1 === 0 || n2 === 0) return Number.NaN;
  const en = (n1 * n2) / (n1 + n2);
  return kolmogorovSf(roundHalfEven(en), d);
}

// ---- chi-square quantiles, for thresholds that depend on the sample size -------------------

/** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms: ~15 digits). */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a) (series below a + 1, continued fraction above). */
function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const lead = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10_000 && Math.abs(term) > Math.abs(sum) * 1e-16; n++) {
      term *= x / (a + n);
      sum += term;
    }
    return 1 - sum * Math.exp(lead);
  }
  // Lentz's continued fraction
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(lead) * h;
}

/** P(X > x) for X ~ χ² with `df` degrees of freedom. */
export function chiSquareSf(x: number, df: number): number {
  return gammaQ(df / 2, x / 2);
}

/**
 * The χ² quantile with upper tail `p`: the x with P(X > x) = p (scipy.stats.chi2.isf(p, df)),
 * by bisection on chiSquareSf to a relative 1e-12.
 */
export function chiSquareIsf(p: number, df: number): number {
  if (!(df > 0) || !(p > 0 && p < 1)) return Number.NaN;
  let lo = 0;
  let hi = Math.max(1, df);
  while (chiSquareSf(hi, df) > p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (chiSquareSf(mid, df) > p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
