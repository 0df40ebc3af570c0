import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitObjects, parseTree } from "../src/batch.js";
import { createRegistryFixture, type RegistryFixture } from "./fixture.js";

let f: RegistryFixture;
beforeEach(() => {
  f = createRegistryFixture();
});
afterEach(() => f.cleanup());

describe("GitObjects (one git cat-file --batch)", () => {
  it("is null when there is no git binary to start (callers fall back to isomorphic-git)", async () => {
    const path = process.env.PATH;
    process.env.PATH = "/nonexistent";
    try {
      expect(await GitObjects.open(`${f.dir}/.git`)).toBeNull();
    } finally {
      process.env.PATH = path;
    }
    const objects = await GitObjects.open(`${f.dir}/.git`);
    expect(objects).not.toBeNull();
    objects?.close();
  });

  it("reads blobs and trees by revision or id, in order, and reports missing ones as null", async () => {
    const objects = await GitObjects.open(`${f.dir}/.git`);
    expect(objects).not.toBeNull();
    try {
      const [config, missing, tree, again] = await objects!.read([
        "main:modelgate.yaml",
        "main:no/such/file.yaml",
        "main:environments/staging",
        "main:modelgate.yaml",
      ]);
      expect(config?.type).toBe("blob");
      expect(config?.data.toString("utf8")).toBe(f.read("modelgate.yaml"));
      expect(config?.oid).toBe(f.git(["rev-parse", "main:modelgate.yaml"]));
      expect(missing).toBeNull();
      expect(again?.oid).toBe(config?.oid);
      // the raw tree parses to what git ls-tree lists
      expect(tree?.type).toBe("tree");
      const listed = f
        .git(["ls-tree", "main:environments/staging"])
        .split("\n")
        .map((l) => {
          const [meta, name] = l.split("\t") as [string, string];
          const [mode, , oid] = meta.split(" ") as [string, string, string];
          return { mode: mode.replace(/^0+/, ""), name, oid };
        });
      expect(parseTree(tree!.data)).toEqual(listed);
      expect(await objects!.read([])).toEqual([]);
      await expect(objects!.read(["main:a\nb"])).rejects.toThrow(/newlines/);
    } finally {
      objects!.close();
    }
  });

  it("refuses a malformed tree object", () => {
    expect(() => parseTree(Buffer.from("100644 name-without-id"))).toThrow(/malformed tree/);
  });
});
