/* Generated from schemas/model-version.schema.json by scripts/gen-types.ts (pnpm gen:types). Do not edit. */

/**
 * One registered version of a model (models/<model>/versions/<version>.yaml): the artifact by digest, its lineage and its evaluation evidence.
 */
export interface ModelVersion {
  /**
   * The model name; must match the directory models/<model>/.
   */
  model: string;
  /**
   * The version; must match the file name <version>.yaml. Quote it in YAML when it looks like a number ("1.0").
   */
  version: string;
  /**
   * When the version was trained or built (RFC 3339 date-time); used by maxModelAgeDays.
   */
  createdAt: string;
  /**
   * The model file, bound by digest.
   */
  artifact: {
    /**
     * Where the artifact is: file:<path inside the repository> or https://<allowed host>/...
     */
    uri: string;
    /**
     * sha256 of the artifact, 64 lowercase hex characters.
     */
    sha256: string;
    /**
     * Size of the artifact in bytes.
     */
    bytes: number;
    /**
     * The artifact format.
     */
    format: "onnx";
    /**
     * What the model predicted at training time on its test data (CSV), stored beside the artifact; `modelgate evaluate --registry` compares onnxruntime's outputs with it row by row (parity).
     */
    referencePredictions?: {
      /**
       * file:<path inside the repository>, under artifacts/.
       */
      uri: string;
      /**
       * sha256 of the file, 64 lowercase hex characters.
       */
      sha256: string;
    };
  };
  /**
   * Where the version came from: training code, data and parameters.
   */
  lineage?: {
    /**
     * The commit of the training code (7 to 64 hex characters).
     */
    codeCommit?: string;
    /**
     * The dataset versions used, bound by digest.
     *
     * Items: One dataset version and what it was used for.
     */
    datasets?: {
      /**
       * The dataset name (datasets/<name>).
       */
      name: string;
      /**
       * The dataset version (datasets/<name>/versions/<version>.yaml).
       */
      version: string;
      /**
       * sha256 of the data file, 64 lowercase hex characters.
       */
      sha256: string;
      /**
       * What the data was used for.
       */
      role: "train" | "test" | "validation";
    }[];
    /**
     * Free-form training parameters.
     */
    params?: {
      [k: string]: unknown | undefined;
    };
  };
  /**
   * Evaluation results: headline metrics and the evidence files behind them.
   */
  evaluation?: {
    /**
     * Headline metrics by name; informational, gates read the evidence.
     */
    summary?: {
      /**
       * A metric value.
       */
      [k: string]: number | undefined;
    };
    /**
     * Evidence files, bound by digest.
     *
     * Items: One evidence file.
     */
    evidence?: {
      /**
       * The report kind in the file.
       */
      kind:
        | "data-profile"
        | "data-validation"
        | "evaluation"
        | "ml-test-score-report"
        | "registry-check"
        | "deploy-plan";
      /**
       * Where the evidence is: file:<path inside the repository> or an https:// URL.
       */
      uri: string;
      /**
       * sha256 of the evidence file, 64 lowercase hex characters.
       */
      sha256: string;
    }[];
  };
  /**
   * active, or deprecated (may no longer be promoted).
   */
  status?: "active" | "deprecated";
  /**
   * Why and when the version was deprecated (required when status is deprecated).
   */
  deprecation?: {
    /**
     * Why it was deprecated.
     */
    reason: string;
    /**
     * When it was deprecated (RFC 3339 date-time).
     */
    at: string;
  };
  /**
   * Free-form metadata.
   */
  metadata?: {
    [k: string]: unknown | undefined;
  };
}
