import { basename, relative, resolve } from "node:path";
import { ExitCode, getSchema, MANIFEST_KINDS, nameProblem, UserError } from "@modelgate/core";
import { type Identity, initRegistry } from "@modelgate/registry";
import { shellWord } from "../output.js";
import type { CommandGroup } from "./index.js";

/** Where a scaffolded registry keeps the manifest schemas; the files modelgate writes point here. */
const SCHEMA_DIR = "schemas";

/** A registry name from a directory name: lower case, other characters as dashes. */
function registryName(dir: string): string {
  const name = basename(dir)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .slice(0, 64)
    .replace(/[.-]+$/, "");
  return name === "" ? "models" : name;
}

function configText(name: string, branch: string): string {
  return `# yaml-language-server: $schema=${SCHEMA_DIR}/registry.schema.json
#
# The registry's policy. Every change to environments/<env>/<model>.yaml is a change
# (a branch, or a pull request on GitHub); the gate below decides whether it may merge, and
# merging deploys. Environments are listed in promotion order: a version enters production
# only after it was live in staging. Field reference: modelgate's docs/manifests.md.
name: ${name}
defaultBranch: ${branch}

environments:
  - name: staging
    description: Where a new version is tried first.
    policy:
      requireEvaluation: true # evaluation evidence bound to the artifact's sha256
      # metrics apply to every model promoted here, and its evaluation must report them:
      # metrics:
      #   roc_auc: { threshold: 0.70, greaterIsBetter: true }
      #   log_loss: { threshold: 0.60, greaterIsBetter: false }
      requireDataValidation: false # true: the serving sample must validate against datasets/<dataset>/schema.yaml
      maxModelAgeDays: 180
      requiredApprovals: 0
      requireCanary: false
      # the gate runs each evaluation and data validation again on the registered artifacts and
      # dataset versions (by sha256) and blocks on any figure that differs; the data must be in
      # this repository or on an allowed https host (none: figures are taken on trust)
      evidence: { verify: recompute }

  - name: production
    description: What serves your users.
    policy:
      requireEvaluation: true
      # the floor, and no worse than the version live here (MLflow MetricThreshold semantics):
      # metrics:
      #   roc_auc: { threshold: 0.75, minAbsoluteChange: 0.0, greaterIsBetter: true }
      # maxSliceDrop: 0.05 # no slice loses more than this against the live version
      # fairness:
      #   demographicParityDifference: 0.10
      requireDataValidation: false
      # minTestScore: 1 # at least one ML Test Score point in each of the four sections
      maxModelAgeDays: 90
      requiredApprovals: 1 # CODEOWNERS makes this the platform team for environments/production/
      requireCanary: false # true: a new version serves a share of traffic before it takes it all
      evidence: { verify: recompute } # never none here: what serves your users is decided on re-derived figures

artifacts:
  # models may be fetched over https only from these hosts; file: URIs stay inside this repository
  allowedHosts: []

data:
  # data URLs given to profile, validate-data or dataset register (and their redirects) may come only from these hosts
  allowedHosts: []

evidence:
  maxAgeDays: 30 # evaluation and validation reports older than this are stale
`;
}

const CODEOWNERS = `# Who must approve a change, by path (GitHub reads this file on pull requests).
# Replace the placeholder teams with your own.
*                         @your-org/ml-team
/environments/production/ @your-org/platform-team
/modelgate.yaml           @your-org/platform-team
`;

function readmeText(name: string): string {
  return `# ${name}: a modelgate registry

This repository holds the desired state of our machine-learning models as YAML: which
version of each model serves in each environment. Changing it is a change (a branch or a
pull request) checked by the gate in \`modelgate.yaml\`; merging it deploys.

\`\`\`
modelgate.yaml                              environments in promotion order and their policies
models/<model>/model.yaml                   owner, task, dataset and label, input/output signature
models/<model>/versions/<version>.yaml      one registered version: artifact digest, evidence
environments/<env>/<model>.yaml             what serves in <env>
datasets/<dataset>/schema.yaml              the data contract
datasets/<dataset>/versions/<version>.yaml  one dataset version: sha256, rows, profile
artifacts/, evidence/                       model files and reports that registrations store
schemas/                                    the manifests' JSON Schemas, for editors
.github/workflows/                          on GitHub: every pull request gated, every merge deployed
\`\`\`

Everyday commands:

\`\`\`
modelgate lint .                     check every manifest
modelgate status                     what serves where
modelgate check --head <branch>      the gate's verdict on a change
modelgate merge <branch>             gate and merge a change (merging deploys)
modelgate history                    who deployed what, when
\`\`\`

Editors with the YAML language server (VS Code's YAML extension, ...) complete and check
the manifests through the \`# yaml-language-server: $schema=\` comment on their first line.
`;
}

