import { describe, expect, it } from "vitest";
import { VERSION } from "../src/cli.js";
import { cli } from "./helpers.js";

describe("modelgate shell", () => {
  it("prints its version and exits 0", async () => {
    const run = await cli(["--version"]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout.trim()).toBe(VERSION);
  });

  it("exits 2 on an unknown option, without a stack trace", async () => {
    const run = await cli(["--no-such-flag"]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("unknown option");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
