import { readFileSync } from "node:fs";
import { checkRegularFile, hashBytes, UserError } from "@modelgate/core";
import * as ort from "onnxruntime-node";
import type { InputDtype, ModelSpec, OutputSignature, Task } from "./spec.js";
import type { Column, Table } from "./table.js";
import { stripZipMap } from "./zipmap.js";

export interface IoInfo {
  name: string;
  isTensor: boolean;
  type: string | null;
  shape: (number | string)[];
}

export interface LoadedModel {
  path: string;
  sha256: string;
  bytes: number;
  session: ort.InferenceSession;
  loadMs: number;
  inputs: IoInfo[];
  outputs: IoInfo[];
  /** set when the graph ended in ZipMap and the session reads the probability tensor before it */
  zipmap?: { output: string; tensorOutput: string; labels: (string | number)[] };
}

const ONNX_TO_DTYPE: Record<string, InputDtype> = {
  float32: "float32",
  float64: "float64",
  int64: "int64",
  string: "string",
};

/**
 * The first line of an onnxruntime error, shortened at a word boundary (never inside a number:
 * an allocation of 40000000000 bytes cut to 400000000 misleads), with "…" when shortened.
 */
export function errorDetail(error: unknown, max = 600): string {
  const line = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  if (line.length <= max) return line;
  const cut = line.lastIndexOf(" ", max);
  return `${line.slice(0, cut > max / 2 ? cut : max)} …`;
}

/** Loads an ONNX model from disk: digest, size, an inference session and its signature. */
export async function loadModel(path: string, options: { threads?: number } = {}): Promise<LoadedModel> {
  let data: Buffer;
  // a FIFO or a device (/dev/zero) would block or never end
  checkRegularFile(path, "model");
  try {
    data = readFileSync(path);
  } catch {
    throw new UserError(`${path}: model file not found`);
  }
  if (data.length === 0) throw new UserError(`${path}: not an ONNX model (the file is empty)`);
  const start = process.hrtime.bigint();
  const open = async (bytes: Uint8Array): Promise<ort.InferenceSession> => {
    try {
      return await ort.InferenceSession.create(bytes, {
        intraOpNumThreads: options.threads ?? 1,
        interOpNumThreads: 1,
        graphOptimizationLevel: "all",
        // onnxruntime's own log lines (coloured, on stderr) would repeat the error our message
        // gives with the file name: fatal only
        logSeverityLevel: 4,
      });
    } catch (error) {
      const detail = errorDetail(error);
      throw new UserError(`${path}: not a valid ONNX model (${data.length} bytes; onnxruntime: ${detail})`);
    }
  };
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.length);
  let session = await open(bytes);
  let zipmap: LoadedModel["zipmap"];
  if (session.outputMetadata.some((m) => !m.isTensor)) {
    const rewrite = stripZipMap(bytes);
    if (rewrite) {
      await session.release();
      session = await open(rewrite.bytes);
      zipmap = { output: rewrite.zipmapOutput, tensorOutput: rewrite.tensorOutput, labels: rewrite.labels };
    }
  }
  const loadMs = Number(process.hrtime.bigint() - start) / 1e6;
  const info = (m: ort.InferenceSession.ValueMetadata): IoInfo =>
    m.isTensor
      ? { name: m.name, isTensor: true, type: m.type, shape: [...m.shape] }
      : { name: m.name, isTensor: false, type: null, shape: [] };
  return {
    path,
    sha256: hashBytes(data),
    bytes: data.length,
    session,
    loadMs,
    inputs: session.inputMetadata.map(info),
    outputs: session.outputMetadata.map(info),
    ...(zipmap ? { zipmap } : {}),
  };
}

/** How columns feed the model: resolved from the manifest, the flags and the model itself. */
export interface InputPlan {
  mode: "tensor" | "columns";
  /** tensor mode: the input name; columns mode: input name per feature */
  inputNames: string[];
  features: string[];
  dtypes: InputDtype[];
}

export interface OutputPlan {
  kind: OutputSignature["kind"];
  name: string;
  /** binary: which column / key is the positive class */
  positiveClass: number | string;
  /** multiclass: number of classes */
  classes: number;
}

function dtypeOf(model: LoadedModel, input: IoInfo): InputDtype {
  const t = input.type ?? "";
  const d = ONNX_TO_DTYPE[t];
  if (!d)
    throw new UserError(`${model.path}: input '${input.name}' has type ${t}, which evaluation does not feed`);
  return d;
}

