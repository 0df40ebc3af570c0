import { createHash } from "node:crypto";
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { basename } from "node:path";
import { type ProgressListener, progressOf, UserError } from "@modelgate/core";

/** A column read from a dataset: numbers (NaN for empty cells) or strings. */
export type Column = { kind: "number"; values: Float64Array } | { kind: "string"; values: string[] };

/** The columns of a dataset that an evaluation needs, in the order asked for. */
export interface Table {
  path: string;
  rows: number;
  /** sha256 of the file's bytes as read */
  sha256: string;
  /** every column name of the file, in file order */
  header: string[];
  columns: Map<string, Column>;
}

export interface ColumnRequest {
  name: string;
  kind: "number" | "string";
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Bytes of the file held at a time. Reading a whole file into fresh memory costs a page fault
 * per 4 KiB, which on some machines is most of the read (a 227 MB file: 0.7 s into new memory,
 * 0.04 s into memory already touched); a window reused for the whole file faults once, and
 * keeps the file's bytes out of the peak.
 */
const WINDOW_BYTES = 16 << 20;

export interface ReadTableOptions {
  /** bytes read at a time (default 16 MiB); a row longer than that widens it */
  windowBytes?: number;
}

/**
 * Reads the requested columns of a CSV file (header row, comma separated, RFC 4180 quoting).
 * Numeric columns become Float64Array (empty cells are NaN); a non-numeric cell in a numeric
 * column is an input error naming the file, line and column. The file is read a window at a
 * time, hashed as it is read; a row that reaches the end of the window is read again from its
 * start once the window holds more, so the table and any error are those of a whole-file read.
 */
export function readTable(
  path: string,
  requests: ColumnRequest[],
  onProgress?: ProgressListener,
  options: ReadTableOptions = {},
): Table {
  let size: number;
  let fd: number;
  try {
    size = statSync(path).size;
    fd = openSync(path, "r");
  } catch {
    throw new UserError(`${path}: dataset not found`);
  }
  try {
    if (size === 0) throw new UserError(`${path}: the dataset is empty (no header, no rows)`);
    return readWindows(path, fd, size, requests, onProgress, options.windowBytes ?? WINDOW_BYTES);
  } finally {
    closeSync(fd);
  }
}

function readWindows(
  path: string,
  fd: number,
  size: number,
  requests: ColumnRequest[],
  onProgress: ProgressListener | undefined,
  windowBytes: number,
): Table {
  const hash = createHash("sha256");
  let window = Buffer.allocUnsafe(Math.max(1, Math.min(size, windowBytes)));
  // the bytes in hand are buf = window[0, n): the file's bytes from offset `base`
  let buf = window.subarray(0, 0);
  let n = 0;
  let base = 0;
  let eof = false;
  let pos = 0;
  /** Keeps buf[from, n), moves it to the front (widening the window when it is full) and reads on. */
  const refill = (from: number): void => {
    const keep = n - from;
    if (keep === window.length) {
      const wider = Buffer.allocUnsafe(window.length * 2);
      window.copy(wider, 0, from, n);
      window = wider;
    } else window.copyWithin(0, from, n);
    base += from;
    pos -= from;
    let len = keep;
    while (len < window.length) {
      const got = readSync(fd, window, len, window.length - len, base + len);
      if (got === 0) {
        eof = true;
        break;
      }
      hash.update(window.subarray(len, len + got));
      len += got;
    }
    n = len;
    buf = window.subarray(0, n);
  };
  refill(0);

  // Field reader: returns the raw field as [start, end) plus whether it was quoted.
  let fieldStart = 0;
  let fieldEnd = 0;
  let quoted = false;
  let endOfLine = false;
  const readField = (): void => {
    quoted = false;
    if (pos < n && buf[pos] === QUOTE) {
      quoted = true;
      pos++;
      fieldStart = pos;
      while (pos < n) {
        if (buf[pos] === QUOTE) {
          if (buf[pos + 1] === QUOTE) {
            pos += 2;
            continue;
          }
          break;
        }
        pos++;
      }
      fieldEnd = pos;
      pos++; // closing quote
    } else {
      fieldStart = pos;
      while (pos < n) {
        const c = buf[pos];
        if (c === COMMA || c === LF || c === CR) break;
        pos++;
      }
      fieldEnd = pos;
    }
    if (pos >= n) {
      endOfLine = true;
    } else if (buf[pos] === COMMA) {
      pos++;
      endOfLine = false;
    } else {
      if (buf[pos] === CR) pos++;
      if (buf[pos] === LF) pos++;
      endOfLine = true;
    }
  };
  const fieldText = (): string => {
    const s = buf.toString("utf8", fieldStart, fieldEnd);
    return quoted ? s.replace(/""/g, '"') : s;
  };

  // header: the one header reader (readHeader uses it too); it must end inside the window
  let first = headerRecord(buf);
  while (!eof && first.end >= n) {
    refill(0);
    first = headerRecord(buf);
  }
  const header = first.header;
  pos = first.end;

  const slots: (ColumnRequest & { index: number })[] = [];
  for (const r of requests) {
    const index = header.indexOf(r.name);
    if (index < 0)
      throw new UserError(`${path}: column '${r.name}' not found; columns are ${header.join(", ")}`);
    if (!slots.some((s) => s.name === r.name)) slots.push({ ...r, index });
  }
  const byIndex: ((ColumnRequest & { index: number }) | undefined)[] = header.map((_, i) =>
    slots.find((s) => s.index === i),
  );

  let capacity = Math.max(1024, Math.ceil(size / Math.max(8, header.length * 4)));
  const numbers = new Map<string, Float64Array>();
  const strings = new Map<string, string[]>();
  for (const s of slots) {
    if (s.kind === "number") numbers.set(s.name, new Float64Array(capacity));
    else strings.set(s.name, []);
  }
  const numberArrays: (Float64Array | undefined)[] = byIndex.map((s) =>
    s?.kind === "number" ? numbers.get(s.name) : undefined,
  );
  const stringArrays: (string[] | undefined)[] = byIndex.map((s) =>
    s?.kind === "string" ? strings.get(s.name) : undefined,
  );
  const stringColumns = [...strings.values()];

  let rows = 0;
  let line = 1;
  /** Back to a row's start (its strings taken back) with more of the file in the window. */
  const readAgain = (rowStart: number, rowLine: number): void => {
    pos = rowStart;
    line = rowLine;
    for (const strs of stringColumns) if (strs.length > rows) strs.length = rows;
    refill(rowStart);
  };
  // the read is synchronous: progress is reported from the loop, every hundredth of the file
  const phase = `reading ${basename(path)}`;
  const step = Math.max(1 << 20, Math.ceil(size / 100));
  let nextReport = onProgress ? pos : Number.POSITIVE_INFINITY;
  for (;;) {
    if (pos >= n) {
      if (eof) break;
      refill(pos);
      if (pos >= n) break;
    }
    if (base + pos >= nextReport) {
      onProgress?.(progressOf(phase, base + pos, size, "bytes"));
      nextReport = base + pos + step;
    }
    // a row (or blank line) that reaches the window's end may go on past it: it is read again
    // from its start once the window holds more (readAgain)
    const rowStart = pos;
    const rowLine = line;
    line++;
    // skip blank lines
    if (buf[pos] === LF || buf[pos] === CR) {
      if (buf[pos] === CR) pos++;
      if (buf[pos] === LF) pos++;
      if (!eof && pos >= n) readAgain(rowStart, rowLine);
      continue;
    }
    if (rows === capacity) {
      capacity *= 2;
      for (let i = 0; i < numberArrays.length; i++) {
        const old = numberArrays[i];
        if (!old) continue;
        const grown = new Float64Array(capacity);
        grown.set(old);
        numberArrays[i] = grown;
      }
    }
    let col = 0;
    const ncols = header.length;
    try {
      do {
        const numArr = col < ncols ? numberArrays[col] : undefined;
        const c0 = buf[pos];
        let fast = false;
        if (c0 !== QUOTE && (numArr !== undefined || stringArrays[col] === undefined)) {
          if (numArr !== undefined) {
            // inline fast path for [-]digits[.digits] with at most 15 digits: an exact integer
            // mantissa divided by an exact power of ten is correctly rounded, as Number() would be
            let i = pos;
            let negative = false;
            if (c0 === 45) {
              negative = true;
              i++;
            }
            let mantissa = 0;
            let digits = 0;
            let scale = 1;
            let c = buf[i];
            while (c !== undefined && c >= 48 && c <= 57) {
              mantissa = mantissa * 10 + (c - 48);
              digits++;
              c = buf[++i];
            }
            if (c === 46) {
              c = buf[++i];
              while (c !== undefined && c >= 48 && c <= 57) {
                mantissa = mantissa * 10 + (c - 48);
                scale *= 10;
                digits++;
                c = buf[++i];
              }
            }
            if ((c === COMMA || c === LF || c === CR || c === undefined) && digits <= 15) {
              if (digits > 0) {
                numArr[rows] = negative ? -(mantissa / scale) : mantissa / scale;
                pos = i;
                fast = true;
              } else if (i === pos) {
                numArr[rows] = Number.NaN;
                fast = true;
              }
            }
          } else {
            // a column nobody asked for: skip to the delimiter
            let c = buf[pos];
            while (c !== undefined && c !== COMMA && c !== LF && c !== CR) c = buf[++pos];
            fast = true;
          }
        }
        if (fast) {
          const c = buf[pos];
          if (c === COMMA) {
            pos++;
            endOfLine = false;
          } else {
            if (c === CR) pos++;
            if (buf[pos] === LF) pos++;
            endOfLine = true;
          }
        } else {
          readField();
          if (numArr) {
            numArr[rows] = parseNumber(
              buf,
              fieldStart,
              fieldEnd,
              path,
              line,
              header[col] as string,
              fieldText,
            );
          } else {
            const strArr = stringArrays[col];
            if (strArr) strArr.push(fieldText());
          }
        }
        col++;
      } while (!endOfLine);
      if (col !== header.length)
        throw new UserError(`${path}:${line}: expected ${header.length} fields, found ${col}`);
    } catch (error) {
      // a row cut by the window's end is no error yet
      if (eof || pos < n) throw error;
    }
    if (!eof && pos >= n) {
      readAgain(rowStart, rowLine);
      continue;
    }
    rows++;
  }
  if (rows === 0) throw new UserError(`${path}: the dataset has a header but no rows`);

  const columns = new Map<string, Column>();
  for (const s of slots) {
    if (s.kind === "number") {
      const arr = numberArrays[s.index] as Float64Array;
      columns.set(s.name, { kind: "number", values: arr.subarray(0, rows) });
    } else {
      columns.set(s.name, { kind: "string", values: stringArrays[s.index] as string[] });
    }
  }
  onProgress?.(progressOf(phase, size, size, "bytes"));
  return { path, rows, sha256: hash.digest("hex"), header, columns };
}

/**
 * The header record of CSV bytes (RFC 4180: a quoted name may hold commas, line breaks and
 * doubled quotes, `"a""b"` is the name a"b), trimmed, without a BOM; `end` is where the first
 * row starts.
 */
export function headerRecord(buf: Uint8Array): { header: string[]; end: number } {
  const header: string[] = [];
  const text = (a: number, b: number) => Buffer.from(buf.buffer, buf.byteOffset + a, b - a).toString("utf8");
  let pos = 0;
  const n = buf.length;
  for (;;) {
    let name: string;
    if (pos < n && buf[pos] === QUOTE) {
      const start = ++pos;
      while (pos < n && !(buf[pos] === QUOTE && buf[pos + 1] !== QUOTE)) pos += buf[pos] === QUOTE ? 2 : 1;
      name = text(start, pos).replace(/""/g, '"');
      pos++;
      // anything between the closing quote and the delimiter belongs to the name, as DuckDB reads it
      const rest = pos;
      while (pos < n && buf[pos] !== COMMA && buf[pos] !== LF && buf[pos] !== CR) pos++;
      name += text(rest, pos);
    } else {
      const start = pos;
      while (pos < n && buf[pos] !== COMMA && buf[pos] !== LF && buf[pos] !== CR) pos++;
      name = text(start, pos);
    }
    header.push(name.trim());
    if (pos < n && buf[pos] === COMMA) {
      pos++;
      continue;
    }
    if (buf[pos] === CR) pos++;
    if (buf[pos] === LF) pos++;
    break;
  }
  if (header[0]?.charCodeAt(0) === 0xfeff) header[0] = header[0].slice(1);
  return { header, end: pos };
}

/** Reads only the header of a CSV file (its first MiB). */
export function readHeader(path: string): string[] {
  let head: Buffer;
  try {
    const fd = openSync(path, "r");
    try {
      head = Buffer.alloc(1 << 20);
      head = head.subarray(0, readSync(fd, head, 0, head.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    throw new UserError(`${path}: dataset not found`);
  }
  const { header } = headerRecord(head);
  if (header.length === 1 && header[0] === "")
    throw new UserError(`${path}: the dataset is empty (no header, no rows)`);
  return header;
}

function parseNumber(
  buf: Buffer,
  start: number,
  end: number,
  path: string,
  line: number,
  column: string,
  text: () => string,
): number {
  if (start === end) return Number.NaN;
  // fast path: [-]digits[.digits]
  let i = start;
  let negative = false;
  if (buf[i] === 45) {
    negative = true;
    i++;
  }
  let value = 0;
  let digits = 0;
  while (i < end) {
    const c = buf[i] as number;
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
    digits++;
    i++;
  }
  if (i < end && buf[i] === 46) {
    i++;
    let scale = 1;
    let frac = 0;
    let fracDigits = 0;
    while (i < end) {
      const c = buf[i] as number;
      if (c < 48 || c > 57) break;
      frac = frac * 10 + (c - 48);
      scale *= 10;
      fracDigits++;
      i++;
    }
    digits += fracDigits;
    // digits <= 15: the integer mantissa and the power of ten are exact doubles, so one
    // division is correctly rounded, exactly like Number(); longer numbers go to Number()
    if (digits <= 15 && i === end) {
      const v = (value * scale + frac) / scale;
      return negative ? -v : v;
    }
  } else if (i === end && digits > 0 && digits <= 15) {
    return negative ? -value : value;
  }
  const s = text().trim();
  if (s === "") return Number.NaN;
  const lower = s.toLowerCase();
  if (lower === "true") return 1;
  if (lower === "false") return 0;
  if (lower === "nan" || lower === "na" || lower === "null") return Number.NaN;
  const v = Number(s);
  if (Number.isNaN(v))
    throw new UserError(`${path}:${line}: column '${column}': expected a number, found '${s.slice(0, 40)}'`);
  return v;
}
