import { expect, it } from "vitest";
import { expectNoSecret, secretIn, TEST_SECRET } from "./secret.js";

it("finds the suite's credential mark raw and in base64 at any alignment, and nothing else", () => {
  expect(secretIn(`clone https://x:ghs_${TEST_SECRET}7@host failed`)).toBe("raw");
  for (const prefix of ["x-access-token:", "x-access-token:a", "x-access-token:ab"])
    expect(
      secretIn(`authorization: basic ${Buffer.from(`${prefix}${TEST_SECRET}1`).toString("base64")}`),
    ).toBe("base64");
  expect(secretIn("clone https://***@host failed")).toBeUndefined();
  expect(() => expectNoSecret({ stderr: `token ${TEST_SECRET}` }, "a run")).toThrow(
    "a test credential (raw) appears in the stderr of a run",
  );
});
