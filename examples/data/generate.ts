/**
 * Generates the `loans` example dataset (examples/data/*.csv) from fixed seeds.
 *
 *   npx tsx examples/data/generate.ts
 *
 * Every file has its own seeded PRNG stream (mulberry32), so the output is byte-for-byte
 * reproducible. See examples/data/README.md for the columns and how each one is drawn.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom as mulberry32 } from "../../packages/core/src/random.js";

class Rng {
  private readonly next: () => number;
  private spare: number | null = null;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  uniform(): number {
    return this.next();
  }
  /** Standard normal by the Box–Muller transform. */
  normal(mean = 0, sd = 1): number {
    if (this.spare !== null) {
      const z = this.spare;
      this.spare = null;
      return mean + sd * z;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return mean + sd * r * Math.cos(2 * Math.PI * v);
  }
  /** Poisson by Knuth's multiplication method (small lambda only). */
  poisson(lambda: number): number {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }
  choice<T extends string>(weights: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of weights) total += w;
    let u = this.next() * total;
    for (const [value, w] of weights) {
      u -= w;
      if (u < 0) return value;
    }
    return weights[weights.length - 1]![0];
  }
  bernoulli(p: number): boolean {
    return this.next() < p;
  }
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export const COLUMNS = [
  "loan_id",
  "application_date",
  "age",
  "income",
  "loan_amount",
  "term_months",
  "interest_rate",
  "credit_score",
  "debt_to_income",
  "employment_years",
  "num_open_accounts",
  "num_delinquencies",
  "revolving_utilization",
  "home_ownership",
  "purpose",
  "region",
  "employment_type",
  "gender",
  "has_cosigner",
  "grade",
  "default",
] as const;

type Row = Record<(typeof COLUMNS)[number], string>;

interface Variant {
  /** multiplies income (the drifted serving set shifts it up ~25%) */
  incomeFactor: number;
  regions: ReadonlyArray<readonly [string, number]>;
  purposes: ReadonlyArray<readonly [string, number]>;
  /** share of rows whose credit_score is replaced by an out-of-range value */
  badCreditScoreShare: number;
}

const BASE: Variant = {
  incomeFactor: 1,
  regions: [
    ["north", 0.25],
    ["south", 0.3],
    ["east", 0.2],
    ["west", 0.25],
  ],
  purposes: [
    ["debt_consolidation", 0.38],
    ["credit_card", 0.22],
    ["home_improvement", 0.12],
    ["car", 0.12],
    ["medical", 0.08],
    ["small_business", 0.08],
  ],
  badCreditScoreShare: 0,
};

const DRIFT: Variant = {
  incomeFactor: 1.25,
  regions: [
    ["north", 0.45],
    ["south", 0.2],
    ["east", 0.15],
    ["west", 0.2],
  ],
  purposes: [
    ["debt_consolidation", 0.37],
    ["credit_card", 0.21],
    ["home_improvement", 0.115],
    ["car", 0.115],
    ["medical", 0.08],
    ["small_business", 0.08],
    ["crypto", 0.03],
  ],
  badCreditScoreShare: 0.01,
};

const START = Date.UTC(2025, 0, 1);
const SPAN_SECONDS = 540 * 86400; // ~18 months of applications

const LOAN_SCALE: Record<string, number> = {
  debt_consolidation: 1.0,
  credit_card: 0.6,
  home_improvement: 1.3,
  car: 1.1,
  medical: 0.5,
  small_business: 1.8,
  crypto: 0.9,
};

