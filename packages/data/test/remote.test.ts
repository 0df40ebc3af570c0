import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { contextFromEnv } from "@modelgate/core";
import { expect, it } from "vitest";
import { DataEngine } from "../src/index.js";

async function listen(
  handler: Parameters<typeof createServer>[1],
): Promise<{ server: Server; host: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, host: `127.0.0.1:${(server.address() as AddressInfo).port}` };
}

it("data URLs follow the artifact rules: allow-list, every redirect target checked, a size limit", async () => {
  const other = await listen((_req, res) => {
    res.writeHead(200, { "content-type": "text/csv" });
    res.end("a,b\n1,2\n");
  });
  const hits: string[] = [];
  const main = await listen((req, res) => {
    hits.push(req.url ?? "");
    if (req.url === "/ok.csv") {
      res.writeHead(200);
      res.end("a,b\n1,2\n3,4\n");
    } else if (req.url === "/redir.csv") {
      res.writeHead(302, { location: `http://${other.host}/x.csv` });
      res.end();
    } else if (req.url === "/local-redir.csv") {
      res.writeHead(302, { location: "/ok.csv" });
      res.end();
    } else if (req.url === "/forever.csv") {
      // streams without end and without a length: only the size limit stops it
      res.writeHead(200, { "content-type": "text/csv" });
      const chunk = Buffer.alloc(64 * 1024, "1\n");
      const pump = () => {
        while (res.write(chunk)) {
          /* keep writing until the socket pushes back */
        }
      };
      res.on("drain", pump);
      res.on("close", () => res.off("drain", pump));
      pump();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  let otherHits = 0;
  other.server.on("request", () => otherHits++);
  const engine = await DataEngine.create({
    threads: 1,
    allowedHosts: [main.host],
    maxDownloadBytes: 1 << 20,
  });
  try {
    expect((await engine.load(`http://${main.host}/ok.csv`)).rows).toBe(2);
    expect((await engine.load(`http://${main.host}/local-redir.csv`)).rows).toBe(2);
    await expect(engine.load(`http://${main.host}/redir.csv`)).rejects.toThrow(
      `data host "${other.host}" is not on the data allow-list`,
    );
    expect(otherHits).toBe(0);
    await expect(engine.load(`http://${other.host}/x.csv`)).rejects.toThrow("is not on the data allow-list");
    expect(otherHits).toBe(0);
    const t = performance.now();
    await expect(engine.load(`http://${main.host}/forever.csv`)).rejects.toThrow(
      "downloads are limited to 1048576 bytes",
    );
    expect(performance.now() - t).toBeLessThan(20_000);
    await expect(engine.load(`http://u:secret@${main.host}/ok.csv`)).rejects.toThrow(
      "credentials in data URLs are not allowed",
    );
    await expect(engine.load(`http://u:secret@${main.host}/ok.csv`)).rejects.not.toThrow("secret");
  } finally {
    engine.close();
    main.server.closeAllConnections();
    main.server.close();
    other.server.close();
  }
});

it("a data URL is downloaded once per job: the evidence's sha256 is of the bytes the engine read", async () => {
  const { readFileSync } = await import("node:fs");
  const { createHash } = await import("node:crypto");
  const { join } = await import("node:path");
  const root = join(import.meta.dirname, "../../../examples");
  const train = readFileSync(join(root, "data/train.csv"));
  const serving = readFileSync(join(root, "data/serving.csv"));
  const hits: string[] = [];
  const { server, host } = await listen((req, res) => {
    hits.push(req.url ?? "");
    res.writeHead(200, { "content-type": "text/csv" });
    res.end(req.url === "/train.csv" ? train : serving);
  });
  try {
    const { runDataValidationJob } = await import("../src/index.js");
    const result = await runDataValidationJob({
      cwd: root,
      context: contextFromEnv({}),
      schema: "registry/datasets/loans/schema.yaml",
      data: `http://${host}/serving.csv`,
      reference: `http://${host}/train.csv`,
      environment: "serving",
      engine: { threads: 1, allowedHosts: [host] },
    });
    // each URL requested once: the digest and DuckDB's read share one download
    expect(hits.sort()).toEqual(["/serving.csv", "/train.csv"]);
    const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
    const inputs = Object.fromEntries(result.report.inputs.map((i) => [i.role, i]));
    expect(inputs.data).toMatchObject({ uri: `http://${host}/serving.csv`, sha256: sha(serving) });
    expect(inputs.reference).toMatchObject({ uri: `http://${host}/train.csv`, sha256: sha(train) });
    expect(result.report.summary.rows).toBe(serving.toString().trimEnd().split("\n").length - 1);
  } finally {
    server.close();
  }
});
