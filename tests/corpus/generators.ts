import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
    name: "a model.yaml with 90,000 flow-map keys lints in linear time",
    setup: "empty-dir",
    make: (dir) => {
      const keys = Array.from({ length: 90_000 }, (_, i) => `k${i}: v`).join(", ");
      write(dir, MODEL, example(MODEL).replace(/^labels: .*$/m, `labels: {${keys}}`));
    },
    args: ["lint", MODEL],
    exit: 0,
    contains: ["1 file checked: 0 errors"],
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
    name: "YAML nested 100,000 deep",
    setup: "empty-dir",
    make: (dir) => write(dir, MODEL, `name: x\nlabels: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`),
    args: ["lint", MODEL],
    exit: 1,
    contains: ["MG010", "nested more than 64 levels deep"],
    excludes: ["Maximum call stack"],
    maxMs: 10_000,
  },
  {
    name: "block sequences nested 100,000 deep",
    setup: "empty-dir",
    make: (dir) => write(dir, MODEL, `${"- ".repeat(100_000)}x\n`),
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
    name: "an http data URL without an allow-list",
    setup: "empty-dir",
    args: ["profile", "http://127.0.0.1:9/x.csv", "--out", "p.json"],
    exit: 2,
    contains: ['data host "127.0.0.1:9" is not on the data allow-list (--allow-host: empty)'],
  },
  {
    name: "an https data URL with credentials",
    setup: "empty-dir",
    args: [
      "profile",
      "https://u:TOKEN123@127.0.0.1:9/x.csv",
      "--allow-host",
      "127.0.0.1:9",
      "--out",
      "p.json",
    ],
    exit: 2,
    contains: ["credentials in data URLs are not allowed"],
    excludes: ["TOKEN123"],
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
);

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
