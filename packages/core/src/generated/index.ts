/* Generated from schemas/ by scripts/gen-types.ts (pnpm gen:types). Do not edit. */
export type * from "./evidence-envelope.js";
export type * from "./registry.js";
export type * from "./model.js";
export type * from "./model-version.js";
export type * from "./environment.js";
export type * from "./dataset-schema.js";
export type * from "./dataset-version.js";
export type * from "./ml-test-score.js";
