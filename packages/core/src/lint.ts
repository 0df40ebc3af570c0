// Linting registry manifests: the one function behind the CLI's `lint` and the lint action.
import { lstat, readdir, readFile, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { type Diagnostic, DiagnosticCodes, isUnreadable, sortDiagnostics } from "./diagnostics.js";
import { ExitCode } from "./errors.js";
import { fileKind } from "./input.js";
import { classifyRegistryPath } from "./layout.js";
import { loadEvidenceFile, loadManifestFile } from "./manifest.js";
import { checkRegistryReferences, type RegistryFile } from "./references.js";
import { editManifestText, writeManifestFile } from "./writer.js";

export interface LintSummary {
  files: number;
  errors: number;
  warnings: number;
  diagnostics: Diagnostic[];
}

const SKIP_DIRS = new Set(["node_modules"]);
const CONCURRENCY = 8;

/**
 * Every *.yaml / *.yml under a directory, and every *.json inside an `evidence` directory,
 * sorted, skipping hidden directories and node_modules. Such a name that is not a regular file
 * (a symbolic link, a FIFO, a device, a socket) is not read: it is an input error (MG001), as
 * any command refuses it, rather than silently left out.
 */
async function walk(
  dir: string,
  cwd: string,
  diagnostics: Diagnostic[],
  inEvidence = false,
): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name))
        out.push(...(await walk(path, cwd, diagnostics, inEvidence || entry.name === "evidence")));
    } else if (/\.ya?ml$/i.test(entry.name) || (inEvidence && /\.json$/i.test(entry.name))) {
      if (entry.isFile()) out.push(path);
      else {
        const kind = entry.isSymbolicLink() ? "a symbolic link" : fileKind(await lstat(path));
        diagnostics.push({
          severity: "error",
          code: DiagnosticCodes.FileUnreadable,
          message: `is ${kind}, not a regular file: not read`,
          hint: entry.isSymbolicLink()
            ? "lint the file it points to, or replace the link by the file (a registry holds regular files only)"
            : "give a regular file",
          file: display(cwd, path),
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
        });
      }
    }
  }
  return out;
}

/**
 * The layout's verdict on every file of a registry directory: misnamed (.yml) and unclassified
 * files and symbolic links are errors, whatever their extension. Returns the files to lint
 * further (manifests and evidence JSON); artifacts and repository files are left alone.
 */
async function layoutProblems(
  root: string,
  cwd: string,
  diagnostics: Diagnostic[],
  dir = root,
): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const rel = relative(root, path).split(sep).join("/");
    if (entry.isDirectory()) {
      if (entry.name === ".git" || SKIP_DIRS.has(entry.name)) continue;
      // hidden directories outside the registry's own (.github, .vscode) are repository files
      if (entry.name.startsWith(".") && classifyRegistryPath(rel).kind === "repository") continue;
      out.push(...(await layoutProblems(root, cwd, diagnostics, path)));
      continue;
    }
    const file = classifyRegistryPath(rel);
    const at = { file: display(cwd, path), line: 1, column: 1, endLine: 1, endColumn: 1 };
    if (entry.isSymbolicLink() || (await lstat(path)).isSymbolicLink()) {
      diagnostics.push({
        severity: "error",
        code: DiagnosticCodes.UnknownKind,
        message: "a symbolic link: the registry holds regular files only",
        hint: "replace the link by the file itself (git stores a link as its target's name)",
        ...at,
      });
      continue;
    }
    if (file.kind === "misnamed" || file.kind === "unknown") {
      diagnostics.push({
        severity: "error",
        code: DiagnosticCodes.UnknownKind,
        message: file.problem ?? "not a registry file",
        ...at,
      });
      continue;
    }
    if (file.kind === "repository" || file.kind === "artifact") continue;
    if (file.kind === "evidence" ? /\.json$/i.test(entry.name) : true) out.push(path);
  }
  return out;
}

/** A `.yml` file at a registry manifest's place, linted on its own: refused as misnamed. */
function misnamedAlone(path: string): string | null {
  const parts = path.split(sep);
  for (let i = parts.length - 1; i >= 0; i--) {
    const file = classifyRegistryPath(parts.slice(i).join("/"));
    if (file.kind === "misnamed") return file.problem ?? null;
  }
  return null;
}

