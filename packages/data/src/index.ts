export {
  computeDrift,
  DEFAULT_DRIFT_THRESHOLDS,
  DRIFT_FALSE_ALARM_RATE,
  type DriftSide,
  type DriftThresholds,
  type FeatureDrift,
  ksFromCounts,
  MIN_DRIFT_VALUES,
  type SampleThresholds,
  sampleThresholds,
} from "./drift.js";
export {
  type ColumnInfo,
  type ColumnType,
  DataEngine,
  type DataFormat,
  dataDownloads,
  dataRemoteRules,
  detectFormat,
  type EngineOptions,
  type LoadedTable,
  type ReadOptions,
  withDataDownloads,
} from "./engine.js";
export {
  INFER_DEFAULTS,
  type InferOptions,
  type InferredSchema,
  inferSchema,
  STRING_DOMAIN_LIMIT,
} from "./infer.js";
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
export { DataDownloads, type DownloadedData } from "./remote.js";
export {
  type DatasetSchema,
  type LoadedSchema,
  parseDatasetSchema,
  type SchemaFeature,
} from "./schema-file.js";
export {
  chiSquareIsf,
  chiSquareSf,
  jsd,
  kolmogorovSf,
  ksAndWasserstein,
  ksPValue,
  linf,
  psi,
  smirnov,
} from "./stats.js";
export {
  type Anomaly,
  type AnomalyCode,
  type DataValidationReport,
  type FeatureReport,
  type Severity,
  type ValidateOptions,
  validateData,
  validateLoaded,
  withinTolerance,
} from "./validate.js";
export {
  type DataValidationJob,
  type DataValidationJobResult,
  type DataValidationJobText,
  dataInput,
  dataInputsAlongside,
  dataValidationJobFromText,
  engineOptionsFromText,
  MAX_THREADS,
  readOptionsFromText,
  runDataValidationJob,
} from "./validation-job.js";
export { renderValidationHtml, renderValidationMarkdown } from "./validation-render.js";
