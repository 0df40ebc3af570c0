/* Generated from schemas/ml-test-score.schema.json by scripts/gen-types.ts (pnpm gen:types). Do not edit. */

/**
 * Manual evidence for the ML Test Score tests nothing can automate (models/<model>/ml-test-score.yaml).
 */
export interface MlTestScore {
  /**
   * The model name; must match the directory models/<model>/.
   */
  model: string;
  /**
   * One declaration per manually evidenced test.
   *
   * Items: A reviewed declaration that a test is satisfied.
   */
  declarations: {
    /**
     * The test id: data-1..data-7, model-1..model-7, infra-1..infra-7 or monitor-1..monitor-7.
     */
    test: string;
    /**
     * What was done to satisfy the test.
     */
    summary: string;
    /**
     * A link to the document that shows it (wiki page, runbook, dashboard).
     */
    document?: string;
    /**
     * Who vouches for it (team or person).
     */
    owner: string;
    /**
     * When it was last reviewed (YYYY-MM-DD).
     */
    reviewedAt: string;
    /**
     * The declaration expires after this day (YYYY-MM-DD); expired declarations score nothing.
     */
    validUntil?: string;
  }[];
}
