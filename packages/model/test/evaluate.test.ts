import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seededRandom, UserError, validateValue } from "@modelgate/core";
import { DataEngine } from "@modelgate/data";
import { describe, expect, it } from "vitest";
import { type EvaluateOptions, evaluateModel } from "../src/evaluate.js";
import { renderHtml, renderMarkdown } from "../src/evaluation-render.js";
import { quantile } from "../src/metrics.js";
import { errorDetail } from "../src/runner.js";
import { fairness, selectQuantile, sliceGroups } from "../src/slices.js";
import type { ModelSpec } from "../src/spec.js";
import { CREDIT } from "./credit-default.js";

const examples = new URL("../../../examples/", import.meta.url).pathname;
const testCsv = join(examples, "data", "test.csv");
const modelPath = (v: string) => join(examples, "models", "credit-default", v, "model.onnx");
const spec: ModelSpec = {
  task: "binary-classification",
  label: "default",
  signature: {
    inputs: { mode: "tensor", name: "input", dtype: "float32", features: CREDIT },
    outputs: { kind: "probabilities", name: "probabilities", positiveClass: 1 },
  },
  slices: ["region", "employment_type"],
  protectedAttributes: ["gender"],
};
const context = { commit: null, ref: null, runUrl: null, ci: false };
const base = (over: Partial<EvaluateOptions> = {}): EvaluateOptions => ({
  model: { path: modelPath("2.0.0") },
  data: { path: testCsv },
  spec,
  subject: "credit-default@2.0.0",
  context,
  singleRowRuns: 5,
  ...over,
});
const tmp = mkdtempSync(join(tmpdir(), "mg-eval-"));

/** The UserError an evaluation fails with. */
async function failure(opts: EvaluateOptions): Promise<UserError> {
  try {
    await evaluateModel(opts);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected the evaluation to fail");
}

describe("slices and fairness", () => {
  it("groups categories and cuts numbers into quantile bins", () => {
    const g = sliceGroups(
      "x",
      { kind: "number", values: Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, Number.NaN]) },
      {
        bins: 4,
        maxCategories: 4,
      },
    );
    // numpy.quantile([1..8], [.25, .5, .75]) = 2.75, 4.5, 6.25
    expect(g.map((s) => [s.value, s.rows.length])).toEqual([
      ["(missing)", 1],
      ["[1, 2.75)", 2],
      ["[2.75, 4.5)", 2],
      ["[4.5, 6.25)", 2],
      ["[6.25, 8]", 2],
    ]);
    const c = sliceGroups("c", { kind: "string", values: ["b", "a", "", "b"] });
    expect(c.map((s) => [s.value, Array.from(s.rows)])).toEqual([
      ["(missing)", [2]],
      ["a", [1]],
      ["b", [0, 3]],
    ]);
  });

  it("quantiles by selection equal quantiles of the sorted values", () => {
    const rand = seededRandom(11);
    for (const n of [1, 2, 7, 1000]) {
      const a = Float64Array.from({ length: n }, () => Math.round(rand() * 50) / 10);
      const sorted = Float64Array.from(a).sort();
      for (const q of [0, 0.25, 0.5, 0.75, 1])
        expect(selectQuantile(Float64Array.from(a), q)).toBe(quantile(sorted, q));
    }
  });

  it("demographic parity, equal opportunity and equalized odds (hand-computed)", () => {
    // group A: y 1 1 0 0, predicted 1 0 1 0 -> selection 1/2, TPR 1/2, FPR 1/2
    // group B: y 1 0 0 0, predicted 1 0 0 0 -> selection 1/4, TPR 1, FPR 0
    const groups = sliceGroups("g", { kind: "string", values: ["A", "A", "A", "A", "B", "B", "B", "B"] });
    const f = fairness(
      "g",
      groups,
      [1, 1, 0, 0, 1, 0, 0, 0],
      [0.9, 0.2, 0.6, 0.1, 0.8, 0.1, 0.2, 0.3],
      0.5,
      1,
    );
    expect(f.demographicParityDifference).toBe(0.25);
    expect(f.demographicParityRatio).toBe(0.5);
    expect(f.equalOpportunityDifference).toBe(0.5);
    expect(f.equalizedOddsDifference).toBe(0.5);
  });
});

