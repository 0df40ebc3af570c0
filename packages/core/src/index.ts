export { isCalendarDate } from "./dates.js";
export {
  type Diagnostic,
  type DiagnosticCode,
  DiagnosticCodes,
  type DiagnosticFix,
  type DiagnosticFormat,
  hasErrors,
  isUnreadable,
  renderDiagnostics,
  type Severity,
  sortDiagnostics,
} from "./diagnostics.js";
export { formatDuration, plural } from "./duration.js";
export { ExitCode, UserError } from "./errors.js";
export {
  contextFromEnv,
  createEnvelope,
  type EvidenceContext,
  type EvidenceEnvelope,
  type EvidenceInput,
  fileInput,
  type GitHubRunContext,
  githubRunFromEnv,
  hashBytes,
  hashFile,
  TOOL,
  type Verdict,
  worstVerdict,
} from "./evidence.js";
export type {
  DatasetSchema as DatasetSchemaManifest,
  DatasetVersion as DatasetVersionManifest,
  Environment as EnvironmentManifest,
  EnvironmentPolicy,
  EvidenceEnvelope as EvidenceEnvelopeSchema,
  FeatureSpec,
  MetricThreshold,
  MlTestScore as MlTestScoreManifest,
  Model as ModelManifest,
  ModelVersion as ModelVersionManifest,
  Registry as RegistryManifest,
  RegistryEnvironment,
} from "./generated/index.js";
export { fitText, htmlText, textWidth, verdictBadge } from "./html.js";
export {
  checkRegularFile,
  checkRemoteUrl,
  downloadRemote,
  type FetchLike,
  fileChunks,
  fileKind,
  findDeepJsonLine,
  INPUT_LIMITS,
  type RemoteRules,
} from "./input.js";
export {
  classifyRegistryPath,
  hasGitComponent,
  isRegistryFile,
  REGISTRY_DIRECTORIES,
  REGISTRY_PATH_KINDS,
  type RegistryManifestKind,
  type RegistryPath,
  type RegistryPathKind,
  registryPathKind,
  registryPaths,
  repoPathOfFileUri,
} from "./layout.js";
export { applyFixes, type LintSummary, lintExitCode, lintPaths } from "./lint.js";
export {
  detectManifestKind,
  EVIDENCE_LIMITS,
  type EvidenceLoadOptions,
  fieldLabel,
  isManifestKind,
  type KindDetection,
  kindFromPath,
  kindFromSchemaComment,
  type LoadedEvidence,
  type LoadedManifest,
  type LoadOptions,
  loadEvidenceFile,
  loadEvidenceText,
  loadManifestFile,
  loadManifestText,
  MANIFEST_KINDS,
  MANIFEST_LIMITS,
  type ManifestKind,
  NAME_PATTERN,
  nodeAtPath,
  type ParsedYaml,
  parseYamlText,
  REPORT_KINDS,
} from "./manifest.js";
export { mdCode, mdCodeLine, mdText } from "./markdown.js";
export { checkName, type NameKind, nameProblem } from "./names.js";
export {
  type Champion,
  championEntry,
  championOf,
  DEFAULT_EVIDENCE_VERIFY,
  decidePolicy,
  decidesOnEvaluation,
  EVIDENCE_VERIFY_MODES,
  type EvidenceVerifyMode,
  evidenceVerifyMode,
  type LiveChampion,
  POLICY_TOLERANCE,
  type PolicyCheck,
  type PolicyCheckStatus,
  type PolicyEvaluation,
  type PolicyModel,
  parsePolicy,
  policyErrorPath,
  policyErrors,
  policyErrorText,
  reportChampion,
  type VerificationMethod,
  verificationMethods,
} from "./policy.js";
export { type ProgressEvent, type ProgressListener, progressOf } from "./progress.js";
export { seededRandom } from "./random.js";
export { redactCredentials } from "./redact.js";
export { checkRegistryReferences, type RegistryFile } from "./references.js";
export { getSchema, SCHEMA_NAMES, type SchemaError, schemaId, validateValue } from "./schemas.js";
export { utf16Encoding } from "./text.js";
export {
  type EvidenceExpectation,
  type EvidenceProblem,
  type EvidenceVerification,
  verifyEvidence,
} from "./verify-evidence.js";
export { editManifestText, type ManifestEdit, writeManifestFile } from "./writer.js";
