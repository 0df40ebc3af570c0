// One registry layout: lint, the gate, the deploy plan, history and status classify every file alike.
import { classifyRegistryPath, lintPaths, type RegistryPathKind } from "@modelgate/core";
import { openRegistry, planDeployment, readDesiredState, readHistory, runGate } from "@modelgate/registry";
import { afterEach, describe, expect, it } from "vitest";
import { addVersion, createRegistryFixture, NOW, type RegistryFixture } from "../../registry/test/fixture.js";

let f: RegistryFixture;
afterEach(() => f.cleanup());

const env = (e: string, v: string) => `model: credit-default\nenvironment: ${e}\nversion: ${v}\n`;

/** Every kind of file, including misplaced and misnamed ones, with the class the layout gives it. */
const FILES: Array<[string, string, RegistryPathKind]> = [
  [
    "environments/staging/credit-default.yaml",
    env("staging", "1.0.0").replace("1.0.0", "2.0.0"),
    "environment",
  ],
  [
    "environments/production/fraud.yml",
    "model: fraud\nenvironment: production\nversion: 1.0.0\n",
    "misnamed",
  ],
  ["environments/production/nested/credit-default.yaml", env("production", "2.0.0"), "unknown"],
  ["environments/notes.yaml", "note: the environments\n", "unknown"],
  ["models/credit-default/versions/2.0.0.yaml", "", "model-version"],
  ["models/credit-default/versions/2.1.0.yml", "", "misnamed"],
  ["models/credit-default/ml-test-score.yaml", "model: credit-default\ndeclarations: []\n", "ml-test-score"],
  ["models/credit-default/model.yml", "name: credit-default\n", "misnamed"],
  ["models/credit-default/README.txt", "about the model\n", "unknown"],
  ["datasets/loans/schema.yaml", "", "dataset-schema"],
  ["datasets/loans/versions/2026-11.yaml", "", "dataset-version"],
  ["datasets/loans/versions/2026-12.yml", "", "misnamed"],
  ["artifacts/credit-default/2.0.0/model.onnx", "onnx bytes of credit-default 2.0.0\n", "artifact"],
  ["evidence/credit-default/2.0.0/evaluation.json", "", "evidence"],
  ["Modelgate.yml", "name: acme\n", "unknown"],
  ["README.md", "# acme\n", "repository"],
];

describe("the registry layout", () => {
  it("is the one classifier every consumer uses", async () => {
    f = createRegistryFixture();
    const base = f.git(["rev-parse", "HEAD"]);
    f.git(["checkout", "-q", "-b", "everything"]);
    // 2.0.0 registered by hand (artifact, evidence, version file), then every other file
    addVersion(f, "2.0.0", 0.85);
    f.write(
      "datasets/loans/schema.yaml",
      "dataset: loans\nfeatures:\n  - { name: age, type: int }\n  - { name: income, type: float }\n",
    );
    f.write(
      "datasets/loans/versions/2026-11.yaml",
      `dataset: loans\nversion: "2026-11"\nuri: file:../data/train.csv\nsha256: ${"d".repeat(64)}\nrows: 10\n`,
    );
    for (const [path, text] of FILES) if (text !== "") f.write(path, text);
    for (const path of ["models/credit-default/versions/2.1.0.yml", "datasets/loans/versions/2026-12.yml"])
      f.write(path, "# misnamed\n");
    const head = f.commitAll("every kind of file");
    for (const [path, , kind] of FILES) expect([path, classifyRegistryPath(path).kind]).toEqual([path, kind]);
    const bad = new Set(FILES.filter(([, , k]) => k === "misnamed" || k === "unknown").map(([p]) => p));

    // lint: exactly the misnamed and unclassified files are layout errors
    const lint = await lintPaths(["."], f.dir);
    const layoutErrors = new Set(lint.diagnostics.filter((d) => d.code === "MG020").map((d) => d.file));
    expect([...layoutErrors].sort()).toEqual([...bad].sort());

    // the gate: each registry file's change carries the layout's class; the bad ones fail "layout"
    const reg = await openRegistry(f.dir);
    const report = await runGate(reg, { base, head, now: NOW });
    for (const [path, , kind] of FILES) {
      const change = report.changes.find((c) => c.path === path);
      if (kind === "repository") expect(change).toBeUndefined();
      else expect([path, change?.fileKind]).toEqual([path, kind]);
    }
    const layoutFails = new Set(report.blocking.filter((b) => b.check === "layout").map((b) => b.path));
    expect([...layoutFails].sort()).toEqual([...bad].sort());

    // the deploy plan and history: only environments/<env>/<model>.yaml is desired state
    const plan = await planDeployment(reg, { before: base, after: head });
    expect(plan.entries.map((e) => `${e.environment}/${e.model}`)).toEqual(["staging/credit-default"]);
    const history = await readHistory(reg, { ref: "everything" });
    const touched = history.changes.filter((c) => c.commit === head).map((c) => `${c.env}/${c.model}`);
    expect(touched).toEqual(["staging/credit-default"]);
    expect(history.registrations.filter((r) => r.commit === head).map((r) => r.version)).toEqual(["2.0.0"]);

    // status (the whole desired state): the misnamed and misplaced files are not part of it
    const state = await readDesiredState(reg, "everything");
    expect([...state.environments.keys()].sort()).toEqual(["production", "staging"]);
    expect([...state.environments.get("production")!.keys()]).toEqual(["credit-default"]);
    expect([...state.models.get("credit-default")!.versions.keys()].sort()).toEqual(["1.0.0", "2.0.0"]);
    expect(state.models.has("fraud")).toBe(false);
  }, 60_000);
});
