import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-jsonrpc/node";
import { cli } from "./helpers.js";

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "mg-init-"));
}

function gitOut(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-C", dir, ...args], { encoding: "utf8" }).trim();
}

describe("modelgate init", () => {
  it("scaffolds a registry with one commit that passes lint and check", async () => {
    const parent = tmp();
    const run = await cli(["init", "ml-registry"], parent);
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    const dir = join(parent, "ml-registry");
    expect(run.stdout).toMatch(
      /^created the registry ml-registry in ml-registry \(git init\): 12 files, commit [0-9a-f]{12} on main\n/,
    );
    expect(gitOut(dir, "log", "--format=%s")).toBe("Create the modelgate registry");
    expect(gitOut(dir, "status", "--porcelain")).toBe("");
    expect(gitOut(dir, "ls-files").split("\n")).toEqual([
      ".github/workflows/modelgate-deploy.yml",
      ".github/workflows/modelgate-pr.yml",
      "CODEOWNERS",
      "README.md",
      "modelgate.yaml",
      "schemas/dataset-schema.schema.json",
      "schemas/dataset-version.schema.json",
      "schemas/environment.schema.json",
      "schemas/ml-test-score.schema.json",
      "schemas/model-version.schema.json",
      "schemas/model.schema.json",
      "schemas/registry.schema.json",
    ]);
    expect(readFileSync(join(dir, "CODEOWNERS"), "utf8")).toMatch(
      /^\/environments\/production\/ +@your-org\/platform-team$/m,
    );
    const config = readFileSync(join(dir, "modelgate.yaml"), "utf8");
    expect(config).toMatch(/^name: ml-registry$/m);
    expect(config).toMatch(/^ {2}- name: staging$[\s\S]*^ {2}- name: production$/m);

    // the GitHub callers are the ones docs/github.md shows (examples/github, checked by actionlint)
    const examples = new URL("../../../examples/github/", import.meta.url).pathname;
    for (const [file, example] of [
      ["modelgate-pr.yml", "registry-pr-caller.yml"],
      ["modelgate-deploy.yml", "registry-deploy-caller.yml"],
    ])
      expect(readFileSync(join(dir, ".github/workflows", file!), "utf8")).toBe(
        readFileSync(join(examples, example!), "utf8"),
      );

    const lint = await cli(["lint", "."], dir);
    expect(lint.stdout).toBe("1 file checked: 0 errors, 0 warnings\n");
    expect(lint.exitCode).toBe(0);
    const check = await cli(["check"], dir);
    expect(check.stdout).toBe("no change to the desired state: the head is the base\n");
    expect(check.exitCode).toBe(0);
    const status = await cli(["status"], dir);
    expect(status.exitCode).toBe(0);
  });

  it("keeps an existing repository's branch and makes the first commit on it", async () => {
    const dir = tmp();
    execFileSync("git", ["init", "-q", "-b", "trunk", dir]);
    const run = await cli(["init"], dir);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).not.toContain("git init");
    expect(readFileSync(join(dir, "modelgate.yaml"), "utf8")).toMatch(/^defaultBranch: trunk$/m);
    expect(readFileSync(join(dir, ".github/workflows/modelgate-deploy.yml"), "utf8")).toContain(
      'branches: ["trunk"]',
    );
    expect(gitOut(dir, "rev-parse", "--abbrev-ref", "HEAD")).toBe("trunk");
    expect((await cli(["lint", "."], dir)).exitCode).toBe(0);
  });

  it("refuses a non-empty directory that is not a registry, writing nothing", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "train.py"), "print(1)\n");
    const run = await cli(["init", "."], dir);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("is not empty (train.py) and is not a registry (no modelgate.yaml)");
    expect(run.stderr).not.toContain("    at ");
    expect(readdirSync(dir)).toEqual(["train.py"]);
  });

  it("leaves an existing registry alone", async () => {
    const dir = tmp();
    expect((await cli(["init"], dir)).exitCode).toBe(0);
    const head = gitOut(dir, "rev-parse", "HEAD");
    const again = await cli(["init"], dir);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain("is already a modelgate registry");
    expect(gitOut(dir, "rev-parse", "HEAD")).toBe(head);
  });

  it("refuses an invalid --name before writing", async () => {
    const dir = tmp();
    const run = await cli(["init", "--name", "My Models"], dir);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('--name: registry "My Models" is not a valid name');
    expect(readdirSync(dir)).toEqual([]);
  });
});

/** A YAML language server over stdio, as an editor starts it. */
interface Lsp {
  connection: MessageConnection;
  diagnostics: Map<string, Array<{ message: string; range: { start: { line: number } } }>>;
  waitDiagnostics(uri: string): Promise<Array<{ message: string; range: { start: { line: number } } }>>;
}

