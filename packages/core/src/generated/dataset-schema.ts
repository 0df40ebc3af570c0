/* Generated from schemas/dataset-schema.schema.json by scripts/gen-types.ts (pnpm gen:types). Do not edit. */

/**
 * A TFDV-style data contract for a dataset (datasets/<dataset>/schema.yaml): features, types, domains, presence and drift thresholds.
 */
export interface DatasetSchema {
  /**
   * The dataset name; must match the directory datasets/<dataset>/.
   */
  dataset: string;
  /**
   * The label column, if the dataset has one.
   */
  label?: string;
  /**
   * Columns whose values must be unique (together).
   *
   * Items: A column name.
   */
  keys?: string[];
  /**
   * Bounds on the number of rows.
   */
  rowCount?: {
    /**
     * At least this many rows.
     */
    min?: number;
    /**
     * At most this many rows.
     */
    max?: number;
  };
  /**
   * The environments data is validated in by default (e.g. training, serving); features may be absent in some with notIn.
   *
   * Items: An environment name.
   */
  environments?: string[];
  /**
   * The columns and their constraints.
   *
   * @minItems 1
   */
  features: FeatureSpec[];
}
/**
 * One column and its constraints.
 */
export interface FeatureSpec {
  /**
   * The column name.
   */
  name: string;
  /**
   * What the column holds.
   */
  description?: string;
  /**
   * The column's value type.
   */
  type: "int" | "float" | "string" | "bool" | "timestamp";
  /**
   * How often the column must have a value.
   */
  presence?: {
    /**
     * Minimum share of rows with a non-missing value (0..1).
     */
    minFraction?: number;
    /**
     * Minimum number of rows with a non-missing value.
     */
    minCount?: number;
  };
  /**
   * Allowed values: a numeric range (min/max) or a categorical set (values).
   */
  domain?: {
    /**
     * Smallest allowed value (numeric features).
     */
    min?: number;
    /**
     * Largest allowed value (numeric features).
     */
    max?: number;
    /**
     * The allowed values (categorical features).
     *
     * @minItems 1
     *
     * Items: An allowed value.
     */
    values?: (string | number | boolean)[];
    /**
     * The share of rows whose value may lie outside the domain before it is an error: up to ceil(tolerance × rows) such values are reported as info (default 0: any is an error). infer-schema writes 0.002: a range learned from a sample is exceeded by about n/N of n new rows.
     */
    tolerance?: number;
  };
  /**
   * Per-feature drift thresholds against the reference data (defaults psi 0.2, jsd 0.1, linf 0.1).
   */
  drift?: {
    /**
     * Maximum population stability index.
     */
    psi?: number;
    /**
     * Maximum Jensen-Shannon divergence (base 2, 0..1).
     */
    jsd?: number;
    /**
     * Maximum L-infinity distance between category frequencies (0..1).
     */
    linf?: number;
  };
  /**
   * Environments where the column is absent (e.g. the label in serving).
   *
   * Items: An environment name.
   */
  notIn?: string[];
}
