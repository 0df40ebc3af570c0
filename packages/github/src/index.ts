export { createLocalPort, type LocalPortOptions } from "./local.js";
export { createGitHubPort, GitHubApiError, type GitHubOptions, type WaitEvent } from "./octokit.js";
export * from "./port.js";