const servers: ChildProcess[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.kill();
});

async function startLsp(root: string): Promise<Lsp> {
  const bin = join(import.meta.dirname, "../node_modules/yaml-language-server/bin/yaml-language-server");
  const child = spawn(process.execPath, [bin, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  servers.push(child);
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const diagnostics: Lsp["diagnostics"] = new Map();
  const waiters = new Map<string, Array<() => void>>();
  connection.onNotification(
    "textDocument/publishDiagnostics",
    (p: { uri: string; diagnostics: Array<{ message: string; range: { start: { line: number } } }> }) => {
      diagnostics.set(p.uri, p.diagnostics);
      for (const w of waiters.get(p.uri)?.splice(0) ?? []) w();
    },
  );
  // the editor's settings: validation and completion on, no schema store (no network)
  const settings = { validate: true, completion: true, hover: true, schemaStore: { enable: false } };
  connection.onRequest("workspace/configuration", (p: { items: Array<{ section?: string }> }) =>
    p.items.map((i) => (i.section === "yaml" ? settings : null)),
  );
  connection.onRequest("client/registerCapability", () => null);
  connection.onRequest("window/workDoneProgress/create", () => null);
  connection.listen();
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { completion: { completionItem: { snippetSupport: false } }, publishDiagnostics: {} },
    },
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: "registry" }],
  });
  await connection.sendNotification("initialized", {});
  await connection.sendNotification("workspace/didChangeConfiguration", { settings: { yaml: settings } });
  return {
    connection,
    diagnostics,
    waitDiagnostics: (uri) =>
      new Promise((done) => {
        const list = waiters.get(uri) ?? [];
        list.push(() => done(diagnostics.get(uri)!));
        waiters.set(uri, list);
      }),
  };
}

async function open(lsp: Lsp, file: string, text: string, version = 1) {
  const uri = pathToFileURL(file).href;
  const published = lsp.waitDiagnostics(uri);
  if (version === 1)
    await lsp.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "yaml", version, text },
    });
  else
    await lsp.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  return { uri, diagnostics: await published };
}

describe("a scaffolded registry in an editor (yaml-language-server over stdio)", () => {
  it("checks and completes the manifests through their $schema comments, offline", async () => {
    const dir = tmp();
    expect((await cli(["init"], dir)).exitCode).toBe(0);
    const lsp = await startLsp(dir);

    // the scaffold itself: no findings
    const configFile = join(dir, "modelgate.yaml");
    const config = readFileSync(configFile, "utf8");
    const clean = await open(lsp, configFile, config);
    expect(clean.diagnostics).toEqual([]);

    // a schema error: a word where the policy wants a whole number of days, at its line
    const broken = config.replace("maxModelAgeDays: 180", "maxModelAgeDays: soon");
    const line = broken.split("\n").findIndex((l) => l.includes("maxModelAgeDays: soon"));
    const bad = await open(lsp, configFile, broken, 2);
    expect(bad.diagnostics.length).toBeGreaterThan(0);
    expect(bad.diagnostics.map((d) => d.range.start.line)).toContain(line);
    expect(bad.diagnostics.map((d) => d.message).join("\n")).toMatch(/integer/i);

    // completion of field names inside a policy
    const lines = config.split("\n");
    const at = lines.findIndex((l) => l.includes("requireCanary: false")) + 1;
    const withBlank = [...lines.slice(0, at), "      ", ...lines.slice(at)].join("\n");
    const { uri } = await open(lsp, configFile, withBlank, 3);
    const completion = (await lsp.connection.sendRequest("textDocument/completion", {
      textDocument: { uri },
      position: { line: at, character: 6 },
    })) as { items: Array<{ label: string }> } | Array<{ label: string }>;
    const labels = (Array.isArray(completion) ? completion : completion.items).map((i) => i.label);
    expect(labels).toEqual(
      expect.arrayContaining(["maxSliceDrop", "fairness", "minTestScore", "maxLatencyRatio"]),
    );

    // a manifest in a registry folder, with the comment modelgate writes there
    mkdirSync(join(dir, "environments", "staging"), { recursive: true });
    const envFile = join(dir, "environments", "staging", "churn.yaml");
    const env = await open(
      lsp,
      envFile,
      "# yaml-language-server: $schema=../../schemas/environment.schema.json\nmodel: churn\nenvironment: staging\nversion: 1.0.0\ncanary: { version: 1.1.0, traffic: 150 }\n",
    );
    expect(env.diagnostics.map((d) => d.range.start.line)).toContain(4);
    lsp.connection.dispose();
  }, 60_000);
});
