export {
  type ApprovalFacts,
  type ApprovalsDirectPush,
  type ApprovalsNotJudged,
  type ApprovalsRecord,
  type ApprovalVote,
  countApprovals,
  type EnvironmentApprovals,
  type GateApprovals,
  localApprovals,
  localApprovalsAt,
  type SetAsideReason,
  type SetAsideReview,
} from "./approvals.js";
export {
  artifactRemoteRules,
  checkAllowedHost,
  type FetchLike,
  hashArtifactAt,
  hashHttpArtifact,
  repoPathOfFileUri,
} from "./artifact.js";
export { anyDataUrl, DATA_URL_RULE, type DataAllowList, registryDataAllowList } from "./data-allow-list.js";
export {
  type DataValidationRole,
  type DesiredState,
  type EnvironmentFile,
  type EvidenceRef,
  type ModelStatus,
  type ModelVersion,
  type Policy,
  type RegistryConfig,
  type RegistryStatus,
  readConfig,
  readDesiredState,
  registryStatus,
} from "./desired-state.js";
export { noVerifier, trustedAsIs } from "./evidence-verification.js";
export {
  type BlockingReason,
  type CheckStatus,
  type CompetingChange,
  type EvidenceVerificationRecord,
  type EvidenceVerificationResult,
  type EvidenceVerifier,
  type EvidenceVerifyRequest,
  type ExtraCheck,
  type ExtraCheckInput,
  type FigureMismatch,
  type GateCheck,
  type GateOptions,
  type GateTransition,
  type GateTransitionKind,
  type RegistryCheckReport,
  renderCheckMarkdown,
  runGate,
} from "./gate.js";
export { type GateInputs, gatherGateInputs } from "./gate-inputs.js";
export { GateRules } from "./gate-rules.js";
export {
  type ChangedFile,
  compareAndSwapRef,
  defaultHead,
  type EntryAt,
  fetchRef,
  firstParentCommits,
  hasCommit,
  type Identity,
  isAncestor,
  type OpenOptions,
  openRegistry,
  pushBranch,
  type Registry,
  readCommit,
  readTextAt,
  requireCommit,
  resolveCommit,
} from "./git.js";
export * from "./history/index.js";
export { type InitRegistryOptions, type InitRegistryResult, initRegistry } from "./init.js";
export {
  commitManifests,
  DEPLOYED_TRAILER,
  deployedCommitOf,
  type ManifestBranchTarget,
  type ManifestCommitInput,
  type ManifestCommitResult,
} from "./manifest-branch.js";
export { type FileDiagnostic, MAX_MANIFEST_BYTES } from "./manifest-file.js";
export {
  type MergeOptions,
  type MergeResult,
  type MergeStep,
  mergeChange,
  StaleProposalError,
} from "./merge.js";
export {
  type DeployEntry,
  type DeployPlan,
  planDeployment,
  renderInferenceService,
  renderPlan,
} from "./plan.js";
export {
  changeBranch,
  type DatasetVersionInput,
  type DeprecationInput,
  type PromotionInput,
  type ProposalKind,
  type ProposalOptions,
  type ProposalStep,
  type ProposedChange,
  parseDatasetRef,
  proposeDatasetVersion,
  proposeDeprecation,
  proposePromotion,
  proposeRegistration,
  proposeRollback,
  type RegistrationInput,
  type RollbackInput,
} from "./proposals.js";
export { RegistrySnapshot, type SnapshotFile, type SnapshotRead } from "./snapshot.js";
export {
  APPROVED_BY_TRAILER,
  CHANGE_TRAILER,
  type ClassifyOptions,
  classifyTransition,
  compareVersions,
  type EnvState,
  formatTrailers,
  type MergeMessageInfo,
  OVERRIDE_TRAILER,
  parseMergeMessage,
  TRANSITION_KINDS,
  type Transition,
  type TransitionKind,
} from "./transitions.js";
