import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { INPUT_LIMITS } from "@modelgate/core";
import { expect, it } from "vitest";
import { DataEngine } from "../src/index.js";

it("a loaded table lists its columns in file order up to the column limit; one more is refused before DuckDB reads it", async () => {
  // DESCRIBE returns its rows in any order once there are several chunks of them (insertion order
  // is not preserved); the column list must not depend on that
  const dir = mkdtempSync(join(tmpdir(), "mg-engine-"));
  const max = INPUT_LIMITS.maxColumns;
  const cols = Array.from({ length: max }, (_, i) => `c${i}`);
  writeFileSync(join(dir, "w.csv"), `${cols.join(",")}\n${cols.map((_, i) => i % 5).join(",")}\n`);
  // one more, in a quoted name with a comma inside (not a column) and ; as the delimiter
  const wider = [...cols, "x"].map((c, i) => (i === 0 ? '"a,b"' : c));
  writeFileSync(join(dir, "wider.csv"), `${wider.join(";")}\n${wider.map(() => 1).join(";")}\n`);
  const engine = await DataEngine.create({ threads: 2 });
  try {
    const t = await engine.load(join(dir, "w.csv"));
    expect(t.columns.map((c) => c.name)).toEqual(cols);
    await expect(engine.load(join(dir, "wider.csv"))).rejects.toThrow(
      `wider.csv: ${max + 1} columns (split at ";"); modelgate reads at most ${max} columns of a data file`,
    );
  } finally {
    engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

it("reads an http(s) input through a download, names the URL in messages, and removes the download", async () => {
  const dataDir = join(import.meta.dirname, "../../../examples/data");
  const server = createServer((req, res) => {
    if (req.url === "/loans/test.csv") {
      res.writeHead(200, { "content-type": "text/csv" });
      res.end(readFileSync(join(dataDir, "test.csv")));
    } else if (req.url === "/bad.csv") {
      res.writeHead(200, { "content-type": "text/csv" });
      res.end("a,b\n1,2\n3,4,5\n6,7\n");
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const base = `http://${host}`;
  const engine = await DataEngine.create({ threads: 2, allowedHosts: [host] });
  try {
    const remote = await engine.load(`${base}/loans/test.csv`);
    const local = await engine.load(join(dataDir, "test.csv"));
    expect(remote.path).toBe(`${base}/loans/test.csv`);
    expect(remote.rows).toBe(local.rows);
    expect(remote.columns).toEqual(local.columns);
    await expect(engine.load(`${base}/missing.csv`)).rejects.toThrow(
      `cannot download ${base}/missing.csv: HTTP 404`,
    );
    await expect(engine.load(`${base}/bad.csv`)).rejects.toThrow(`${base}/bad.csv:3: malformed CSV row`);
  } finally {
    engine.close();
    server.close();
  }
  expect(
    readdirSync(tmpdir()).filter(
      (d) => d.startsWith("mg-data-") && existsSync(join(tmpdir(), d, "test.csv")),
    ),
  ).toEqual([]);
});
