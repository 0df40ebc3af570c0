/**
 * A real git server for tests: the bare repositories under `rootDir` served over smart HTTP by
 * `git http-backend` (CGI) from a Node http server on 127.0.0.1. Push is enabled
 * (`http.receivepack`). A repository `<rootDir>/acme.git` is at `${url}/acme.git`.
 * The server runs in the test's own process: call the git CLI against it asynchronously
 * (execFile, not execFileSync), or the blocked event loop never answers.
 */
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { UserError } from "@modelgate/core";

export interface GitServer {
  /** base URL, e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  /** requests served so far, as "METHOD /path?query status" */
  log: string[];
  close(): Promise<void>;
}

export interface GitServerOptions {
  /** where git is found (default /usr/bin:/bin) */
  path?: string | undefined;
}

/**
 * Where git's http-backend is (`git --exec-path`), or a UserError naming the fix: some git
 * packages leave it out, and the server cannot answer a clone without it.
 */
export async function httpBackend(options: GitServerOptions = {}): Promise<string> {
  const env = { PATH: options.path ?? "/usr/bin:/bin" };
  let execPath: string;
  try {
    execPath = (await promisify(execFile)("git", ["--exec-path"], { env })).stdout.trim();
  } catch (error) {
    throw new UserError(
      `git is not installed or not on PATH (${(error as Error).message.split("\n")[0]}): the git server runs \`git http-backend\``,
    );
  }
  const backend = join(execPath, "git-http-backend");
  if (!existsSync(backend))
    throw new UserError(
      `git http-backend is missing: ${backend} does not exist (git --exec-path is ${execPath}); install a git package that includes it (Debian and Ubuntu: git; Alpine: git-daemon; macOS: Xcode's or Homebrew's git)`,
    );
  return backend;
}

export async function start(rootDir: string, options: GitServerOptions = {}): Promise<GitServer> {
  await httpBackend(options);
  const log: string[] = [];
  const path = options.path ?? "/usr/bin:/bin";
  const server = createServer((req, res) => {
    serve(rootDir, path, req, res, log);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function serve(
  rootDir: string,
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
  log: string[],
): void {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const pathInfo = decodeURIComponent(url.pathname);
  if (pathInfo.split("/").includes("..")) {
    res.writeHead(400).end("bad path\n");
    return;
  }
  const env: Record<string, string> = {
    PATH: path,
    HOME: rootDir,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_PROJECT_ROOT: rootDir,
    GIT_HTTP_EXPORT_ALL: "1",
    GIT_CONFIG_COUNT: "1",
    GIT_CONFIG_KEY_0: "http.receivepack",
    GIT_CONFIG_VALUE_0: "true",
    GATEWAY_INTERFACE: "CGI/1.1",
    SERVER_PROTOCOL: "HTTP/1.1",
    REQUEST_METHOD: req.method ?? "GET",
    PATH_INFO: pathInfo,
    QUERY_STRING: url.search.replace(/^\?/, ""),
    REMOTE_ADDR: req.socket.remoteAddress ?? "127.0.0.1",
    REMOTE_USER: "modelgate-test",
    CONTENT_TYPE: req.headers["content-type"] ?? "",
  };
  if (req.headers["content-length"]) env.CONTENT_LENGTH = req.headers["content-length"];
  if (req.headers["content-encoding"]) env.HTTP_CONTENT_ENCODING = req.headers["content-encoding"];
  if (req.headers["git-protocol"]) env.GIT_PROTOCOL = String(req.headers["git-protocol"]);

  const cgi = spawn("git", ["http-backend"], { env, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  cgi.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  req.pipe(cgi.stdin);
  cgi.stdin.on("error", () => {});

  let head = Buffer.alloc(0);
  let headersSent = false;
  cgi.stdout.on("data", (chunk: Buffer) => {
    if (headersSent) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    let end = head.indexOf("\r\n\r\n");
    let sep = 4;
    if (end < 0) {
      end = head.indexOf("\n\n");
      sep = 2;
    }
    if (end < 0) return;
    let status = 200;
    const headers: Record<string, string> = {};
    for (const line of head.subarray(0, end).toString().split(/\r?\n/)) {
      const i = line.indexOf(":");
      if (i < 0) continue;
      const key = line.slice(0, i).trim();
      const value = line.slice(i + 1).trim();
      if (key.toLowerCase() === "status") status = Number.parseInt(value, 10) || 200;
      else headers[key] = value;
    }
    res.writeHead(status, headers);
    headersSent = true;
    log.push(`${req.method} ${url.pathname}${url.search} ${status}`);
    const rest = head.subarray(end + sep);
    if (rest.length > 0) res.write(rest);
  });
  cgi.on("error", (error) => {
    if (!headersSent) res.writeHead(500).end(`git http-backend failed: ${error.message}\n`);
  });
  cgi.on("close", (code) => {
    if (!headersSent) {
      log.push(`${req.method} ${url.pathname}${url.search} 500`);
      res.writeHead(500).end(`git http-backend exited with ${code}: ${stderr}\n`);
      return;
    }
    res.end();
  });
}
