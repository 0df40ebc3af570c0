export {
  buildHistory,
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
  readStateChanges,
  type StateChange,
} from "./history.js";
export {
  computeMetrics,
  type Deployment,
  type DoraMetrics,
  type MetricsOptions,
  productionEnvironment,
  readMetrics,
  type Summary,
  summarize,
} from "./metrics.js";
export { parseEnvState } from "./state.js";
export {
  type HistoryEngine,
  type HistoryRepo,
  hasGitBinary,
  type RawCommit,
  type RawFileChange,
  type RawHistory,
  readRawHistory,
  type WalkOptions,
} from "./walk.js";
