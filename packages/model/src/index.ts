export * from "./evaluate.js";
export * from "./metrics.js";
export * from "./policy.js";
export { renderHtml, renderMarkdown } from "./render.js";
export * from "./runner.js";
export * from "./slices.js";
export * from "./spec.js";
export * from "./table.js";
export { stripZipMap, type ZipMapRewrite } from "./zipmap.js";
