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
  type ChangeStep,
  type ChangeType,
  changeBranch,
  createDatasetChange,
  createDeprecateChange,
  createPromoteChange,
  createRegisterChange,
  createRollbackChange,
  type DatasetVersionInput,
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
  type ExtraCheck,
  type ExtraCheckInput,
  type GateChange,
  type GateChangeKind,
  type GateCheck,
  type GateOptions,
  type RegistryCheckReport,
  renderCheckMarkdown,
  runGate,
} from "./gate.js";
export { type GateInputs, gatherGateInputs } from "./gate-inputs.js";
export { GateRules } from "./gate-rules.js";
export {
  compareAndSwapRef,
  defaultHead,
  type EntryAt,
  type FileChange,
  type Identity,
  type OpenOptions,
  openRegistry,
  pushBranch,
  type Registry,
  readTextAt,
  requireCommit,
  resolveCommit,
} from "./git.js";
export * from "./history/index.js";
export { type InitRegistryOptions, type InitRegistryResult, initRegistry } from "./init.js";
export { type FileDiagnostic, MAX_MANIFEST_BYTES } from "./manifest.js";
export {
  type MergeOptions,
  type MergeResult,
  type MergeStep,
  mergeChange,
  StaleChangeError,
} from "./merge.js";
export {
  type DeployEntry,
  type DeployPlan,
  planDeployment,
  renderInferenceService,
  renderPlan,
} from "./plan.js";
export { RegistrySnapshot, type SnapshotFile, type SnapshotRead } from "./snapshot.js";
export {
  type DataValidationRole,
  type DesiredState,
  type EnvironmentFile,
  type ModelStatus,
  type ModelVersion,
  type Policy,
  type RegistryConfig,
  type RegistryStatus,
  readConfig,
  readDesiredState,
  registryStatus,
} from "./state.js";
