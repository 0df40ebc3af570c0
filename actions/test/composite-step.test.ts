// compositeStepCommand (runner.ts): one bundle step of a composite action started as the runner
// starts it, from a clean copy — what the action-startup bench times for check and deploy. The
// engines step decides from the policies of the event's commits; on another event both bundle
// steps refuse at once.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseOutputs, spawnCollect } from "./run-action.js";
import { compositeStepCommand, copyActions } from "./runner.js";

const root = new URL("../../", import.meta.url).pathname;

describe("compositeStepCommand", () => {
  it("runs check's and deploy's engines and main steps from a clean copy as the runner does", async () => {
    const copy = copyActions();
    const workspace = mkdtempSync(join(tmpdir(), "mg-composite-step-"));
    const registry = join(workspace, "registry");
    cpSync(join(root, "packages/score/test/fixtures/registry"), registry, { recursive: true });
    const git = (...args: string[]) =>
      execFileSync("git", ["-C", registry, "-c", "user.name=t", "-c", "user.email=t@t", ...args], {
        encoding: "utf8",
      }).trim();
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-qm", "policies that ask for recomputation (the default)");
    const recompute = git("rev-parse", "HEAD");
    const config = join(registry, "modelgate.yaml");
    writeFileSync(
      config,
      readFileSync(config, "utf8").replaceAll(
        "    policy:\n",
        "    policy:\n      evidence: { verify: none }\n",
      ),
    );
    git("commit", "-qam", "no recomputation");
    const none = git("rev-parse", "HEAD");

    const run = async (name: string, id: string, eventName: string, event: unknown, earlier = {}) => {
      const eventFile = join(workspace, `event-${name}-${eventName}.json`);
      writeFileSync(eventFile, JSON.stringify(event));
      const env = {
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_REPOSITORY: "acme/registry",
        // the input token defaults to it (deploy asks for a token before it decides)
        GITHUB_TOKEN: "token-not-used",
      };
      const c = compositeStepCommand(
        join(copy, "actions", name),
        { "registry-path": "registry" },
        { workspace, env },
        id,
        earlier,
      );
      expect([c.file, c.args.slice(0, 4)]).toEqual(["bash", ["--noprofile", "--norc", "-eo", "pipefail"]]);
      expect(c.env["INPUT_REGISTRY-PATH"]).toBe("registry");
      const result = await spawnCollect(c.file, c.args, c);
      return { ...result, env: c.env, outputs: parseOutputs(readFileSync(c.outputFile, "utf8")) };
    };
    const pr = (sha: string) => ({
      pull_request: { number: 1, base: { sha }, head: { sha }, merge_commit_sha: sha },
    });
    const push = (sha: string) => ({ before: sha, after: sha, ref: "refs/heads/main" });

    for (const [name, eventName, event] of [
      ["check", "pull_request", pr],
      ["deploy", "push", push],
    ] as const) {
      const asks = await run(name, "decide", eventName, event(recompute));
      expect(asks.exitCode).toBe(0);
      expect(asks.outputs.engines).toBe("true");
      expect(asks.stdout).toContain("a policy asks for recomputation: the engines are installed");
      const noNeed = await run(name, "decide", eventName, event(none));
      expect(noNeed.outputs.engines).toBe("false");
      // the main step: MODELGATE_ENGINES from the engines step's outputs; an unknown event is refused at once
      const main = await run(name, "run", "workflow_dispatch", {}, { engines: { dir: "/engines-here" } });
      expect(main.env.MODELGATE_ENGINES).toBe("/engines-here");
      expect(main.exitCode).toBe(2);
      expect(main.stdout).toMatch(
        new RegExp(`^::error::modelgate ${name} runs on .*not (on )?workflow_dispatch`),
      );
      expect((await run(name, "decide", "workflow_dispatch", {})).exitCode).toBe(2);
    }
    expect(() => compositeStepCommand(join(copy, "actions", "check"), {}, { workspace }, "nope")).toThrow(
      "modelgate check has no run step with id nope",
    );
  });
});
