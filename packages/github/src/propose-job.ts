// The propose job: a registry change (register, promote, canary, complete, rollback, deprecate)
// made in a fresh clone of the registry repository and proposed as a pull request on it; the
// emergency rollback (`direct`) is pushed straight to the default branch where branch rules
// allow it, else its pull request gets auto-merge. The propose action and `modelgate demo
// --github` call it.
import {
  type DeprecationInput,
  type Identity,
  openRegistry,
  type PromotionInput,
  type ProposedChange,
  proposeDeprecation,
  proposePromotion,
  proposeRegistration,
  proposeRollback,
  type RegistrationInput,
  type Registry,
  type RollbackInput,
} from "@modelgate/registry";
import type { AutoMergeResult, GitHubPort, ProposeResult } from "./port.js";

export const PROPOSE_KINDS = ["register", "promote", "canary", "complete", "rollback", "deprecate"] as const;
export type ProposeKind = (typeof PROPOSE_KINDS)[number];

/** What to propose: one of the registry's changes, by kind. */
export type ProposeRequest =
  | ({ kind: "register" } & Omit<RegistrationInput, "fetch">)
  | ({ kind: "promote" | "complete" } & Omit<PromotionInput, "canary" | "complete">)
  | ({ kind: "canary" } & Omit<PromotionInput, "complete"> & { canary: number })
  | ({ kind: "rollback"; direct?: boolean } & RollbackInput)
  | ({ kind: "deprecate" } & DeprecationInput);

export interface ProposeJobInput {
  port: GitHubPort;
  /** the registry repository's clone URL and the headers that authenticate git to it */
  cloneUrl: string;
  headers: Record<string, string>;
  /** an empty folder the registry is cloned into (the caller removes it) */
  cloneDir: string;
  request: ProposeRequest;
  /** the change commit's author */
  author: Identity;
}

export interface ProposeJobResult {
  change: ProposedChange;
  /** the rollback was pushed to the default branch (no pull request) */
  direct: boolean;
  /** the default branch's name */
  defaultBranch: string;
  /** the pull request opened or updated (null: pushed directly) */
  pr: ProposeResult | null;
  /** why the default branch refused the direct push (the pull request then auto-merges) */
  refusal: string | null;
  autoMerge: AutoMergeResult | null;
}

export async function runProposeJob(input: ProposeJobInput): Promise<ProposeJobResult> {
  const { port, request, author } = input;
  const remote = await openRegistry(input.cloneUrl, { cloneDir: input.cloneDir, headers: input.headers });
  // the change is made in the clone only; the port pushes it (forced: a re-proposal replaces
  // the earlier commit of the same branch and updates its pull request)
  const reg: Registry = { ...remote, remoteUrl: null };
  const change = await proposeChange(reg, request, author);
  const direct = request.kind === "rollback" && request.direct === true;
  let refusal: string | null = null;
  if (direct) {
    const pushed = await port.pushToDefaultBranch({ registry: remote, commit: change.commit });
    if (pushed.pushed)
      return {
        change,
        direct: true,
        defaultBranch: remote.defaultBranch,
        pr: null,
        refusal: null,
        autoMerge: null,
      };
    refusal = pushed.refusal;
  }
  const pr = await port.proposePullRequest({ registry: remote, change, force: true });
  const autoMerge = direct ? await port.enableAutoMerge(pr.number) : null;
  return { change, direct: false, defaultBranch: remote.defaultBranch, pr, refusal, autoMerge };
}

async function proposeChange(
  reg: Registry,
  request: ProposeRequest,
  author: Identity,
): Promise<ProposedChange> {
  const options = { author };
  switch (request.kind) {
    case "register": {
      const { kind: _, ...input } = request;
      return proposeRegistration(reg, input, options);
    }
    case "promote":
    case "complete":
    case "canary": {
      const { kind, ...input } = request;
      return proposePromotion(reg, { ...input, ...(kind === "complete" ? { complete: true } : {}) }, options);
    }
    case "rollback": {
      const { kind: _, direct: __, ...input } = request;
      return proposeRollback(reg, input, options);
    }
    case "deprecate": {
      const { kind: _, ...input } = request;
      return proposeDeprecation(reg, input, options);
    }
  }
}
