// onnxruntime-node cannot return non-tensor outputs (ZipMap gives a sequence of maps). A model that
// ends in ZipMap is therefore rewritten in memory: the ZipMap node is dropped and its input, the
// [N, K] probability tensor, becomes the graph output. The class labels come from the node's
// `classlabels_strings` / `classlabels_int64s`, in tensor column order. The digest always refers to
// the file as stored; only the session sees the rewritten bytes.

interface Field {
  field: number;
  wire: number;
  /** start of the whole field (key included) */
  start: number;
  end: number;
  /** start/end of the payload of a length-delimited field; the value for a varint */
  valueStart: number;
  valueEnd: number;
  varint: bigint;
}

function readVarint(buf: Uint8Array, pos: number): [bigint, number] {
  let result = 0n;
  let shift = 0n;
  for (;;) {
    if (pos >= buf.length) throw new Error("truncated varint");
    const b = buf[pos++] as number;
    result |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) return [result, pos];
    shift += 7n;
  }
}

function parseFields(buf: Uint8Array): Field[] {
  const out: Field[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const start = pos;
    const [key, p] = readVarint(buf, pos);
    pos = p;
    const field = Number(key >> 3n);
    const wire = Number(key & 7n);
    let valueStart = pos;
    let valueEnd = pos;
    let varint = 0n;
    if (wire === 0) {
      [varint, pos] = readVarint(buf, pos);
      valueEnd = pos;
    } else if (wire === 1) {
      pos += 8;
      valueEnd = pos;
    } else if (wire === 5) {
      pos += 4;
      valueEnd = pos;
    } else if (wire === 2) {
      const [len, q] = readVarint(buf, pos);
      valueStart = q;
      valueEnd = q + Number(len);
      pos = valueEnd;
    } else throw new Error(`unsupported wire type ${wire}`);
    if (pos > buf.length) throw new Error("truncated field");
    out.push({ field, wire, start, end: pos, valueStart, valueEnd, varint });
  }
  return out;
}

function encodeVarint(v: number): number[] {
  const bytes: number[] = [];
  let x = v;
  while (x >= 0x80) {
    bytes.push((x & 0x7f) | 0x80);
    x = Math.floor(x / 128);
  }
  bytes.push(x);
  return bytes;
}

function lengthDelimited(field: number, payload: Uint8Array): Uint8Array {
  const head = [...encodeVarint((field << 3) | 2), ...encodeVarint(payload.length)];
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const text = (buf: Uint8Array, f: Field): string =>
  new TextDecoder().decode(buf.subarray(f.valueStart, f.valueEnd));

export interface ZipMapRewrite {
  bytes: Uint8Array;
  /** the ZipMap output name the model declared */
  zipmapOutput: string;
  /** the tensor output that replaces it */
  tensorOutput: string;
  /** class labels in tensor column order */
  labels: (string | number)[];
}

/** Rewrites a model whose graph ends in ZipMap; null when it has none (or is not parseable). */
export function stripZipMap(model: Uint8Array): ZipMapRewrite | null {
  let top: Field[];
  try {
    top = parseFields(model);
  } catch {
    return null;
  }
  const graphField = top.find((f) => f.field === 7 && f.wire === 2);
  if (!graphField) return null;
  const graph = model.subarray(graphField.valueStart, graphField.valueEnd);
  const gFields = parseFields(graph);
  let zip: { field: Field; input: string; output: string; labels: (string | number)[] } | null = null;
  for (const f of gFields) {
    if (f.field !== 1 || f.wire !== 2) continue;
    const node = graph.subarray(f.valueStart, f.valueEnd);
    const nFields = parseFields(node);
    const op = nFields.find((x) => x.field === 4);
    if (!op || text(node, op) !== "ZipMap") continue;
    const input = nFields.find((x) => x.field === 1);
    const output = nFields.find((x) => x.field === 2);
    if (!input || !output) continue;
    const labels: (string | number)[] = [];
    for (const a of nFields.filter((x) => x.field === 5)) {
      const attr = node.subarray(a.valueStart, a.valueEnd);
      const aFields = parseFields(attr);
      const nameField = aFields.find((x) => x.field === 1);
      const name = nameField ? text(attr, nameField) : "";
      if (name === "classlabels_strings")
        for (const s of aFields.filter((x) => x.field === 9)) labels.push(text(attr, s));
      if (name === "classlabels_int64s")
        for (const s of aFields.filter((x) => x.field === 8)) {
          if (s.wire === 0) labels.push(Number(BigInt.asIntN(64, s.varint)));
          else {
            // packed
            let p = s.valueStart;
            while (p < s.valueEnd) {
              const [v, q] = readVarint(attr, p);
              labels.push(Number(BigInt.asIntN(64, v)));
              p = q;
            }
          }
        }
    }
    zip = { field: f, input: text(node, input), output: text(node, output), labels };
    break;
  }
  if (!zip) return null;
  const z = zip;
  // ValueInfoProto { name: 1, type: 2 { tensor_type: 1 { elem_type: 1 = FLOAT } } }
  const enc = new TextEncoder();
  const tensorType = lengthDelimited(1, new Uint8Array([8, 1]));
  const typeProto = lengthDelimited(2, tensorType);
  const valueInfo = concat([lengthDelimited(1, enc.encode(z.input)), typeProto]);
  const parts: Uint8Array[] = [];
  for (const f of gFields) {
    if (f === z.field) continue;
    if (f.field === 12 && f.wire === 2) {
      const vi = graph.subarray(f.valueStart, f.valueEnd);
      const nameField = parseFields(vi).find((x) => x.field === 1);
      if (nameField && text(vi, nameField) === z.output) {
        parts.push(lengthDelimited(12, valueInfo));
        continue;
      }
    }
    parts.push(graph.subarray(f.start, f.end));
  }
  const newGraph = concat(parts);
  const modelParts = top.map((f) =>
    f === graphField ? lengthDelimited(7, newGraph) : model.subarray(f.start, f.end),
  );
  return { bytes: concat(modelParts), zipmapOutput: z.output, tensorOutput: z.input, labels: z.labels };
}
