// readTable reads a file a window at a time. Whatever the window's size, the table, its digest
// and any error must be those of a read of the whole file at once (a window larger than the
// file): rows, quoted fields and line ends cut at every possible byte.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hashBytes } from "@modelgate/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ColumnRequest, readTable } from "../src/table.js";

const dir = mkdtempSync(join(tmpdir(), "mg-table-window-"));
let files = 0;

/** The outcome of a read: the table in plain values, or the error's message. */
function outcome(path: string, requests: ColumnRequest[], windowBytes: number) {
  try {
    const t = readTable(path, requests, undefined, { windowBytes });
    return {
      rows: t.rows,
      sha256: t.sha256,
      header: t.header,
      columns: [...t.columns].map(([name, c]) => [name, c.kind, Array.from(c.values as ArrayLike<unknown>)]),
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function sameAsWholeFile(text: string, requests: ColumnRequest[], windows: number[]) {
  const path = join(dir, `t${files++}.csv`);
  writeFileSync(path, text);
  const whole = outcome(path, requests, 1 << 30);
  if (!("error" in whole)) expect(whole.sha256).toBe(hashBytes(readFileSync(path)));
  for (const w of windows) expect(outcome(path, requests, w), `window ${w} bytes`).toEqual(whole);
  return whole;
}

const cell = fc.oneof(
  fc.constantFrom("1", "-2.5", "0.1", "1e3", "", "NaN", "true", "123456789012345678", "x", "-"),
  fc.integer({ min: -99999, max: 99999 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.constantFrom('"a,b"', '"say ""hi"""', '"two\nlines"', '"cr\rlf\r\n"', '""', '"1.5"', '"q"x'),
);
const lineEnd = fc.constantFrom("\n", "\r\n", "\r");

describe("readTable, a window at a time", () => {
  it("gives the whole-file read's table, digest and errors for every window size (random files)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.tuple(fc.array(cell, { minLength: 1, maxLength: 5 }), lineEnd), { maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        (width, rows, finalLineEnd, blankLine) => {
          const names = Array.from({ length: width }, (_, i) => `c${i}`);
          let text = `${names.join(",")}\n`;
          rows.forEach(([cells, end], i) => {
            // most rows have the header's width; some do not (an error, the same in both reads)
            const fields = cells.length >= width && i % 5 !== 4 ? cells.slice(0, width) : cells;
            text += fields.join(",") + (i < rows.length - 1 || finalLineEnd ? end : "");
            if (blankLine && i === 1) text += end;
          });
          const requests: ColumnRequest[] = names.map((name, i) => ({
            name,
            kind: i % 2 === 0 ? "number" : "string",
          }));
          sameAsWholeFile(text, requests, [1, 2, 3, 5, 8, 13, 64]);
        },
      ),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it("reads a quoted field longer than the window, CRLF split between windows, and names the line of a late error", () => {
    const long = `"${"x\n".repeat(100)}"`;
    const ok = sameAsWholeFile(
      `a,b\r\n1,${long}\r\n2,y\r\n`,
      [
        { name: "a", kind: "number" },
        { name: "b", kind: "string" },
      ],
      [1, 4, 16, 50],
    );
    expect(ok).toMatchObject({ rows: 2 });
    const rows = Array.from({ length: 200 }, (_, i) => `${i},v${i}`);
    rows[170] = "170,v170,extra";
    const bad = sameAsWholeFile(`a,b\n${rows.join("\n")}\n`, [{ name: "a", kind: "number" }], [7, 64, 1000]);
    expect(bad).toEqual({ error: expect.stringMatching(/:172: expected 2 fields, found 3$/) });
    rows[170] = "oops,v170";
    const cell = sameAsWholeFile(`a,b\n${rows.join("\n")}\n`, [{ name: "a", kind: "number" }], [7, 64, 1000]);
    expect(cell).toEqual({
      error: expect.stringMatching(/:172: column 'a': expected a number, found 'oops'$/),
    });
  });
});
