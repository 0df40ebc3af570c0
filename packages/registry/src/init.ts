import * as fs from "node:fs";
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { UserError } from "@modelgate/core";
import git from "isomorphic-git";
import { gitFs, type Identity } from "./git.js";

export interface InitRegistryOptions {
  /** commit author; defaults to the repository's user.name/user.email, else "modelgate" */
  author?: Identity;
  /** commit time (default now) */
  now?: Date;
  /** the branch a new repository starts on (default "main"); an existing repository keeps its own */
  defaultBranch?: string;
}

export interface InitRegistryResult {
  dir: string;
  /** false when the directory already held a registry: nothing was written */
  created: boolean;
  /** true when `git init` ran (there was no repository) */
  createdRepository: boolean;
  /** the branch the first commit is on */
  branch: string;
  /** the first commit (null when nothing was written) */
  commit: string | null;
  files: string[];
}

const DEFAULT_AUTHOR: Identity = { name: "modelgate", email: "modelgate@localhost" };

async function entriesOf(dir: string): Promise<string[] | null> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    if ((error as NodeJS.ErrnoException).code === "ENOTDIR") throw new UserError(`${dir} is not a directory`);
    throw error;
  }
}

/**
 * Makes `dir` a registry: `git init` when it is not a repository, the files `render(branch)`
 * returns (path relative to the registry -> text), and one commit of them. A directory that
 * already holds modelgate.yaml is left alone; any other non-empty directory is refused, so
 * nobody's work is mixed into a registry. When writing fails, what was written is removed.
 */
export async function initRegistry(
  dir: string,
  render: (branch: string) => Map<string, string>,
  options: InitRegistryOptions = {},
): Promise<InitRegistryResult> {
  const root = resolve(dir);
  const entries = await entriesOf(root);
  if (entries?.includes("modelgate.yaml")) {
    return { dir: root, created: false, createdRepository: false, branch: "", commit: null, files: [] };
  }
  const others = (entries ?? []).filter((e) => e !== ".git");
  if (others.length > 0) {
    const shown = others.sort().slice(0, 5).join(", ");
    throw new UserError(
      `${root} is not empty (${shown}${others.length > 5 ? ", …" : ""}) and is not a registry (no modelgate.yaml): run init in an empty directory or a new one`,
    );
  }
  const hadRepository = entries?.includes(".git") ?? false;
  if (hadRepository && !(await stat(join(root, ".git"))).isDirectory())
    throw new UserError(
      `${root}/.git is not a directory (a worktree or submodule): run init in a plain directory`,
    );
  const createdDir = entries === null;
  try {
    await mkdir(root, { recursive: true });
    if (!hadRepository)
      await git.init({ fs: gitFs, dir: root, defaultBranch: options.defaultBranch ?? "main" });
    const branch =
      (await git.currentBranch({ fs, dir: root, fullname: false })) ?? options.defaultBranch ?? "main";
    const files = render(branch);
    for (const [path, text] of files) {
      const target = join(root, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, text, { flag: "wx" });
      await git.add({ fs: gitFs, dir: root, filepath: path });
    }
    const name = await git.getConfig({ fs, dir: root, path: "user.name" });
    const email = await git.getConfig({ fs, dir: root, path: "user.email" });
    const author =
      options.author ??
      (typeof name === "string" && typeof email === "string" ? { name, email } : DEFAULT_AUTHOR);
    const commit = await git.commit({
      fs: gitFs,
      dir: root,
      message:
        "Create the modelgate registry\n\nmodelgate.yaml with its environments and policy, CODEOWNERS, README, the manifest schemas and the GitHub workflows.\n",
      author: {
        ...author,
        timestamp: Math.floor((options.now ?? new Date()).getTime() / 1000),
        timezoneOffset: 0,
      },
    });
    return {
      dir: root,
      created: true,
      createdRepository: !hadRepository,
      branch,
      commit,
      files: [...files.keys()].sort(),
    };
  } catch (error) {
    // no half-written registry: take back the files, the repository and the directory made here
    // (the directory held nothing but perhaps .git before, so everything else in it is ours)
    if (createdDir) await rm(root, { recursive: true, force: true });
    else {
      for (const entry of (await entriesOf(root)) ?? []) {
        if (entry !== ".git" || !hadRepository) await rm(join(root, entry), { recursive: true, force: true });
      }
    }
    throw error;
  }
}
