export { ExitCode, UserError } from "./errors.js";
export {
  contextFromEnv,
  createEnvelope,
  type EvidenceContext,
  type EvidenceEnvelope,
  type EvidenceInput,
  hashBytes,
  hashFile,
  TOOL,
  type Verdict,
  worstVerdict,
} from "./evidence.js";
export {
  type EvidenceExpectation,
  type EvidenceProblem,
  type EvidenceVerification,
  verifyEvidence,
} from "./verify-evidence.js";
