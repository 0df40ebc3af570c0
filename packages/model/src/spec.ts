import { UserError } from "@modelgate/core";

export type Task = "binary-classification" | "multiclass-classification" | "regression";
export const TASKS: readonly Task[] = ["binary-classification", "multiclass-classification", "regression"];
export type InputDtype = "float32" | "float64" | "int64" | "string";

/** How dataset columns become model inputs (model.yaml `signature.inputs`). */
export interface InputSignature {
  /** tensor: one [N, F] tensor of `features` in this order; columns: one [N, 1] input per column */
  mode: "tensor" | "columns";
  name?: string;
  dtype?: InputDtype;
  features: string[];
}

/** How the model's outputs are read (model.yaml `signature.outputs`). */
export interface OutputSignature {
  kind: "probabilities" | "zipmap" | "value";
  name?: string;
  /** binary: index (or ZipMap key) of the positive class; default 1 */
  positiveClass?: number | string;
  /** multiclass: class labels in output order */
  classes?: (string | number)[];
}

/** What an evaluation needs to know about a model: the part of model.yaml it reads. */
export interface ModelSpec {
  name?: string;
  task: Task;
  label: string;
  signature?: { inputs?: InputSignature; outputs?: OutputSignature };
  decisionThreshold?: number;
  slices?: string[];
  protectedAttributes?: string[];
}

/**
 * Reads the evaluation-relevant fields of a parsed model.yaml (kind `model`), checking their
 * types and naming the file and field on error. Fields it does not use are ignored here; the
 * manifest's own schema validates them.
 */
export function modelSpecFromManifest(doc: unknown, file: string): ModelSpec {
  const fail = (field: string, msg: string): never => {
    throw new UserError(`${file}: ${field}: ${msg}`);
  };
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    return fail("(root)", "expected a mapping");
  const m = doc as Record<string, unknown>;
  const task = m.task;
  if (typeof task !== "string" || !TASKS.includes(task as Task))
    fail("task", `expected one of ${TASKS.join(", ")}, found ${JSON.stringify(task)}`);
  if (typeof m.label !== "string" || m.label === "") fail("label", "expected the label column name");
  const spec: ModelSpec = { task: task as Task, label: m.label as string };
  if (typeof m.name === "string") spec.name = m.name;
  if (m.decisionThreshold !== undefined) {
    if (typeof m.decisionThreshold !== "number" || m.decisionThreshold < 0 || m.decisionThreshold > 1)
      fail("decisionThreshold", "expected a number in [0, 1]");
    spec.decisionThreshold = m.decisionThreshold as number;
  }
  for (const key of ["slices", "protectedAttributes"] as const) {
    const v = m[key];
    if (v === undefined) continue;
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string"))
      fail(key, "expected a list of column names");
    spec[key] = v as string[];
  }
  const sig = m.signature;
  if (sig !== undefined) {
    if (typeof sig !== "object" || sig === null) fail("signature", "expected a mapping");
    const s = sig as Record<string, unknown>;
    spec.signature = {};
    if (s.inputs !== undefined) {
      const i = s.inputs as Record<string, unknown>;
      if (i.mode !== "tensor" && i.mode !== "columns")
        fail("signature.inputs.mode", `expected tensor or columns, found ${JSON.stringify(i.mode)}`);
      if (
        !Array.isArray(i.features) ||
        i.features.length === 0 ||
        i.features.some((x) => typeof x !== "string")
      )
        fail("signature.inputs.features", "expected a non-empty list of column names");
      if (i.dtype !== undefined && !["float32", "float64", "int64", "string"].includes(i.dtype as string))
        fail(
          "signature.inputs.dtype",
          `expected float32, float64, int64 or string, found ${JSON.stringify(i.dtype)}`,
        );
      spec.signature.inputs = {
        mode: i.mode as "tensor" | "columns",
        features: i.features as string[],
        ...(typeof i.name === "string" ? { name: i.name } : {}),
        ...(i.dtype !== undefined ? { dtype: i.dtype as InputDtype } : {}),
      };
    }
    if (s.outputs !== undefined) {
      const o = s.outputs as Record<string, unknown>;
      if (!["probabilities", "zipmap", "value"].includes(o.kind as string))
        fail(
          "signature.outputs.kind",
          `expected probabilities, zipmap or value, found ${JSON.stringify(o.kind)}`,
        );
      if (o.classes !== undefined && !Array.isArray(o.classes))
        fail("signature.outputs.classes", "expected a list of class labels");
      spec.signature.outputs = {
        kind: o.kind as OutputSignature["kind"],
        ...(typeof o.name === "string" ? { name: o.name } : {}),
        ...(o.positiveClass !== undefined ? { positiveClass: o.positiveClass as number | string } : {}),
        ...(o.classes !== undefined ? { classes: o.classes as (string | number)[] } : {}),
      };
    }
  }
  return spec;
}