describe("evaluateModel on the example models", () => {
  it("compares the tree ensemble with the logistic regression champion and writes a valid report", async () => {
    const report = await evaluateModel(
      base({
        champion: { path: modelPath("1.0.0") },
        reference: { path: join(examples, "models", "credit-default", "2.0.0", "reference-predictions.csv") },
        policy: {
          metrics: {
            roc_auc: { threshold: 0.7, minAbsoluteChange: 0, greaterIsBetter: true },
            log_loss: { threshold: 0.6, greaterIsBetter: false },
          },
          maxSliceDrop: 0.05,
          fairness: { demographicParityDifference: 0.1 },
        },
      }),
    );
    expect(validateValue("evaluation", report)).toEqual([]);
    expect(report.verdict).toBe("pass");
    const [ch, champ, baseline] = report.models;
    // sklearn on the same rows at training time (examples/models/train.py): 0.8437 and 0.8370
    expect(ch?.metrics.roc_auc).toBeCloseTo(0.8437, 4);
    expect(champ?.metrics.roc_auc).toBeCloseTo(0.837, 4);
    expect(ch?.metrics.log_loss).toBeCloseTo(0.3281, 4);
    expect(baseline?.role).toBe("baseline");
    expect(baseline?.metrics.roc_auc).toBe(0.5);
    expect(report.inputs.map((i) => i.role)).toEqual(["model", "champion", "data", "reference"]);
    expect(report.parity?.mismatchedRows).toBe(0);
    expect(report.determinism.identical).toBe(true);
    const supports = report.slices.filter((s) => s.feature === "region").reduce((a, s) => a + s.support, 0);
    expect(supports).toBe(5000);
    expect(report.fairness[0]?.groups.map((g) => g.value)).toEqual(["female", "male"]);
    const md = renderMarkdown(report);
    expect(md).toContain("| roc_auc |");
    expect(md).toContain("xychart-beta");
    const html = renderHtml(report);
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    // latency side by side, and a note for what the report does not have
    expect(html).toMatch(/<tr><td>challenger<\/td><td>[\d.]+<\/td>/);
    expect(html).toMatch(/<tr><td>champion<\/td><td>[\d.]+<\/td>/);
    expect(html).toContain("Permutation importance was not computed");
    expect(html).not.toMatch(/[\u2705\u274C\u26A0]/u);
  });

  it("fails the deliberately worse challenger against the champion", async () => {
    const report = await evaluateModel(
      base({
        model: { path: modelPath("3.0.0") },
        champion: { path: modelPath("1.0.0") },
        subject: "credit-default@3.0.0",
        policy: { metrics: { roc_auc: { minAbsoluteChange: 0, greaterIsBetter: true } }, maxSliceDrop: 0.05 },
      }),
    );
    expect(report.verdict).toBe("fail");
    const failed = report.checks.filter((c) => !c.passed).map((c) => c.name);
    expect(failed).toEqual(expect.arrayContaining(["metric:roc_auc", "slices"]));
    expect(validateValue("evaluation", report)).toEqual([]);
  });

  it("permutation importance is exactly 0 for the features the 1.0.0 regression does not use", async () => {
    const report = await evaluateModel(
      base({ model: { path: modelPath("1.0.0") }, importance: { seed: 3 } }),
    );
    const fi = Object.fromEntries((report.featureImportance ?? []).map((f) => [f.feature, f.importance]));
    // train.py fits 1.0.0 on age, income, loan_amount, term_months, credit_score, debt_to_income,
    // employment_years, has_cosigner; the other four have weight 0 in the graph
    for (const unused of ["interest_rate", "num_open_accounts", "num_delinquencies", "revolving_utilization"])
      expect(fi[unused]).toBe(0);
    expect(fi.credit_score).toBeGreaterThan(0.01);
    expect(Object.keys(fi)).toHaveLength(12);
    expect(validateValue("evaluation", report)).toEqual([]);
    const html = renderHtml(report);
    expect(html).toContain("Unused: <code>interest_rate</code>");
    expect(html).not.toContain("was not computed");
  });

  it("reads Parquet through DuckDB with the same results as the CSV", async () => {
    const parquet = join(tmp, "test.parquet");
    const engine = await DataEngine.create();
    await engine.connection.run(
      `COPY (SELECT * FROM read_csv('${testCsv}')) TO '${parquet}' (FORMAT parquet)`,
    );
    engine.close();
    const fromCsv = await evaluateModel(base());
    const fromParquet = await evaluateModel(base({ data: { path: parquet } }));
    expect(fromParquet.dataset.rows).toBe(5000);
    expect(fromParquet.models[0]?.metrics).toEqual(fromCsv.models[0]?.metrics);
    expect(fromParquet.slices.map((x) => [x.value, x.support])).toEqual(
      fromCsv.slices.map((x) => [x.value, x.support]),
    );
  });

  it("reports training/serving skew row by row", async () => {
    const ref = join(tmp, "skewed.csv");
    const lines = readFileSync(
      join(examples, "models", "credit-default", "2.0.0", "reference-predictions.csv"),
      "utf8",
    ).split("\n");
    lines[3] = "0.99"; // data row 3
    writeFileSync(ref, lines.join("\n"));
    const report = await evaluateModel(base({ reference: { path: ref } }));
    expect(report.parity?.mismatchedRows).toBe(1);
    expect(report.parity?.examples[0]?.row).toBe(3);
    expect(report.checks.find((c) => c.name === "training-serving-parity")?.passed).toBe(false);
    expect(report.verdict).toBe("fail");
  });

  it("evaluates a ZipMap multiclass model and a regression model", async () => {
    const grade = await evaluateModel(
      base({
        model: { path: join(examples, "models", "loan-grade", "1.0.0", "model.onnx") },
        subject: "loan-grade@1.0.0",
        spec: {
          task: "multiclass-classification",
          label: "grade",
          signature: {
            inputs: {
              mode: "tensor",
              name: "input",
              features: [
                "age",
                "income",
                "credit_score",
                "debt_to_income",
                "num_delinquencies",
                "revolving_utilization",
              ],
            },
            outputs: { kind: "zipmap", name: "output_probability", classes: ["A", "B", "C", "D"] },
          },
        },
      }),
    );
    // sklearn at training time: accuracy 0.7612, log loss 0.528
    expect(grade.models[0]?.metrics.accuracy).toBeCloseTo(0.7612, 4);
    expect(grade.models[0]?.metrics.log_loss).toBeCloseTo(0.528, 3);
    expect(grade.checks.find((c) => c.name === "beats-baseline")?.passed).toBe(true);
    const md = renderMarkdown(grade);
    expect(md).toContain("| | A | B | C | D |");
    const conf = grade.models[0]?.confusion as number[][];
    expect(conf.flat().reduce((a, b) => a + b, 0)).toBe(5000);
    // the diagonal over all rows is the accuracy
    expect(conf.reduce((a, row, i) => a + (row[i] as number), 0) / 5000).toBeCloseTo(0.7612, 4);
    const rate = await evaluateModel(
      base({
        model: { path: join(examples, "models", "interest-rate", "1.0.0", "model.onnx") },
        subject: "interest-rate@1.0.0",
        features: [
          "credit_score",
          "term_months",
          "debt_to_income",
          "num_delinquencies",
          "revolving_utilization",
          "income",
        ],
        spec: { task: "regression", label: "interest_rate" },
      }),
    );
    // sklearn at training time: MAE 1.6387
    expect(rate.models[0]?.metrics.mae).toBeCloseTo(1.6387, 4);
    expect(validateValue("evaluation", rate)).toEqual([]);
  });
});

