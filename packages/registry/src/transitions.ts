/**
 * Classifying one change of an environment file (environments/<env>/<model>.yaml) and the
 * commit-message conventions merges use to record it.
 *
 * Rules, applied in order (`from` is the state before the change, `to` after):
 *
 * 1. both absent, or equal (same champion, same canary version and traffic) → `none`.
 * 2. `to` absent (the file was deleted) → `retire`.
 * 3. `from` absent (the file was created, or re-created after a retire) → `promote`.
 * 4. the champion changed:
 *    a. the new champion is the canary of `from` → `complete` (the canary took all traffic);
 *    b. the new champion was live as champion in this environment before (it is in
 *       `previouslyLive`) and is not newer than the old champion (version order below) →
 *       `rollback`;
 *    c. otherwise → `promote` (including a roll-forward to a newer version that was live
 *       once before, e.g. 2.0.0 again after rolling back from 2.0.0 to 1.0.0 and fixing).
 * 5. the champion is unchanged:
 *    a. `to` has a canary that differs from `from`'s (new canary version, or traffic changed)
 *       → `canary`;
 *    b. `from` had a canary and `to` has none → `rollback` (the canary was aborted; traffic
 *       returns to the champion);
 *    c. otherwise → `none` (only fields other than version and canary changed).
 *
 * Version order ("newer"): versions are split into runs of digits and runs of other
 * characters; digit runs compare numerically, other runs as strings, a shorter sequence that
 * is a prefix of a longer one is older. So 1.10.0 > 1.9.0 and 2026-11 > 2026-09; unlike semver,
 * 1.0.0-rc1 sorts after 1.0.0 (a suffix makes a version newer). The order only decides rule 4b.
 *
 * The result's `from`/`to` are the versions the change moves traffic from and to, and
 * `traffic` the percent of traffic `to` serves afterwards:
 * - promote / complete / rollback of a champion: from = old champion, to = new champion,
 *   traffic = 100 − the canary traffic left in `to` (100 without a canary);
 * - canary: from = the previous canary version if there was one, else the champion;
 *   to = the canary version; traffic = its percent;
 * - rollback of a canary: from = the aborted canary version, to = the champion, traffic = 100;
 * - retire: from = the old champion, to = null, traffic = 0;
 * - none: from = to = the champion (or null), traffic = null.
 */

export interface EnvState {
  /** the champion */
  version: string;
  canary?: { version: string; traffic: number };
}

export type TransitionKind = "promote" | "canary" | "complete" | "rollback" | "retire" | "none";

export const TRANSITION_KINDS: readonly TransitionKind[] = [
  "promote",
  "canary",
  "complete",
  "rollback",
  "retire",
  "none",
];

export interface Transition {
  kind: TransitionKind;
  from: string | null;
  to: string | null;
  traffic: number | null;
}

export interface ClassifyOptions {
  /**
   * Versions that were live as champion in this environment before `from` (history before
   * the change; `from.version` itself may be included, it is ignored).
   */
  previouslyLive: ReadonlySet<string> | readonly string[];
}

export function classifyTransition(
  from: EnvState | null,
  to: EnvState | null,
  opts: ClassifyOptions,
): Transition {
  if (from === null && to === null) return { kind: "none", from: null, to: null, traffic: null };
  if (to === null) {
    return { kind: "retire", from: (from as EnvState).version, to: null, traffic: 0 };
  }
  const championTraffic = 100 - (to.canary?.traffic ?? 0);
  if (from === null) {
    return { kind: "promote", from: null, to: to.version, traffic: championTraffic };
  }
  if (from.version !== to.version) {
    if (from.canary && from.canary.version === to.version) {
      return { kind: "complete", from: from.version, to: to.version, traffic: championTraffic };
    }
    const live =
      opts.previouslyLive instanceof Set
        ? (opts.previouslyLive as ReadonlySet<string>)
        : new Set(opts.previouslyLive as readonly string[]);
    if (live.has(to.version) && compareVersions(to.version, from.version) <= 0) {
      return { kind: "rollback", from: from.version, to: to.version, traffic: championTraffic };
    }
    return { kind: "promote", from: from.version, to: to.version, traffic: championTraffic };
  }
  if (to.canary) {
    const same =
      from.canary !== undefined &&
      from.canary.version === to.canary.version &&
      from.canary.traffic === to.canary.traffic;
    if (!same) {
      return {
        kind: "canary",
        from: from.canary?.version ?? from.version,
        to: to.canary.version,
        traffic: to.canary.traffic,
      };
    }
  } else if (from.canary) {
    return { kind: "rollback", from: from.canary.version, to: to.version, traffic: 100 };
  }
  return { kind: "none", from: from.version, to: to.version, traffic: null };
}

