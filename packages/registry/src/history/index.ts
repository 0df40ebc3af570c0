export {
  computeMetrics,
  type Deployment,
  type DoraMetrics,
  type MetricsOptions,
  productionEnvironment,
  readMetrics,
  type Summary,
  summarize,
} from "./dora.js";
export { parseEnvState } from "./env-state-text.js";
export {
  buildHistory,
  type HistoryEntry,
  type HistoryOptions,
  type LiveState,
  liveAt,
  liveAtFrom,
  parseAt,
  previouslyLiveFrom,
  previouslyLiveVersions,
  type Registration,
  type RegistryHistory,
  readHistory,
  readHistoryEntries,
} from "./history.js";
export {
  type HistoryEngine,
  type HistoryRepo,
  hasGitBinary,
  type RawChangedFile,
  type RawCommit,
  type RawHistory,
  readRawHistory,
  type WalkOptions,
} from "./walk.js";