describe("one input per column", () => {
  const columnsModel = new URL("./fixtures/columns.onnx", import.meta.url).pathname;
  const columnsSpec: ModelSpec = {
    task: "binary-classification",
    label: "default",
    signature: {
      inputs: { mode: "columns", features: ["age", "region", "income"] },
      outputs: { kind: "probabilities", name: "probabilities" },
    },
  };
  it("feeds int64, string and float64 columns (known answers)", async () => {
    const csv = join(tmp, "columns.csv");
    writeFileSync(
      csv,
      "age,region,income,default\n40,north,50000,1\n20,west,100000,0\n30,east,200000,0\n50,south,0,1\n",
    );
    // the fixture computes sigmoid(0.05 age + code(region) - income / 1e5); Python math.exp gives:
    const ref = join(tmp, "columns-ref.csv");
    writeFileSync(
      ref,
      "score\n0.8320183851339245\n0.598687660112452\n0.45016600268752216\n0.9370266439430035\n",
    );
    const report = await evaluateModel(
      base({
        model: { path: columnsModel },
        data: { path: csv },
        spec: columnsSpec,
        reference: { path: ref, tolerance: 1e-6 },
        minSupport: 1,
      }),
    );
    expect(report.parity?.mismatchedRows).toBe(0);
    expect(report.features).toEqual(["age", "region", "income"]);
    expect(report.models[0]?.metrics.roc_auc).toBe(1);
  });

  it("refuses a fractional value for an int64 input, naming row and column", async () => {
    const csv = join(tmp, "columns-bad.csv");
    writeFileSync(csv, "age,region,income,default\n40,north,50000,1\n20.5,west,100000,0\n");
    const e = await failure(base({ model: { path: columnsModel }, data: { path: csv }, spec: columnsSpec }));
    expect(e.message).toBe(`${csv}:3: column 'age': int64 input needs an integer, found 20.5`);
  });
});

