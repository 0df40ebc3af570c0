// What an evidence file records about where it was made: the GitHub Actions run only where every
// variable that names it is there and well-formed; a laptop with CI=true records none.
import { describe, expect, it } from "vitest";
import { contextFromEnv, validateValue } from "../src/index.js";

const ACTIONS = {
  CI: "true",
  GITHUB_ACTIONS: "true",
  GITHUB_REPOSITORY: "acme/churn-model",
  GITHUB_WORKFLOW_REF: "acme/churn-model/.github/workflows/evidence.yml@refs/heads/main",
  GITHUB_RUN_ID: "1234567890",
  GITHUB_RUN_ATTEMPT: "2",
  GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
  GITHUB_REF: "refs/heads/main",
};

const envelope = (context: unknown) => ({
  kind: "data-validation",
  schemaVersion: 1,
  tool: { name: "modelgate", version: "0.1.0" },
  subject: "loans@2026-08",
  inputs: [],
  context,
  createdAt: "2026-11-23T12:00:00Z",
  verdict: "pass",
});

describe("contextFromEnv", () => {
  it("records the run in GitHub Actions, valid against the envelope's schema", () => {
    const context = contextFromEnv(ACTIONS);
    expect(context.github).toEqual({
      repository: "acme/churn-model",
      workflowRef: "acme/churn-model/.github/workflows/evidence.yml@refs/heads/main",
      runId: 1234567890,
      runAttempt: 2,
      sha: "0123456789abcdef0123456789abcdef01234567",
    });
    expect(validateValue("evidence-envelope", envelope(context))).toEqual([]);
  });

  it("records no run on a laptop, CI=true or not, nor when a variable is missing or malformed", () => {
    expect(contextFromEnv({ CI: "true" })).toEqual({ commit: null, ref: null, runUrl: null, ci: true });
    for (const bad of [
      { GITHUB_ACTIONS: undefined },
      { GITHUB_WORKFLOW_REF: undefined },
      { GITHUB_RUN_ATTEMPT: "0" },
      { GITHUB_RUN_ID: "12abc" },
      { GITHUB_RUN_ID: "99999999999999999999" },
      { GITHUB_SHA: "HEAD" },
      { GITHUB_REPOSITORY: "acme/churn-model/extra" },
    ])
      expect(contextFromEnv({ ...ACTIONS, ...bad }), JSON.stringify(bad)).not.toHaveProperty("github");
  });

  it("the schema refuses a half-recorded run", () => {
    const context = { ...contextFromEnv(ACTIONS), github: { repository: "acme/churn-model", runId: 1 } };
    expect(validateValue("evidence-envelope", envelope(context)).length).toBeGreaterThan(0);
  });
});
