/**
 * The GitHub loop, step by step, against the simulator: a registration proposed → its pull
 * request checked (passes) → merged; the staging promotion → checked → merged → deployed; the
 * canary to production → checked (blocked: no approval) → an approving review → checked
 * (passes) → merged → deployed; complete → approved → checked → merged → deployed; the emergency
 * rollback pushed straight to the default branch → deployed.
 *
 * The people (the reviewer, the merge button) act through the simulator's REST API; the jobs are
 * the driver's: actions/test/loop.test.ts runs the committed action bundles as the runner runs
 * them, `modelgate demo --github` calls the job functions (runProposeJob, runPullRequestCheck,
 * runDeployJob) in process. Each step is reported to `observe` with what GitHub then shows (pull
 * request numbers, the sticky comment, the check run's conclusion, the deployments and their
 * statuses). A step that does not do what the loop expects stops it with a LoopDeviation.
 */

import type { ProposeRequest } from "../propose-job.js";
import { userClient } from "./client.js";
import type { SimUser, Simulator } from "./server.js";

export interface Push {
  ref: string;
  before: string;
  after: string;
}

/** The jobs, as the caller runs them. */
export interface LoopDriver {
  propose(request: ProposeRequest): Promise<{ pullNumber: number | null; commit: string }>;
  /** the check on a pull request; `reviewId`: on the pull_request_review event of that review */
  check(pullNumber: number, reviewId?: number): Promise<{ blocked: boolean }>;
  deploy(push: Push): Promise<{ blocked: boolean }>;
}

export interface LoopInput {
  sim: Simulator;
  /** the registry repository, owner/name */
  repository: string;
  /** merges pull requests (the repository's owner) */
  maintainer: SimUser;
  /** approves production changes (write permission, not the pull requests' author) */
  reviewer: SimUser;
  driver: LoopDriver;
  /** the new version's registration (from a training repository's workflow) */
  registration: ProposeRequest & { kind: "register" };
  staging: string;
  production: string;
  canaryPercent: number;
  observe?: (event: LoopEvent) => void | Promise<void>;
}

export interface DeploymentSeen {
  id: number;
  environment: string;
  production: boolean;
  /** the deploy entry's kind and version (the deployment's payload) */
  kind: string;
  to: string;
  states: string[];
}

export type LoopEvent =
  | { kind: "step"; title: string }
  | { kind: "proposed"; title: string; pullNumber: number | null; commit: string }
  | {
      kind: "checked";
      pullNumber: number;
      event: "pull_request" | "pull_request_review";
      blocked: boolean;
      /** the latest check run on the head */
      checkRun: {
        id: number;
        conclusion: string | null;
        title: string | null;
        /** its annotations: "level path title: message" */
        annotations: string[];
      } | null;
      /** the sticky comment's body and how many comments the pull request has */
      comment: string | null;
      comments: number;
    }
  | { kind: "reviewed"; pullNumber: number; by: string; reviewId: number }
  | { kind: "merged"; pullNumber: number; push: Push }
  | { kind: "pushed"; push: Push }
  | { kind: "deployed"; push: Push; blocked: boolean; deployments: DeploymentSeen[] };

export interface LoopRecord {
  events: LoopEvent[];
  pulls: { registration: number; staging: number; canary: number; complete: number };
  rollback: { commit: string; push: Push; dispatchToDeploymentStatusMs: number };
}

/** A step that did not do what the loop expects of it. */
export class LoopDeviation extends Error {}