describe("bad input", () => {
  it("onnxruntime's error is shortened at a word boundary, never inside a number", () => {
    const long = `${"x ".repeat(290)}tried to allocate 40000000000 bytes\n at somewhere`;
    const detail = errorDetail(new Error(long));
    expect(detail).not.toContain("400000000 ");
    expect(detail.endsWith(" …")).toBe(true);
    expect(errorDetail(new Error("short one\nsecond"))).toBe("short one");
    expect(errorDetail(new Error(`${"y".repeat(560)} allocate 40000000000 bytes`))).toContain("40000000000");
  });

  it("a file that is not ONNX", async () => {
    const bad = join(tmp, "not.onnx");
    writeFileSync(bad, "this is not a model\n");
    const e = await failure(base({ model: { path: bad } }));
    expect(e.message).toMatch(/not\.onnx: not a valid ONNX model/);
    expect(e.exitCode).toBe(2);
  });

  it("a truncated ONNX file", async () => {
    const bytes = readFileSync(modelPath("2.0.0"));
    const cut = join(tmp, "truncated.onnx");
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const e = await failure(base({ model: { path: cut } }));
    expect(e.message).toMatch(/truncated\.onnx: not a valid ONNX model/);
  });

  it("a dataset without the label column", async () => {
    const e = await failure(base({ data: { path: join(examples, "data", "serving.csv") } }));
    expect(e.message).toMatch(/serving\.csv: label column 'default' not found/);
  });

  it("features that do not match the model (expected vs found)", async () => {
    const e = await failure(
      base({
        spec: {
          ...spec,
          signature: {
            ...spec.signature,
            inputs: { mode: "tensor", name: "input", features: CREDIT.slice(0, 11) },
          },
        },
      }),
    );
    expect(e.message).toMatch(/input 'input' takes 12 features, 11 given: \[age, income/);
    const named = await failure(
      base({
        spec: {
          ...spec,
          signature: { ...spec.signature, inputs: { mode: "tensor", name: "x", features: CREDIT } },
        },
      }),
    );
    expect(named.message).toMatch(/names input 'x', the model has \[input\]/);
    const columns = await failure(
      base({
        spec: { ...spec, signature: { ...spec.signature, inputs: { mode: "columns", features: CREDIT } } },
      }),
    );
    expect(columns.message).toMatch(/expected \[age, income.*\], found \[input\]/);
  });

  it("a positive class that is not a column of the probabilities", async () => {
    const e = await failure(
      base({
        spec: {
          ...spec,
          signature: {
            ...spec.signature,
            outputs: { kind: "probabilities", name: "probabilities", positiveClass: "yes" },
          },
        },
      }),
    );
    expect(e.message).toMatch(/positiveClass: "yes" must be 0 or 1/);
  });

  it("strings where floats are expected", async () => {
    const lines = readFileSync(testCsv, "utf8").split("\n").slice(0, 40);
    lines[5] = (lines[5] as string).replace(/^([^,]*,[^,]*,[^,]*,)[^,]*/, "$1lots");
    const csv = join(tmp, "strings.csv");
    writeFileSync(csv, lines.join("\n"));
    const e = await failure(base({ data: { path: csv } }));
    expect(e.message).toBe(`${csv}:6: column 'income': expected a number, found 'lots'`);
  });

  it("an empty dataset and a header without rows", async () => {
    const empty = join(tmp, "empty.csv");
    writeFileSync(empty, "");
    expect((await failure(base({ data: { path: empty } }))).message).toMatch(
      /empty\.csv: the dataset is empty/,
    );
    const header = join(tmp, "header.csv");
    writeFileSync(header, `${readFileSync(testCsv, "utf8").split("\n")[0]}\n`);
    expect((await failure(base({ data: { path: header } }))).message).toMatch(
      /header\.csv: the dataset has a header but no rows/,
    );
  });

  it("a single-class label makes ROC AUC undefined", async () => {
    const lines = readFileSync(testCsv, "utf8").split("\n");
    const zeros = [
      lines[0],
      ...lines
        .slice(1)
        .filter((l) => l.endsWith(",0"))
        .slice(0, 50),
    ];
    const csv = join(tmp, "single.csv");
    writeFileSync(csv, `${zeros.join("\n")}\n`);
    const e = await failure(base({ data: { path: csv } }));
    expect(e.message).toMatch(/ROC AUC is undefined: every row of label 'default' is 0/);
  });

  it("an artifact whose digest differs from the manifest's", async () => {
    const copy = join(tmp, "model.onnx");
    copyFileSync(modelPath("2.0.0"), copy);
    const e = await failure(base({ model: { path: copy, expectedSha256: "0".repeat(64) } }));
    expect(e.message).toMatch(/artifact digest sha256:de9f67c2.* differs from the manifest's sha256:0000/);
  });

  it("NaN outputs name the rows", async () => {
    const csv = join(tmp, "neg.csv");
    writeFileSync(csv, "a,b,default\n1,0,1\n-1,0,0\n0.5,0,1\n-2,0,0\n");
    const e = await failure(
      base({
        model: { path: new URL("./fixtures/log-first-feature.onnx", import.meta.url).pathname },
        data: { path: csv },
        spec: { task: "binary-classification", label: "default" },
      }),
    );
    expect(e.message).toMatch(/NaN or infinite on 2 row\(s\): data rows 2, 4/);
    expect(e.exitCode).toBe(1);
  });
});