/**
 * Where the actions and reusable workflows are published: `OWNER` stands for the account that
 * publishes modelgate (docs/github.md), and v1 for the release line.
 */
export const MODELGATE_WORKFLOWS = "OWNER/modelgate/.github/workflows";
export const MODELGATE_REF = "v1";

/**
 * The registry's two GitHub workflows, each calling a modelgate reusable workflow with the
 * permissions its jobs need and nothing more; examples/github holds the same files.
 */
export function registryWorkflows(branch: string): Map<string, string> {
  return new Map([
    [
      ".github/workflows/modelgate-pr.yml",
      `# .github/workflows/modelgate-pr.yml in a registry repository: lint and gate every pull request,
# again on every review (an approval changes the verdict)
name: modelgate pull request
on:
  pull_request:
  pull_request_review: { types: [submitted, dismissed] }
# actions: read: the gate asks which run made an evidence file (evidence.verify: provenance)
permissions: { contents: read, pull-requests: write, checks: write, actions: read }
jobs:
  registry:
    uses: ${MODELGATE_WORKFLOWS}/registry-pr.yml@${MODELGATE_REF}
`,
    ],
    [
      ".github/workflows/modelgate-deploy.yml",
      `# .github/workflows/modelgate-deploy.yml in a registry repository: merging deploys
name: modelgate deploy
on:
  push:
    branches: [${JSON.stringify(branch)}]
# actions: read: the re-gate asks which run made an evidence file (evidence.verify: provenance)
permissions: { contents: read, deployments: write, pull-requests: write, actions: read }
jobs:
  registry:
    uses: ${MODELGATE_WORKFLOWS}/registry-deploy.yml@${MODELGATE_REF}
`,
    ],
  ]);
}

/** The files of a new registry: path relative to the registry -> text. */
export function scaffoldFiles(name: string, branch: string): Map<string, string> {
  const files = new Map<string, string>([
    ["modelgate.yaml", configText(name, branch)],
    ["CODEOWNERS", CODEOWNERS],
    ["README.md", readmeText(name)],
    ...registryWorkflows(branch),
  ]);
  for (const kind of MANIFEST_KINDS)
    files.set(`${SCHEMA_DIR}/${kind}.schema.json`, `${JSON.stringify(getSchema(kind), null, 2)}\n`);
  return files;
}

export const initCommands: CommandGroup = (program, ctx, run) => {
  program
    .command("init [dir]")
    .description(
      "create a registry: modelgate.yaml with staging and production, CODEOWNERS, README, schemas, GitHub workflows, a first commit",
    )
    .option("--name <name>", "the registry's name (default: the directory's name)")
    .action((dir: string | undefined, flags: { name?: string }) =>
      run(async () => {
        const root = resolve(ctx.cwd, dir ?? ".");
        const name = flags.name ?? registryName(root);
        const problem = nameProblem(name);
        if (problem !== null)
          throw new UserError(`--name: registry ${JSON.stringify(name)} is not a valid name: ${problem}`);
        const author: Identity | undefined =
          ctx.env.GIT_AUTHOR_NAME && ctx.env.GIT_AUTHOR_EMAIL
            ? { name: ctx.env.GIT_AUTHOR_NAME, email: ctx.env.GIT_AUTHOR_EMAIL }
            : undefined;
        const result = await initRegistry(root, (branch) => scaffoldFiles(name, branch), {
          ...(author ? { author } : {}),
        });
        const shown = relative(ctx.cwd, root) || ".";
        if (!result.created) {
          ctx.stdout.write(
            `${shown} is already a modelgate registry (it has modelgate.yaml): nothing written\n`,
          );
          return ExitCode.Ok;
        }
        ctx.stdout.write(
          `created the registry ${name} in ${shown}${result.createdRepository ? " (git init)" : ""}: ${result.files.length} files, commit ${result.commit!.slice(0, 12)} on ${result.branch}\n`,
        );
        const cd = shown === "." ? "" : `cd ${shellWord(shown)} && `;
        ctx.stdout.write(`  next: ${cd}modelgate lint .\n`);
        return ExitCode.Ok;
      }),
    );
};