/**
 * Maps dataset columns to the model inputs. With a declared signature it is checked against the
 * model; without one, a single-input model takes `features` or every non-label column in file order,
 * and a multi-input model takes one column per input name.
 */
export function planInputs(
  model: LoadedModel,
  spec: ModelSpec,
  header: string[],
  features?: string[],
  exclude: string[] = [],
): InputPlan {
  const declared = spec.signature?.inputs;
  const names = model.inputs.map((i) => i.name);
  let plan: InputPlan;
  if (declared?.mode === "columns" || (!declared && model.inputs.length > 1)) {
    const feats = declared?.features ?? names;
    const missingInModel = feats.filter((f) => !names.includes(f));
    const missingInSig = names.filter((n) => !feats.includes(n));
    if (missingInModel.length > 0 || missingInSig.length > 0)
      throw new UserError(
        `${model.path}: the model inputs do not match the signature: expected [${feats.join(", ")}], found [${names.join(", ")}]`,
      );
    plan = {
      mode: "columns",
      inputNames: feats,
      features: feats,
      dtypes: feats.map(
        (f) => declared?.dtype ?? dtypeOf(model, model.inputs.find((i) => i.name === f) as IoInfo),
      ),
    };
  } else {
    let input: IoInfo | undefined;
    if (declared?.name) {
      input = model.inputs.find((i) => i.name === declared.name);
      if (!input)
        throw new UserError(
          `${model.path}: the signature names input '${declared.name}', the model has [${names.join(", ")}]`,
        );
    } else if (model.inputs.length === 1) input = model.inputs[0];
    else
      throw new UserError(
        `${model.path}: the model has ${model.inputs.length} inputs [${names.join(", ")}]; declare signature.inputs.name`,
      );
    const inp = input as IoInfo;
    const feats =
      declared?.features ?? features ?? header.filter((h) => h !== spec.label && !exclude.includes(h));
    const width = inp.shape.length >= 2 ? inp.shape[inp.shape.length - 1] : undefined;
    if (typeof width === "number" && width !== feats.length)
      throw new UserError(
        `${model.path}: input '${inp.name}' takes ${width} features, ${feats.length} given: [${feats.join(", ")}]`,
      );
    const dtype = declared?.dtype ?? dtypeOf(model, inp);
    plan = { mode: "tensor", inputNames: [inp.name], features: feats, dtypes: feats.map(() => dtype) };
  }
  const absent = plan.features.filter((f) => !header.includes(f));
  if (absent.length > 0)
    throw new UserError(
      `the dataset lacks feature column(s) [${absent.join(", ")}] the model needs: expected [${plan.features.join(", ")}], found [${header.join(", ")}]`,
    );
  return plan;
}

/** Picks the output to read and how, from the signature or else from the model's outputs. */
export function planOutputs(model: LoadedModel, spec: ModelSpec): OutputPlan {
  const declared = spec.signature?.outputs;
  const names = model.outputs.map((o) => o.name);
  if (model.zipmap) names.push(model.zipmap.output);
  if (
    model.zipmap &&
    (declared?.kind === "zipmap" || declared?.name === model.zipmap.output || !declared?.name)
  ) {
    const z = model.zipmap;
    if (spec.task === "regression")
      throw new UserError(`${model.path}: a ZipMap output cannot be a regression value`);
    const key = declared?.positiveClass ?? 1;
    const index = z.labels.findIndex((l) => String(l) === String(key));
    if (spec.task === "binary-classification" && index < 0)
      throw new UserError(
        `${model.path}: positiveClass ${JSON.stringify(key)} is not a ZipMap key; keys are [${z.labels.join(", ")}]`,
      );
    return { kind: "zipmap", name: z.tensorOutput, positiveClass: index, classes: z.labels.length };
  }
  if (declared?.name && !names.includes(declared.name))
    throw new UserError(
      `${model.path}: the signature names output '${declared.name}', the model has [${names.join(", ")}]`,
    );
  const classes = declared?.classes?.length ?? 0;
  if (spec.task === "regression") {
    const out = declared?.name ?? model.outputs.find((o) => o.isTensor && /float/.test(o.type ?? ""))?.name;
    if (!out) throw new UserError(`${model.path}: no floating-point output to read as the predicted value`);
    return { kind: "value", name: out, positiveClass: 0, classes: 0 };
  }
  let kind = declared?.kind;
  let name = declared?.name;
  if (!name) {
    const zip = model.outputs.find((o) => !o.isTensor);
    const prob =
      model.outputs.find((o) => o.isTensor && /float/.test(o.type ?? "") && /prob/i.test(o.name)) ??
      [...model.outputs].reverse().find((o) => o.isTensor && /float/.test(o.type ?? ""));
    if (kind === "zipmap" || (!kind && !prob && zip)) {
      name = zip?.name;
      kind = "zipmap";
    } else {
      name = prob?.name;
      kind = kind ?? "probabilities";
    }
  }
  if (!name) throw new UserError(`${model.path}: no probability output found among [${names.join(", ")}]`);
  const pc = declared?.positiveClass ?? 1;
  const index = typeof pc === "number" ? pc : /^\d+$/.test(pc) ? Number(pc) : -1;
  if (spec.task === "binary-classification" && (index < 0 || index > 1))
    throw new UserError(
      `signature.outputs.positiveClass: ${JSON.stringify(pc)} must be 0 or 1, the column of output '${name}' holding the positive class`,
    );
  return { kind: kind ?? "probabilities", name, positiveClass: index, classes };
}

