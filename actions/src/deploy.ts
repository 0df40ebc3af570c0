// The deploy action, on push to the registry's default branch: runDeployJob between the push's
// before and after (re-gate, Deployments with statuses, KServe manifests, deploy branch).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as core from "@actions/core";
import { ExitCode, UserError } from "@modelgate/core";
import { createGitHubPort, type DeployTarget, deploySummaryMarkdown, runDeployJob } from "@modelgate/github";
import { openRegistry } from "@modelgate/registry";
import { DECIDING_ENGINES, decideEngines, enginesMissing } from "./_engines.js";
import { runAction } from "./_run.js";

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

await runAction(async ({ at, optional, required, workspace, write }) => {
  const eventName = process.env.GITHUB_EVENT_NAME ?? "";
  if (eventName !== "push")
    throw new UserError(
      `modelgate deploy runs on push to the registry's default branch, not on ${eventName || "an unknown event"} (on: push: branches: [main])`,
    );
  const token = required("token", "default: github.token");
  const repository = process.env.GITHUB_REPOSITORY ?? "";
  if (!REPOSITORY.test(repository))
    throw new UserError(`GITHUB_REPOSITORY "${repository}" is not owner/name`);
  let event: { before?: unknown; after?: unknown; ref?: unknown };
  try {
    event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH ?? "", "utf8")) as typeof event;
  } catch (error) {
    throw new UserError(`cannot read the push event (GITHUB_EVENT_PATH): ${(error as Error).message}`);
  }
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  const [before, after, ref] = [str(event.before), str(event.after), str(event.ref)];
  const registryPath = optional("registry-path") ?? ".";
  const registry = await openRegistry(at(registryPath));
  // the action.yml's first step: are the engines needed (the policy before or after the push asks for recomputation)?
  if (DECIDING_ENGINES) return decideEngines(registry, [before, after]);
  if (ref !== `refs/heads/${registry.defaultBranch}`)
    throw new UserError(
      `the push is to ${ref || "no branch"}, not to the registry's default branch ${registry.defaultBranch}: only merges into ${registry.defaultBranch} are deployed (on: push: branches: [${registry.defaultBranch}])`,
    );

  const server = (process.env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const runUrl = process.env.GITHUB_RUN_ID
    ? `${server}/${repository}/actions/runs/${process.env.GITHUB_RUN_ID}`
    : null;
  const deployBranch = optional("deploy-branch");
  const deployRepository = optional("deploy-repository");
  if (deployRepository !== undefined && !REPOSITORY.test(deployRepository))
    throw new UserError(`input deploy-repository "${deployRepository}" must be "owner/name"`);
  if (deployRepository !== undefined && deployBranch === undefined)
    throw new UserError(
      "input deploy-repository needs deploy-branch: the branch the manifests are committed to",
    );
  if (
    deployBranch !== undefined &&
    (deployRepository ?? repository) === repository &&
    deployBranch === registry.defaultBranch
  )
    throw new UserError(
      `input deploy-branch must not be the registry's default branch ${registry.defaultBranch}: the manifests go to a branch of their own`,
    );
  let target: DeployTarget | null = null;
  if (deployBranch !== undefined) {
    const secret = optional("deploy-token") ?? token;
    target = {
      url: `${server}/${deployRepository ?? repository}.git`,
      branch: deployBranch,
      headers: { authorization: `Basic ${Buffer.from(`x-access-token:${secret}`).toString("base64")}` },
    };
  }
  const interval = optional("write-interval-ms");
  if (interval !== undefined && !/^\d+$/.test(interval))
    throw new UserError(`input write-interval-ms "${interval}" must be a whole number of milliseconds`);
  const apiUrl = process.env.GITHUB_API_URL ?? "https://api.github.com";
  const github = createGitHubPort({
    repository,
    token,
    apiUrl,
    ...(interval !== undefined ? { writeIntervalMs: Number(interval) } : {}),
  });
  // the re-gate's provenance checks ask the ML repository's API: with its own token when that
  // repository is private and elsewhere (actions: read there), else this one
  const provenanceToken = optional("provenance-token") ?? token;
  const provenancePort =
    provenanceToken === token ? github : createGitHubPort({ repository, token: provenanceToken, apiUrl });
  const temp = process.env.RUNNER_TEMP ?? workspace;
  const result = await runDeployJob({
    registry,
    github,
    before,
    after,
    runUrl,
    manifestsDir: at(optional("manifests-dir") ?? "modelgate-manifests"),
    target,
    context: { commit: after, ref, runUrl, ci: true },
    // the engines are looked for only when a re-run is about to start
    enginesMissing,
    provenancePort,
    author: { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" },
    scratchDir: temp,
  });

  const planFile = join(temp, "modelgate-deploy-plan.json");
  write([[planFile, `${JSON.stringify(result.plan, null, 2)}\n`]]);
  core.setOutput("plan", planFile);
  core.setOutput(
    "deployments",
    JSON.stringify(
      result.deployments.map((d) => ({
        id: d.id,
        environment: d.environment,
        model: d.model,
        state: d.state,
      })),
    ),
  );
  core.setOutput("blocked", String(result.blocked));
  core.setOutput("manifests-commit", result.committed?.commit ?? "");
  await core.summary.addRaw(deploySummaryMarkdown(result)).write();
  for (const c of result.comments)
    if (c.error) core.warning(`no comment on pull request #${c.pullNumber}: ${c.error}`);
  if (result.blocked) {
    for (const b of result.report.blocking)
      core.error(`${b.check}: ${b.message}`, {
        title: "modelgate deploy: not deployed",
        file: join(registryPath, b.file ?? b.path),
        ...(b.line ? { startLine: b.line } : {}),
      });
    process.exitCode = ExitCode.Findings;
  } else if (result.committed?.status === "superseded") {
    core.error(
      `not deployed: ${result.committed.branch} already holds the manifests of ${result.committed.by}, a later commit`,
    );
    process.exitCode = ExitCode.Findings;
  } else {
    for (const d of result.deployments)
      core.notice(`${d.model} in ${d.environment}: deployment ${d.id} ${d.state}`);
  }
});
