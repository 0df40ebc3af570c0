/* Generated from schemas/evidence-envelope.schema.json by scripts/gen-types.ts (pnpm gen:types). Do not edit. */

/**
 * The envelope every report modelgate writes starts with: what the report is about, the exact inputs (by sha256) it was computed from, where it ran and its verdict. Report schemas extend it with allOf.
 */
export interface EvidenceEnvelope {
  /**
   * The report kind, e.g. data-profile, data-validation, evaluation, ml-test-score-report, registry-check, deploy-plan.
   */
  kind: string;
  /**
   * Version of the envelope format; always 1.
   */
  schemaVersion: 1;
  /**
   * The tool that wrote the report.
   */
  tool: {
    /**
     * Tool name, normally modelgate.
     */
    name: string;
    /**
     * Tool version that produced the report.
     */
    version: string;
  };
  /**
   * What the report is about: model@version, dataset@version, or a bare name.
   */
  subject: string;
  /**
   * Every exact input the report was computed from, bound by digest.
   *
   * Items: One input file.
   */
  inputs: {
    /**
     * What the input was to the report: model, champion, data, reference, schema, profile, declarations, evidence.
     */
    role: string;
    /**
     * Where the input is: file:<path relative to the repository> or an https:// URL.
     */
    uri: string;
    /**
     * sha256 of the input's bytes, 64 lowercase hex characters.
     */
    sha256: string;
  }[];
  /**
   * Where the report was produced.
   */
  context: {
    /**
     * The commit the run checked out, or null when unknown.
     */
    commit: string | null;
    /**
     * The git ref of the run (e.g. refs/heads/main), or null when unknown.
     */
    ref: string | null;
    /**
     * URL of the CI run, or null when unknown.
     */
    runUrl: string | null;
    /**
     * True when the process that made the report ran with CI=true or GITHUB_ACTIONS=true. A claim, not a proof: nothing is trusted or counted for it (the gate verifies figures by recomputation).
     */
    ci: boolean;
    /**
     * The GitHub Actions run that made the report (GITHUB_ACTIONS=true); absent elsewhere. A claim the provenance verifier checks through the GitHub API: the run exists in this repository, ran a trusted workflow on the version's code commit, concluded success and uploaded this file (docs/security.md).
     */
    github?: {
      /**
       * The repository the run belongs to, owner/name (GITHUB_REPOSITORY).
       */
      repository: string;
      /**
       * The workflow file and ref the run ran (GITHUB_WORKFLOW_REF), e.g. acme/churn-model/.github/workflows/evidence.yml@refs/heads/main; for a reusable workflow, its caller.
       */
      workflowRef: string;
      /**
       * The workflow run's id (GITHUB_RUN_ID).
       */
      runId: number;
      /**
       * The attempt of the run (GITHUB_RUN_ATTEMPT), 1 for the first.
       */
      runAttempt: number;
      /**
       * The commit the run ran on (GITHUB_SHA).
       */
      sha: string;
    };
  };
  /**
   * When the report was written (RFC 3339 date-time, UTC).
   */
  createdAt: string;
  /**
   * The report's overall verdict.
   */
  verdict: "pass" | "warn" | "fail";
}
