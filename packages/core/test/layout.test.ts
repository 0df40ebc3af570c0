import { describe, expect, it } from "vitest";
import { classifyRegistryPath, hasGitComponent, registryPathKind, registryPaths } from "../src/index.js";

const kind = (p: string) => classifyRegistryPath(p).kind;

describe("classifyRegistryPath", () => {
  it("names each manifest path and the names in it", () => {
    expect(classifyRegistryPath("environments/production/credit-default.yaml")).toEqual({
      path: "environments/production/credit-default.yaml",
      kind: "environment",
      names: { environment: "production", model: "credit-default" },
    });
    expect(classifyRegistryPath("models/m/versions/1.0.0.yaml").names).toEqual({
      model: "m",
      version: "1.0.0",
    });
    expect(kind(registryPaths.config)).toBe("registry");
    expect(kind(registryPaths.model("m"))).toBe("model");
    expect(kind(registryPaths.mlTestScore("m"))).toBe("ml-test-score");
    expect(kind(registryPaths.datasetSchema("d"))).toBe("dataset-schema");
    expect(kind(registryPaths.datasetVersion("d", "v"))).toBe("dataset-version");
    expect(kind("artifacts/m/1.0.0/model.onnx")).toBe("artifact");
    expect(kind("evidence/m/1.0.0/evaluation.json")).toBe("evidence");
  });

  it("refuses .yml with the fix, and files at the wrong place", () => {
    expect(classifyRegistryPath("environments/prod/m.yml")).toMatchObject({
      kind: "misnamed",
      problem:
        "registry manifests are spelled .yaml: rename environments/prod/m.yml to environments/prod/m.yaml",
    });
    expect(kind("modelgate.yml")).toBe("misnamed");
    expect(kind("models/m/versions/1.0.0.YAML")).toBe("unknown");
    expect(kind("models/m/versions/sub/1.0.0.yaml")).toBe("unknown");
    expect(kind("environments/prod.yaml")).toBe("unknown");
    expect(kind("datasets/d/profile.json")).toBe("unknown");
    expect(kind("MODELGATE.yaml")).toBe("unknown");
  });

  it("treats files outside the registry's directories as repository files", () => {
    for (const p of ["README.md", ".github/workflows/registry.yml", "docs/policy.md", "CODEOWNERS"])
      expect([p, kind(p)]).toEqual([p, "repository"]);
  });

  it("refuses .git in any case, and paths that are not normalized", () => {
    for (const p of [
      ".git/config",
      ".GIT/config",
      "artifacts/.Git/x",
      "a//b",
      "../x",
      "./modelgate.yaml",
      "/etc/passwd",
    ])
      expect([p, kind(p)]).toEqual([p, "unknown"]);
    expect(hasGitComponent("models/.gIt/x")).toBe(true);
    expect(hasGitComponent("models/.github/x")).toBe(false);
  });

  it("registryPathKind agrees with classifyRegistryPath on every case above", () => {
    const cases = [
      "modelgate.yaml",
      "modelgate.yml",
      "MODELGATE.yaml",
      "Modelgate.yml",
      "models/m/model.yaml",
      "models/m/model.yml",
      "models/m/versions/1.0.0.yaml",
      "models/m/versions/1.0.0.yml",
      "models/m/versions/1.0.0.YAML",
      "models/m/versions/sub/1.0.0.yaml",
      "models/m/ml-test-score.yaml",
      "models/m/notes.txt",
      "environments/p/m.yaml",
      "environments/p/m.yml",
      "environments/p.yaml",
      "environments/p/n/m.yaml",
      "datasets/d/schema.yaml",
      "datasets/d/versions/v.yml",
      "datasets/d/profile.json",
      "artifacts/m/1/model.onnx",
      "evidence/e.json",
      "README.md",
      ".github/x.yml",
      ".GIT/config",
      "a//b",
      "../x",
      "/etc/passwd",
      "models\\m\\model.yaml",
      "",
    ];
    for (const p of cases) expect([p, registryPathKind(p)]).toEqual([p, classifyRegistryPath(p).kind]);
  });
});
