import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UserError } from "@modelgate/core";
import { describe, expect, it } from "vitest";
import { readHeader, readTable } from "../src/table.js";

const dir = mkdtempSync(join(tmpdir(), "mg-table-"));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe("readTable", () => {
  it("reads a quoted header name with a doubled quote, a comma and a line break as one name (readHeader too)", () => {
    const p = file("quoted-header.csv", '"a""b","c,d","e\nf",g\r\n1,2,3,4\n');
    const names = ['a"b', "c,d", "e\nf", "g"];
    expect(readHeader(p)).toEqual(names);
    const t = readTable(p, [{ name: 'a"b', kind: "number" }]);
    expect(t.header).toEqual(names);
    expect(Array.from(t.columns.get('a"b')?.values as Float64Array)).toEqual([1]);
  });

  it("reads quoted fields, CRLF, a BOM, exponents, booleans and empty cells", () => {
    const p = file(
      "mixed.csv",
      '\uFEFFname,x,flag,note\r\n"a, b",1.5,true,"say ""hi"""\r\nc,-2e3,false,\r\nd,,true,plain\r\n\r\n',
    );
    const t = readTable(p, [
      { name: "name", kind: "string" },
      { name: "x", kind: "number" },
      { name: "flag", kind: "number" },
      { name: "note", kind: "string" },
    ]);
    expect(t.rows).toBe(3);
    expect(t.header).toEqual(["name", "x", "flag", "note"]);
    expect(t.columns.get("name")?.values).toEqual(["a, b", "c", "d"]);
    expect(Array.from(t.columns.get("x")?.values as Float64Array)).toEqual([1.5, -2000, Number.NaN]);
    expect(Array.from(t.columns.get("flag")?.values as Float64Array)).toEqual([1, 0, 1]);
    expect(t.columns.get("note")?.values).toEqual(['say "hi"', "", "plain"]);
  });

  it("parses decimals exactly as Number() does", () => {
    const values = [
      "0.1",
      "45670.47",
      "-0.000123",
      "123456789012.345",
      "9007199254740993",
      "1.2345678901234567",
    ];
    const p = file("exact.csv", `v\n${values.join("\n")}\n`);
    const t = readTable(p, [{ name: "v", kind: "number" }]);
    expect(Array.from(t.columns.get("v")?.values as Float64Array)).toEqual(values.map(Number));
  });

  it("names the line of a row with the wrong number of fields", () => {
    const p = file("short.csv", "a,b\n1,2\n3\n");
    expect(() => readTable(p, [{ name: "a", kind: "number" }])).toThrow(
      new UserError(`${p}:3: expected 2 fields, found 1`),
    );
  });

  it("names a missing column and lists the ones there are", () => {
    const p = file("cols.csv", "a,b\n1,2\n");
    expect(() => readTable(p, [{ name: "c", kind: "number" }])).toThrow(
      /column 'c' not found; columns are a, b/,
    );
  });
});
