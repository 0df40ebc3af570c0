/**
 * The slice of api.github.com's OpenAPI description the simulator answers with: the routes of
 * the operations it simulates and the examples its answers are built from (./api-slice.json,
 * about 60 kB instead of the spec's 13 MB). It routes and answers as the whole description does
 * but validates nothing: the CLI's `demo --github` uses it, the tests use @octokit/openapi
 * itself, and packages/github/test/simulator-slice.test.ts checks the slice against it.
 */
import data from "./api-slice.json" with { type: "json" };
import { type ApiContract, type Route, routeMatcher } from "./contract.js";

export interface ApiSlice {
  /** the package and version the slice was taken from */
  source: string;
  routes: Route[];
  examples: Record<string, unknown>;
}

/** The committed slice as the simulator's API description. */
export function sliceContract(slice: ApiSlice = data as unknown as ApiSlice): ApiContract {
  const match = routeMatcher(slice.routes);
  return {
    match,
    validateRequest: () => [],
    validateResponse: () => [],
    validateGraphql: () => [],
    example<T>(name: string): T {
      if (!(name in slice.examples)) throw new Error(`no example ${name} in the simulator's API slice`);
      return structuredClone(slice.examples[name]) as T;
    },
  };
}
