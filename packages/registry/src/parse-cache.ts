import { appendFile, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { FileDiagnostic } from "./manifest-file.js";

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
 *
 * A model's directory is also kept whole, by its tree id: the parses of its state files in path
 * order. A whole-state read of an unchanged model then reads one record, not the listing of its
 * versions and a record per version (10,000 files: about half of a warm status), and those
 * files get no record of their own, which halves the cache's size. A changed model directory is
 * a new tree id: its files are read and parsed again. Which of a directory's files are state
 * files is the layout's rule, so FORMAT names that rule's version too.
 */
const FORMAT = "modelgate-manifests/4 (core yaml guards, model directories)";

/** Entries kept on disk beyond those the last read used (older states stay warm). */
const MAX_ENTRIES = 60_000;
/** Model directories kept on disk beyond those the last read used. */
const MAX_DIRECTORIES = 5_000;

type Value = Record<string, unknown> | null;
type Diagnostics = Omit<FileDiagnostic, "file">[];

/** A tree object's entries, as `git cat-file` lists them. */
export type TreeListing = Array<{ mode: string; name: string; oid: string }>;

/** A parse on disk: [value] when clean, [value, diagnostics] otherwise. */
type BlobRecord = [Value] | [Value, Diagnostics];
/** A listing on disk: mode, name and oid of each entry, flattened. */
type TreeRecord = string[];
/** A directory on disk: each state file's path within it and its parse, in path order. */
type DirectoryRecord = Array<[string, BlobRecord]>;

/** A kept directory's files as callers read them: path within it, value, diagnostics if any. */
export type KeptFiles = ReadonlyArray<readonly [path: string, record: readonly [Value, Diagnostics?]]>;

/** A parse as callers see it. */
export interface Parsed {
  value: Value;
  diagnostics: FileDiagnostic[];
}

/**
 * A journal line added after the last full write: a blob parse ("b"), a tree listing ("t") or
 * a directory's parses ("d").
 */
type JournalLine = ["b", string, BlobRecord] | ["t", string, TreeRecord] | ["d", string, DirectoryRecord];

/** Journal lines tolerated before the cache is rewritten whole. */
const JOURNAL_LIMIT = 2_000;

type Disk = {
  format: string;
  entries: Record<string, BlobRecord>;
  /** so an unchanged directory is not listed again */
  trees: Record<string, TreeRecord>;
  /** so an unchanged model directory is neither listed nor looked up file by file */
  directories: Record<string, DirectoryRecord>;
};

const recordOf = (fresh: Parsed): BlobRecord =>
  fresh.diagnostics.length === 0
    ? [fresh.value]
    : [fresh.value, fresh.diagnostics.map(({ file: _, ...d }) => d)];

export const diagnosticsAt = (record: readonly [Value, Diagnostics?], file: string): FileDiagnostic[] =>
  record[1] ? record[1].map((d) => ({ file, ...d })) : [];

const parsedOf = (record: BlobRecord, file: string): Parsed => ({
  value: record[0],
  diagnostics: diagnosticsAt(record, file),
});

/** A kept file's diagnostics, at its path: a clean record (nearly all of them) costs no copy. */

export class ParseCache {
  private readonly used = new Map<string, BlobRecord>();
  private readonly usedTrees = new Map<string, TreeRecord>();
  private readonly usedDirectories = new Map<string, DirectoryRecord>();
  /** what this read parsed or listed that the cache did not have */
  private readonly fresh: JournalLine[] = [];

  private constructor(
    private readonly path: string,
    private readonly old: Disk,
    /** whether manifests.json was read, and how many journal lines follow it */
    private readonly base: { loaded: boolean; journalLines: number },
  ) {}

  /** `name` separates caches of different projections of the same files (manifests, status). */
  static async open(gitdir: string, name = "manifests"): Promise<ParseCache> {
    const path = join(gitdir, "modelgate", `${name}.json`);
    let old: Disk = { format: FORMAT, entries: {}, trees: {}, directories: {} };
    let loaded = false;
    let journalLines = 0;
    try {
      const disk = JSON.parse(await readFile(path, "utf8")) as Partial<Disk>;
      if (
        disk.format === FORMAT &&
        typeof disk.entries === "object" &&
        disk.entries !== null &&
        typeof disk.trees === "object" &&
        disk.trees !== null &&
        typeof disk.directories === "object" &&
        disk.directories !== null
      ) {
        old = disk as Disk;
        loaded = true;
      }
    } catch {
      // no cache yet, or one we cannot read: parse everything
    }
    if (loaded) {
      // small additions since the last full write; a torn or foreign line is skipped
      let journal = "";
      try {
        journal = await readFile(`${path}.journal`, "utf8");
      } catch {
        // none
      }
      for (const line of journal.split("\n")) {
        if (!line) continue;
        journalLines++;
        try {
          const [kind, oid, record] = JSON.parse(line) as JournalLine;
          if (typeof oid !== "string" || !Array.isArray(record)) continue;
          if (kind === "b") old.entries[oid] = record as BlobRecord;
          else if (kind === "t") old.trees[oid] = record as TreeRecord;
          else if (kind === "d") old.directories[oid] = record as DirectoryRecord;
        } catch {
          // a line cut short by a crash: that entry is parsed again
        }
      }
    }
    return new ParseCache(path, old, { loaded, journalLines });
  }

  private record(oid: string): BlobRecord | undefined {
    // one lookup in the parsed file's object (10,000 and more keys): an inherited property
    // (a foreign key such as "constructor") is not an array, so it is no hit
    const hit = this.used.get(oid) ?? this.old.entries[oid];
    return Array.isArray(hit) ? hit : undefined;
  }

  has(oid: string): boolean {
    return this.record(oid) !== undefined;
  }

  /** The parse of a blob at a path, from the cache or from `parse` (then remembered). */
  get(oid: string, file: string, parse: () => Parsed): Parsed {
    let hit = this.record(oid);
    if (!hit) {
      hit = recordOf(parse());
      this.fresh.push(["b", oid, hit]);
    }
    this.used.set(oid, hit);
    return parsedOf(hit, file);
  }

  /**
   * The parses of a directory's files by the directory's tree id, when known: each file's path
   * within the directory and its record, in the order they were kept (diagnosticsAt gives a
   * record's diagnostics).
   */
  directory(oid: string): KeptFiles | undefined {
    const hit =
      this.usedDirectories.get(oid) ??
      (Object.hasOwn(this.old.directories, oid) ? this.old.directories[oid] : undefined);
    // a foreign or torn record is no hit: the directory is read again
    if (!Array.isArray(hit)) return undefined;
    for (const entry of hit) {
      if (
        !Array.isArray(entry) ||
        typeof entry[0] !== "string" ||
        !Array.isArray(entry[1]) ||
        (entry[1][1] !== undefined && !Array.isArray(entry[1][1]))
      )
        return undefined;
    }
    this.usedDirectories.set(oid, hit);
    return hit;
  }

  /** Keeps a directory's parses (paths within it) by its tree id. */
  setDirectory(oid: string, files: ReadonlyArray<readonly [path: string, parsed: Parsed]>): void {
    const record: DirectoryRecord = files.map(([path, parsed]) => [path, recordOf(parsed)]);
    this.usedDirectories.set(oid, record);
    this.fresh.push(["d", oid, record]);
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
    const record = listing.flatMap((e) => [e.mode, e.name, e.oid]);
    this.usedTrees.set(oid, record);
    this.fresh.push(["t", oid, record]);
  }

  /**
   * Keeps what this read parsed. A few new entries (a commit or two since the last write) are
   * appended to `manifests.json.journal` in one write, which costs far less than rewriting
   * the whole cache (~50 ms at 10,000 files); past JOURNAL_LIMIT lines, or with no readable
   * cache, the cache is rewritten whole (atomically) and the journal removed. Read-only
   * repositories simply get no cache.
   */
  async save(): Promise<void> {
    if (this.fresh.length === 0) return;
    if (this.base.loaded && this.base.journalLines + this.fresh.length <= JOURNAL_LIMIT) {
      try {
        await appendFile(
          `${this.path}.journal`,
          this.fresh.map((line) => `${JSON.stringify(line)}\n`).join(""),
        );
        return;
      } catch {
        // fall through to a full write
      }
    }
    const disk: Disk = { format: FORMAT, entries: {}, trees: {}, directories: {} };
    const keep = <T>(
      into: Record<string, T>,
      used: Map<string, T>,
      old: Record<string, T>,
      limit = MAX_ENTRIES,
    ) => {
      let n = 0;
      for (const [oid, r] of used) {
        into[oid] = r;
        n++;
      }
      for (const oid in old) {
        if (n >= limit) break;
        if (used.has(oid) || !Object.hasOwn(old, oid)) continue;
        into[oid] = old[oid] as T;
        n++;
      }
    };
    keep(disk.entries, this.used, this.old.entries);
    keep(disk.trees, this.usedTrees, this.old.trees);
    keep(disk.directories, this.usedDirectories, this.old.directories, MAX_DIRECTORIES);
    try {
      await mkdir(join(this.path, ".."), { recursive: true });
      const tmp = `${this.path}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(tmp, JSON.stringify(disk));
      await rename(tmp, this.path);
      await rm(`${this.path}.journal`, { force: true });
    } catch {
      // a read-only repository simply gets no cache
    }
  }
}
