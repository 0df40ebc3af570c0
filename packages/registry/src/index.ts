export {
  CHANGE_KINDS,
  CHANGE_TRAILER,
  type ChangeClassification,
  type ChangeKind,
  type ClassifyOptions,
  classifyChange,
  compareVersions,
  type EnvState,
  formatTrailers,
  type MergeMessageInfo,
  OVERRIDE_TRAILER,
  parseMergeMessage,
} from "./classify.js";
export * from "./history/index.js";
