// The example credit-default model's features, read from its registry manifest (the one source).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadManifestText } from "@modelgate/core";

const file = join(import.meta.dirname, "../../../examples/registry/models/credit-default/model.yaml");
const manifest = loadManifestText(readFileSync(file, "utf8"), { file }).value as {
  signature: { inputs: { features: string[] } };
};

/** The 12 features of credit-default, in the order its models take them. */
export const CREDIT: string[] = manifest.signature.inputs.features;
