import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { FileDiagnostic } from "./manifest.js";

/**
 * Parsed registry files by git blob id (and directory listings by tree id), kept in
 * `.git/modelgate/manifests.json`.
 *
 * Reading a whole registry (status) is dominated by YAML parsing: 10,000 version files take
 * about 2 s to parse and 0.2 s to read. A blob id names its content, so a parse keyed by blob
 * id stays right for as long as the parser does (FORMAT names both); a new commit only parses
 * the blobs it added. Diagnostics are stored without the file name, since one blob can sit at
 * several paths. A missing, corrupt or foreign cache is ignored and rebuilt. Records stay in
 * their on-disk form until asked for: converting 10,000 of them up front costs more than the
 * lookups.
 */
const FORMAT = "modelgate-manifests/2 (yaml light parse)";

/** Entries kept on disk beyond those the last read used (older states stay warm). */
const MAX_ENTRIES = 60_000;

type Value = Record<string, unknown> | null;
type Diagnostics = Omit<FileDiagnostic, "file">[];

/** A tree object's entries, as `git cat-file` lists them. */
export type TreeListing = Array<{ mode: string; name: string; oid: string }>;

/** A parse on disk: [value] when clean, [value, diagnostics] otherwise. */
type BlobRecord = [Value] | [Value, Diagnostics];
/** A listing on disk: mode, name and oid of each entry, flattened. */
type TreeRecord = string[];

type Disk = {
  format: string;
  entries: Record<string, BlobRecord>;
  /** so an unchanged directory is not listed again */
  trees: Record<string, TreeRecord>;
};

export class ParseCache {
  private readonly used = new Map<string, BlobRecord>();
  private readonly usedTrees = new Map<string, TreeRecord>();
  private added = 0;

  private constructor(
    private readonly path: string,
    private readonly old: Disk,
  ) {}

  static async open(gitdir: string): Promise<ParseCache> {
    const path = join(gitdir, "modelgate", "manifests.json");
    let old: Disk = { format: FORMAT, entries: {}, trees: {} };
    try {
      const disk = JSON.parse(await readFile(path, "utf8")) as Partial<Disk>;
      if (
        disk.format === FORMAT &&
        typeof disk.entries === "object" &&
        disk.entries !== null &&
        typeof disk.trees === "object" &&
        disk.trees !== null
      )
        old = disk as Disk;
    } catch {
      // no cache yet, or one we cannot read: parse everything
    }
    return new ParseCache(path, old);
  }

  private record(oid: string): BlobRecord | undefined {
    const hit =
      this.used.get(oid) ?? (Object.hasOwn(this.old.entries, oid) ? this.old.entries[oid] : undefined);
    return Array.isArray(hit) ? hit : undefined;
  }

  has(oid: string): boolean {
    return this.record(oid) !== undefined;
  }

  /** The parse of a blob at a path, from the cache or from `parse` (then remembered). */
  get(
    oid: string,
    file: string,
    parse: () => { value: Value; diagnostics: FileDiagnostic[] },
  ): { value: Value; diagnostics: FileDiagnostic[] } {
    let hit = this.record(oid);
    if (!hit) {
      const fresh = parse();
      hit =
        fresh.diagnostics.length === 0
          ? [fresh.value]
          : [fresh.value, fresh.diagnostics.map(({ file: _, ...d }) => d)];
      this.added++;
    }
    this.used.set(oid, hit);
    return { value: hit[0], diagnostics: (hit[1] ?? []).map((d) => ({ file, ...d })) };
  }

  /** A tree's listing, when known. */
  tree(oid: string): TreeListing | undefined {
    const hit =
      this.usedTrees.get(oid) ?? (Object.hasOwn(this.old.trees, oid) ? this.old.trees[oid] : undefined);
    if (!Array.isArray(hit) || hit.length % 3 !== 0) return undefined;
    this.usedTrees.set(oid, hit);
    const out: TreeListing = [];
    for (let i = 0; i < hit.length; i += 3) out.push({ mode: hit[i]!, name: hit[i + 1]!, oid: hit[i + 2]! });
    return out;
  }

  setTree(oid: string, listing: TreeListing): void {
    this.usedTrees.set(
      oid,
      listing.flatMap((e) => [e.mode, e.name, e.oid]),
    );
    this.added++;
  }

  /** Writes the cache when this read parsed anything new (atomically; read-only repos get none). */
  async save(): Promise<void> {
    if (this.added === 0) return;
    const disk: Disk = { format: FORMAT, entries: {}, trees: {} };
    const keep = <T>(into: Record<string, T>, used: Map<string, T>, old: Record<string, T>) => {
      let n = 0;
      for (const [oid, r] of used) {
        into[oid] = r;
        n++;
      }
      for (const oid in old) {
        if (n >= MAX_ENTRIES) break;
        if (used.has(oid) || !Object.hasOwn(old, oid)) continue;
        into[oid] = old[oid] as T;
        n++;
      }
    };
    keep(disk.entries, this.used, this.old.entries);
    keep(disk.trees, this.usedTrees, this.old.trees);
    try {
      await mkdir(join(this.path, ".."), { recursive: true });
      const tmp = `${this.path}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(tmp, JSON.stringify(disk));
      await rename(tmp, this.path);
    } catch {
      // a read-only repository simply gets no cache
    }
  }
}
