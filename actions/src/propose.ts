// The propose action: register, promote (canary, complete), rollback or deprecate as a pull
// request on the registry repository (possibly another one); rollback with `direct: true` is
// pushed straight to the default branch where branch rules allow it, else its PR auto-merges.
// The inputs become one request to runProposeJob (packages/github), which the CLI's demo shares.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { checkName, UserError } from "@modelgate/core";
import {
  createGitHubPort,
  PROPOSE_KINDS,
  type ProposeKind,
  type ProposeRequest,
  runProposeJob,
} from "@modelgate/github";
import { parseDatasetRef } from "@modelgate/registry";
import { runAction } from "./_run.js";

await runAction(async ({ at, optional, required }) => {
  const started = Date.now();
  const token = required("token", "default: github.token");
  const kind = core.getInput("kind").trim() as ProposeKind;
  if (!PROPOSE_KINDS.includes(kind))
    throw new UserError(`input kind "${kind}" must be one of ${PROPOSE_KINDS.join(", ")}`);
  const repository = optional("registry-repository") ?? process.env.GITHUB_REPOSITORY ?? "";
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
    throw new UserError(`input registry-repository "${repository}" must be "owner/name"`);
  const model = checkName("model", core.getInput("model").trim(), "model");
  const version = optional("version");
  if (version !== undefined) checkName("version", version, "version");
  const environment = optional("environment");
  if (environment !== undefined) checkName("environment", environment, "environment");
  const directInput = (optional("direct") ?? "false").toLowerCase();
  if (directInput !== "true" && directInput !== "false")
    throw new UserError(`input direct "${optional("direct")}" must be true or false`);
  const direct = directInput === "true";
  if (direct && kind !== "rollback") throw new UserError("input direct: true is only for kind: rollback");
  const need = (name: string, value: string | undefined) => {
    if (value === undefined) throw new UserError(`input ${name} is required for kind: ${kind}`);
    return value;
  };

  let request: ProposeRequest;
  if (kind === "register") {
    const artifactFile = optional("artifact-file");
    const codeCommit = optional("code-commit") ?? process.env.GITHUB_SHA;
    const datasets = core.getMultilineInput("datasets").filter((l) => l.trim() !== "");
    request = {
      kind,
      model,
      version: need("version", version),
      artifact: need("artifact", optional("artifact")),
      ...(artifactFile ? { artifactSource: at(artifactFile) } : {}),
      evidence: core
        .getMultilineInput("evidence")
        .filter((l) => l.trim() !== "")
        .map(at),
      ...(codeCommit ? { codeCommit } : {}),
      ...(datasets.length ? { datasets: datasets.map(parseDatasetRef) } : {}),
    };
  } else if (kind === "promote" || kind === "canary" || kind === "complete") {
    const promotion = {
      model,
      version: need("version", version),
      environment: need("environment", environment),
    };
    if (kind === "canary") {
      const traffic = optional("canary-percent");
      const canary = traffic === undefined ? undefined : Number(traffic);
      if (!(Number.isInteger(canary) && canary! >= 1 && canary! <= 99))
        throw new UserError(`input canary-percent "${traffic ?? ""}" must be a whole percent from 1 to 99`);
      request = { kind, ...promotion, canary: canary! };
    } else request = { kind, ...promotion };
  } else if (kind === "rollback") {
    const reason = optional("reason");
    request = {
      kind,
      model,
      environment: need("environment", environment),
      ...(version ? { to: version } : {}),
      ...(reason ? { reason } : {}),
      direct,
    };
  } else {
    request = { kind, model, version: need("version", version), reason: need("reason", optional("reason")) };
  }

  const server = (process.env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const apiUrl = process.env.GITHUB_API_URL ?? "https://api.github.com";
  const port = createGitHubPort({ repository, token, apiUrl });
  const cloneDir = mkdtempSync(join(process.env.RUNNER_TEMP ?? tmpdir(), "modelgate-registry-"));
  try {
    const result = await runProposeJob({
      port,
      cloneUrl: optional("registry-clone-url") ?? `${server}/${repository}.git`,
      headers: { authorization: `Basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}` },
      cloneDir,
      request,
      author: { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" },
    });
    const { change, pr } = result;
    const seconds = ((Date.now() - started) / 1000).toFixed(3);
    if (!pr) {
      core.notice(
        `pushed the rollback ${change.commit.slice(0, 12)} to ${result.defaultBranch} of ${repository}`,
      );
      core.setOutput("commit", change.commit);
      core.setOutput("pr-number", "");
      core.setOutput("pr-url", "");
      core.setOutput("branch", result.defaultBranch);
      core.setOutput("direct", "true");
      core.setOutput("seconds", seconds);
      await core.summary
        .addRaw(`### ${change.title}\n\nPushed to \`${result.defaultBranch}\` as ${change.commit}.\n`)
        .write();
      return;
    }
    if (result.refusal !== null)
      core.warning(
        `${result.defaultBranch} refused the direct push (${result.refusal}); opened the pull request with auto-merge instead`,
      );
    core.notice(`${pr.created ? "opened" : "updated"} ${pr.url}: ${change.title}`);
    core.setOutput("commit", change.commit);
    core.setOutput("pr-number", String(pr.number));
    core.setOutput("pr-url", pr.url);
    core.setOutput("branch", pr.branch);
    core.setOutput("direct", "false");
    core.setOutput("seconds", seconds);
    await core.summary
      .addRaw(
        `### ${change.title}\n\n[#${pr.number}](${pr.url}) ${pr.created ? "opened" : "updated"}${direct ? " with auto-merge" : ""} · labels ${pr.labels.join(", ")}\n\n${change.body}\n`,
      )
      .write();
  } finally {
    rmSync(cloneDir, { recursive: true, force: true });
  }
});
