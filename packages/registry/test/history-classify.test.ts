import { describe, expect, it } from "vitest";
import {
  classifyTransition,
  compareVersions,
  formatTrailers,
  parseMergeMessage,
} from "../src/transitions.js";

const none = { previouslyLive: [] as string[] };

describe("classifyTransition", () => {
  it("creation is a promote, deletion a retire, nothing to nothing is none", () => {
    expect(classifyTransition(null, { version: "1.0.0" }, none)).toEqual({
      kind: "promote",
      from: null,
      to: "1.0.0",
      traffic: 100,
    });
    expect(classifyTransition({ version: "1.0.0" }, null, none)).toEqual({
      kind: "retire",
      from: "1.0.0",
      to: null,
      traffic: 0,
    });
    expect(classifyTransition(null, null, none).kind).toBe("none");
  });

  it("a new champion never live here is a promote", () => {
    expect(
      classifyTransition({ version: "1.0.0" }, { version: "1.1.0" }, { previouslyLive: ["0.9.0"] }),
    ).toEqual({ kind: "promote", from: "1.0.0", to: "1.1.0", traffic: 100 });
  });

  it("a new canary, and a traffic change, are canary changes", () => {
    expect(
      classifyTransition(
        { version: "1.0.0" },
        { version: "1.0.0", canary: { version: "1.1.0", traffic: 10 } },
        none,
      ),
    ).toEqual({ kind: "canary", from: "1.0.0", to: "1.1.0", traffic: 10 });
    expect(
      classifyTransition(
        { version: "1.0.0", canary: { version: "1.1.0", traffic: 10 } },
        { version: "1.0.0", canary: { version: "1.1.0", traffic: 50 } },
        none,
      ),
    ).toEqual({ kind: "canary", from: "1.1.0", to: "1.1.0", traffic: 50 });
  });

  it("the canary becoming champion is complete", () => {
    expect(
      classifyTransition(
        { version: "1.0.0", canary: { version: "1.1.0", traffic: 50 } },
        { version: "1.1.0" },
        none,
      ),
    ).toEqual({ kind: "complete", from: "1.0.0", to: "1.1.0", traffic: 100 });
  });

  it("an aborted canary is a rollback to the champion", () => {
    expect(
      classifyTransition(
        { version: "1.0.0", canary: { version: "1.1.0", traffic: 10 } },
        { version: "1.0.0" },
        none,
      ),
    ).toEqual({ kind: "rollback", from: "1.1.0", to: "1.0.0", traffic: 100 });
  });

  it("going back to an older version live before is a rollback; forward to a newer one is a promote", () => {
    const live = new Set(["1.0.0", "2.0.0"]);
    expect(classifyTransition({ version: "2.0.0" }, { version: "1.0.0" }, { previouslyLive: live })).toEqual({
      kind: "rollback",
      from: "2.0.0",
      to: "1.0.0",
      traffic: 100,
    });
    // 2.0.0 was live before, but it is newer than the current 1.0.0: a roll-forward
    expect(
      classifyTransition({ version: "1.0.0" }, { version: "2.0.0" }, { previouslyLive: live }).kind,
    ).toBe("promote");
    // an older version that never was live here is a promote, not a rollback
    expect(
      classifyTransition({ version: "2.0.0" }, { version: "0.5.0" }, { previouslyLive: live }).kind,
    ).toBe("promote");
  });

  it("a rollback that keeps a canary leaves the champion its share", () => {
    expect(
      classifyTransition(
        { version: "2.0.0" },
        { version: "1.0.0", canary: { version: "2.1.0", traffic: 5 } },
        { previouslyLive: ["1.0.0"] },
      ),
    ).toEqual({ kind: "rollback", from: "2.0.0", to: "1.0.0", traffic: 95 });
  });

  it("an unchanged state is none", () => {
    const s = { version: "1.0.0", canary: { version: "1.1.0", traffic: 10 } };
    expect(classifyTransition(s, { ...s, canary: { ...s.canary } }, none).kind).toBe("none");
  });
});

describe("compareVersions", () => {
  it("orders digit runs numerically and suffixes after the bare version", () => {
    expect(compareVersions("1.10.0", "1.9.0")).toBeGreaterThan(0);
    expect(compareVersions("1.9.0", "1.10.0")).toBeLessThan(0);
    expect(compareVersions("2026-09", "2026-11")).toBeLessThan(0);
    expect(compareVersions("1.0.0", "1.0.0")).toBe(0);
    expect(compareVersions("1.0.0-rc1", "1.0.0")).toBeGreaterThan(0);
    expect(compareVersions("v2", "v10")).toBeLessThan(0);
    expect(compareVersions("abc", "abd")).toBeLessThan(0);
  });
});

describe("merge message conventions", () => {
  it("reads the PR reference and trailers", () => {
    const msg = `Promote credit-default 1.1.0 to production (#local-3)\n\nSome text.\n\n${formatTrailers({
      change: "rollback",
      overrides: ["on-call\nemergency"],
      approvedBy: ["carol", "dave\nModelgate-Change: promote"],
    })}\n`;
    expect(msg).toContain("Modelgate-Override: on-call emergency");
    // one line per trailer: a newline in a value cannot forge another trailer
    expect(msg).toContain("Modelgate-Approved-By: dave Modelgate-Change: promote\n");
    expect(parseMergeMessage(msg)).toEqual({
      pr: "local-3",
      change: "rollback",
      overrides: ["on-call emergency"],
      approvedBy: ["carol", "dave Modelgate-Change: promote"],
    });
    expect(parseMergeMessage("Merge pull request #12 from acme/modelgate/promote/x").pr).toBe("12");
    expect(parseMergeMessage("Squashed (#4) title (#15)").pr).toBe("15");
    expect(parseMergeMessage("plain edit")).toEqual({
      pr: null,
      change: null,
      overrides: [],
      approvedBy: [],
    });
    // a last paragraph that is not all trailers is prose, not trailers
    expect(parseMergeMessage("x\n\nModelgate-Change: promote\nand some prose").change).toBeNull();
    // unknown kinds are ignored
    expect(parseMergeMessage("x\n\nModelgate-Change: deploy").change).toBeNull();
  });
});
