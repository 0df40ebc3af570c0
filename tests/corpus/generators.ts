import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ROOT } from "./setup.js";

/** A corpus case built by code: the files it writes into the setup directory, then the run. */
export interface GeneratedCase {
  name: string;
  setup: string;
  /** Writes the case's files into dir (the working directory). */
  make?: (dir: string) => void;
  args: string[];
  exit: number;
  /** Words the output (stdout and stderr) must contain. */
  contains: string[];
  /** Words it must not contain. */
  excludes?: string[];
  /** The run must take less than this (ms): the guard against quadratic or endless input. */
  maxMs?: number;
}

const write = (dir: string, path: string, text: string | Buffer) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const example = (path: string) => readFileSync(join(ROOT, "examples/registry", path), "utf8");
const MODEL = "models/credit-default/model.yaml";

export const GENERATED: GeneratedCase[] = [
  {
    name: "an evidence.verify that is not one of the four modes is an error at its line",
    setup: "examples",
    make: (dir) => {
      const p = join(dir, "registry", "modelgate.yaml");
      const text = readFileSync(p, "utf8");
      writeFileSync(
        p,
        text.replace(/evidence: \{ verify: recompute \} # never none.*$/m, "evidence: { verify: trust }"),
      );
    },
    args: ["lint", "registry/modelgate.yaml"],
    exit: 1,
    contains: [
      "modelgate.yaml:44:27: error MG034",
      'environments[1].policy.evidence.verify must be one of recompute, provenance, either, none; got "trust"',
    ],
  },
  {
    name: "a trusted workflow named by its short ref is an error at its line, with the form to use",
    setup: "examples",
    make: (dir) => {
      const p = join(dir, "registry", "modelgate.yaml");
      writeFileSync(
        p,
        readFileSync(p, "utf8").replace(
          /^evidence:\n/m,
          "evidence:\n  trustedWorkflows:\n    - acme/churn-model/.github/workflows/evidence.yml@main\n",
        ),
      );
    },
    args: ["lint", "registry/modelgate.yaml"],
    exit: 1,
    contains: [
      "modelgate.yaml:52:7: error MG034",
      'evidence.trustedWorkflows[0] "acme/churn-model/.github/workflows/evidence.yml@main" does not match',
      "acme/churn-model/.github/workflows/evidence.yml@refs/heads/main",
    ],
  },
  {
    name: "a model.yaml with 90,000 flow-map keys is refused at the token limit, before it is parsed",
    setup: "empty-dir",
    make: (dir) => {
      const keys = Array.from({ length: 90_000 }, (_, i) => `k${i}: v`).join(", ");
      write(dir, MODEL, example(MODEL).replace(/^labels: .*$/m, `labels: {${keys}}`));
    },
    args: ["lint", MODEL],
    exit: 1,
    contains: ["model.yaml:33:", "MG016 more than 100000 YAML tokens"],
    maxMs: 15_000,
  },
  {
    name: "one duplicate key is one error at its line, not missing references elsewhere",
    setup: "examples",
    make: (dir) => {
      const p = join(dir, "registry", MODEL);
      writeFileSync(p, readFileSync(p, "utf8").replace(/^owner: .*$/m, "$&\nowner: other@acme.example"));
    },
    args: ["lint", "registry"],
    exit: 1,
    contains: ["model.yaml:5:1: error MG011", 'duplicate key "owner"', "1 error"],
    excludes: ["MG050"],
  },
  {
    name: "a key that is itself a mapping is an error at the key",
    setup: "empty-dir",
    make: (dir) => write(dir, MODEL, example(MODEL).replace(/^labels: .*$/m, "labels:\n  ? {a: 1}\n  : x")),
    args: ["lint", MODEL],
    exit: 1,
    contains: ["MG010", "a key must be a single value, not a mapping"],
    excludes: ["stringified"],
  },
  {
    name: "a dataset schema with a list as a key: an error at the key, as lint reports it",
    setup: "examples",
    make: (dir) =>
      write(dir, "s.yaml", "dataset: t\nfeatures:\n  - name: age\n    type: int\n    ? [x, y]\n    : 1\n"),
    args: ["validate-data", "--schema", "s.yaml", "--data", "data/test.csv", "--out", "v.json"],
    exit: 2,
    contains: ["s.yaml:5:7: error MG010 a key must be a single value, not a list"],
    excludes: ["stringified", "unknown field"],
  },
  {
    name: "YAML nested 100,000 deep is past the token limit before the depth limit",
    setup: "empty-dir",
    make: (dir) => write(dir, MODEL, `name: x\nlabels: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`),
    args: ["lint", MODEL],
    exit: 1,
    contains: ["MG016 more than 100000 YAML tokens"],
    excludes: ["Maximum call stack"],
    maxMs: 10_000,
  },
  {
    name: "YAML nested 10,000 deep",
    setup: "empty-dir",
    make: (dir) => write(dir, MODEL, `name: x\nlabels: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`),
    args: ["lint", MODEL],
    exit: 1,
    contains: ["MG010", "nested more than 64 levels deep"],
    excludes: ["Maximum call stack"],
    maxMs: 10_000,
  },
  {
    name: "block sequences nested 10,000 deep",
    setup: "empty-dir",
    make: (dir) => write(dir, MODEL, `${"- ".repeat(10_000)}x\n`),
    args: ["lint", MODEL],
    exit: 1,
    contains: ["nested more than 64 levels deep"],
    maxMs: 10_000,
  },
  {
    name: "JSON evidence nested 100,000 deep",
    setup: "empty-dir",
    make: (dir) =>
      write(
        dir,
        "evidence/m/1/evaluation.json",
        `{"kind":"evaluation","x":${"[".repeat(100_000)}${"]".repeat(100_000)}}`,
      ),
    args: ["lint", "evidence"],
    exit: 1,
    contains: ["nested more than 64 levels deep"],
    maxMs: 10_000,
  },
  {
    name: "a JSONL line nested 10,000 deep is refused before DuckDB reads it",
    setup: "empty-dir",
    make: (dir) =>
      write(dir, "d.jsonl", `{"a":1,"b":${"[".repeat(10_000)}1${"]".repeat(10_000)}}\n{"a":2,"b":null}\n`),
    args: ["profile", "d.jsonl", "--out", "p.json"],
    exit: 2,
    contains: ["d.jsonl:1: JSON nested more than 64 levels deep"],
    maxMs: 20_000,
  },
  {
    name: "profile of a directory",
    setup: "empty-dir",
    make: (dir) => mkdirSync(join(dir, "sub")),
    args: ["profile", "sub", "--out", "p.json"],
    exit: 2,
    contains: ["is a directory, not a regular file (data)"],
  },
  {
    name: "profile of a FIFO does not block",
    setup: "empty-dir",
    make: (dir) => execFileSync("mkfifo", [join(dir, "pipe.csv")]),
    args: ["profile", "pipe.csv", "--out", "p.json"],
    exit: 2,
    contains: ["is a FIFO (named pipe), not a regular file"],
    maxMs: 10_000,
  },
  {
    name: "profile /dev/zero",
    setup: "empty-dir",
    args: ["profile", "/dev/zero", "--out", "p.json"],
    exit: 2,
    contains: ["/dev/zero: is a character device, not a regular file"],
    maxMs: 10_000,
  },
  {
    name: "validate-data --data /dev/zero",
    setup: "examples",
    args: [
      "validate-data",
      "--schema",
      "registry/datasets/loans/schema.yaml",
      "--data",
      "/dev/zero",
      "--out",
      "v.json",
    ],
    exit: 2,
    contains: ["/dev/zero: is a character device"],
    maxMs: 10_000,
  },
  {
    name: "register --artifact-file /dev/zero",
    setup: "demo-registry",
    args: [
      "register",
      "credit-default",
      "--version",
      "2.0.0",
      "--artifact",
      "file:artifacts/x.onnx",
      "--artifact-file",
      "/dev/zero",
    ],
    exit: 2,
    contains: ["/dev/zero: is a character device, not a regular file (artifact file)"],
    maxMs: 20_000,
  },
  {
    name: "register --evidence /dev/zero",
    setup: "demo-registry",
    make: (dir) => write(dir, "artifacts/new.onnx", "not really onnx"),
    args: [
      "register",
      "credit-default",
      "--version",
      "2.0.0",
      "--artifact",
      "file:artifacts/new.onnx",
      "--artifact-file",
      "artifacts/new.onnx",
      "--evidence",
      "/dev/zero",
    ],
    exit: 2,
    contains: ["/dev/zero: is a character device, not a regular file (evidence)"],
    maxMs: 20_000,
  },
  {
    name: "register --evidence of an unknown report kind is refused before anything is committed",
    setup: "demo-registry",
    make: (dir) => {
      write(dir, "artifacts/new.onnx", "not really onnx");
      write(dir, "e.json", JSON.stringify({ kind: "my-notes", schemaVersion: 1 }));
    },
    args: [
      "register",
      "credit-default",
      "--version",
      "2.0.0",
      "--artifact",
      "file:artifacts/new.onnx",
      "--artifact-file",
      "artifacts/new.onnx",
      "--evidence",
      "e.json",
    ],
    exit: 2,
    contains: ["evidence file", 'unknown report kind "my-notes"', "the gate would refuse it"],
    excludes: ["registered"],
  },
  {
    name: "register --evidence of 17 MiB is refused before it is read",
    setup: "demo-registry",
    make: (dir) => {
      write(dir, "artifacts/new.onnx", "not really onnx");
      // sparse: the size is what is checked, before any byte is read
      write(dir, "e.json", "");
      truncateSync(join(dir, "e.json"), 17 * 1024 * 1024);
    },
    args: [
      "register",
      "credit-default",
      "--version",
      "2.0.0",
      "--artifact",
      "file:artifacts/new.onnx",
      "--artifact-file",
      "artifacts/new.onnx",
      "--evidence",
      "e.json",
    ],
    exit: 2,
    contains: ["is 17825792 bytes; evidence files are limited to 16777216 bytes"],
  },
  {
    name: "--threads 100000",
    setup: "examples",
    args: ["profile", "data/test.csv", "--threads", "100000", "--out", "p.json"],
    exit: 2,
    contains: ['--threads "100000" must be a whole number from 1 to 256'],
  },
  {
    name: "--memory-limit lots",
    setup: "examples",
    args: [
      "validate-data",
      "--schema",
      "registry/datasets/loans/schema.yaml",
      "--data",
      "data/test.csv",
      "--memory-limit",
      "lots",
      "--out",
      "v.json",
    ],
    exit: 2,
    contains: ['--memory-limit "lots" must be a size such as 512MB or 2GB'],
  },
  {
    name: "--bootstrap 100000000",
    setup: "examples",
    args: [
      "evaluate",
      "--model",
      "models/credit-default-1.0.0.onnx",
      "--data",
      "data/test.csv",
      "--bootstrap",
      "100000000",
      "--out",
      "e.json",
    ],
    exit: 2,
    contains: ['--bootstrap "100000000" must be a whole number from 0 to 10000'],
  },
  {
    name: "validate-data --environment that the schema does not name",
    setup: "examples",
    args: [
      "validate-data",
      "--schema",
      "registry/datasets/loans/schema.yaml",
      "--data",
      "data/serving.csv",
      "--environment",
      "prod",
      "--out",
      "v.json",
    ],
    exit: 2,
    contains: [
      `environment "prod" is not one of the schema's environments (registry/datasets/loans/schema.yaml:12: training, serving)`,
    ],
    excludes: ["missing-column"],
  },
  {
    name: "an http data URL outside a registry: no allow-list to download from",
    setup: "empty-dir",
    args: ["profile", "http://127.0.0.1:9/x.csv", "--out", "p.json"],
    exit: 2,
    contains: ["modelgate.yaml data.allowedHosts", "is not a registry", "--registry"],
  },
  {
    name: "an http data URL whose host is not on the registry's data allow-list",
    setup: "demo-registry",
    args: ["profile", "http://127.0.0.1:9/x.csv", "--out", "p.json"],
    exit: 2,
    contains: [
      'data host "127.0.0.1:9" is not on the data allow-list (modelgate.yaml data.allowedHosts on main: empty)',
    ],
  },
  {
    name: "an https data URL with credentials",
    setup: "demo-registry",
    make: (dir) => {
      const config = join(dir, "modelgate.yaml");
      writeFileSync(config, `${readFileSync(config, "utf8")}\ndata:\n  allowedHosts: ["127.0.0.1:9"]\n`);
      execFileSync(
        "git",
        ["-c", "user.name=c", "-c", "user.email=c@example.com", "commit", "-qam", "data hosts"],
        {
          cwd: dir,
        },
      );
    },
    args: ["profile", "https://u:TOKEN123@127.0.0.1:9/x.csv", "--out", "p.json"],
    exit: 2,
    contains: ["credentials in data URLs are not allowed"],
    excludes: ["TOKEN123"],
  },
  {
    name: "dataset register of a URL whose host is not on the registry's data allow-list",
    setup: "demo-registry",
    args: ["dataset", "register", "loans", "--version", "2026-07", "http://127.0.0.1:9/x.csv"],
    exit: 2,
    contains: [
      'data host "127.0.0.1:9" is not on the data allow-list (modelgate.yaml data.allowedHosts on main: empty)',
    ],
  },
];

GENERATED.push(
  {
    name: "a UTF-16 manifest",
    setup: "empty-dir",
    make: (dir) => write(dir, MODEL, Buffer.from(`\ufeff${example(MODEL)}`, "utf16le")),
    args: ["lint", MODEL],
    exit: 2,
    contains: ["MG003", "the file is UTF-16LE text, not UTF-8"],
    excludes: ["control byte"],
  },
  {
    name: "a UTF-16 CSV",
    setup: "empty-dir",
    make: (dir) => write(dir, "d.csv", Buffer.from("a,b\n1,2\n", "utf16le")),
    args: ["profile", "d.csv", "--out", "p.json"],
    exit: 2,
    contains: ["d.csv: the file is UTF-16LE text; re-encode it as UTF-8"],
  },
  {
    name: "a CSV of NUL bytes is a binary file",
    setup: "empty-dir",
    make: (dir) => write(dir, "d.csv", Buffer.alloc(3_000_000)),
    args: ["profile", "d.csv", "--out", "p.json"],
    exit: 2,
    contains: ["binary file (a NUL byte at offset 0), not a CSV text file"],
    excludes: ["malformed CSV row"],
  },
  {
    name: "a CSV 2,001 columns wide is refused before DuckDB's sniffer reads it",
    setup: "empty-dir",
    make: (dir) => {
      const cols = Array.from({ length: 2_001 }, (_, i) => `c${i}`);
      write(dir, "d.csv", `${cols.join(",")}\n${cols.map(() => "1").join(",")}\n`);
    },
    args: ["profile", "d.csv", "--out", "p.json"],
    exit: 2,
    contains: ['d.csv: 2001 columns (split at ","); modelgate reads at most 2000 columns'],
    maxMs: 15_000,
  },
  {
    name: "a long CSV cell past the sniffer's sample names its line",
    setup: "empty-dir",
    make: (dir) =>
      write(
        dir,
        "d.csv",
        `a,b\n${Array.from({ length: 21_000 }, (_, i) => `${i},2\n`).join("")}3,"${"x".repeat(2_100_000)}"\n`,
      ),
    args: ["profile", "d.csv", "--out", "p.json"],
    exit: 2,
    contains: ["d.csv:21002: a line (or a quoted value spanning lines) is longer than 2000000 bytes"],
    maxMs: 15_000,
  },
  {
    name: "a CSV cell longer than DuckDB's line limit names its line",
    setup: "empty-dir",
    make: (dir) => write(dir, "d.csv", `a,b\n1,2\n3,"${"x".repeat(3_000_000)}"\n4,5\n`),
    args: ["profile", "d.csv", "--out", "p.json"],
    exit: 2,
    contains: ["d.csv:3: a line (or a quoted value spanning lines) is longer than 2000000 bytes"],
    maxMs: 15_000,
  },
);

GENERATED.push(
  {
    name: "evaluate --model /dev/zero",
    setup: "examples",
    args: [
      "evaluate",
      "--model",
      "/dev/zero",
      "--model-name",
      "m",
      "--version",
      "1",
      "--data",
      "data/test.csv",
      "--label",
      "default",
      "--out",
      "e.json",
    ],
    exit: 2,
    contains: ["/dev/zero: is a character device, not a regular file (model)"],
    maxMs: 20_000,
  },
  {
    name: "evaluate --model of a FIFO does not block",
    setup: "examples",
    make: (dir) => execFileSync("mkfifo", [join(dir, "m.onnx")]),
    args: [
      "evaluate",
      "--model",
      "m.onnx",
      "--model-name",
      "m",
      "--version",
      "1",
      "--data",
      "data/test.csv",
      "--label",
      "default",
      "--out",
      "e.json",
    ],
    exit: 2,
    contains: ["is a FIFO (named pipe), not a regular file (model)"],
    maxMs: 20_000,
  },
  {
    // proj/models/1.0.0/model.onnx once named itself "models@1.0.0", which the gate then refused
    name: "evaluate --model without --model-name and --version is refused, not named from the path",
    setup: "examples",
    args: [
      "evaluate",
      "--model",
      "models/credit-default/1.0.0/model.onnx",
      "--version",
      "1.0.0",
      "--data",
      "data/test.csv",
      "--label",
      "default",
      "--out",
      "e.json",
    ],
    exit: 2,
    contains: ["--model needs --model-name and --version"],
    excludes: ["1.0.0@", "credit-default@"],
  },
);

const VERSION = "models/credit-default/versions/1.0.0.yaml";

GENERATED.push(
  {
    name: "lint of a directory names a symlinked and a FIFO manifest instead of skipping them",
    setup: "empty-dir",
    make: (dir) => {
      write(dir, "real/model.yaml", example(MODEL));
      mkdirSync(join(dir, "models/a"), { recursive: true });
      symlinkSync("../../real/model.yaml", join(dir, "models/a/model.yaml"));
      mkdirSync(join(dir, "models/b"), { recursive: true });
      execFileSync("mkfifo", [join(dir, "models/b/model.yaml")]);
    },
    args: ["lint", "models"],
    exit: 2,
    contains: [
      "models/a/model.yaml:1:1: error MG001 is a symbolic link, not a regular file: not read",
      "models/b/model.yaml:1:1: error MG001 is a FIFO (named pipe), not a regular file: not read",
      "0 files checked: 2 errors",
    ],
    maxMs: 10_000,
  },
  {
    name: "lint --fix leaves a symlinked manifest a link, and says so",
    setup: "empty-dir",
    make: (dir) => {
      write(dir, "real.yaml", example(VERSION).replace("version: 1.0.0", "version: 1.10"));
      mkdirSync(join(dir, "models/credit-default/versions"), { recursive: true });
      symlinkSync("../../../real.yaml", join(dir, VERSION));
    },
    args: ["lint", "--fix", VERSION],
    exit: 1,
    contains: [`not fixed: ${VERSION} is a symbolic link`, "MG030"],
  },
  ...(["file:../../etc/passwd", "file:///etc/passwd", "file:.git/config"] as const).map((uri) => ({
    name: `lint flags the artifact URI ${uri} the gate blocks`,
    setup: "empty-dir",
    make: (dir: string) =>
      write(dir, VERSION, example(VERSION).replace("file:artifacts/credit-default/1.0.0/model.onnx", uri)),
    args: ["lint", VERSION],
    exit: 1,
    contains: [
      `${VERSION}:6:8: error MG034 artifact.uri: "${uri}"`,
      uri.startsWith("file:///")
        ? "not hosts"
        : uri.includes(".git")
          ? "inside .git"
          : "escapes the repository",
    ],
  })),
  {
    name: "a !!binary tag is named",
    setup: "empty-dir",
    make: (dir) => write(dir, MODEL, example(MODEL).replace(/^owner: .*$/m, "owner: !!binary aGVsbG8=")),
    args: ["lint", MODEL],
    exit: 1,
    contains: ["MG010 the YAML tag !!binary is not supported"],
    excludes: ["got a mapping"],
  },
  {
    name: "a null: key is reported at its line",
    setup: "empty-dir",
    make: (dir) => write(dir, MODEL, `${example(MODEL)}null: x\n`),
    args: ["lint", MODEL],
    exit: 1,
    contains: [`${MODEL}:${example(MODEL).split("\n").length}:1: error MG031 unknown field ""`],
  },
  {
    name: "CR-only line endings are named",
    setup: "empty-dir",
    make: (dir) => write(dir, MODEL, example(MODEL).replaceAll("\n", "\r")),
    args: ["lint", MODEL],
    exit: 1,
    contains: ["lines end with CR only (old Mac line endings)"],
    excludes: ["the file is empty"],
  },
);

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