export interface Predictions {
  task: Task;
  rows: number;
  /** binary: positive-class probability; regression: value; multiclass: row-major [rows, classes] */
  values: Float64Array;
  classes: number;
  /** seconds spent in session.run per batch */
  batchSeconds: number[];
  batchSize: number;
}

/**
 * The row-major batch of a tensor input, reused from batch to batch: session.run is done with
 * it when it resolves, and a fresh megabyte per batch cost a page fault per 4 KiB (1M rows x 30
 * float32 features: 0.34 s fresh against 0.06 s reused, per model).
 */
interface FeedScratch {
  data?: Float32Array | Float64Array;
}

/** Builds the feeds for rows [start, end). */
function buildFeeds(
  plan: InputPlan,
  cols: Column[],
  start: number,
  end: number,
  path: string,
  scratch: FeedScratch,
): Record<string, ort.Tensor> {
  const b = end - start;
  const feeds: Record<string, ort.Tensor> = {};
  if (plan.mode === "tensor") {
    const f = plan.features.length;
    const dtype = plan.dtypes[0] as InputDtype;
    const name = plan.inputNames[0] as string;
    if (dtype === "string") {
      const data = new Array<string>(b * f);
      for (let j = 0; j < f; j++) {
        const c = cols[j] as Column;
        for (let r = 0; r < b; r++) data[r * f + j] = String(c.values[start + r]);
      }
      feeds[name] = new ort.Tensor("string", data, [b, f]);
      return feeds;
    }
    const Kind = dtype === "float32" ? Float32Array : dtype === "float64" ? Float64Array : null;
    if (Kind && !(scratch.data instanceof Kind && scratch.data.length >= b * f))
      scratch.data = new Kind(b * f);
    const data = Kind ? (scratch.data as Float32Array | Float64Array).subarray(0, b * f) : null;
    if (data) {
      for (let j = 0; j < f; j++) {
        const v = (cols[j] as Column & { kind: "number" }).values;
        for (let r = 0; r < b; r++) data[r * f + j] = v[start + r] as number;
      }
      feeds[name] = new ort.Tensor(dtype, data, [b, f]);
    } else {
      const ints = new BigInt64Array(b * f);
      for (let j = 0; j < f; j++) {
        const v = (cols[j] as Column & { kind: "number" }).values;
        for (let r = 0; r < b; r++)
          ints[r * f + j] = toBigInt(v[start + r] as number, start + r, plan.features[j], path);
      }
      feeds[name] = new ort.Tensor("int64", ints, [b, f]);
    }
    return feeds;
  }
  for (let j = 0; j < plan.features.length; j++) {
    const c = cols[j] as Column;
    const dtype = plan.dtypes[j] as InputDtype;
    const name = plan.inputNames[j] as string;
    if (dtype === "string") {
      const data = new Array<string>(b);
      for (let r = 0; r < b; r++) data[r] = String(c.values[start + r]);
      feeds[name] = new ort.Tensor("string", data, [b, 1]);
    } else if (dtype === "int64") {
      const v = (c as Column & { kind: "number" }).values;
      const ints = new BigInt64Array(b);
      for (let r = 0; r < b; r++)
        ints[r] = toBigInt(v[start + r] as number, start + r, plan.features[j], path);
      feeds[name] = new ort.Tensor("int64", ints, [b, 1]);
    } else {
      const v = (c as Column & { kind: "number" }).values.subarray(start, end);
      feeds[name] = new ort.Tensor(dtype, dtype === "float32" ? Float32Array.from(v) : Float64Array.from(v), [
        b,
        1,
      ]);
    }
  }
  return feeds;
}

