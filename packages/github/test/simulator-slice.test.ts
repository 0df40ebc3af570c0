// The slice of the API description the simulator ships with (src/simulator/api-slice.json, the
// demo's) is what @octokit/openapi says, and the simulator routes with it as with the whole spec.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sliceText } from "../../../scripts/gen-simulator-api.js";
import { TEMPLATE_EXAMPLES } from "../src/simulator/server.js";
import { sliceContract } from "../src/simulator/slice.js";
import { OpenApiValidator } from "./simulator/openapi.js";

describe("the simulator's API slice", () => {
  it("is @octokit/openapi's, routes as the whole description does, and covers every example the simulator uses", () => {
    const spec = new OpenApiValidator();
    const committed = readFileSync(new URL("../src/simulator/api-slice.json", import.meta.url), "utf8");
    // stale after a simulated endpoint was added or @octokit/openapi updated: tsx scripts/gen-simulator-api.ts
    expect(JSON.parse(committed)).toEqual(JSON.parse(sliceText(spec)));
    const slice = sliceContract();
    for (const [method, path] of [
      ["DELETE", "/repos/acme/registry/issues/comments/7"],
      ["PATCH", "/repos/acme/registry/issues/comments/7"],
      ["GET", "/repos/acme/registry/issues/12/comments"],
      ["PUT", "/repos/acme/registry/pulls/3/merge"],
      ["GET", "/repos/acme/registry/collaborators/github-actions%5Bbot%5D/permission"],
    ] as const)
      expect(slice.match(method, path)).toEqual(spec.match(method, path));
    expect(slice.match("GET", "/repos/acme/registry/actions/secrets")).toBeNull();
    const source = readFileSync(new URL("../src/simulator/server.ts", import.meta.url), "utf8");
    const used = [...source.matchAll(/example<[^>]*>\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(5);
    expect(TEMPLATE_EXAMPLES).toEqual(expect.arrayContaining([...new Set(used)]));
  });
});
