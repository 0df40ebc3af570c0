// The check action: on a pull request, the change gated as it would merge, its approvals and the
// competing pull requests; the check run, the sticky comment and the job summary. It reads the
// registry's YAML and JSON only and never runs code from the pull request.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as core from "@actions/core";
import { contextFromEnv, ExitCode, UserError } from "@modelgate/core";
import { createGitHubPort, runPullRequestCheck } from "@modelgate/github";
import { openRegistry } from "@modelgate/registry";
import { DECIDING_ENGINES, decideEngines, enginesMissing } from "./_engines.js";
import { runAction } from "./_run.js";

/** Both carry the pull request; a review re-runs the check so an approval takes effect. */
const EVENTS = ["pull_request", "pull_request_review"];

await runAction(async ({ at, optional, required, write }) => {
  const eventName = process.env.GITHUB_EVENT_NAME ?? "";
  if (!EVENTS.includes(eventName))
    throw new UserError(
      `modelgate check runs on pull_request (and pull_request_review) events, not ${eventName || "an unknown event"}${
        eventName === "pull_request_target"
          ? ": pull_request_target gives untrusted pull requests a write token and is not needed — the check reads YAML and JSON only"
          : ""
      }`,
    );
  if (DECIDING_ENGINES) return decide(at);
  const token = required("token", "default: github.token");
  const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  const event = readEvent();
  const pr = event.pull_request;
  const pullNumber = pr?.number;
  const baseSha = pr?.base?.sha;
  const headSha = pr?.head?.sha;
  if (!Number.isInteger(pullNumber) || typeof baseSha !== "string" || typeof headSha !== "string")
    throw new UserError(
      `the ${eventName} event at GITHUB_EVENT_PATH has no pull_request with a number, base.sha and head.sha`,
    );
  const repository = process.env.GITHUB_REPOSITORY ?? String(event.repository?.full_name ?? "");
  const apiUrl = process.env.GITHUB_API_URL ?? "https://api.github.com";
  const port = createGitHubPort({ repository, token, apiUrl });
  // provenance asks the ML repository's API which run made each evidence file: with its own
  // token when that repository is private and elsewhere (actions: read there), else this one
  const provenanceToken = optional("provenance-token") ?? token;
  const provenancePort =
    provenanceToken === token ? port : createGitHubPort({ repository, token: provenanceToken, apiUrl });
  const registry = await openRegistry(at(core.getInput("registry-path") || "."));
  const context = contextFromEnv(process.env);
  const result = await runPullRequestCheck({
    registry,
    port,
    pullNumber: pullNumber as number,
    baseSha,
    // the event's test merge; when the checkout lacks it, refs/pull/N/merge is fetched from the
    // origin with the token in a header (actions/checkout with fetch-depth: 0 already has it)
    mergeCommit: typeof pr?.merge_commit_sha === "string" ? pr.merge_commit_sha : null,
    fetch: { headers: { authorization: `Basic ${basic}` } },
    headSha,
    runUrl: context.runUrl,
    // the engines are looked for only when a re-run is about to start
    enginesMissing,
    provenancePort,
    context,
  });
  const dir = at(core.getInput("reports-dir") || "modelgate-reports");
  const reportFile = join(dir, `registry-check-pr-${pullNumber}.json`);
  write([
    [reportFile, `${JSON.stringify(result.report, null, 2)}\n`],
    [join(dir, `registry-check-pr-${pullNumber}.md`), result.markdown],
  ]);
  // without a check run (a read-only token) the reasons are the workflow run's own annotations
  if (!result.checkRun) {
    for (const a of result.annotations) {
      const props = { file: a.path, startLine: a.startLine, endLine: a.endLine, title: a.title };
      if (a.level === "failure") core.error(a.message, props);
      else if (a.level === "warning") core.warning(a.message, props);
      else core.notice(a.message, props);
    }
  }
  for (const n of result.notWritten) core.warning(`no ${n.what}: ${n.reason}`);
  if (result.comment)
    core.notice(`${result.comment.created ? "commented" : "updated the comment"}: ${result.comment.url}`);
  core.setOutput("verdict", result.report.verdict);
  core.setOutput("blocked", String(result.report.blocked));
  core.setOutput("report", reportFile);
  await core.summary.addRaw(result.summary).write();
  if (result.report.blocked) {
    core.error(`the gate blocked pull request #${pullNumber}: ${result.report.blocking.length} reason(s)`);
    process.exitCode = ExitCode.Findings;
  }
});

interface PullRequestEvent {
  pull_request?: {
    number?: unknown;
    merge_commit_sha?: unknown;
    base?: { sha?: unknown };
    head?: { sha?: unknown };
  };
  repository?: { full_name?: unknown };
}

function readEvent(): PullRequestEvent {
  return JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH ?? "", "utf8")) as PullRequestEvent;
}

/** The action.yml's first step: are the engines needed (the base's or the merge's policy asks for recomputation)? */
async function decide(at: (path: string) => string): Promise<void> {
  const registry = await openRegistry(at(core.getInput("registry-path") || "."));
  const pr = readEvent().pull_request;
  await decideEngines(
    registry,
    [pr?.base?.sha, pr?.merge_commit_sha].filter((s): s is string => typeof s === "string"),
  );
}
