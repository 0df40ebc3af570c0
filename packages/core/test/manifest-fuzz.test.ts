import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadManifestText } from "../src/manifest.js";
import { seededRandom } from "../src/random.js";
import { editManifestText } from "../src/writer.js";

const registry = join(import.meta.dirname, "../../../examples/registry");
const files = (readdirSync(registry, { recursive: true }) as string[])
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .map((f) => ({ file: relative(registry, join(registry, f)), bytes: readFileSync(join(registry, f)) }));

const PIECES = [
  ": ",
  "\t",
  "- ",
  "{",
  "}",
  "[",
  "]",
  "&a ",
  "*a",
  "'",
  '"',
  "#",
  "\n",
  "  ",
  "\u0000",
  "\u00ff",
  "---\n",
  "?",
];

describe("loader robustness", () => {
  it("never throws and always points inside the file, whatever the mutation", () => {
    expect(files.length).toBeGreaterThan(3);
    const random = seededRandom(20261123);
    let withDiagnostics = 0;
    for (let round = 0; round < 600; round++) {
      const { file, bytes } = files[round % files.length]!;
      const b = Buffer.from(bytes);
      let mutated: Buffer;
      const at = Math.floor(random() * b.length);
      const kind = random();
      if (kind < 0.3) {
        mutated = Buffer.concat([
          b.subarray(0, at),
          b.subarray(Math.min(b.length, at + 1 + Math.floor(random() * 8))),
        ]);
      } else if (kind < 0.8) {
        const piece = Buffer.from(PIECES[Math.floor(random() * PIECES.length)]!, "latin1");
        mutated = Buffer.concat([b.subarray(0, at), piece, b.subarray(at)]);
      } else {
        mutated = Buffer.from(b);
        mutated[at] = Math.floor(random() * 256);
      }
      const r = loadManifestText(new Uint8Array(mutated), { file });
      const lines = mutated.toString("latin1").split("\n").length;
      for (const d of r.diagnostics) {
        expect(d.line, `${file} round ${round}`).toBeGreaterThanOrEqual(1);
        expect(d.line, `${file} round ${round}`).toBeLessThanOrEqual(lines);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(d.code).toMatch(/^MG\d{3}$/);
      }
      if (r.diagnostics.length > 0) withDiagnostics++;
    }
    // most mutations break something; a test that found nothing would be suspicious
    expect(withDiagnostics).toBeGreaterThan(300);
  });

  it("every example manifest survives a no-op edit byte for byte", () => {
    for (const { file, bytes } of files) {
      const text = bytes.toString("utf8");
      const loaded = loadManifestText(text, { file });
      const [first] = Object.keys(loaded.value as object);
      const value = (loaded.value as Record<string, unknown>)[first!];
      expect(editManifestText(text, [{ path: [first!], value }]), file).toBe(text);
    }
  });
});
