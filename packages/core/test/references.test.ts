import { describe, expect, it } from "vitest";
import { DiagnosticCodes as C } from "../src/diagnostics.js";
import { loadManifestText } from "../src/manifest.js";
import { checkRegistryReferences, type RegistryFile } from "../src/references.js";

const D1 = "a".repeat(64);
const D2 = "b".repeat(64);

const REGISTRY: Record<string, string> = {
  "modelgate.yaml": "name: acme\nenvironments:\n  - name: staging\n  - name: production\n",
  "models/credit/model.yaml": [
    "name: credit",
    "owner: risk",
    "task: binary-classification",
    "dataset: loans",
    "label: default",
    "signature:",
    "  inputs: { mode: tensor, name: input, features: [age, incme] }",
    "  outputs: { kind: probabilities, name: probabilities }",
    "slices: [region]",
    "",
  ].join("\n"),
  "models/credit/versions/1.0.0.yaml": [
    "model: credit",
    "version: 1.0.0",
    "createdAt: 2026-09-01T12:00:00Z",
    `artifact: { uri: file:a.onnx, sha256: ${D1}, bytes: 10, format: onnx }`,
    "lineage:",
    "  datasets:",
    `    - { name: loans, version: train, sha256: ${D2}, role: train }`,
    `    - { name: loans, version: test, sha256: ${D1}, role: test }`,
    "status: deprecated",
    "deprecation: { reason: leaks, at: 2026-10-01T00:00:00Z }",
    "",
  ].join("\n"),
  "models/fraud/versions/1.0.0.yaml": `model: fraud\nversion: 1.0.0\ncreatedAt: 2026-09-01T12:00:00Z\nartifact: { uri: file:b.onnx, sha256: ${D1}, bytes: 10, format: onnx }\n`,
  "environments/production/credit.yaml":
    "model: credit\nenvironment: production\nversion: 1.0.0\ncanary: { version: 1.1.0, traffic: 5 }\n",
  "environments/qa/credit.yaml": "model: credit\nenvironment: qa\nversion: 1.0.0\n",
  "datasets/loans/schema.yaml":
    "dataset: loans\nfeatures:\n  - { name: age, type: int }\n  - { name: income, type: float }\n  - { name: default, type: int }\n",
  "datasets/loans/versions/train.yaml": `dataset: loans\nversion: train\nuri: file:train.csv\nsha256: ${D1}\n`,
};

function check(files: Record<string, string>) {
  const loaded: RegistryFile[] = Object.entries(files).map(([file, text]) => ({
    file,
    loaded: loadManifestText(text, { file }),
  }));
  for (const f of loaded) expect(f.loaded.diagnostics, f.file).toEqual([]);
  return checkRegistryReferences(loaded).map(
    (d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`,
  );
}

describe("checkRegistryReferences", () => {
  it("finds every broken reference at its field", () => {
    expect(check(REGISTRY).sort()).toEqual(
      [
        // incme is not a column; slices must be columns too
        `models/credit/model.yaml:7:56 error ${C.UnknownReference} feature "incme" is not a column of dataset loans`,
        `models/credit/model.yaml:9:10 error ${C.UnknownReference} slice "region" is not a column of dataset loans`,
        // the train digest differs from datasets/loans/versions/train.yaml; test is not registered
        `models/credit/versions/1.0.0.yaml:7:46 error ${C.DigestMismatch} sha256 of loans@train does not match the registered dataset version (aaaaaaaaaaaa…)`,
        `models/credit/versions/1.0.0.yaml:8:31 warning ${C.UnknownReference} dataset version loans@test is not registered`,
        `models/fraud/versions/1.0.0.yaml:1:8 error ${C.UnknownReference} model "fraud" is not registered`,
        `environments/production/credit.yaml:3:10 warning ${C.DeprecatedInUse} credit 1.0.0 is deprecated but still serves in production`,
        `environments/production/credit.yaml:4:20 error ${C.UnknownReference} credit 1.1.0 is not registered`,
        `environments/qa/credit.yaml:2:14 error ${C.UnknownReference} environment "qa" is not an environment of modelgate.yaml`,
        `environments/qa/credit.yaml:3:10 warning ${C.DeprecatedInUse} credit 1.0.0 is deprecated but still serves in qa`,
      ].sort(),
    );
  });

  it("skips files that have errors of their own", () => {
    const files = { ...REGISTRY, "environments/qa/credit.yaml": "model: credit\nenvironment: qa\n" };
    const loaded = Object.entries(files).map(([file, text]) => ({
      file,
      loaded: loadManifestText(text, { file }),
    }));
    const diags = checkRegistryReferences(loaded);
    expect(diags.some((d) => d.file === "environments/qa/credit.yaml")).toBe(false);
  });
});
