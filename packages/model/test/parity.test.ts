// onnxruntime-node must reproduce the predictions scikit-learn made at training time
// (examples/models/*/reference-predictions.csv, written by examples/models/train.py) within 1e-5.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel, planInputs, planOutputs, predict } from "../src/runner.js";
import type { ModelSpec } from "../src/spec.js";
import { readHeader, readTable } from "../src/table.js";
import { CREDIT } from "./credit-default.js";

const root = new URL("../../../examples/", import.meta.url).pathname;
const test = join(root, "data", "test.csv");

function reference(path: string): { columns: string[]; values: number[][] } {
  const header = readHeader(path);
  const t = readTable(
    path,
    header.map((name) => ({ name, kind: "number" as const })),
  );
  const values: number[][] = [];
  for (let r = 0; r < t.rows; r++)
    values.push(header.map((h) => (t.columns.get(h) as { values: Float64Array }).values[r] as number));
  return { columns: header, values };
}

const cases: { model: string; spec: ModelSpec }[] = [
  ...["1.0.0", "2.0.0", "3.0.0"].map((v) => ({
    model: `credit-default/${v}`,
    spec: {
      task: "binary-classification" as const,
      label: "default",
      signature: {
        inputs: { mode: "tensor" as const, name: "input", dtype: "float32" as const, features: CREDIT },
        outputs: { kind: "probabilities" as const, name: "probabilities", positiveClass: 1 },
      },
    },
  })),
  {
    model: "loan-grade/1.0.0",
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
  },
  {
    model: "interest-rate/1.0.0",
    spec: {
      task: "regression",
      label: "interest_rate",
      signature: {
        inputs: {
          mode: "tensor",
          name: "input",
          features: [
            "credit_score",
            "term_months",
            "debt_to_income",
            "num_delinquencies",
            "revolving_utilization",
            "income",
          ],
        },
        outputs: { kind: "value", name: "variable" },
      },
    },
  },
];

describe("training/serving parity of the example models", () => {
  it("a binary classifier ending in ZipMap with int64 keys reads the positive class", async () => {
    const model = await loadModel(new URL("./fixtures/trees-zipmap.onnx", import.meta.url).pathname);
    expect(model.zipmap?.labels).toEqual([0, 1]);
    const spec: ModelSpec = {
      task: "binary-classification",
      label: "default",
      signature: {
        inputs: { mode: "tensor", name: "input", features: CREDIT },
        outputs: { kind: "zipmap", name: "output_probability", positiveClass: 1 },
      },
    };
    const plan = planInputs(model, spec, readHeader(test));
    const out = planOutputs(model, spec);
    const table = readTable(
      test,
      CREDIT.map((name) => ({ name, kind: "number" as const })),
    );
    const pred = await predict(model, spec, plan, out, table, { batchSize: 700 });
    const ref = reference(join(root, "models", "credit-default", "2.0.0", "reference-predictions.csv"));
    let worst = 0;
    ref.values.forEach((row, r) => {
      worst = Math.max(worst, Math.abs((pred.values[r] as number) - (row[0] as number)));
    });
    expect(worst).toBeLessThan(1e-5);
    expect(() =>
      planOutputs(model, {
        ...spec,
        signature: { ...spec.signature, outputs: { kind: "zipmap", positiveClass: "yes" } },
      }),
    ).toThrow(/positiveClass "yes" is not a ZipMap key; keys are \[0, 1\]/);
  });

  for (const c of cases) {
    it(`${c.model} matches its reference predictions within 1e-5`, async () => {
      const model = await loadModel(join(root, "models", c.model, "model.onnx"));
      const header = readHeader(test);
      const plan = planInputs(model, c.spec, header);
      const out = planOutputs(model, c.spec);
      const table = readTable(
        test,
        plan.features.map((name) => ({ name, kind: "number" as const })),
      );
      const pred = await predict(model, c.spec, plan, out, table, { batchSize: 512 });
      const ref = reference(join(root, "models", c.model, "reference-predictions.csv"));
      expect(ref.values.length).toBe(5000);
      let worst = 0;
      const k = ref.columns.length;
      for (let r = 0; r < ref.values.length; r++)
        for (let j = 0; j < k; j++)
          worst = Math.max(
            worst,
            Math.abs((pred.values[r * k + j] as number) - (ref.values[r]?.[j] as number)),
          );
      expect(worst).toBeLessThan(1e-5);
    });
  }
});
