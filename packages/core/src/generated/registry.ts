/* Generated from schemas/registry.schema.json by scripts/gen-types.ts (pnpm gen:types). Do not edit. */

/**
 * The registry's configuration (modelgate.yaml): environments in promotion order with their policies, the artifact and data allow-lists and evidence freshness.
 */
export interface Registry {
  /**
   * The registry name.
   */
  name: string;
  /**
   * The branch whose head is the deployed state; merging into it deploys.
   */
  defaultBranch?: string;
  /**
   * The environments in promotion order: a version enters an environment only after it was live in the one before it.
   *
   * @minItems 1
   */
  environments: RegistryEnvironment[];
  /**
   * Where model artifacts may live.
   */
  artifacts?: {
    /**
     * Host names from which http(s) artifacts are allowed; file: artifacts must stay inside the repository.
     *
     * Items: A host name, e.g. models.acme.example.
     */
    allowedHosts?: string[];
  };
  /**
   * Where data inputs may be downloaded from: the hosts an http(s) URL given to profile, infer-schema, validate-data or dataset register (and every redirect it makes) may come from.
   */
  data?: {
    /**
     * Host names (host or host:port) from which http(s) data may be downloaded; without any, data URLs are refused.
     *
     * Items: A host name, e.g. data.acme.example.
     */
    allowedHosts?: string[];
  };
  /**
   * Rules for evidence files.
   */
  evidence?: {
    /**
     * Evidence older than this many days is stale and does not count.
     */
    maxAgeDays?: number;
    /**
     * The GitHub Actions workflows whose runs may vouch for evidence under evidence.verify: provenance (or either): the run that made a file must have run one of these, at this ref, on the version's lineage.codeCommit, concluded success and uploaded the file's exact bytes. Empty or absent: no run is trusted.
     *
     * Items: owner/repo/.github/workflows/file.yml@ref, in the form of GITHUB_WORKFLOW_REF, e.g. acme/churn-model/.github/workflows/evidence.yml@refs/heads/main (for a reusable workflow: its caller).
     */
    trustedWorkflows?: string[];
  };
}
/**
 * One deployment environment and the policy a version must meet to enter it.
 */
export interface RegistryEnvironment {
  /**
   * The environment name; environments/<name>/ holds its desired state.
   */
  name: string;
  /**
   * What the environment serves, for people reading the policy.
   */
  description?: string;
  policy?: EnvironmentPolicy;
}
/**
 * The gate a promotion into this environment must pass; omitted means no gate beyond schema and digest checks.
 */
export interface EnvironmentPolicy {
  /**
   * Require evaluation evidence bound to the artifact digest.
   */
  requireEvaluation?: boolean;
  /**
   * Metric thresholds by metric name (e.g. roc_auc, log_loss), with MLflow MetricThreshold semantics.
   */
  metrics?: {
    [k: string]: MetricThreshold | undefined;
  };
  /**
   * No important slice may drop by more than this (absolute, in metric units) against the champion.
   */
  maxSliceDrop?: number;
  /**
   * The challenger's p95 batch latency may be at most this multiple of the champion's, measured in the same evaluation (e.g. 1.5).
   */
  maxLatencyRatio?: number;
  /**
   * Limits on the gaps between groups of each protected attribute.
   */
  fairness?: {
    /**
     * Maximum difference in positive-prediction rate between groups (0..1).
     */
    demographicParityDifference?: number;
    /**
     * Maximum difference in true-positive rate between groups (0..1).
     */
    equalOpportunityDifference?: number;
  };
  /**
   * Require data-validation evidence: every data-validation report the version lists must verify and pass (verdict pass or warn) on its own. true: at least one report. A list names the reports that must be among them: training (the version's training data against the dataset schema: environment training, its data input one of the lineage's training datasets) and serving (a serving sample against the training data: environment serving, comparison skew).
   */
  requireDataValidation?: boolean | ("training" | "serving")[];
  /**
   * Minimum ML Test Score (the minimum of the four section sums).
   */
  minTestScore?: number;
  /**
   * The version's createdAt may be no older than this many days.
   */
  maxModelAgeDays?: number;
  /**
   * Number of approving reviews the pull request needs: the latest review of each reviewer with write permission who is not the pull request's author.
   */
  requiredApprovals?: number;
  /**
   * An approval given on an earlier head commit of the pull request still counts. Default false: a new push needs new approvals.
   */
  allowStaleApprovals?: boolean;
  /**
   * A new version must pass through a canary before it takes all traffic.
   */
  requireCanary?: boolean;
  /**
   * How the gate verifies the evidence it decides on (evaluation and data-validation reports) before their figures count, for the gate and for the ML Test Score's automated points.
   */
  evidence?: {
    /**
     * recompute: the gate re-derives every figure it decides on from digest-bound inputs (the artifacts, the registered dataset versions) and blocks on any difference; provenance: the gate proves which trusted workflow run made each file (designed, not built yet: fails closed); either: recompute, else provenance; none: figures are taken on trust and earn no automated ML Test Score point.
     */
    verify?: "recompute" | "provenance" | "either" | "none";
  };
}
/**
 * A metric threshold (MLflow MetricThreshold semantics): an absolute bound and a minimum change against the champion.
 */
export interface MetricThreshold {
  /**
   * Absolute bound: the candidate's value must be >= (greaterIsBetter) or <= this.
   */
  threshold?: number;
  /**
   * Minimum improvement over the champion in metric units (0 means no worse).
   */
  minAbsoluteChange?: number;
  /**
   * Minimum improvement over the champion as a fraction of the champion's value (0 means no worse).
   */
  minRelativeChange?: number;
  /**
   * True when larger values are better (accuracy, roc_auc), false when smaller are (log_loss, rmse).
   */
  greaterIsBetter: boolean;
}