export async function runGitHubLoop(input: LoopInput): Promise<LoopRecord> {
  const { sim, repository, driver, registration } = input;
  const [owner = "", repo = ""] = repository.split("/");
  const r = () => sim.repo(repository);
  const events: LoopEvent[] = [];
  const emit = async (e: LoopEvent) => {
    events.push(e);
    await input.observe?.(e);
  };
  const model = registration.model;
  const version = registration.version;

  const propose = async (request: ProposeRequest, title: string) => {
    const out = await driver.propose(request);
    await emit({ kind: "proposed", title, pullNumber: out.pullNumber, commit: out.commit });
    return out;
  };
  const pull = async (request: ProposeRequest, title: string) => {
    const { pullNumber } = await propose(request, title);
    if (pullNumber === null) throw new LoopDeviation(`${title}: no pull request was opened`);
    // GitHub makes the test merge (refs/pull/N/merge) when the pull request is read
    await userClient(sim, input.maintainer).pulls.get({ owner, repo, pull_number: pullNumber });
    return pullNumber;
  };
  const check = async (pullNumber: number, expectBlocked: boolean, reviewId?: number) => {
    const { blocked } = await driver.check(pullNumber, reviewId);
    const p = r().pulls.get(pullNumber);
    const run = r()
      .checkRuns.filter((c) => c.headSha === p?.headSha)
      .at(-1);
    const comments = r().comments.filter((c) => c.issue === pullNumber);
    await emit({
      kind: "checked",
      pullNumber,
      event: reviewId === undefined ? "pull_request" : "pull_request_review",
      blocked,
      checkRun: run
        ? {
            id: run.id,
            conclusion: run.conclusion,
            title: run.title,
            annotations: run.annotations.map(
              (a) =>
                `${String(a.annotation_level)} ${String(a.path)} ${String(a.title)}: ${String(a.message)}`,
            ),
          }
        : null,
      comment: comments.at(-1)?.body ?? null,
      comments: comments.length,
    });
    if (blocked !== expectBlocked)
      throw new LoopDeviation(
        `the check of #${pullNumber} ${blocked ? "blocked it" : "passed it"}; expected it to ${expectBlocked ? "block" : "pass"}`,
      );
  };
  const review = async (pullNumber: number) => {
    const { data } = await userClient(sim, input.reviewer).pulls.createReview({
      owner,
      repo,
      pull_number: pullNumber,
      event: "APPROVE",
    });
    await emit({ kind: "reviewed", pullNumber, by: input.reviewer.login, reviewId: data.id });
    return data.id;
  };
  const merge = async (pullNumber: number) => {
    await userClient(sim, input.maintainer).pulls.merge({ owner, repo, pull_number: pullNumber });
    const push = sim.pushes.at(-1);
    if (!push || push.pull !== pullNumber) throw new LoopDeviation(`merging #${pullNumber} pushed nothing`);
    const out = { ref: push.ref, before: push.before, after: push.after };
    await emit({ kind: "merged", pullNumber, push: out });
    return out;
  };
  const deploy = async (push: Push) => {
    const { blocked } = await driver.deploy(push);
    const deployments = r()
      .deployments.filter((d) => d.sha === push.after)
      .map((d) => {
        const payload = (d.payload ?? {}) as { kind?: unknown; to?: unknown };
        return {
          id: d.id,
          environment: d.environment,
          production: d.production,
          kind: String(payload.kind ?? ""),
          to: String(payload.to ?? ""),
          states: d.statuses.map((s) => s.state),
        };
      });
    await emit({ kind: "deployed", push, blocked, deployments });
    if (blocked || deployments.length === 0 || deployments.some((d) => d.states.at(-1) !== "success"))
      throw new LoopDeviation(
        `the deploy of ${push.after.slice(0, 12)} did not end in successful deployments`,
      );
  };
  const step = (title: string) => emit({ kind: "step", title });

  await step(`A training repository's workflow proposes ${model} ${version} with its evidence`);
  const registrationPr = await pull(registration, `register ${model} ${version}`);
  await check(registrationPr, false);
  await merge(registrationPr);

  await step(`${version} to ${input.staging} (no approval needed there)`);
  const promotion = { model, version };
  const staging = await pull(
    { kind: "promote", ...promotion, environment: input.staging },
    `promote ${version} to ${input.staging}`,
  );
  await check(staging, false);
  await deploy(await merge(staging));

  await step(`A ${input.canaryPercent}% canary of ${version} in ${input.production}: blocked until approved`);
  const canary = await pull(
    { kind: "canary", ...promotion, environment: input.production, canary: input.canaryPercent },
    `canary ${version} in ${input.production}`,
  );
  await check(canary, true);
  await check(canary, false, await review(canary));
  await deploy(await merge(canary));

  await step(`Complete the canary: ${version} takes all of ${input.production}'s traffic`);
  const complete = await pull(
    { kind: "complete", ...promotion, environment: input.production },
    `complete ${version} in ${input.production}`,
  );
  await check(complete, false, await review(complete));
  await deploy(await merge(complete));

  await step(
    `Emergency rollback in ${input.production}: pushed straight to the default branch, then deployed`,
  );
  const defaultBranch = r().defaultBranch;
  const before = await sim.git(repository, "rev-parse", `refs/heads/${defaultBranch}`);
  const dispatched = Date.now();
  const rolled = await propose(
    { kind: "rollback", model, environment: input.production, reason: "p99 latency", direct: true },
    `roll back ${model} in ${input.production}`,
  );
  if (rolled.pullNumber !== null)
    throw new LoopDeviation(`the direct rollback opened #${rolled.pullNumber} instead of pushing`);
  const push = { ref: `refs/heads/${defaultBranch}`, before, after: rolled.commit };
  await emit({ kind: "pushed", push });
  await deploy(push);
  const dispatchToDeploymentStatusMs = Date.now() - dispatched;

  return {
    events,
    pulls: { registration: registrationPr, staging, canary, complete },
    rollback: { commit: rolled.commit, push, dispatchToDeploymentStatusMs },
  };
}
