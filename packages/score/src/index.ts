export { type Declaration, type DeclarationsFile, parseDeclarations } from "./declarations.js";
export {
  compareFigures,
  DATA_VALIDATION_FIGURES,
  EVALUATION_FIGURES,
  type FigureRules,
  RECOMPUTE_TOLERANCE,
} from "./figures.js";
export {
  type GateCheckOptions,
  gateScoreInput,
  mlTestScoreGateCheck,
  verifyScoredEvidence,
} from "./gate-check.js";
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
export {
  asksForRecomputation,
  EvidenceRecomputer,
  gateExtras,
  PROVENANCE_UNAVAILABLE,
  type RecomputeOptions,
  recomputeVerifier,
  type VerifyFileRequest,
} from "./recompute.js";
export {
  directoryFiles,
  type RegistryFileRead,
  type RegistryFiles,
  snapshotFiles,
} from "./registry-files.js";
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
  type EvidenceFileVerification,
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
