// Writes the slice of api.github.com's OpenAPI description the GitHub simulator answers with
// (packages/github/src/simulator/api-slice.json: its operations' routes and its answers'
// examples, from @octokit/openapi), so `modelgate demo --github` runs the simulator without
// the 13 MB description. packages/github/test/simulator-slice.test.ts fails when it is stale.
//   tsx scripts/gen-simulator-api.ts
import { writeFileSync } from "node:fs";
import { SIMULATED_OPERATIONS, TEMPLATE_EXAMPLES } from "../packages/github/src/simulator/server.js";
import { apiSliceOf, OpenApiValidator } from "../packages/github/test/simulator/openapi.js";

export const SLICE_FILE = new URL("../packages/github/src/simulator/api-slice.json", import.meta.url)
  .pathname;

export function sliceText(spec = new OpenApiValidator()): string {
  return `${JSON.stringify(apiSliceOf(spec, SIMULATED_OPERATIONS, TEMPLATE_EXAMPLES))}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SLICE_FILE, sliceText());
  console.log(`wrote ${SLICE_FILE}`);
}
