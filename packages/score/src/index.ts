export { type Declaration, type DeclarationsFile, parseDeclarations } from "./declarations.js";
export { type GateCheckOptions, gateScoreInput, mlTestScoreGateCheck } from "./gate-check.js";
export { type LoadedScoreInputs, type LoadOptions, loadScoreInputs, MAX_EVIDENCE_BYTES } from "./load.js";
export { type GateScore, scoreForGate } from "./minimum.js";
export {
  BANDS,
  type Band,
  bandFor,
  POINTS,
  type Points,
  type SectionResult,
  sectionScores,
} from "./points.js";
export { createScoreReport, type MlTestScoreReport, renderHtml, renderMarkdown } from "./report.js";
export {
  RUBRIC,
  type RubricTest,
  rubricTest,
  SECTION_TITLES,
  SECTIONS,
  type Section,
  TEST_IDS,
  type TestId,
} from "./rubric.js";
export { type ScoreRegistryOptions, type ScoreRegistryResult, scoreRegistry } from "./run.js";
export {
  CHECK_NAMES,
  checkPassed,
  DEPENDENCY_AUTOMATION_FILES,
  type DeclarationVerdict,
  type EvidenceFile,
  type EvidenceVerdict,
  type ScoreHistoryEntry,
  type ScoreInput,
  type ScoreOptions,
  type ScorePolicy,
  type ScoreResult,
  type ScoreSource,
  type ScoreSubject,
  scoreModel,
  type TestResult,
} from "./score.js";
