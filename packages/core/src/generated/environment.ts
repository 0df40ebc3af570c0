/* Generated from schemas/environment.schema.json by scripts/gen-types.ts (pnpm gen:types). Do not edit. */

/**
 * The desired state of one model in one environment (environments/<env>/<model>.yaml): the champion version and an optional canary.
 */
export interface Environment {
  /**
   * The model name; must match the file name <model>.yaml.
   */
  model: string;
  /**
   * The environment name; must match the directory environments/<env>/ and an environment in modelgate.yaml.
   */
  environment: string;
  /**
   * The champion version: serves 100 - canary.traffic percent of requests.
   */
  version: string;
  /**
   * An optional canary: a second version that serves a share of the traffic.
   */
  canary?: {
    /**
     * The canary version.
     */
    version: string;
    /**
     * Percent of traffic the canary serves, 1..99.
     */
    traffic: number;
  };
}