/** The path as the user should see it: relative to the working directory when inside it. */
function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return path;
  return rel.split(sep).join("/");
}

/** Lints files and directories; never throws for bad input. */
export async function lintPaths(paths: readonly string[], cwd: string): Promise<LintSummary> {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  let files = 0;
  for (const given of paths) {
    const path = resolve(cwd, given);
    let targets: string[];
    try {
      const s = await stat(path);
      // a directory holding modelgate.yaml is a registry: the layout decides which files it may hold
      const root = s.isDirectory() && (await stat(join(path, "modelgate.yaml")).catch(() => null)) !== null;
      targets = root
        ? await layoutProblems(path, cwd, diagnostics)
        : s.isDirectory()
          ? await walk(path, cwd, diagnostics, path.split(sep).includes("evidence"))
          : [path];
      // a file named twice (or inside a directory also named) is checked once
      targets = targets.filter((t) => !seen.has(t));
      for (const t of targets) seen.add(t);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      diagnostics.push({
        severity: "error",
        code: DiagnosticCodes.FileUnreadable,
        message: code === "ENOENT" ? "no such file or directory" : `cannot read (${code ?? String(error)})`,
        file: given,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      });
      continue;
    }
    files += targets.length;
    // a directory holding modelgate.yaml is a registry: also check references between its files
    const registryRoot = targets.includes(join(path, "modelgate.yaml"));
    const loadedFiles: RegistryFile[] = [];
    // several files in flight at once, so reads overlap with parsing
    let next = 0;
    const worker = async () => {
      while (next < targets.length) {
        const target = targets[next++]!;
        const file = display(cwd, target);
        const misnamed = misnamedAlone(target);
        if (misnamed !== null) {
          diagnostics.push({
            severity: "error",
            code: DiagnosticCodes.UnknownKind,
            message: misnamed,
            file,
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
          });
          continue;
        }
        if (/\.json$/i.test(target)) {
          diagnostics.push(...(await loadEvidenceFile(target, { file })).diagnostics);
          continue;
        }
        const loaded = await loadManifestFile(target, { file });
        diagnostics.push(...loaded.diagnostics);
        if (registryRoot) loadedFiles.push({ file, loaded });
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, targets.length) }, worker));
    if (registryRoot) diagnostics.push(...checkRegistryReferences(loadedFiles));
  }
  const sorted = sortDiagnostics(diagnostics);
  return {
    files,
    errors: sorted.filter((d) => d.severity === "error").length,
    warnings: sorted.filter((d) => d.severity === "warning").length,
    diagnostics: sorted,
  };
}

/** 2 when any input could not be read, else 1 when there are errors, else 0 (warnings pass). */
export function lintExitCode(summary: LintSummary): ExitCode {
  if (summary.diagnostics.some(isUnreadable)) return ExitCode.InputError;
  if (summary.errors > 0) return ExitCode.Findings;
  return ExitCode.Ok;
}

/**
 * Applies the diagnostics' mechanical fixes (e.g. quoting a version YAML read as a number)
 * with the comment- and layout-preserving writer; each file is replaced atomically.
 */
export async function applyFixes(
  summary: LintSummary,
  cwd: string,
): Promise<{ files: number; problems: number; skipped: string[] }> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of summary.diagnostics) {
    if (d.fix === undefined) continue;
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  let problems = 0;
  const skipped: string[] = [];
  for (const [file, diags] of byFile) {
    const path = resolve(cwd, file);
    // the writer replaces a file by renaming a new one over it: a link would become a file
    if ((await lstat(path)).isSymbolicLink()) {
      skipped.push(file);
      continue;
    }
    const before = await readFile(path, "utf8");
    const after = editManifestText(
      before,
      diags.map((d) => ({ path: d.fix!.path, value: d.fix!.value })),
    );
    if (after !== before) await writeManifestFile(path, after);
    problems += diags.length;
  }
  return { files: byFile.size - skipped.length, problems, skipped };
}
