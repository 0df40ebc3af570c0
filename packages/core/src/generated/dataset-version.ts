/* Generated from schemas/dataset-version.schema.json by scripts/gen-types.ts (pnpm gen:types). Do not edit. */

/**
 * One version of a dataset (datasets/<dataset>/versions/<version>.yaml): where the data is, its digest and its profile.
 */
export interface DatasetVersion {
  /**
   * The dataset name; must match the directory datasets/<dataset>/.
   */
  dataset: string;
  /**
   * The dataset version; must match the file name <version>.yaml.
   */
  version: string;
  /**
   * Where the data file is: file:<path relative to the repository> or an https:// URL on an allowed host.
   */
  uri: string;
  /**
   * sha256 of the data file, 64 lowercase hex characters.
   */
  sha256: string;
  /**
   * Number of rows in the data file.
   */
  rows?: number;
  /**
   * The data-profile evidence of this version, bound by digest.
   */
  profile?: {
    /**
     * Where the profile JSON is: file:<path relative to the repository> or an https:// URL.
     */
    uri: string;
    /**
     * sha256 of the profile file, 64 lowercase hex characters.
     */
    sha256: string;
  };
}
