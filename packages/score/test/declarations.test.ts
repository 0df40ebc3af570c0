import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "@modelgate/core";
import { describe, expect, it } from "vitest";
import { loadScoreInputs, parseDeclarations } from "../src/index.js";
import { copyFixture, FIXTURE_REGISTRY } from "./fixture.js";

const message = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error("expected a UserError");
};

describe("parseDeclarations", () => {
  it("reads declarations with their lines", () => {
    const d = parseDeclarations(
      "model: m\ndeclarations:\n  - test: data-3\n    summary: s\n    document: https://x.example/d\n    owner: o\n    reviewedAt: 2026-10-01\n    validUntil: 2027-01-01\n",
      "f.yaml",
    );
    expect(d.declarations).toEqual([
      {
        test: "data-3",
        summary: "s",
        document: "https://x.example/d",
        owner: "o",
        reviewedAt: "2026-10-01",
        validUntil: "2027-01-01",
        line: 3,
        problems: [],
      },
    ]);
  });

  it("malformed YAML is an input error naming file, line and column", () => {
    expect(
      message(() => parseDeclarations("model: m\ndeclarations:\n  - test: [data-3\n", "ml-test-score.yaml")),
    ).toMatch(/^ml-test-score\.yaml:\d+:\d+: not valid YAML: /);
    expect(message(() => parseDeclarations("model: m\nmodel: n\n", "f.yaml"))).toMatch(
      /^f\.yaml:2:\d+: not valid YAML/,
    );
  });

  it("a file of another shape is an input error naming the field", () => {
    expect(message(() => parseDeclarations("- data-3\n", "f.yaml"))).toBe(
      'f.yaml:1: expected a mapping with "model" and "declarations"',
    );
    expect(message(() => parseDeclarations("model: m\ntests: []\n", "f.yaml"))).toBe(
      'f.yaml:2: unknown field "tests" (allowed: model, declarations)',
    );
    expect(message(() => parseDeclarations("model: m\ndeclarations: data-3\n", "f.yaml"))).toBe(
      'f.yaml:2: field "declarations" must be a list',
    );
    expect(
      message(() => parseDeclarations("model: other\ndeclarations: []\n", "f.yaml", "credit-default")),
    ).toBe('f.yaml:1: field "model" is "other" but the score is for "credit-default"');
  });

  it("problems inside one declaration stay on it, with line and field", () => {
    const d = parseDeclarations(
      [
        "model: m",
        "declarations:",
        "  - test: data-9",
        "    summary: s",
        "    owner: o",
        "    reviewedAt: 2026-10-01",
        "  - test: data-3",
        "    summary: s",
        "    document: not a link",
        "    owner: o",
        "    reviewedAt: yesterday",
        "  - test: data-3",
        "    summary: s",
        "    document: https://x.example",
        "    owner: o",
        "    reviewedAt: 2026-10-01",
      ].join("\n"),
      "f.yaml",
    );
    expect(d.declarations[0]!.problems).toEqual([
      'f.yaml:3: declarations[0].test: unknown test id "data-9" (data-1..data-7, model-1..7, infra-1..7, monitor-1..7)',
      "f.yaml:3: declarations[0].document: missing (a link to the documented results)",
    ]);
    expect(d.declarations[1]!.problems).toEqual([
      'f.yaml:7: declarations[1].document: "not a link" is not an http(s) or file: link',
      'f.yaml:7: declarations[1].reviewedAt: "yesterday" is not a date (YYYY-MM-DD)',
    ]);
    expect(d.declarations[2]!.problems).toEqual([
      'f.yaml:12: declarations[2].test: "data-3" is already declared on line 7',
    ]);
  });
});

describe("loadScoreInputs", () => {
  it("reads the fixture registry", () => {
    const l = loadScoreInputs({ registry: FIXTURE_REGISTRY, model: "credit-default" });
    expect(l.input.subject).toMatchObject({
      model: "credit-default",
      version: "1.0.0",
      createdAt: "2026-09-01T12:00:00Z",
      datasetSchemaSha256: "91ece9604538815cc04f9c2f3feb280538811b6d068faed6153b6ede0711cebe",
      protectedAttributes: ["gender"],
      features: [
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
        "has_cosigner",
      ],
      profileSha256s: ["1900eab6c028483d7126599ee6f50de0d27907b5c65fa90524580b4b0f9852b0"],
    });
    expect(l.input.environment?.name).toBe("production");
    expect(l.minTestScore).toBe(3);
    expect(l.maxEvidenceAgeDays).toBe(30);
    expect(l.input.evidence.map((e) => e.uri)).toEqual([
      "file:evidence/credit-default/1.0.0/evaluation-recent.json",
      "file:evidence/credit-default/1.0.0/evaluation.json",
      "file:evidence/credit-default/1.0.0/validation-serving.json",
      "file:evidence/credit-default/1.0.0/validation-train.json",
    ]);
    expect(l.input.repositoryFiles).toEqual([".github/dependabot.yml"]);
    expect(l.declarationsRef?.uri).toBe("file:models/credit-default/ml-test-score.yaml");
  });

  it("missing and broken registry files are input errors naming the file", () => {
    const dir = copyFixture();
    expect(message(() => loadScoreInputs({ registry: dir, model: "fraud" }))).toBe(
      "models/fraud/model.yaml: file not found",
    );
    expect(message(() => loadScoreInputs({ registry: dir, model: "credit-default", version: "2.0.0" }))).toBe(
      "models/credit-default/versions/2.0.0.yaml: file not found",
    );
    expect(
      message(() => loadScoreInputs({ registry: dir, model: "credit-default", environment: "qa" })),
    ).toBe('modelgate.yaml: no environment "qa" (environments: staging, production)');
    const v090 = join(dir, "models/credit-default/versions/0.9.0.yaml");
    writeFileSync(v090, readFileSync(v090, "utf8").replace(/sha256: 9afd[0-9a-f]+/, "sha256: 9AFD"));
    expect(message(() => loadScoreInputs({ registry: dir, model: "credit-default", version: "0.9.0" }))).toBe(
      'models/credit-default/versions/0.9.0.yaml:6:11: artifact.sha256 "9AFD" does not match ^[0-9a-f]{64}$',
    );
    expect(
      message(() =>
        loadScoreInputs({ registry: dir, model: "credit-default", evidenceDirs: [join(dir, "nope")] }),
      ),
    ).toContain("directory not found");
  });

  it("evidence that is not JSON is kept with its reason", () => {
    const dir = copyFixture();
    mkdirSync(join(dir, "evidence/credit-default/1.0.0/more"));
    writeFileSync(join(dir, "evidence/credit-default/1.0.0/more/broken.json"), '{"kind": ');
    const l = loadScoreInputs({ registry: dir, model: "credit-default" });
    const broken = l.input.evidence.find((e) => e.uri.endsWith("broken.json"))!;
    expect(broken.parseError).toMatch(/^not valid JSON: /);
    expect(broken.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
