import { compareAndSwapRef, defaultHead, pushBranch } from "@modelgate/registry";
import type { DirectPushInput, DirectPushResult } from "./port.js";

/**
 * Moves the clone's default branch to the commit and pushes it; a refused push (branch
 * protection, a hook, or the branch moved on) puts the local branch back and is reported.
 */
export async function pushDirect(
  registry: DirectPushInput["registry"],
  commit: string,
  headers?: Record<string, string>,
): Promise<DirectPushResult> {
  const ref = `refs/heads/${registry.defaultBranch}`;
  const before = await defaultHead(registry);
  if (!(await compareAndSwapRef(registry, ref, commit, before))) {
    return { pushed: false, refusal: `${registry.defaultBranch} moved in the clone meanwhile` };
  }
  let refusal: string | null;
  try {
    const result = await pushBranch(registry, registry.defaultBranch, { ...(headers ? { headers } : {}) });
    refusal = result.ok ? null : (result.error ?? "refused");
  } catch (error) {
    // a hook's refusal arrives as an error from some servers
    refusal = (error as Error).message;
  }
  if (refusal !== null && before) await compareAndSwapRef(registry, ref, before, commit);
  return { pushed: refusal === null, refusal };
}