function makeRow(rng: Rng, id: number, v: Variant): Row {
  const date = new Date(START + Math.floor(rng.uniform() * SPAN_SECONDS) * 1000);
  const applicationDate = date.toISOString().slice(0, 19);

  const age = Math.round(clamp(rng.normal(41, 12), 18, 75));
  const gender = rng.choice([
    ["female", 0.48],
    ["male", 0.52],
  ] as const);
  const employmentType = rng.choice([
    ["salaried", 0.7],
    ["self_employed", 0.12],
    ["contract", 0.12],
    ["unemployed", 0.06],
  ] as const);
  const region = rng.choice(v.regions);
  const purpose = rng.choice(v.purposes);

  // income: log-normal around ~55k, rising with age up to the mid 50s; unemployed far lower
  let logIncome = Math.log(55000) + 0.012 * (Math.min(age, 55) - 40) + rng.normal(0, 0.45);
  if (employmentType === "unemployed") logIncome += Math.log(0.35);
  if (employmentType === "self_employed") logIncome += rng.normal(0.05, 0.3);
  if (region === "west") logIncome += 0.08;
  if (region === "south") logIncome -= 0.06;
  const income = round(Math.exp(logIncome) * v.incomeFactor, 2);

  const maxTenure = Math.max(0, age - 18);
  const employmentYears =
    employmentType === "unemployed"
      ? 0
      : round(clamp(-Math.log(1 - rng.uniform()) * (3 + maxTenure * 0.25), 0, maxTenure), 1);
  const employmentYearsMissing = rng.bernoulli(0.02);

  let credit = rng.normal(675, 65) + 25 * (logIncome - Math.log(55000)) + 0.9 * (age - 41);
  if (employmentType === "unemployed") credit -= 40;
  const creditScore = Math.round(clamp(credit, 300, 850));

  const delinquencyRate = clamp(0.05 + (720 - creditScore) / 180, 0.02, 3);
  const numDelinquencies = rng.poisson(delinquencyRate);
  const numOpenAccounts = rng.poisson(4 + age / 10);
  const revolvingUtilization = round(
    clamp(sigmoid(rng.normal(-0.6, 0.9) + (680 - creditScore) / 90), 0, 1),
    3,
  );

  const homeOwnership = rng.choice([
    ["rent", age < 30 ? 0.65 : 0.3],
    ["own", age > 55 ? 0.35 : 0.12],
    ["mortgage", age < 30 ? 0.2 : 0.55],
  ] as const);

  const loanAmount = round(
    clamp(
      Math.exp(Math.log(12000) + rng.normal(0, 0.55)) * LOAN_SCALE[purpose]! * (income / 55000) ** 0.3,
      1000,
      100000,
    ),
    2,
  );
  const term = rng.bernoulli(loanAmount > 20000 ? 0.55 : 0.2) ? 60 : 36;

  // grade from credit score bands, with noise so the bands overlap
  const noisy = creditScore + rng.normal(0, 22);
  const grade = noisy >= 740 ? "A" : noisy >= 680 ? "B" : noisy >= 620 ? "C" : "D";
  const baseRate: Record<string, number> = { A: 7.0, B: 10.5, C: 14.5, D: 19.5 };
  const interestRate = round(
    clamp(baseRate[grade]! + (term === 60 ? 1.6 : 0) + rng.normal(0, 1.1), 3.5, 30),
    2,
  );

  const debtToIncome = round(clamp(rng.normal(0.17, 0.08) + 0.25 * (loanAmount / income), 0, 0.9), 3);
  const hasCosigner = rng.bernoulli(employmentType === "salaried" ? 0.07 : 0.14);

  const z =
    -2.55 -
    0.011 * (creditScore - 680) +
    3.2 * (debtToIncome - 0.25) +
    0.09 * (interestRate - 12.5) +
    0.35 * numDelinquencies +
    1.1 * (revolvingUtilization - 0.35) +
    (employmentType === "unemployed" ? 0.7 : 0) +
    (employmentType === "contract" ? 0.2 : 0) +
    (term === 60 ? 0.25 : 0) -
    (hasCosigner ? 0.6 : 0) -
    0.02 * Math.min(employmentYears, 15);
  const defaulted = rng.bernoulli(sigmoid(z)) ? 1 : 0;

  const badCredit = rng.bernoulli(v.badCreditScoreShare);
  const reportedCredit = badCredit ? (rng.bernoulli(0.5) ? 0 : 999) : creditScore;

  return {
    loan_id: `L${String(id).padStart(7, "0")}`,
    application_date: applicationDate,
    age: String(age),
    income: String(income),
    loan_amount: String(loanAmount),
    term_months: String(term),
    interest_rate: String(interestRate),
    credit_score: String(reportedCredit),
    debt_to_income: String(debtToIncome),
    employment_years: employmentYearsMissing ? "" : String(employmentYears),
    num_open_accounts: String(numOpenAccounts),
    num_delinquencies: String(numDelinquencies),
    revolving_utilization: String(revolvingUtilization),
    home_ownership: homeOwnership,
    purpose,
    region,
    employment_type: employmentType,
    gender,
    has_cosigner: hasCosigner ? "true" : "false",
    grade,
    default: String(defaulted),
  };
}

export interface FileSpec {
  name: string;
  rows: number;
  seed: number;
  firstId: number;
  labelled: boolean;
  variant: Variant;
}

export const FILES: FileSpec[] = [
  { name: "train.csv", rows: 15000, seed: 20260801, firstId: 1, labelled: true, variant: BASE },
  { name: "test.csv", rows: 5000, seed: 20260802, firstId: 15001, labelled: true, variant: BASE },
  { name: "serving.csv", rows: 5000, seed: 20260803, firstId: 20001, labelled: false, variant: BASE },
  { name: "serving_drift.csv", rows: 5000, seed: 20260804, firstId: 25001, labelled: false, variant: DRIFT },
];

export function generateCsv(spec: FileSpec): string {
  const rng = new Rng(spec.seed);
  const columns = spec.labelled ? COLUMNS : COLUMNS.filter((c) => c !== "default");
  const lines: string[] = [columns.join(",")];
  for (let i = 0; i < spec.rows; i++) {
    const row = makeRow(rng, spec.firstId + i, spec.variant);
    lines.push(columns.map((c) => row[c]).join(","));
  }
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = dirname(fileURLToPath(import.meta.url));
  for (const spec of FILES) {
    const csv = generateCsv(spec);
    writeFileSync(join(dir, spec.name), csv);
    console.log(`${spec.name}: ${spec.rows} rows, ${csv.length} bytes`);
  }
}
