export {
  approvalFactsOf,
  type NotWritten,
  type PullRequestCheckInput,
  type PullRequestCheckResult,
  runPullRequestCheck,
} from "./check-job.js";
export { createLocalPort, type LocalPortOptions } from "./local.js";
export { createGitHubPort, GitHubApiError, type GitHubOptions, type WaitEvent } from "./octokit.js";
export * from "./port.js";
