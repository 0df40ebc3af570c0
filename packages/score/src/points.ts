import { SECTIONS, type Section } from "./rubric.js";

/** Points per test, as in the paper: 1 automated on a repeated basis, 0.5 manual and documented, 0 otherwise. */
export type Points = 0 | 0.5 | 1;

export const POINTS = { automated: 1, manual: 0.5, none: 0 } as const;

/** The paper's Table V: what a final score means. */
export interface Band {
  /** the interval, e.g. "(1, 2]" */
  range: string;
  text: string;
}

export const BANDS: readonly Band[] = [
  { range: "0", text: "More of a research project than a productionized system." },
  {
    range: "(0, 1]",
    text: "Not totally untested, but it is worth considering the possibility of serious holes in reliability.",
  },
  {
    range: "(1, 2]",
    text: "There's been first pass at basic productionization, but additional investment may be needed.",
  },
  {
    range: "(2, 3]",
    text: "Reasonably tested, but it's possible that more of those tests and procedures may be automated.",
  },
  {
    range: "(3, 5]",
    text: "Strong levels of automated testing and monitoring, appropriate for mission-critical systems.",
  },
  { range: "> 5", text: "Exceptional levels of automated testing and monitoring." },
];

/** The band of a final score (Table V). Boundaries belong to the lower band: exactly 1 is "(0, 1]". */
export function bandFor(score: number): Band {
  if (!Number.isFinite(score) || score < 0) throw new RangeError(`an ML Test Score is >= 0, got ${score}`);
  const index = score === 0 ? 0 : score <= 1 ? 1 : score <= 2 ? 2 : score <= 3 ? 3 : score <= 5 ? 4 : 5;
  return BANDS[index]!;
}

export interface SectionResult {
  sections: Record<Section, number>;
  /** the minimum of the four section sums */
  score: number;
  /** the sections whose sum is the minimum */
  limiting: Section[];
}

/**
 * Sums the points per section and takes the minimum across the four sections (the paper's
 * final ML Test Score). Points are multiples of 0.5, so the sums are exact in binary floating point.
 */
export function sectionScores(tests: Iterable<{ section: Section; points: number }>): SectionResult {
  const sections: Record<Section, number> = { data: 0, model: 0, infra: 0, monitor: 0 };
  for (const t of tests) sections[t.section] += t.points;
  const score = Math.min(...SECTIONS.map((s) => sections[s]));
  return { sections, score, limiting: SECTIONS.filter((s) => sections[s] === score) };
}
