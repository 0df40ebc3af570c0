export {
  computeDrift,
  DEFAULT_DRIFT_THRESHOLDS,
  type DriftSide,
  type DriftThresholds,
  type FeatureDrift,
  ksFromCounts,
} from "./drift.js";
export {
  type ColumnInfo,
  type ColumnType,
  DataEngine,
  type DataFormat,
  dataRemoteRules,
  detectFormat,
  type EngineOptions,
  type LoadedTable,
  type ReadOptions,
} from "./engine.js";
export { type InferOptions, type InferredSchema, inferSchema, STRING_DOMAIN_LIMIT } from "./infer.js";
export {
  type ColumnProfile,
  type DataProfile,
  EXACT_DISTINCT_LIMIT,
  EXACT_ROWS,
  HLL_RELATIVE_ERROR,
  mergeProfiles,
  profileTable,
  profileTables,
  SAMPLE_ROWS,
  SKETCH_STEPS,
  TableProfiler,
  VALUE_COUNTS_LIMIT,
  wrapProfile,
} from "./profile.js";
export { readProfileFile } from "./profile-file.js";
export { type ProfileDatasetOptions, profileDataset } from "./profile-input.js";
export { type ColumnData, type ReadColumnsOptions, readColumns } from "./read-columns.js";
export {
  type DatasetSchema,
  type LoadedSchema,
  parseDatasetSchema,
  type SchemaFeature,
} from "./schema-file.js";
export { jsd, kolmogorovSf, ksAndWasserstein, ksPValue, linf, psi, smirnov } from "./stats.js";
export {
  type Anomaly,
  type AnomalyCode,
  type DataValidationReport,
  type FeatureReport,
  type Severity,
  type ValidateOptions,
  validateData,
  validateLoaded,
} from "./validate.js";
export {
  type DataValidationJob,
  type DataValidationJobResult,
  type DataValidationJobText,
  dataInput,
  dataValidationJobFromText,
  engineOptionsFromText,
  MAX_THREADS,
  readOptionsFromText,
  runDataValidationJob,
} from "./validation-job.js";
export { renderValidationHtml, renderValidationMarkdown } from "./validation-render.js";
