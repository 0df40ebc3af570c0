import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ProgressEvent } from "@modelgate/core";
import { afterEach, beforeEach, expect, it } from "vitest";
import { dataInputsAlongside, profileDataset, runDataValidationJob } from "../src/index.js";

const root = join(import.meta.dirname, "../../..");
const ex = (p: string) => join(root, "examples", p);
const sha256 = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");
const context = { commit: null, ref: null, runUrl: null, ci: false };

// a digest read alongside the job must never surface as an unhandled rejection
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on("unhandledRejection", onUnhandled);
});
afterEach(() => {
  process.off("unhandledRejection", onUnhandled);
  expect(unhandled).toEqual([]);
});

it("the digests read while the data is read are the files' sha256, in the order given, each phase reported once", async () => {
  const events: ProgressEvent[] = [];
  const result = await runDataValidationJob({
    cwd: root,
    context,
    schema: "examples/registry/datasets/loans/schema.yaml",
    data: "examples/data/serving_drift.csv",
    reference: "examples/data/serving.csv",
    environment: "serving",
    engine: { onProgress: (e) => events.push(e) },
  });
  expect(result.report.inputs.map((i) => [i.role, i.uri, i.sha256])).toEqual([
    [
      "schema",
      "file:examples/registry/datasets/loans/schema.yaml",
      sha256(ex("registry/datasets/loans/schema.yaml")),
    ],
    ["data", "file:examples/data/serving_drift.csv", sha256(ex("data/serving_drift.csv"))],
    ["reference", "file:examples/data/serving.csv", sha256(ex("data/serving.csv"))],
  ]);
  expect(result.profile.inputs).toEqual([result.report.inputs[1]]);
  // each hashing phase is announced (with the file's size) once, before the engine's first phase
  const hashing = events.filter((e) => e.phase.startsWith("hashing"));
  expect(hashing.map((e) => [e.phase, e.done, e.unit])).toEqual([
    ["hashing schema.yaml", 0, "bytes"],
    ["hashing serving_drift.csv", 0, "bytes"],
    ["hashing serving.csv", 0, "bytes"],
  ]);
  expect(events.findIndex((e) => e.phase.startsWith("reading"))).toBe(3);

  const profile = await profileDataset(ex("data/serving.csv"), {
    subject: "serving.csv",
    context,
    inputs: (await dataInputsAlongside([["data", "examples/data/serving.csv"]], { cwd: root })).digests,
  });
  expect(profile.inputs).toEqual([{ ...result.report.inputs[2], role: "data" }]);
});

it("a job that fails while the digests are read reports its own error; a bad input is refused before either starts", async () => {
  const dir = mkdtempSync(join(tmpdir(), "mg-alongside-"));
  const bad = join(dir, "bad.csv");
  // a malformed row deep in the file: the engine fails after the digest has started
  writeFileSync(bad, `a,b\n${"1,2\n".repeat(50_000)}1,2,3,4,5\n`);
  const digests = dataInputsAlongside([["data", bad]], { cwd: dir });
  await expect(
    profileDataset(bad, { subject: "bad.csv", context, inputs: (await digests).digests }),
  ).rejects.toThrow(/bad\.csv:50002: malformed CSV row/);
  // refused at once, nothing read: a directory, a missing file, a binary file
  const binary = join(dir, "binary.csv");
  writeFileSync(binary, Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01]));
  await expect(dataInputsAlongside([["data", dir]], { cwd: dir })).rejects.toThrow(
    /not a regular file|directory/,
  );
  await expect(dataInputsAlongside([["data", "missing.csv"]], { cwd: dir })).rejects.toThrow(/missing\.csv/);
  await expect(dataInputsAlongside([["data", binary]], { cwd: dir })).rejects.toThrow(/binary file/);
});
