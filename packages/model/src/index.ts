export * from "./metrics.js";
export * from "./runner.js";
export * from "./spec.js";
export * from "./table.js";
export { stripZipMap, type ZipMapRewrite } from "./zipmap.js";
