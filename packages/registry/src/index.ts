export {
  checkAllowedHost,
  type FetchLike,
  hashArtifactAt,
  hashHttpArtifact,
  repoPathOfFileUri,
} from "./artifact.js";
export {
  type Change,
  type ChangeOptions,
  type ChangeType,
  changeBranch,
  createDeprecateChange,
  createPromoteChange,
  createRegisterChange,
  createRollbackChange,
  type DeprecateInput,
  type PromoteInput,
  parseDatasetRef,
  type RegisterInput,
  type RollbackInput,
} from "./changes.js";
export {
  CHANGE_KINDS,
  CHANGE_TRAILER,
  type ChangeClassification,
  type ChangeKind,
  type ClassifyOptions,
  classifyChange,
  compareVersions,
  type EnvState,
  formatTrailers,
  type MergeMessageInfo,
  OVERRIDE_TRAILER,
  parseMergeMessage,
} from "./classify.js";
export {
  type BlockingReason,
  type CheckStatus,
  checkMetricThreshold,
  type ExtraCheck,
  type ExtraCheckInput,
  evaluationMetrics,
  fairnessChecks,
  type GateChange,
  type GateChangeKind,
  type GateCheck,
  type GateOptions,
  latencyChecks,
  type RegistryCheckReport,
  renderCheckMarkdown,
  runGate,
  sliceChecks,
} from "./gate.js";
export {
  compareAndSwapRef,
  defaultHead,
  type Identity,
  type OpenOptions,
  openRegistry,
  pushBranch,
  type Registry,
  resolveCommit,
} from "./git.js";
export * from "./history/index.js";
export { type FileDiagnostic, MAX_MANIFEST_BYTES } from "./manifest.js";
export { type MergeOptions, type MergeResult, mergeChange, StaleChangeError } from "./merge.js";
export {
  type DeployEntry,
  type DeployPlan,
  planDeployment,
  renderInferenceService,
  renderPlan,
} from "./plan.js";
export {
  type DesiredState,
  type EnvironmentFile,
  type ModelStatus,
  type ModelVersion,
  type Policy,
  type RegistryConfig,
  type RegistryStatus,
  readDesiredState,
  registryStatus,
} from "./state.js";