function toBigInt(v: number, row: number, feature: string | undefined, path: string): bigint {
  // row is 0-based among data rows; line 1 is the header
  if (!Number.isInteger(v))
    throw new UserError(`${path}:${row + 2}: column '${feature}': int64 input needs an integer, found ${v}`);
  return BigInt(v);
}

/** The columns a plan reads, with the kind each must be read as. */
export function columnKinds(plan: InputPlan): { name: string; kind: "number" | "string" }[] {
  return plan.features.map((f, j) => ({ name: f, kind: plan.dtypes[j] === "string" ? "string" : "number" }));
}

/** Extracts the evaluated values of one batch into `out` at row `start`. */
function readOutput(
  model: LoadedModel,
  task: Task,
  outPlan: OutputPlan,
  result: ort.InferenceSession.OnnxValueMapType,
  b: number,
  start: number,
  out: { values: Float64Array; classes: number },
): void {
  const t = result[outPlan.name] as ort.Tensor;
  const data = t.data as ArrayLike<number>;
  const width = t.dims.length >= 2 ? Number(t.dims[t.dims.length - 1]) : 1;
  if (data.length !== b * width)
    throw new UserError(`${model.path}: output '${outPlan.name}' has ${data.length} values for ${b} rows`);
  if (task === "regression") {
    for (let r = 0; r < b; r++) out.values[start + r] = Number(data[r * width]);
  } else if (task === "binary-classification") {
    const pc = typeof outPlan.positiveClass === "number" ? outPlan.positiveClass : 1;
    if (width === 1) for (let r = 0; r < b; r++) out.values[start + r] = Number(data[r]);
    else if (width === 2 && pc >= 0 && pc < 2)
      for (let r = 0; r < b; r++) out.values[start + r] = Number(data[r * 2 + pc]);
    else
      throw new UserError(
        `${model.path}: output '${outPlan.name}' has ${width} columns; a binary classifier gives [N,1] or [N,2]`,
      );
  } else {
    if (width !== out.classes)
      throw new UserError(
        `${model.path}: output '${outPlan.name}' has ${width} columns, the signature declares ${out.classes} classes`,
      );
    for (let i = 0; i < b * width; i++) out.values[start * width + i] = Number(data[i]);
  }
}

/**
 * Runs the model over `rows` rows of the table in batches and returns its predictions and the
 * time of each `session.run`. Outputs that are NaN or infinite are an error naming the rows.
 */
export async function predict(
  model: LoadedModel,
  spec: ModelSpec,
  plan: InputPlan,
  outPlan: OutputPlan,
  table: Table,
  options: {
    batchSize: number;
    rows?: number;
    classes?: number;
    /** called after each batch with the rows done and the rows to do */
    onBatch?: (done: number, total: number) => void;
  },
): Promise<Predictions> {
  const rows = options.rows ?? table.rows;
  const cols = plan.features.map((f) => table.columns.get(f) as Column);
  const classes = spec.task === "multiclass-classification" ? (options.classes ?? outPlan.classes) : 1;
  const out = { values: new Float64Array(rows * classes), classes };
  const batchSeconds: number[] = [];
  const batchSize = Math.max(1, options.batchSize);
  const scratch: FeedScratch = {};
  for (let start = 0; start < rows; start += batchSize) {
    const end = Math.min(rows, start + batchSize);
    const feeds = buildFeeds(plan, cols, start, end, table.path, scratch);
    const t0 = process.hrtime.bigint();
    let result: ort.InferenceSession.OnnxValueMapType;
    try {
      result = await model.session.run(feeds, [outPlan.name]);
    } catch (error) {
      const detail = errorDetail(error);
      throw new UserError(`${model.path}: inference failed on rows ${start + 1}-${end}: ${detail}`);
    }
    batchSeconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
    readOutput(model, spec.task, outPlan, result, end - start, start, out);
    for (const v of Object.values(result)) (v as { dispose?: () => void }).dispose?.();
    options.onBatch?.(end, rows);
  }
  const bad: number[] = [];
  let badCount = 0;
  for (let i = 0; i < out.values.length; i++)
    if (!Number.isFinite(out.values[i])) {
      const row = Math.floor(i / classes) + 1;
      if (bad[bad.length - 1] !== row) {
        badCount++;
        if (bad.length < 20) bad.push(row);
      }
    }
  if (badCount > 0)
    throw new UserError(
      `${model.path}: the model output is NaN or infinite on ${badCount} row(s): data rows ${bad.join(", ")}${badCount > bad.length ? ", ..." : ""}`,
      { exitCode: 1 },
    );
  return { task: spec.task, rows, values: out.values, classes, batchSeconds, batchSize };
}
