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
export { getSchema, SCHEMA_NAMES, type SchemaError, schemaId, validateValue } from "./schemas.js";
export {
  type EvidenceExpectation,
  type EvidenceProblem,
  type EvidenceVerification,
  verifyEvidence,
} from "./verify-evidence.js";
