import { checkName, type EvidenceContext, UserError } from "@modelgate/core";
import type { EvaluationJob } from "./evaluation-job.js";

/** An evaluation job's options as text, as `modelgate evaluate`'s flags and the evaluate-model action's inputs give them. */
export interface EvaluationJobText {
  model?: string;
  data?: string;
  champion?: string;
  label?: string;
  task?: string;
  /** Lists: comma or newline separated. */
  features?: string;
  policy?: string;
  slices?: string;
  protected?: string;
  registry?: string;
  modelName?: string;
  version?: string;
  environment?: string;
  reference?: string;
  tolerance?: string;
  batchSize?: string;
  minSupport?: string;
  bins?: string;
  bootstrap?: string;
  seed?: string;
  /** true, or the text "true" (any case). */
  importance?: boolean | string;
}

/** `a, b\nc` → ["a", "b", "c"]. */
const list = (s: string | undefined): string[] | undefined =>
  s
    ?.split(/[,\n]/)
    .map((x) => x.trim())
    .filter((x) => x !== "");

/** Upper bounds of evaluate's numeric options: they keep one option from costing hours (docs/security.md, "Limits"). */
export const EVALUATE_LIMITS = {
  batchSize: 1_000_000,
  minSupport: 1_000_000_000,
  bins: 100,
  bootstrap: 10_000,
  seed: 2 ** 32 - 1,
} as const;

/**
 * The job from text options, checked: a bad number is a UserError naming the option as `label`
 * spells it (`--batch-size`, `input batch-size`).
 */
export function evaluationJobFromText(
  text: EvaluationJobText,
  base: { cwd: string; context: EvidenceContext },
  label: (option: string) => string,
): EvaluationJob {
  const integer = (s: string | undefined, option: string, min: number, max: number): number | undefined => {
    if (s === undefined) return undefined;
    const n = Number(s);
    if (!/^\s*\d+\s*$/.test(s) || n < min || n > max)
      throw new UserError(`${label(option)} "${s}" must be a whole number from ${min} to ${max}`);
    return n;
  };
  const nonNegative = (s: string | undefined, option: string): number | undefined => {
    if (s === undefined) return undefined;
    const n = Number(s);
    if (s.trim() === "" || !Number.isFinite(n) || n < 0)
      throw new UserError(`${label(option)} "${s}" must be a number >= 0`);
    return n;
  };
  // names become registry paths: refuse "../.." and friends before any file is read
  if (text.modelName !== undefined) checkName("model", text.modelName, label("model-name"));
  if (text.version !== undefined) checkName("version", text.version, label("version"));
  if (text.environment !== undefined) checkName("environment", text.environment, label("environment"));
  const job: EvaluationJob = { ...base, optionName: label };
  const set = <K extends keyof EvaluationJob>(key: K, value: EvaluationJob[K] | undefined) => {
    if (value !== undefined) job[key] = value;
  };
  set("model", text.model);
  set("data", text.data);
  set("champion", text.champion);
  set("label", text.label);
  set("task", text.task);
  set("features", list(text.features));
  set("policy", text.policy);
  set("slices", list(text.slices));
  set("protectedAttributes", list(text.protected));
  set("registry", text.registry);
  set("modelName", text.modelName);
  set("version", text.version);
  set("environment", text.environment);
  set("reference", text.reference);
  set("tolerance", nonNegative(text.tolerance, "tolerance"));
  const L = EVALUATE_LIMITS;
  set("batchSize", integer(text.batchSize, "batch-size", 1, L.batchSize));
  set("minSupport", integer(text.minSupport, "min-support", 1, L.minSupport));
  set("bins", integer(text.bins, "bins", 2, L.bins));
  set("bootstrap", integer(text.bootstrap, "bootstrap", 0, L.bootstrap));
  set("seed", integer(text.seed, "seed", 0, L.seed));
  if (text.importance === true || (typeof text.importance === "string" && /^true$/i.test(text.importance)))
    job.importance = true;
  // the report's subject is named, never taken from a path: the gate matches it to the version
  if (text.registry === undefined && text.model !== undefined && (!text.modelName || !text.version))
    throw new UserError(
      `${label("model")} needs ${label("model-name")} and ${label("version")}: they name the model version the report is evidence about (its subject, model@version), which the gate matches to the version you register, e.g. ${label("model-name")} credit-default ${label("version")} 2.0.0`,
    );
  return job;
}
