// model-eval-1m: evaluate a logistic regression (challenger) against a 100-tree ensemble (champion)
// on 1,000,000 rows x 30 float features: full metrics, 5 sliced columns, fairness-free policy,
// determinism and latency. Baseline in the same run: DuckDB's bare parse of the same CSV plus bare
// `session.run` of both models over preloaded Float32Array batches. As the user runs it: the
// bundled CLI's `modelgate evaluate` on the same files; and the peer, a scikit-learn script
// (bench/peers/model_evaluation.py, models fitted before the clock) with Debian's python3.
import { existsSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { seededRandom as mulberry32 } from "../../packages/core/src/index.js";
import { evaluateModel } from "../../packages/model/src/index.js";
import { buildCli } from "../../scripts/build.js";
import { isolate, PEER_INSTALL, peerPython, round, target, timeProcess, type Workload } from "../harness.js";

const ROWS = Number(process.env.MG_BENCH_EVAL_ROWS ?? 1_000_000);
const FEATURES = 30;
const BATCH = 8192;
const TREES = 100;
const DEPTH = 5;
const SLICES = ["f0", "f1", "f2", "f3", "f4"];

// ---------------------------------------------------------------------------------------------
// seeded data

function normals(seed: number): () => number {
  const rand = mulberry32(seed);
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const u = Math.max(rand(), 1e-12);
    const v = rand();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

const WEIGHTS = Array.from({ length: FEATURES }, (_, j) => ((j % 7) - 3) / 6);
const BIAS = -1.2;

/** Writes the CSV (f0..f29 rounded to 4 decimals, label y) once; later runs reuse it. */
function generateData(path: string): void {
  if (existsSync(path) && statSync(path).size > ROWS * 100) return;
  const next = normals(20261123);
  const coin = mulberry32(7);
  const tmp = `${path}.tmp`;
  const header = `${Array.from({ length: FEATURES }, (_, j) => `f${j}`).join(",")},y\n`;
  writeFileSync(tmp, header);
  const chunkRows = 20_000;
  for (let start = 0; start < ROWS; start += chunkRows) {
    const lines: string[] = [];
    for (let r = start; r < Math.min(ROWS, start + chunkRows); r++) {
      let z = BIAS;
      const cells: string[] = [];
      for (let j = 0; j < FEATURES; j++) {
        const x = Math.round(next() * 10_000) / 10_000;
        z += (WEIGHTS[j] as number) * x;
        cells.push(x.toFixed(4));
      }
      cells.push(coin() < 1 / (1 + Math.exp(-z)) ? "1" : "0");
      lines.push(cells.join(","));
    }
    writeFileSync(tmp, `${lines.join("\n")}\n`, { flag: "a" });
  }
  renameSync(tmp, path);
}

// ---------------------------------------------------------------------------------------------
// a minimal ONNX (protobuf) writer for the two bench models

type Bytes = number[];
const varint = (v: number): Bytes => {
  const out: Bytes = [];
  let x = v;
  while (x >= 0x80) {
    out.push((x & 0x7f) | 0x80);
    x = Math.floor(x / 128);
  }
  out.push(x);
  return out;
};
const key = (field: number, wire: number): Bytes => varint((field << 3) | wire);
const lenField = (field: number, payload: Bytes | Uint8Array): Bytes => [
  ...key(field, 2),
  ...varint(payload.length),
  ...payload,
];
const str = (field: number, s: string): Bytes => lenField(field, [...new TextEncoder().encode(s)]);
const intField = (field: number, v: number): Bytes => [...key(field, 0), ...varint(v)];
const floatBytes = (xs: number[]): Bytes => [...new Uint8Array(Float32Array.from(xs).buffer)];
const packedInts = (field: number, xs: number[]): Bytes => lenField(field, xs.flatMap(varint));

// AttributeProto: name 1, f 2, i 3, s 4, floats 7, ints 8, strings 9, type 20
const attrFloats = (name: string, xs: number[]): Bytes =>
  lenField(5, [...str(1, name), ...lenField(7, floatBytes(xs)), ...intField(20, 6)]);
const attrInts = (name: string, xs: number[]): Bytes =>
  lenField(5, [...str(1, name), ...packedInts(8, xs), ...intField(20, 7)]);
const attrString = (name: string, s: string): Bytes =>
  lenField(5, [...str(1, name), ...str(4, s), ...intField(20, 3)]);
const attrStrings = (name: string, xs: string[]): Bytes =>
  lenField(5, [...str(1, name), ...xs.flatMap((s) => str(9, s)), ...intField(20, 8)]);

function node(op: string, inputs: string[], outputs: string[], attrs: Bytes[], domain = ""): Bytes {
  return lenField(1, [
    ...inputs.flatMap((i) => str(1, i)),
    ...outputs.flatMap((o) => str(2, o)),
    ...str(4, op),
    ...attrs.flat(),
    ...(domain ? str(7, domain) : []),
  ]);
}

/** ValueInfoProto of a float tensor [N, width] (or [N] when width is 0); elem type 1 float, 7 int64. */
function valueInfo(field: number, name: string, width: number, elem = 1): Bytes {
  const dims = [lenField(1, str(2, "N")), ...(width > 0 ? [lenField(1, intField(1, width))] : [])];
  const shape = lenField(2, dims.flat());
  return lenField(field, [...str(1, name), ...lenField(2, lenField(1, [...intField(1, elem), ...shape]))]);
}

function tensor(name: string, dims: number[], values: number[]): Bytes {
  return lenField(5, [
    ...packedInts(1, dims),
    ...intField(2, 1),
    ...str(8, name),
    ...lenField(9, floatBytes(values)),
  ]);
}

function model(nodes: Bytes[], inputs: Bytes[], outputs: Bytes[], initializers: Bytes[]): Uint8Array {
  const graph = [
    ...nodes.flat(),
    ...str(2, "bench"),
    ...initializers.flat(),
    ...inputs.flat(),
    ...outputs.flat(),
  ];
  const opset = (domain: string, version: number) =>
    lenField(8, [...(domain ? str(1, domain) : []), ...intField(2, version)]);
  return Uint8Array.from([
    ...intField(1, 8),
    ...opset("", 13),
    ...opset("ai.onnx.ml", 3),
    ...lenField(7, graph),
  ]);
}

/** MatMul + Add + Sigmoid with the generating weights: [N, 1] probabilities. */
function logisticRegression(): Uint8Array {
  return model(
    [
      node("MatMul", ["input", "w"], ["z0"], []),
      node("Add", ["z0", "b"], ["z"], []),
      node("Sigmoid", ["z"], ["probabilities"], []),
    ],
    [valueInfo(11, "input", FEATURES)],
    [valueInfo(12, "probabilities", 1)],
    [tensor("w", [FEATURES, 1], WEIGHTS), tensor("b", [1], [BIAS])],
  );
}

/** 100 random depth-5 trees, ONNX-ML TreeEnsembleClassifier with a logistic link: [N, 2]. */
function treeEnsemble(): Uint8Array {
  const rand = mulberry32(99);
  const a: Record<string, number[]> = {
    treeids: [],
    nodeids: [],
    featureids: [],
    values: [],
    trueids: [],
    falseids: [],
    ctree: [],
    cnode: [],
    cids: [],
    cweights: [],
  };
  const modes: string[] = [];
  const internal = 2 ** DEPTH - 1;
  for (let t = 0; t < TREES; t++) {
    for (let n = 0; n < 2 * internal + 1; n++) {
      a.treeids?.push(t);
      a.nodeids?.push(n);
      if (n < internal) {
        const f = Math.floor(rand() * FEATURES);
        a.featureids?.push(f);
        a.values?.push((rand() - 0.5) * 2);
        modes.push("BRANCH_LEQ");
        a.trueids?.push(2 * n + 1);
        a.falseids?.push(2 * n + 2);
      } else {
        a.featureids?.push(0);
        a.values?.push(0);
        modes.push("LEAF");
        a.trueids?.push(0);
        a.falseids?.push(0);
        a.ctree?.push(t);
        a.cnode?.push(n);
        a.cids?.push(0);
        a.cweights?.push((rand() - 0.5) * 0.1);
      }
    }
  }
  const ints = (k: string) => a[k] as number[];
  return model(
    [
      node(
        "TreeEnsembleClassifier",
        ["input"],
        ["label", "probabilities"],
        [
          attrInts("nodes_treeids", ints("treeids")),
          attrInts("nodes_nodeids", ints("nodeids")),
          attrInts("nodes_featureids", ints("featureids")),
          attrFloats("nodes_values", ints("values")),
          attrStrings("nodes_modes", modes),
          attrInts("nodes_truenodeids", ints("trueids")),
          attrInts("nodes_falsenodeids", ints("falseids")),
          attrInts("class_treeids", ints("ctree")),
          attrInts("class_nodeids", ints("cnode")),
          attrInts("class_ids", ints("cids")),
          attrFloats("class_weights", ints("cweights")),
          attrInts("classlabels_int64s", [0, 1]),
          attrFloats("base_values", [BIAS]),
          attrString("post_transform", "LOGISTIC"),
        ],
        "ai.onnx.ml",
      ),
    ],
    [valueInfo(11, "input", FEATURES)],
    [valueInfo(12, "label", 0, 7), valueInfo(12, "probabilities", 2)],
    [],
  );
}

function prepare(workDir: string): { data: string; lr: string; trees: string } {
  const data = join(workDir, ROWS === 1_000_000 ? "eval-1m.csv" : `eval-${ROWS}.csv`);
  const lr = join(workDir, "lr.onnx");
  const trees = join(workDir, "trees.onnx");
  generateData(data);
  writeFileSync(lr, logisticRegression());
  writeFileSync(trees, treeEnsemble());
  return { data, lr, trees };
}

// ---------------------------------------------------------------------------------------------
// the job and the baseline, each run in its own process by isolate()

const spec = {
  task: "binary-classification" as const,
  label: "y",
  signature: {
    inputs: {
      mode: "tensor" as const,
      name: "input",
      features: Array.from({ length: FEATURES }, (_, j) => `f${j}`),
    },
    outputs: { kind: "probabilities" as const, name: "probabilities" },
  },
  slices: SLICES,
};

export async function job(args: { data: string; lr: string; trees: string }): Promise<unknown> {
  const report = await evaluateModel({
    model: { path: args.lr },
    champion: { path: args.trees },
    data: { path: args.data },
    spec,
    subject: "bench-lr@1",
    context: { commit: null, ref: null, runUrl: null, ci: false },
    batchSize: BATCH,
    policy: {
      metrics: { roc_auc: { threshold: 0.6, minAbsoluteChange: 0, greaterIsBetter: true } },
      maxSliceDrop: 0.05,
    },
  });
  return {
    rows: report.dataset.rows,
    verdict: report.verdict,
    slices: report.slices.length,
    rocAuc: report.models[0]?.metrics.roc_auc,
    championRocAuc: report.models[1]?.metrics.roc_auc,
  };
}

// The engines are dependencies of packages/data and packages/model, resolved from there.
interface DuckModule {
  DuckDBInstance: {
    create(path: string): Promise<{
      connect(): Promise<{ run(sql: string): Promise<unknown>; closeSync(): void }>;
      closeSync(): void;
    }>;
  };
}
interface OrtTensor {
  dispose?: () => void;
}
interface OrtModule {
  InferenceSession: {
    create(
      path: string,
      options: { intraOpNumThreads: number; interOpNumThreads: number },
    ): Promise<{
      run(feeds: Record<string, OrtTensor>, fetches: string[]): Promise<Record<string, OrtTensor>>;
      release(): Promise<void>;
    }>;
  };
  Tensor: new (type: "float32", data: Float32Array, dims: number[]) => OrtTensor;
}

export async function baseline(args: { data: string; lr: string; trees: string }): Promise<unknown> {
  const fromData = createRequire(new URL("../../packages/data/package.json", import.meta.url));
  const duck = (await import(pathToFileURL(fromData.resolve("@duckdb/node-api")).href)) as DuckModule;
  const fromModel = createRequire(new URL("../../packages/model/package.json", import.meta.url));
  const ort = (await import(pathToFileURL(fromModel.resolve("onnxruntime-node")).href)) as OrtModule;

  let t = process.hrtime.bigint();
  const instance = await duck.DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(
    `CREATE TABLE t AS SELECT * FROM read_csv('${args.data.replace(/'/g, "''")}', header = true)`,
  );
  const parseSeconds = Number(process.hrtime.bigint() - t) / 1e9;
  connection.closeSync();
  instance.closeSync();

  // preloaded batches (not timed): the same seeded features the file holds
  const next = normals(20261123);
  const batches: Float32Array[] = [];
  for (let start = 0; start < ROWS; start += BATCH) {
    const b = Math.min(BATCH, ROWS - start);
    const arr = new Float32Array(b * FEATURES);
    for (let i = 0; i < arr.length; i++) arr[i] = Math.round(next() * 10_000) / 10_000;
    batches.push(arr);
  }
  let runSeconds = 0;
  for (const path of [args.lr, args.trees]) {
    const session = await ort.InferenceSession.create(path, { intraOpNumThreads: 1, interOpNumThreads: 1 });
    t = process.hrtime.bigint();
    for (const arr of batches) {
      const out = await session.run(
        { input: new ort.Tensor("float32", arr, [arr.length / FEATURES, FEATURES]) },
        ["probabilities"],
      );
      out.probabilities?.dispose?.();
    }
    runSeconds += Number(process.hrtime.bigint() - t) / 1e9;
    await session.release();
  }
  return { parseSeconds, runSeconds };
}

export const workload: Workload = {
  name: "model-eval-1m",
  description:
    "evaluate a logistic regression against a 100-tree ensemble on 1M rows x 30 features: metrics, 5 sliced columns, policy, determinism, latency",
  async run({ workDir }) {
    const args = prepare(workDir);
    const moduleUrl = import.meta.url;
    const base = await isolate(moduleUrl, "baseline", args);
    const run = await isolate(moduleUrl, "job", args);
    const b = base.result as { parseSeconds: number; runSeconds: number };
    const baselineSeconds = b.parseSeconds + b.runSeconds;
    const ratio = run.wallSeconds / baselineSeconds;

    // as the user runs it: one CLI process with the same models, data, slices and policy
    const bin = await buildCli();
    const policy = join(workDir, "policy.yaml");
    writeFileSync(
      policy,
      "metrics:\n  roc_auc: { threshold: 0.6, minAbsoluteChange: 0, greaterIsBetter: true }\nmaxSliceDrop: 0.05\n",
    );
    const cli = await timeProcess(
      process.execPath,
      [
        bin,
        "evaluate",
        "--model",
        args.lr,
        "--model-name",
        "lr",
        "--version",
        "1",
        "--champion",
        args.trees,
        "--data",
        args.data,
        "--label",
        spec.label,
        "--features",
        spec.signature.inputs.features.join(","),
        "--slices",
        SLICES.join(","),
        "--policy",
        policy,
        "--batch-size",
        String(BATCH),
        "--out",
        join(workDir, "cli-evaluation.json"),
      ],
      // 1: a failed check is the job's answer, not an error
      { okExitCodes: [0, 1] },
    );

    const python = peerPython(["pandas", "sklearn"]);
    let peer: Awaited<ReturnType<typeof timeProcess>> | null = null;
    const notes = [JSON.stringify(run.result)];
    if (python) {
      const script = new URL("../peers/model_evaluation.py", import.meta.url).pathname;
      const weights = join(workDir, "peer-weights.json");
      const models = join(workDir, "peer-models.pkl");
      writeFileSync(weights, JSON.stringify({ weights: WEIGHTS, bias: BIAS }));
      await timeProcess(python, [script, "fit", weights, args.data, models]); // before the clock
      peer = await timeProcess(python, [
        script,
        "evaluate",
        models,
        args.data,
        join(workDir, "peer-evaluation.json"),
      ]);
      notes.push(`peer: ${peer.stdout.trim()}`);
    } else if (process.env.MG_BENCH_PEERS === "0") notes.push("peer skipped: MG_BENCH_PEERS=0");
    else notes.push(`peer skipped: Debian's python3 lacks pandas or scikit-learn (${PEER_INSTALL})`);

    return {
      figures: {
        wallSeconds: round(run.wallSeconds),
        peakRssMB: round(run.peakRssMB, 0),
        rowsPerSecond: Math.round(ROWS / run.wallSeconds),
        cliSeconds: round(cli.wallSeconds),
        cliPeakRssMB: round(cli.peakRssMB, 0),
        cliRatioToBaseline: round(cli.wallSeconds / baselineSeconds, 2),
        ...(peer
          ? {
              peerSeconds: round(peer.wallSeconds),
              peerPeakRssMB: round(peer.peakRssMB, 0),
              peerOverCli: round(peer.wallSeconds / cli.wallSeconds, 2),
            }
          : {}),
      },
      baseline: {
        description:
          "DuckDB read_csv into a table + bare session.run of both models on preloaded Float32Array batches",
        figures: {
          wallSeconds: round(baselineSeconds),
          duckdbParseSeconds: round(b.parseSeconds),
          sessionRunSeconds: round(b.runSeconds),
          peakRssMB: round(base.peakRssMB, 0),
        },
      },
      ratio: round(ratio),
      targets: {
        ratio: target(ratio, 1.5),
        cliRatioToBaseline: target(cli.wallSeconds / baselineSeconds, 1.5),
        // at least 3x faster than the peer: the CLI's time at most a third of the peer's
        ...(peer ? { cliOverPeer: target(cli.wallSeconds / peer.wallSeconds, 1 / 3) } : {}),
      },
      notes: [
        ...notes,
        "the peer's champion is a fitted 100-tree depth-5 gradient-boosted ensemble (same size and depth as the ONNX champion, other split values); its challenger carries the ONNX challenger's exact weights",
      ],
    };
  },
};