/**
 * Orders two version strings (see "Version order" above): negative when `a` is older than
 * `b`, 0 when equal, positive when newer.
 */
export function compareVersions(a: string, b: string): number {
  if (a === b) return 0;
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    const xd = /^\d/.test(x);
    const yd = /^\d/.test(y);
    if (xd && yd) {
      const nx = BigInt(x);
      const ny = BigInt(y);
      if (nx !== ny) return nx < ny ? -1 : 1;
      // equal value, different zero padding: the longer spelling sorts later
      return x.length < y.length ? -1 : 1;
    }
    if (xd !== yd) return xd ? 1 : -1; // a number sorts after a separator/tag at the same place
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

// ---------------------------------------------------------------------------------------
// Commit-message conventions for merges (local mode and GitHub squash/merge commits alike):
//
//   Promote credit-default 1.1.0 to production (#12)
//
//   Modelgate-Change: promote
//   Modelgate-Override: hotfix approved by on-call
//
// The subject carries the pull-request reference `(#<n>)` (GitHub) or `(#local-<n>)` (local
// mode). Trailers follow git's trailer syntax: last paragraph, `Key: value` lines.
// ---------------------------------------------------------------------------------------

export const CHANGE_TRAILER = "Modelgate-Change";
export const OVERRIDE_TRAILER = "Modelgate-Override";
/** One per approver of a local merge (`modelgate merge --approved-by`). */
export const APPROVED_BY_TRAILER = "Modelgate-Approved-By";

export interface MergeMessageInfo {
  /** the pull-request reference without `#` and parentheses, e.g. "12" or "local-3"; null if none */
  pr: string | null;
  /** the kind recorded by `Modelgate-Change`, if it is a known kind */
  change: TransitionKind | null;
  /** every `Modelgate-Override` reason, in order */
  overrides: string[];
  /** every `Modelgate-Approved-By` login, in order */
  approvedBy: string[];
}

/** Reads the PR reference and the modelgate trailers from a commit message. */
export function parseMergeMessage(message: string): MergeMessageInfo {
  const lines = message.replace(/\r\n/g, "\n").split("\n");
  const subject = lines[0] ?? "";
  // the last `(#...)` in the subject wins (GitHub appends its own to squash subjects)
  let pr: string | null = null;
  for (const m of subject.matchAll(/\(#((?:local-)?\d+)\)/g)) pr = m[1] ?? null;
  // GitHub merge commits: "Merge pull request #12 from owner/branch"
  if (pr === null) {
    const m = /^Merge pull request #(\d+)\b/.exec(subject);
    if (m) pr = m[1] ?? null;
  }
  // trailers: the last paragraph, if every non-empty line in it is `Key: value`
  const body = lines.slice(1).join("\n").trimEnd();
  const paragraphs = body.split(/\n\s*\n/);
  const last = paragraphs[paragraphs.length - 1] ?? "";
  let change: TransitionKind | null = null;
  const overrides: string[] = [];
  const approvedBy: string[] = [];
  const trailerLines = last.split("\n").filter((l) => l.trim() !== "");
  if (trailerLines.length > 0 && trailerLines.every((l) => /^[A-Za-z0-9-]+:\s/.test(l))) {
    for (const line of trailerLines) {
      const i = line.indexOf(":");
      const key = line.slice(0, i).trim().toLowerCase();
      const value = line.slice(i + 1).trim();
      if (key === CHANGE_TRAILER.toLowerCase()) {
        if ((TRANSITION_KINDS as readonly string[]).includes(value)) change = value as TransitionKind;
      } else if (key === OVERRIDE_TRAILER.toLowerCase()) {
        overrides.push(value);
      } else if (key === APPROVED_BY_TRAILER.toLowerCase()) {
        approvedBy.push(value);
      }
    }
  }
  return { pr, change, overrides, approvedBy };
}

/** Formats the trailer paragraph for a merge commit (without a leading blank line). */
export function formatTrailers(args: {
  change: TransitionKind | null;
  overrides?: readonly string[];
  approvedBy?: readonly string[];
}): string {
  const one = (s: string) => s.replace(/\s*\n\s*/g, " ").trim();
  const lines = args.change ? [`${CHANGE_TRAILER}: ${args.change}`] : [];
  for (const reason of args.overrides ?? []) lines.push(`${OVERRIDE_TRAILER}: ${one(reason)}`);
  for (const login of args.approvedBy ?? []) lines.push(`${APPROVED_BY_TRAILER}: ${one(login)}`);
  return lines.join("\n");
}
