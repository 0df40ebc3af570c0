export {
  approvalFactsOf,
  type NotWritten,
  type PullRequestCheckInput,
  type PullRequestCheckResult,
  runPullRequestCheck,
} from "./check-job.js";
export {
  blockedCommentMarkdown,
  DEPLOY_COMMENT_TOPIC,
  type DeployComment,
  type DeployedEntry,
  type DeployJobInput,
  type DeployJobResult,
  type DeployTarget,
  deploySummaryMarkdown,
  runDeployJob,
} from "./deploy-job.js";
export { createLocalPort, type LocalPortOptions } from "./local.js";
export { createGitHubPort, GitHubApiError, type GitHubOptions, type WaitEvent } from "./octokit.js";
export * from "./port.js";
export {
  PROPOSE_KINDS,
  type ProposeJobInput,
  type ProposeJobResult,
  type ProposeKind,
  type ProposeRequest,
  runProposeJob,
} from "./propose-job.js";
export {
  evidenceArtifactName,
  type ProvenanceOptions,
  type ProvenancePort,
  ProvenanceVerifier,
  parseWorkflowRef,
  provenanceVerifier,
} from "./provenance.js";
