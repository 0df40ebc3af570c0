import { SECTION_TITLES } from "./rubric.js";
import { type ScoreInput, type ScoreResult, scoreModel } from "./score.js";

export interface GateScore {
  score: number;
  minimum: number;
  passed: boolean;
  /** why the gate passed or, for each limiting section, which tests lack points and how to earn them */
  reasons: string[];
  result: ScoreResult;
}

/**
 * The registry gate's ML Test Score check: the same scoring as `modelgate score`, judged
 * against the environment's `minTestScore` (or an explicit minimum).
 */
export function scoreForGate(input: ScoreInput, minimum?: number): GateScore {
  const min = minimum ?? input.environment?.policy.minTestScore ?? 0;
  const result = scoreModel({ ...input, options: { ...input.options, minimum: min } });
  const reasons: string[] = [];
  const where = input.environment ? ` of ${input.environment.name}` : "";
  if (result.passed) {
    reasons.push(`ML Test Score ${result.score} meets the minimum ${min}${where}`);
  } else {
    reasons.push(`ML Test Score ${result.score} is below the minimum ${min}${where}`);
    for (const section of result.limitingSections) {
      for (const t of result.tests.filter((x) => x.section === section && x.points < 1)) {
        reasons.push(`${SECTION_TITLES[section]} ${t.id} (${t.points}): ${t.reason}. ${t.step ?? ""}`.trim());
      }
    }
  }
  return { score: result.score, minimum: min, passed: result.passed, reasons, result };
}
