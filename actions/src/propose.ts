// The propose action: register, promote (canary, complete), rollback or deprecate as a pull
// request on the registry repository (possibly another one); rollback with `direct: true` is
// pushed straight to the default branch where branch rules allow it, else its PR auto-merges.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { checkName, UserError } from "@modelgate/core";
import { createGitHubPort } from "@modelgate/github";
import {
  openRegistry,
  type ProposedChange,
  parseDatasetRef,
  proposeDeprecation,
  proposePromotion,
  proposeRegistration,
  proposeRollback,
  type Registry,
} from "@modelgate/registry";
import { runAction } from "./_run.js";

const KINDS = ["register", "promote", "canary", "complete", "rollback", "deprecate"] as const;
type Kind = (typeof KINDS)[number];

await runAction(async ({ at, optional }) => {
  const started = Date.now();
  const token = core.getInput("token").trim();
  if (token === "") throw new UserError("input token is required (default: github.token)");
  const kind = core.getInput("kind").trim() as Kind;
  if (!KINDS.includes(kind)) throw new UserError(`input kind "${kind}" must be one of ${KINDS.join(", ")}`);
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

  const server = (process.env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const apiUrl = process.env.GITHUB_API_URL ?? "https://api.github.com";
  const cloneUrl = optional("registry-clone-url") ?? `${server}/${repository}.git`;
  const headers = {
    authorization: `Basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`,
  };
  const port = createGitHubPort({ repository, token, apiUrl });
  const cloneDir = mkdtempSync(join(process.env.RUNNER_TEMP ?? tmpdir(), "modelgate-registry-"));
  try {
    const remote = await openRegistry(cloneUrl, { cloneDir, headers });
    // the change is made in the clone only; the port pushes it (forced: a re-proposal replaces
    // the earlier commit of the same branch and updates its pull request)
    const reg: Registry = { ...remote, remoteUrl: null };
    const author = {
      name: "github-actions[bot]",
      email: "41898282+github-actions[bot]@users.noreply.github.com",
    };
    const evidence = core
      .getMultilineInput("evidence")
      .filter((l) => l.trim() !== "")
      .map(at);
    let change: ProposedChange;
    if (kind === "register") {
      const artifactFile = optional("artifact-file");
      const codeCommit = optional("code-commit") ?? process.env.GITHUB_SHA;
      const datasets = core.getMultilineInput("datasets").filter((l) => l.trim() !== "");
      change = await proposeRegistration(
        reg,
        {
          model,
          version: need("version", version),
          artifact: need("artifact", optional("artifact")),
          ...(artifactFile ? { artifactSource: at(artifactFile) } : {}),
          evidence,
          ...(codeCommit ? { codeCommit } : {}),
          ...(datasets.length ? { datasets: datasets.map(parseDatasetRef) } : {}),
        },
        { author },
      );
    } else if (kind === "promote" || kind === "canary" || kind === "complete") {
      const traffic = optional("canary-percent");
      const canary = traffic === undefined ? undefined : Number(traffic);
      if (kind === "canary" && !(Number.isInteger(canary) && canary! >= 1 && canary! <= 99))
        throw new UserError(`input canary-percent "${traffic ?? ""}" must be a whole percent from 1 to 99`);
      change = await proposePromotion(
        reg,
        {
          model,
          version: need("version", version),
          environment: need("environment", environment),
          ...(kind === "canary" ? { canary: canary! } : {}),
          ...(kind === "complete" ? { complete: true } : {}),
        },
        { author },
      );
    } else if (kind === "rollback") {
      const reason = optional("reason");
      change = await proposeRollback(
        reg,
        {
          model,
          environment: need("environment", environment),
          ...(version ? { to: version } : {}),
          ...(reason ? { reason } : {}),
        },
        { author },
      );
    } else {
      change = await proposeDeprecation(
        reg,
        { model, version: need("version", version), reason: need("reason", optional("reason")) },
        { author },
      );
    }
    if (direct) {
      const pushed = await port.pushToDefaultBranch({ registry: remote, commit: change.commit });
      if (pushed.pushed) {
        core.notice(
          `pushed the rollback ${change.commit.slice(0, 12)} to ${remote.defaultBranch} of ${repository}`,
        );
        core.setOutput("commit", change.commit);
        core.setOutput("pr-number", "");
        core.setOutput("pr-url", "");
        core.setOutput("branch", remote.defaultBranch);
        core.setOutput("direct", "true");
        core.setOutput("seconds", ((Date.now() - started) / 1000).toFixed(3));
        await core.summary
          .addRaw(`### ${change.title}\n\nPushed to \`${remote.defaultBranch}\` as ${change.commit}.\n`)
          .write();
        return;
      }
      core.warning(
        `${remote.defaultBranch} refused the direct push (${pushed.refusal}); opening the pull request with auto-merge instead`,
      );
    }
    const pr = await port.proposePullRequest({ registry: remote, change, force: true });
    if (direct) await port.enableAutoMerge(pr.number);
    core.notice(`${pr.created ? "opened" : "updated"} ${pr.url}: ${change.title}`);
    core.setOutput("commit", change.commit);
    core.setOutput("pr-number", String(pr.number));
    core.setOutput("pr-url", pr.url);
    core.setOutput("branch", pr.branch);
    core.setOutput("direct", "false");
    core.setOutput("seconds", ((Date.now() - started) / 1000).toFixed(3));
    await core.summary
      .addRaw(
        `### ${change.title}\n\n[#${pr.number}](${pr.url}) ${pr.created ? "opened" : "updated"}${direct ? " with auto-merge" : ""} · labels ${pr.labels.join(", ")}\n\n${change.body}\n`,
      )
      .write();
  } finally {
    rmSync(cloneDir, { recursive: true, force: true });
  }
});
